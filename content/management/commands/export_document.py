import json

from django.core.management.base import BaseCommand, CommandError

from content.exporting import document_as_dict
from content.models import Document


class Command(BaseCommand):
    help = "Print a stored document as JSON: its sections, paragraphs, glossary and captions."

    def add_arguments(self, parser):
        parser.add_argument("slug")
        parser.add_argument("--format", choices=["json"], default="json")

    def handle(self, *args, slug: str, **options):
        try:
            document = Document.objects.get(slug=slug)
        except Document.DoesNotExist:
            raise CommandError(f"No document with slug {slug!r}.") from None
        self.stdout.write(json.dumps(document_as_dict(document), ensure_ascii=False, indent=2))
