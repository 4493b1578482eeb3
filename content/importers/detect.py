"""Deciding which parser reads a document: a forced format, the extension, then the content."""

from __future__ import annotations

import re
from pathlib import PurePath

from .common import looks_like_title
from .errors import DocumentError
from .source import display_name

FORMATS = ("pipe", "markdown", "text")
MARKDOWN_EXTENSIONS = frozenset({".md", ".markdown"})

# The export's tell-tale lines: "CHAPTER 3Title |", "1. |", "(a) |", "... |".
# Upper-case "CHAPTER 3" alone is enough; other spellings must also end with the pipe.
# The digits are possessive: given back one at a time to ".*", a long number would be
# rescanned to the end of the line once per digit.
CHAPTER_LINE = re.compile(r"^CHAPTER[ \t]*\d+|^(?i:chapter)[ \t]*+\d++.*\|[ \t]*$", re.MULTILINE)
MARKER_LINE = re.compile(r"^[ \t]*(?:\d+\.|\([A-Za-z0-9]{1,4}\))[ \t]*\|[ \t]*$", re.MULTILINE)
# Lines starting with "|" are Markdown table rows, not export lines.
PIPE_ENDED_LINE = re.compile(r"^(?![ \t]*\|).*\S[ \t]+\|[ \t]*$", re.MULTILINE)
MIN_PIPE_ENDED_LINES = 3

ATX_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+\S", re.MULTILINE)
SETEXT_HEADING = re.compile(r"^(?P<line>[ \t]*\S.*)\n {0,3}(?:=+|-+)[ \t]*$", re.MULTILINE)


def resolve_format(format: str | None, filename: str) -> str | None:
    """The forced format in canonical spelling, or None when the caller did not force one."""
    if format is None:
        return None
    canonical = format.strip().lower()
    if canonical not in FORMATS:
        raise DocumentError(
            f"Unknown format {format!r} for {display_name(filename)}; "
            f"use one of: {', '.join(FORMATS)}"
        )
    return canonical


def detect_format(text: str, filename: str, format: str | None = None) -> str:
    forced = resolve_format(format, filename)
    if forced:
        return forced
    if PurePath(filename).suffix.lower() in MARKDOWN_EXTENSIONS:
        return "markdown"
    if looks_like_pipe(text):
        return "pipe"
    if ATX_HEADING.search(text) or has_setext_heading(text):
        return "markdown"
    return "text"


def looks_like_pipe(text: str) -> bool:
    if CHAPTER_LINE.search(text) or MARKER_LINE.search(text):
        return True
    return len(PIPE_ENDED_LINE.findall(text)) >= MIN_PIPE_ENDED_LINES


def has_setext_heading(text: str) -> bool:
    # In plain text a "---" line often just separates paragraphs; only an underlined
    # line that reads like a title counts as a Markdown heading.
    return any(looks_like_title(match["line"].strip()) for match in SETEXT_HEADING.finditer(text))
