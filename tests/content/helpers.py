from unittest import mock

from django.core.management import base, execute_from_command_line

from content.models import Block, Document, Section


def row_counts() -> dict[str, int]:
    return {
        "documents": Document.objects.count(),
        "sections": Section.objects.count(),
        "blocks": Block.objects.count(),
    }


def run_manage(*args: str) -> int:
    """Run a management command as the shell would, returning its exit status.

    The command's closing of database connections is held back: it would end the
    transaction the test runs in (PostgreSQL then reports "connection is closed").
    """
    try:
        with mock.patch.object(base.connections, "close_all"):
            execute_from_command_line(["manage.py", *args])
    except SystemExit as exit:
        return exit.code if isinstance(exit.code, int) else 1
    return 0
