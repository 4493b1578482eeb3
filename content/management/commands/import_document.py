from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from content.importers import FORMATS, DocumentError
from content.importers.source import read_source
from content.services import import_document_file


class Command(BaseCommand):
    help = (
        "Import a document (pipe export, Markdown or plain text) into the library, or update it "
        "in place if it was imported before. Prints the document's slug on the last line."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="File to import (.txt or .md).")
        parser.add_argument(
            "--format", choices=FORMATS, help="Force a format instead of detecting it."
        )
        parser.add_argument("--title", help="Document title (default: from the file).")
        parser.add_argument("--slug", help="Slug to store it under (default: from the file name).")
        parser.add_argument(
            "--generate",
            action="store_true",
            help="Then queue question generation for it in the background (a worker runs it).",
        )

    def handle(
        self,
        *args,
        path: str,
        format: str | None,
        title: str | None,
        slug,
        generate: bool,
        **options,
    ):
        source = Path(path)
        max_bytes = settings.CONTENT_MAX_UPLOAD_BYTES
        try:
            report = import_document_file(
                data=read_source(source, max_bytes),
                filename=source.name,
                format=format,
                title=title,
                slug=slug,
                max_bytes=max_bytes,
            )
        except DocumentError as error:
            raise CommandError(str(error)) from None
        self.stderr.write(report.summary())
        if generate:
            self.stderr.write(_queued_line(report.document))
        self.stdout.write(report.document.slug)


def _queued_line(document) -> str:
    # Imported on use: content stays importable without quizzes.
    from quizzes.jobs import queue_generation

    if queue_generation(document=document):
        return f"{document.title}: question generation queued for a background worker."
    return f"{document.title}: questions up to date or already queued; nothing queued."
