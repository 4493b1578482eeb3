"""Importers turn a source file (pipe export, Markdown or plain text) into one Outline.

Plain Python with no Django imports, so the import service, management commands and
tests can all call it. Every problem with the file surfaces as a DocumentError whose
message is a single line fit to show the user.
"""

from __future__ import annotations

import os

from .builder import is_implicit_intro
from .common import humanise_stem
from .detect import FORMATS, detect_format, resolve_format
from .errors import DocumentError
from .limits import DOCUMENT_TITLE_MAX_LENGTH, shorten
from .markdown import parse_markdown
from .outline import BlockKind, Outline, OutlineBlock, OutlineSection, SectionKind
from .pipe import parse_pipe
from .plaintext import parse_plaintext
from .source import check_readable, decode_source, read_source

__all__ = [
    "DEFAULT_MAX_BYTES",
    "FORMATS",
    "BlockKind",
    "DocumentError",
    "Outline",
    "OutlineBlock",
    "OutlineSection",
    "SectionKind",
    "parse_document",
    "read_document",
]

DEFAULT_MAX_BYTES = 5 * 1024 * 1024


def read_document(
    path: str | os.PathLike[str],
    *,
    format: str | None = None,
    title: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Outline:
    """Read and parse a file; existence and size are checked before any byte is read."""
    resolve_format(format, os.fspath(path))  # fail fast, before touching the disk
    data = read_source(path, max_bytes)
    return parse_document(
        data, filename=os.fspath(path), format=format, title=title, max_bytes=max_bytes
    )


def parse_document(
    data: bytes,
    *,
    filename: str,
    format: str | None = None,
    title: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Outline:
    """Parse the bytes of a file called ``filename`` (its name picks the format and title)."""
    resolve_format(format, filename)
    text = decode_source(data, filename, max_bytes)
    chosen_format = detect_format(text, filename, format)
    given_title = check_title(title)
    sections = _parse(text, chosen_format, given_title or humanise_stem(filename))
    found_title = _title_from_sections(sections) or humanise_stem(filename)
    outline = Outline(
        # A heading may be longer than a document title; it is shortened, not refused.
        title=given_title or shorten(found_title, DOCUMENT_TITLE_MAX_LENGTH),
        format=chosen_format,
        sections=sections,
    )
    check_readable(outline, filename)
    return outline


def check_title(title: str | None) -> str | None:
    """The title the user gave, trimmed; None when blank. Refuses what cannot be stored.

    Unlike a heading, a title the user typed is not shortened behind their back.
    """
    if title is None or not title.strip():
        return None
    if "\x00" in title:
        raise DocumentError("The title contains a NUL character; remove it and try again")
    title = title.strip()
    if len(title) > DOCUMENT_TITLE_MAX_LENGTH:
        raise DocumentError(
            f"The title is {len(title):,} characters long; the limit is {DOCUMENT_TITLE_MAX_LENGTH}"
        )
    return title


def _parse(text: str, chosen_format: str, fallback_title: str) -> list[OutlineSection]:
    if chosen_format == "pipe":
        return parse_pipe(text)
    if chosen_format == "markdown":
        return parse_markdown(text)
    return parse_plaintext(text, fallback_title)


def _title_from_sections(sections: list[OutlineSection]) -> str:
    """The title of the only top-level heading, if the document has exactly one.

    The invented "Introduction" for text before the first heading is not a heading of
    the document, so it neither counts as a candidate nor blocks the real one.
    """
    headings = [section for section in sections if not is_implicit_intro(section)]
    return headings[0].title if len(headings) == 1 else ""
