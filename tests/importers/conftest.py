"""Helpers for the importer tests: paths to the sample documents and a file writer."""

from collections.abc import Callable
from pathlib import Path

import pytest

DOCUMENTS_DIR = Path(__file__).resolve().parent / "documents"


@pytest.fixture
def documents_dir() -> Path:
    return DOCUMENTS_DIR


@pytest.fixture
def write_file(tmp_path: Path) -> Callable[[str, bytes | str], Path]:
    """Write a throw-away source file; text is stored as UTF-8 exactly as given."""

    def write(name: str, content: bytes | str) -> Path:
        path = tmp_path / name
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return path

    return write
