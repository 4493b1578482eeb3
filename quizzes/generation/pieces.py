"""Cut a block's text into pieces the language model can parse quickly and safely.

spaCy refuses a text over ``nlp.max_length`` (1,000,000 characters), needs about 1 GB of
memory per 100,000 characters it parses at once, and its tokenizer is quadratic in the
length of a word made of punctuation (10,000 ")" take 19 s). A block can be any of
these: an importer accepts a paragraph of a million characters, with or without full
stops, or one "word" as long.

So the generator parses pieces, never whole blocks:

- a run of non-space characters longer than ``MAX_WORD_CHARS`` is no prose (no
  question can come from it), so it is left out of every piece;
- what remains is cut into pieces of at most ``MAX_PIECE_CHARS``, preferably after a
  sentence's end, else after a line break, else after any space.

A piece keeps its offset in the block and its exact length, so character offsets found
in it locate the same characters in the block. Cutting costs time linear in the text.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass

# Above any paragraph of ordinary prose (the seed's longest block has 1,158 characters),
# so an ordinary block is one piece, parsed exactly as before. The model parses a batch
# of pieces at once, so this bounds its memory: generating a 1.2-million-character
# paragraph peaked at 1.1 GB with pieces of 10,000 in batches of 32, 0.4 GB with 3,000
# in batches of 8.
MAX_PIECE_CHARS = 3_000
# Longer than any word or web address a question could use; the tokenizer's cost per
# character stays that of ordinary text below it.
MAX_WORD_CHARS = 200

# Characters no sentence is made of, read as spaces: control characters (a NUL, say,
# would otherwise glue itself to the next word: "\x00G7" is no organisation) and lone
# surrogates, which cannot even be encoded for the model. One character stands for
# one, so offsets are unchanged.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’)\]]*\s+")
_LINE_BREAK = re.compile(r"\n\s*")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Piece:
    """Part of a block to parse on its own.

    ``start`` is its offset in the block's text. A piece that begins or ends where no
    sentence does (at a word left out, or at a cut inside an endless sentence) says so:
    its first or last sentence is a fragment, not a sentence of the document.
    """

    start: int
    text: str
    opens_mid_sentence: bool = False
    closes_mid_sentence: bool = False


def readable(text: str) -> str:
    """``text`` with control characters as spaces and lone surrogates as U+FFFD.

    Same length, so every offset into the result is an offset into ``text``.
    """
    return _LONE_SURROGATE.sub("\ufffd", _CONTROL.sub(" ", text))


def block_pieces(
    text: str, *, max_chars: int = MAX_PIECE_CHARS, max_word: int = MAX_WORD_CHARS
) -> list[Piece]:
    """The pieces of ``text`` to parse, in order (see the module's description)."""
    clean = readable(text)
    pieces: list[Piece] = []
    for start, end, after_word, before_word in _stretches_without_long_words(clean, max_word):
        pieces += _cut(clean, start, end, max_chars, opens=after_word, closes=before_word)
    return pieces


def _stretches_without_long_words(
    text: str, max_word: int
) -> Iterator[tuple[int, int, bool, bool]]:
    """(start, end, follows a long word, precedes a long word) of each stretch of ``text``
    between words over ``max_word`` characters, leaving out stretches of only spaces."""
    # The look-behind lets a match start only at a word's first character, so every
    # character is examined a bounded number of times.
    long_word = re.compile(rf"(?<!\S)\S{{{max_word + 1},}}")
    start, after_word = 0, False
    for word in long_word.finditer(text):
        if text[start : word.start()].strip():
            yield start, word.start(), after_word, True
        start, after_word = word.end(), True
    if text[start:].strip():
        yield start, len(text), after_word, False


def _cut(
    text: str, start: int, end: int, max_chars: int, *, opens: bool, closes: bool
) -> list[Piece]:
    pieces = []
    start = _first_word(text, start)
    while end - start > max_chars:
        cut, at_sentence_end = _cut_point(text, start, start + max_chars)
        pieces.append(Piece(start, text[start:cut], opens, not at_sentence_end))
        start, opens = _first_word(text, cut), not at_sentence_end
    if text[start:end].strip():
        pieces.append(Piece(start, text[start:end], opens, closes))
    return pieces


def _first_word(text: str, position: int) -> int:
    """Spaces belong to no sentence: a piece starts at its first word."""
    spaces = _SPACE.match(text, position)
    return spaces.end() if spaces else position


def _cut_point(text: str, start: int, stop: int) -> tuple[int, bool]:
    """Where to end a piece that starts at ``start`` and may reach ``stop``, and whether
    a sentence ends there.

    Only the second half of the window is searched: every piece is then at least half
    the maximum long, so no character is searched more than twice.
    """
    half = start + (stop - start) // 2
    for pattern, at_sentence_end in ((_SENTENCE_END, True), (_LINE_BREAK, False), (_SPACE, False)):
        last = deque(pattern.finditer(text, half, stop), maxlen=1)
        if last:
            return last[0].end(), at_sentence_end
    # Unreachable while max_word < max_chars / 2: the half holds a space. Kept so a
    # piece is never longer than the maximum whatever the settings.
    return stop, False
