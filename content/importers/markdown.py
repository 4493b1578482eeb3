"""A small hand-written Markdown reader: headings, paragraphs, list items, quotes, images.

It understands only what an outline needs. Code, tables, comments, rules and front
matter are dropped because they are not prose a learner should be quizzed on.
"""

from __future__ import annotations

import re

from .builder import OutlineBuilder
from .common import caption_text, slugify, split_glossary, split_marker
from .inline import clean_inline
from .outline import BlockKind, OutlineBlock, OutlineSection

# Only the opening hashes are matched here; the text and an optional closing run of
# hashes are split off in plain code, as a lazy ".*?" before them backtracks.
ATX_OPENING = re.compile(r" {0,3}(?P<hashes>#{1,6})(?=[ \t]|$)")
SETEXT_UNDERLINE = re.compile(r"^ {0,3}(?P<bar>=+|-+)[ \t]*$")
FENCE = re.compile(r"^ {0,3}(?P<fence>`{3,}|~{3,})")
HORIZONTAL_RULE = re.compile(r"^ {0,3}(?P<mark>[-*_])(?:[ \t]*(?P=mark)){2,}[ \t]*$")
# Possessive quantifiers: neighbouring runs of spaces must not trade characters back
# and forth, which is quadratic on a long run of spaces.
TABLE_DELIMITER = re.compile(
    r"^ {0,3}\|?[ \t]*+:?-++:?[ \t]*+(?:\|[ \t]*+:?-++:?[ \t]*+)*+\|?[ \t]*+$"
)
LIST_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?P<text>\S.*)$")
QUOTE_MARKS = re.compile(r"^[ \t]*(?:>[ \t]?)+")
HTML_TAG_LINE = re.compile(r"^[ \t]*</?[A-Za-z][^>]*>[ \t]*$")
FRONT_MATTER_END = ("---", "...")

SETEXT_LEVELS = {"=": 1, "-": 2}

BOLD_LEAD = re.compile(r"^(?P<mark>\*\*|__)(?P<inner>.+?)(?P=mark)(?P<rest>.*)$", re.DOTALL)


def parse_markdown(text: str) -> list[OutlineSection]:
    reader = _Reader()
    for line in _without_front_matter(text.split("\n")):
        reader.feed(line)
    reader.flush()
    return reader.builder.sections


def _without_front_matter(lines: list[str]) -> list[str]:
    if not lines or lines[0].strip() != "---":
        return lines
    for index, line in enumerate(lines[1:], start=1):
        if line.strip() in FRONT_MATTER_END:
            return lines[index + 1 :]
    # An opening rule with no closing one is just a rule, not front matter.
    return lines


class _Reader:
    """Line-by-line state machine; ``buffer`` holds the lines of the open text block."""

    def __init__(self) -> None:
        self.builder = OutlineBuilder()
        self.buffer: list[str] = []
        self.buffer_kind = ""  # "paragraph", "item" or "quote"
        self.skipping = ""  # "fence", "comment" or "table" while inside one
        self.fence = ""

    def feed(self, line: str) -> None:
        if self.skipping and self._skip(line):
            return
        stripped = line.strip()
        if not stripped:
            self.flush()
        elif not self._read_structure(line, stripped):
            self._read_text(line, stripped)

    def _skip(self, line: str) -> bool:
        """Whether ``line`` still belongs to the code, comment or table being skipped."""
        stripped = line.strip()
        if self.skipping == "fence":
            closes = stripped.startswith(self.fence) and not stripped.strip(self.fence[0])
            self.skipping = "" if closes else "fence"
            return True
        if self.skipping == "comment":
            self.skipping = "" if "-->" in line else "comment"
            return True
        if stripped and "|" in stripped:
            return True
        self.skipping = ""
        return False

    def _read_structure(self, line: str, stripped: str) -> bool:
        """Handle a line that is not prose; return False when it is prose after all."""
        fence = FENCE.match(line)
        if fence:
            self.flush()
            self.skipping, self.fence = "fence", fence["fence"]
        elif stripped.startswith("<!--"):
            self.flush()
            self.skipping = "" if "-->" in stripped[4:] else "comment"
        elif self.buffer_kind == "paragraph" and SETEXT_UNDERLINE.match(line):
            level = SETEXT_LEVELS[stripped[0]]
            heading, self.buffer = " ".join(self.buffer), []
            self.flush()
            self._open_heading(level, heading)
        elif self._starts_table(line, stripped):
            self.flush()
            self.skipping = "table"
        elif HORIZONTAL_RULE.match(line) or HTML_TAG_LINE.match(line):
            self.flush()
        elif (heading := atx_heading(line)) is not None:
            self.flush()
            self._open_heading(*heading)
        elif caption_text(stripped) is not None:
            self.flush()
            self._add_caption(stripped)
        else:
            return False
        return True

    def _starts_table(self, line: str, stripped: str) -> bool:
        if stripped.startswith("|"):
            return True
        is_delimiter = "-" in stripped and TABLE_DELIMITER.match(line)
        if is_delimiter and self.buffer_kind == "paragraph" and "|" in self.buffer[-1]:
            self.buffer.pop()  # the header row of a table written without outer pipes
            return True
        return False

    def _read_text(self, line: str, stripped: str) -> None:
        item = LIST_ITEM.match(line)
        quote = QUOTE_MARKS.match(line)
        if item:
            self._start("item", item["text"])
        elif quote:
            text = line[quote.end() :].strip()
            if not text:
                self.flush()  # an empty ">" line separates quoted paragraphs
            elif self.buffer_kind == "quote":
                self.buffer.append(text)
            else:
                self._start("quote", text)
        elif self.buffer_kind:
            self.buffer.append(stripped)  # continuation of a paragraph, item or quote
        else:
            self._start("paragraph", stripped)

    def _start(self, kind: str, text: str) -> None:
        self.flush()
        self.buffer_kind, self.buffer = kind, [text.strip()]

    def flush(self) -> None:
        if self.buffer:
            self.builder.add(text_block(" ".join(self.buffer)))
        self.buffer, self.buffer_kind = [], ""

    def _open_heading(self, level: int, raw: str) -> None:
        text = clean_inline(raw)
        marker = split_marker(text)
        if marker:
            self.builder.open(level, key=marker.key, label=marker.label, title=marker.title)
        else:
            self.builder.open(level, key=slugify(text), label="", title=text)

    def _add_caption(self, line: str) -> None:
        caption = clean_inline(caption_text(line) or "")
        if caption:
            self.builder.add(OutlineBlock(BlockKind.CAPTION, caption))


def text_block(raw: str) -> OutlineBlock | None:
    """A paragraph, or a glossary entry when the text reads "Term: definition"."""
    text = clean_inline(raw)
    glossary = _bold_glossary(raw) or split_glossary(text)
    if glossary:
        term, definition = glossary
        return OutlineBlock(BlockKind.GLOSSARY, definition, term=term)
    return OutlineBlock(BlockKind.PARAGRAPH, text) if text else None


def _bold_glossary(raw: str) -> tuple[str, str] | None:
    """Glossary from "**Term**: definition" or "**Term:** definition", in any letter case.

    The bold already marks the term, so it need not be capitalised like a name.
    """
    match = BOLD_LEAD.match(raw)
    if not match:
        return None
    inner, rest = match["inner"].strip(), match["rest"].lstrip()
    if inner.endswith(":"):
        term, definition = inner[:-1], rest
    elif rest.startswith(":"):
        term, definition = inner, rest[1:]
    else:
        return None
    return split_glossary(f"{clean_inline(term)}: {clean_inline(definition)}", strict=False)


def atx_heading(line: str) -> tuple[int, str] | None:
    """(level, text) of a "## Heading ##" line, without the optional closing hashes."""
    opening = ATX_OPENING.match(line)
    if opening is None:
        return None
    text = line[opening.end() :].strip(" \t")
    without_closing = text.rstrip("#")
    if not without_closing:
        text = ""  # "#" or "# ###": a heading with no text
    elif without_closing[-1] in " \t":
        text = without_closing.rstrip(" \t")  # "# Title ##"; "# C#" keeps its hash
    return len(opening["hashes"]), text
