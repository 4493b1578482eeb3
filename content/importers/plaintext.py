"""Parser for plain text: a single section of paragraphs separated by blank lines."""

from __future__ import annotations

import re

from .builder import check_block_count
from .common import slugify
from .limits import SECTION_TITLE_MAX_LENGTH, shorten
from .outline import BlockKind, OutlineBlock, OutlineSection, SectionKind

BLANK_LINES = re.compile(r"\n[ \t]*\n")


def parse_plaintext(text: str, title: str) -> list[OutlineSection]:
    section = OutlineSection(
        kind=SectionKind.CHAPTER,
        key=slugify(title),
        label="",
        title=shorten(title, SECTION_TITLE_MAX_LENGTH),
    )
    paragraphs = split_paragraphs(text)
    check_block_count(len(paragraphs))
    section.blocks = [OutlineBlock(BlockKind.PARAGRAPH, paragraph) for paragraph in paragraphs]
    return [section]


def split_paragraphs(text: str) -> list[str]:
    """Blank-line separated paragraphs, each with its hard line breaks turned into spaces."""
    paragraphs = []
    for chunk in BLANK_LINES.split(text):
        lines = [line.strip() for line in chunk.split("\n") if line.strip()]
        if lines:
            paragraphs.append(" ".join(lines))
    return paragraphs
