from django.core.management import execute_from_command_line

from content.models import Block, Document, Section


def row_counts() -> dict[str, int]:
    return {
        "documents": Document.objects.count(),
        "sections": Section.objects.count(),
        "blocks": Block.objects.count(),
    }


def run_manage(*args: str) -> int:
    """Run a management command as the shell would, returning its exit status."""
    try:
        execute_from_command_line(["manage.py", *args])
    except SystemExit as exit:
        return exit.code if isinstance(exit.code, int) else 1
    return 0
