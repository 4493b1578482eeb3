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

    def handle(self, *args, path: str, format: str | None, title: str | None, slug, **options):
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
        self.stdout.write(report.document.slug)
