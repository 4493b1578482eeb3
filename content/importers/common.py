"""Text helpers every importer shares: pipes, markers, slugs, keys, glossary terms, captions.

Helpers that produce stored text never change the characters they keep: later code
addresses sentences by character offsets, so markup is only cut away, never rewritten.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import PurePath

from .limits import GLOSSARY_TERM_MAX_LENGTH

# "Chapter 3: Title", "PART II - Title", and the export's run-together "CHAPTER 3Title".
NAMED_MARKER = re.compile(
    r"^(?P<word>(?i:chapter|part|section))"
    r"(?:\s*(?P<number>\d+)|\s+(?P<roman>[IVXLCDM]+)(?=[\s:.\-–—]|$))"
    r"\s*(?:[:.\-–—]\s*)?(?P<title>.*)$"
)
# "1." and "2.3" count as markers; a bare "1984 Revisited" does not.
NUMBERED_MARKER = re.compile(r"^(?P<number>\d+(?:\.\d+)+\.?|\d+\.)(?:\s+(?P<title>.*))?$")
LETTERED_MARKER = re.compile(r"^\((?P<number>[A-Za-z]|[ivxlc]+|\d+)\)(?:\s+(?P<title>.*))?$")

# An image at the start of a line; whatever follows it on the line is the caption.
# The source may hold one balanced pair of parentheses: "![](Nile_(river).png)".
IMAGE_LINE = re.compile(
    r'^!\[(?P<alt>[^\]]*)\]\((?P<src>(?:[^()\s]|\([^()\s]*\))*)(?:\s+"(?P<title>[^"]*)")?\s*\)'
    r"(?P<rest>.*)$"
)

MAX_TERM_WORDS = 6
SENTENCE_PUNCTUATION = frozenset(".,;!?:")
# Lower-case words that may sit inside a proper name such as "Task Force on the Seas".
NAME_CONNECTORS = frozenset(
    {"a", "an", "and", "at", "by", "de", "du", "for", "in", "la", "le", "of", "on", "or"}
    | {"the", "to", "van", "von", "with", "&"}
)

# Every character str.isspace() accepts lies at or below U+3000 (ideographic space):
# scanning that range costs a millisecond where all of Unicode cost a tenth of a second
# at every start-up.
WHITESPACE_CHARACTERS = "".join(
    character for character in map(chr, range(0x3000 + 1)) if character.isspace()
)
PIPES_AND_WHITESPACE = "|" + WHITESPACE_CHARACTERS

CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")

MAX_TITLE_LENGTH = 150
MAX_SLUG_LENGTH = 50
FALLBACK_SLUG = "section"


@dataclass(frozen=True)
class Marker:
    """The numbering at the start of a heading, split from the heading's own title."""

    style: str  # "named" (Chapter 3), "numbered" (1. / 2.3) or "lettered" ((a))
    word: str  # "chapter", "part" or "section" for named markers, else ""
    label: str
    key: str
    title: str


def strip_pipes(line: str) -> str:
    """Drop the export's trailing " |" column marks and the whitespace around the text."""
    # One rstrip over pipes and every whitespace character: cutting one pipe at a time
    # copies the line for each pipe, which is quadratic on a line of pipes.
    return line.strip().rstrip(PIPES_AND_WHITESPACE)


def has_trailing_pipe(line: str) -> bool:
    return line.rstrip().endswith("|")


def has_letters(text: str) -> bool:
    return any(character.isalpha() for character in text)


def split_marker(heading: str) -> Marker | None:
    """Split "Chapter 3: Title", "1. Title", "2.3 Title" or "(a) Title" into marker and title."""
    heading = heading.strip()
    named = NAMED_MARKER.match(heading)
    if named:
        label = named["number"] or named["roman"]
        return Marker("named", named["word"].lower(), label, key_for_label(label), named["title"])
    for style, pattern in (("numbered", NUMBERED_MARKER), ("lettered", LETTERED_MARKER)):
        match = pattern.match(heading)
        if match:
            label = _printed_label(style, match["number"])
            title = (match["title"] or "").strip()
            return Marker(style, "", label, key_for_label(label), title)
    return None


def _printed_label(style: str, number: str) -> str:
    if style == "lettered":
        return f"({number})"
    # "1." is printed as "1": the dot is punctuation, not part of the number.
    return number.rstrip(".")


def key_for_label(label: str) -> str:
    """The marker without its punctuation: "(a)" -> "a", "2.3" -> "2-3", "IV" -> "iv"."""
    return slugify(label.replace(".", "-"))


def slugify(text: str, max_length: int = MAX_SLUG_LENGTH) -> str:
    """ASCII lower-case words joined by hyphens, short enough for a URL path segment."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > max_length:
        # Cut at a word boundary so keys do not end in half a word.
        head = slug[: max_length + 1]
        slug = head.rsplit("-", 1)[0] if "-" in head else slug[:max_length]
    return slug or FALLBACK_SLUG


class KeyRegistry:
    """Hands out keys that are unique among one parent's children: key, key-2, key-3, ..."""

    def __init__(self) -> None:
        self._taken: set[str] = set()
        # Where to resume counting for each base key, so a thousand "Notes" headings do
        # not each count up from 2 again.
        self._next_number: dict[str, int] = {}

    def claim(self, key: str, max_length: int | None = None) -> str:
        """A free key based on ``key``; with ``max_length``, cut so its suffix still fits."""
        number = self._next_number.get(key, 1)
        candidate = _numbered(key, number, max_length)
        while candidate in self._taken:
            number += 1
            candidate = _numbered(key, number, max_length)
        self._next_number[key] = number + 1
        self._taken.add(candidate)
        return candidate


def _numbered(key: str, number: int, max_length: int | None) -> str:
    suffix = "" if number == 1 else f"-{number}"
    if max_length is not None and len(key) + len(suffix) > max_length:
        key = key[: max(max_length - len(suffix), 1)].rstrip("-") or key[:1]
    return key + suffix


def humanise_stem(filename: str) -> str:
    """A file name made readable: "cell-biology_notes.txt" -> "Cell biology notes"."""
    stem = without_control_characters(PurePath(filename).stem)
    words = re.sub(r"[-_\s]+", " ", stem).strip()
    return words[:1].upper() + words[1:] if words else "Untitled"


def without_control_characters(text: str) -> str:
    """``text`` without NUL and the other C0 controls, which no name or title needs."""
    return CONTROL_CHARACTERS.sub("", text)


def looks_like_title(text: str) -> bool:
    """A heading is short and does not end like a sentence or an introduction to a list."""
    return bool(text) and len(text) <= MAX_TITLE_LENGTH and text[-1] not in ".!:;,"


def split_glossary(text: str, *, strict: bool = True) -> tuple[str, str] | None:
    """Return (term, definition) for "TERM: definition", or None for an ordinary sentence.

    ``strict`` demands that the term reads like a name (capitalised words or an acronym);
    callers relax it when the term is already marked up, e.g. bold in Markdown.
    """
    # Split at the first colon in plain code: a lazy regex for the term retries the
    # whitespace before the colon from every position, quadratic on a run of spaces.
    term, colon, definition = text.partition(":")
    if not colon or not term or not definition[:1].isspace() or not definition.strip():
        return None
    if not is_glossary_term(term, strict=strict):
        return None
    return term.strip(), definition.strip()


def is_glossary_term(term: str, *, strict: bool = True) -> bool:
    if len(term.strip()) > GLOSSARY_TERM_MAX_LENGTH:
        return False  # too long to store as a term, so the line stays a paragraph
    words = term.split()
    if not 1 <= len(words) <= MAX_TERM_WORDS or not has_letters(term):
        return False
    if any(character in SENTENCE_PUNCTUATION for character in term):
        return False
    if not strict:
        return True
    # "In 2007 three goals were set: ..." fails here: its words are not a name.
    return _starts_upper(words[0]) and all(
        _starts_upper(word) or word in NAME_CONNECTORS for word in words[1:]
    )


def _starts_upper(word: str) -> bool:
    first = word.lstrip("(\"'“‘")[:1]
    return first.isupper() or first.isdigit()


def caption_text(line: str) -> str | None:
    """The caption of an image line ("![alt](src "title") text"), or None if not one.

    Text after the image wins, then the image's title, then its alt text; the result may
    be empty, which callers treat as "no caption worth keeping".
    """
    match = IMAGE_LINE.match(line.strip())
    if not match:
        return None
    for candidate in (strip_pipes(match["rest"]), match["title"], match["alt"]):
        if candidate and candidate.strip():
            return candidate.strip()
    return ""
