from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from content.models import Section
from quizzes import exchange


class Command(BaseCommand):
    help = (
        "Add the questions of a GIFT, Moodle XML or Aiken file to a section as hand-written "
        "questions. Types this app cannot ask are named in the report; a file that cannot "
        "be read changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", metavar="FILE")
        parser.add_argument("--document", required=True, metavar="SLUG")
        parser.add_argument("--section", required=True, metavar="PATH")
        parser.add_argument(
            "--format",
            choices=list(exchange.IMPORT_FORMATS),
            help="Guessed from the file's name and text if not given.",
        )

    def handle(self, *args, file, document, section, format, **options):
        target = (
            Section.objects.live()
            .select_related("document")
            .filter(document__slug=document, path=section)
            .first()
        )
        if target is None:
            raise CommandError(f"No section {section!r} in a document {document!r}.")
        path = Path(file)
        try:
            if path.stat().st_size > exchange.MAX_IMPORT_BYTES:
                raise CommandError(f"{file} is larger than the import limit.")
            data = path.read_bytes()
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error.strerror}.") from None
        try:
            report = exchange.import_questions(
                section=target, data=data, format=format, filename=path.name
            )
        except exchange.ExchangeError as error:
            raise CommandError(str(error)) from None
        for line in report.lines():
            self.stdout.write(line)
