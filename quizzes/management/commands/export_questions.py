import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from content.models import Document
from quizzes import exchange


class Command(BaseCommand):
    help = (
        "Write a document's questions (or one section's, with the sections under it) as "
        "GIFT, Moodle XML, Aiken, CSV or an Anki deck. The summary goes to stderr."
    )

    def add_arguments(self, parser):
        parser.add_argument("slug", metavar="SLUG", help="The document.")
        parser.add_argument("--section", metavar="PATH", help='A section\'s path, e.g. "3/1".')
        parser.add_argument(
            "--status",
            choices=exchange.STATUSES,
            default="approved",
            help="Approved questions only (the default), or drafts too; never retired ones.",
        )
        parser.add_argument("--format", required=True, choices=list(exchange.EXPORT_FORMATS))
        parser.add_argument(
            "-o", "--output", required=True, metavar="FILE", help='The file to write; "-": stdout.'
        )

    def handle(self, *args, slug, section, status, format, output, **options):
        document = Document.objects.filter(slug=slug).first()
        if document is None:
            raise CommandError(f"No document {slug!r}.")
        chosen = None
        if section is not None:
            chosen = document.sections.live().filter(path=section).first()
            if chosen is None:
                raise CommandError(f"The document {slug!r} has no section {section!r}.")
        exported = exchange.export_questions(
            document=document, section=chosen, status=status, format=format
        )
        if output == "-":
            sys.stdout.buffer.write(exported.content)
            sys.stdout.buffer.flush()
        else:
            try:
                Path(output).write_bytes(exported.content)
            except OSError as error:
                raise CommandError(f"Cannot write {output}: {error.strerror}.") from None
        where = "stdout" if output == "-" else output
        plural = "s" if exported.count != 1 else ""
        self.stderr.write(f"Wrote {exported.count} question{plural} to {where}.")
        if exported.skipped:
            self.stderr.write(
                f"Left out {exported.skipped} questions that are not multiple choice "
                "(Aiken holds only multiple choice)."
            )
