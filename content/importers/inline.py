"""Removing Markdown's inline markup in time linear in the length of the text.

Emphasis is matched with one stack of open delimiter runs per character, as CommonMark
does, instead of a lazy regular expression per kind: a regex such as ``\\*\\*(.+?)\\*\\*``
rescans the rest of the line from every unmatched ``**``, which is quadratic, and
repeating it to peel nested layers multiplies that again. The link and image patterns
below never let one attempt scan past a bracket or a second level of parentheses, so
each character is looked at a bounded number of times however hostile the line.

Nothing here rewrites a character that is kept: markup is cut away, never changed,
because stored sentences are addressed by character offsets.
"""

from __future__ import annotations

import re

from content.importers.common import WHITESPACE_CHARACTERS

# A link destination: anything but parentheses, or one balanced pair of them, so
# "[Nile](https://en.wikipedia.org/wiki/Nile_(river))" loses its whole target.
DESTINATION = r"\((?:[^()]|\([^()]*\))*\)"
# The space before an inline image goes with it, so no double space is left behind.
INLINE_IMAGE = re.compile(r" ?!\[[^\[\]]*\]" + DESTINATION)
LINK = re.compile(r"\[(?P<text>[^\[\]]+)\]" + DESTINATION)
REFERENCE_LINK = re.compile(r"\[(?P<text>[^\[\]]+)\]\[[^\[\]]*\]")
AUTOLINK = re.compile(r"<(?P<url>(?:https?|ftp|mailto):[^<>\s]+)>")
BACKTICKS = re.compile(r"`+")
ESCAPABLE = r"\\`*_{}\[\]()#+\-.!|~<>"
# One pass finds every escape and every run of emphasis characters.
EMPHASIS_TOKEN = re.compile(rf"(\\[{ESCAPABLE}]|\*+|_+|~+)")
# Set membership is cheaper than str.isspace() in the loop that runs once per marker.
WHITESPACE = frozenset(WHITESPACE_CHARACTERS)
MARKUP_CHARACTERS = re.compile(r"[`!\[<*_~\\]")
# NUL never survives source validation, so it is safe inside placeholders.
PLACEHOLDER = re.compile(r"\x00(?P<index>\d+)\x00")


def clean_inline(text: str) -> str:
    """Remove inline markup, keeping the words it wraps exactly as written."""
    if not MARKUP_CHARACTERS.search(text):
        return text.strip()  # most prose has no markup
    code_spans: list[str] = []
    # Code is shielded first so "*" or "_" inside it is not read as emphasis.
    text = _hide_code_spans(text, code_spans)
    text = INLINE_IMAGE.sub("", text)
    for pattern in (LINK, REFERENCE_LINK):
        text = pattern.sub(lambda match: match["text"], text)
    text = AUTOLINK.sub(lambda match: match["url"], text)
    text = remove_emphasis(text)
    text = PLACEHOLDER.sub(lambda match: code_spans[int(match["index"])], text)
    return text.strip()


def _hide_code_spans(text: str, code_spans: list[str]) -> str:
    """Replace each code span with a placeholder, collecting its trimmed content.

    A run of backticks opens a span that the next run of the same length closes; a run
    with no partner is ordinary text. Partners are found in one right-to-left pass.
    """
    runs = [(match.start(), match.end()) for match in BACKTICKS.finditer(text)]
    partner: list[int | None] = [None] * len(runs)
    next_run_of_length: dict[int, int] = {}
    for index in range(len(runs) - 1, -1, -1):
        start, end = runs[index]
        partner[index] = next_run_of_length.get(end - start)
        next_run_of_length[end - start] = index
    pieces: list[str] = []
    copied_up_to = 0
    index = 0
    while index < len(runs):
        closing = partner[index]
        if closing is None:
            index += 1
            continue
        (open_start, open_end), (close_start, close_end) = runs[index], runs[closing]
        code_spans.append(text[open_end:close_start].strip())
        pieces += [text[copied_up_to:open_start], f"\x00{len(code_spans) - 1}\x00"]
        copied_up_to = close_end
        index = closing + 1
    pieces.append(text[copied_up_to:])
    return "".join(pieces)


def remove_emphasis(text: str) -> str:
    """Drop matched ``*``, ``_`` and ``~~`` delimiters and the backslash of escapes.

    A run can open when a non-space follows it and close when a non-space precedes it
    (``_`` also not inside a word, so snake_case_names stay). A closing run is matched
    against the nearest open runs of its character, as many characters as both have,
    so "***both***" and "*a **b***" lose every layer in this single pass.

    The text is split once (in C) into prose at even and tokens at odd indices, and the
    loop only rewrites tokens in that list. Open runs are two lists of integers per
    character (index in ``parts``, characters left) rather than an object each: with a
    million open runs, that many live objects make the garbage collector rescan them all
    as the lists grow. The loop is written flat because it runs once per marker.
    """
    parts = EMPHASIS_TOKEN.split(text)
    open_indexes: dict[str, list[int]] = {"*": [], "_": [], "~": []}
    open_kept: dict[str, list[int]] = {"*": [], "_": [], "~": []}
    length = len(text)
    position = len(parts[0])  # where the current token starts in ``text``
    for index in range(1, len(parts), 2):
        token = parts[index]
        size = len(token)
        end = position + size
        character = token[0]
        if character == "\\":
            parts[index] = token[1]  # the backslash goes, the escaped character stays
        elif character != "~" or size > 1:  # strikethrough is "~~", not "~"
            before = text[position - 1] if position else " "
            after = text[end] if end < length else " "
            indexes, kept = open_indexes[character], open_kept[character]
            left = size
            can_close = before not in WHITESPACE and (character != "_" or not _is_word(after))
            if can_close and kept:
                left = _close(parts, character, indexes, kept, left)
                if left < size:
                    parts[index] = character * left
            if left and after not in WHITESPACE and (character != "_" or not _is_word(before)):
                indexes.append(index)
                kept.append(left)
        position = end + len(parts[index + 1])
    return "".join(parts)


def _is_word(character: str) -> bool:
    return character.isalnum() or character == "_"


def _close(parts: list[str], character: str, indexes: list[int], kept: list[int], left: int) -> int:
    """Match ``left`` closing characters against the innermost open runs; return the rest.

    An open run is dropped once used up, so all the closing together stays linear.
    """
    while left and kept:
        used = min(kept[-1], left)
        left -= used
        kept[-1] -= used
        parts[indexes[-1]] = character * kept[-1]
        if not kept[-1]:
            indexes.pop()
            kept.pop()
    return left
