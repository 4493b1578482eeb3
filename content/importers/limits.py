"""How long each stored string may be, in one place for the importers and the models.

The models use these numbers as ``max_length`` and the importers fit or refuse values
before anything reaches the database, so an over-long heading is a clear message (or a
shortened title) instead of a database error. Plain Python: the importers stay free of
Django. Changing a number here changes a column, so it needs a migration.
"""

from __future__ import annotations

DOCUMENT_SLUG_MAX_LENGTH = 100
DOCUMENT_TITLE_MAX_LENGTH = 300
SOURCE_NAME_MAX_LENGTH = 255
SECTION_LABEL_MAX_LENGTH = 40
SECTION_TITLE_MAX_LENGTH = 500
SECTION_PATH_MAX_LENGTH = 255
GLOSSARY_TERM_MAX_LENGTH = 200

# A document is read by people a section at a time; more than this is not a document
# but a dump, and storing it would hold a request (and memory) for minutes.
MAX_SECTIONS = 5_000
MAX_BLOCKS = 50_000
# Markdown has six heading levels; the export has three.
MAX_SECTION_DEPTH = 6
# Every level of a path keeps at least this many characters for the levels below it,
# so six nested long headings still fit SECTION_PATH_MAX_LENGTH.
MIN_KEY_LENGTH = 8

ELLIPSIS = "…"


def shorten(text: str, max_length: int) -> str:
    """``text`` cut at a word boundary to fit ``max_length``, ending in an ellipsis."""
    if len(text) <= max_length:
        return text
    head = text[: max_length - len(ELLIPSIS)]
    if not text[len(head)].isspace():
        # Drop the word the cut falls in, unless that would leave less than half: a
        # single very long word is cut rather than shrinking the title to almost nothing.
        space = head.rfind(" ")
        if space >= max_length // 2:
            head = head[:space]
    return head.rstrip(" ,;:.-–—") + ELLIPSIS
