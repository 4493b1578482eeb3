"""Parser for the "pipe" export: one paragraph per line, headings split over two lines.

A typical export looks like::

    CHAPTER 3Japan's Foreign Policy in Major Diplomatic Fields |
    1. |
    Efforts to Achieve Peace and Stability in the International Community |
    (a) |
    Japan-US security arrangements |
    The Japan-US security arrangements have ...
    FATF: An international framework that ...
    ![]() Minister for Foreign Affairs Koumura addressing ... |

Heading lines and captions end with " |"; body lines usually do not.
"""

from __future__ import annotations

from dataclasses import dataclass

from .builder import OutlineBuilder
from .common import (
    Marker,
    caption_text,
    has_trailing_pipe,
    looks_like_title,
    split_glossary,
    split_marker,
    strip_pipes,
)
from .outline import BlockKind, OutlineBlock, OutlineSection, SectionKind

# Chapter > part > section, whatever order the markers arrive in.
LEVELS = {SectionKind.CHAPTER: 0, SectionKind.PART: 1, SectionKind.SECTION: 2}
KIND_BY_STYLE = {"numbered": SectionKind.PART, "lettered": SectionKind.SECTION}


@dataclass(frozen=True)
class Heading:
    kind: SectionKind
    marker: Marker


def parse_pipe(text: str) -> list[OutlineSection]:
    # Blank lines (and lines holding nothing but pipes) carry no meaning in the export.
    rows = [line.strip() for line in text.split("\n") if strip_pipes(line)]
    builder = OutlineBuilder()
    position = 0
    while position < len(rows):
        position = _read_row(rows, position, builder)
    return builder.sections


def _read_row(rows: list[str], position: int, builder: OutlineBuilder) -> int:
    """Consume the row at ``position`` (and a heading's title row); return the next position."""
    heading = _heading(rows[position])
    if heading is None:
        builder.add(_body_block(rows[position]))
        return position + 1
    title = heading.marker.title
    position += 1
    if not title and position < len(rows) and _is_title_row(rows[position]):
        title = strip_pipes(rows[position])
        position += 1
    builder.open(
        LEVELS[heading.kind],
        kind=heading.kind,
        key=heading.marker.key,
        label=heading.marker.label,
        title=title,
    )
    return position


def _heading(row: str) -> Heading | None:
    marker = split_marker(strip_pipes(row))
    if marker is None:
        return None
    if marker.style == "named":
        kind = SectionKind(marker.word)
        # "Chapter 3 of the treaty says ..." is a body line, not a heading.
        is_heading = has_trailing_pipe(row) or not marker.title or looks_like_title(marker.title)
    else:
        kind = KIND_BY_STYLE[marker.style]
        # "1. We agreed to ..." is a numbered sentence; a marker stands alone or ends in " |".
        is_heading = has_trailing_pipe(row) or not marker.title
    return Heading(kind, marker) if is_heading else None


def _is_title_row(row: str) -> bool:
    """Whether the row after a bare marker is that marker's title rather than body text."""
    text = strip_pipes(row)
    if _heading(row) or caption_text(row) is not None or split_glossary(text):
        return False
    return has_trailing_pipe(row) or looks_like_title(text)


def _body_block(row: str) -> OutlineBlock | None:
    caption = caption_text(row)
    if caption is not None:
        return OutlineBlock(BlockKind.CAPTION, caption) if caption else None
    text = strip_pipes(row)
    glossary = split_glossary(text)
    if glossary:
        term, definition = glossary
        return OutlineBlock(BlockKind.GLOSSARY, definition, term=term)
    return OutlineBlock(BlockKind.PARAGRAPH, text)
