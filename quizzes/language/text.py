"""Normalisation shared by the matchers: Unicode, case, accents, punctuation and typos."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import filterfalse

from quizzes.language.lexicon import ARTICLES, NAME_LINK_WORDS

# Typographic variants mapped to their plain ASCII forms before anything else.
_PLAIN_PUNCTUATION = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u00b4": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
    }
)
# Letters with no combining mark to strip that still have a plain Latin spelling.
_PLAIN_LETTERS = str.maketrans(
    {"ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i"}
)

_TYPOGRAPHIC = re.compile("[" + re.escape("".join(map(chr, _PLAIN_PUNCTUATION))) + "]")
_SPECIAL_LETTER = re.compile("[" + "".join(map(chr, _PLAIN_LETTERS)) + "]")

# Most combining marks kept in a row (the limit of Unicode's stream-safe text format).
LONGEST_MARK_RUN = 30

# Words that do not count when checking that every significant word is present.
STOPWORDS = NAME_LINK_WORDS | {"at"}

_DOTTED_ACRONYM = re.compile(r"\b[a-z](?:\.[a-z]\b)+\.?")
_THOUSANDS_COMMA = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_POSSESSIVE = re.compile(r"(?<=\w)'s\b")
_NOT_WORD = re.compile(r"[^\w.]+|_")
_LOOSE_DOT = re.compile(r"(?<!\d)\.|\.(?!\d)")


@lru_cache(maxsize=4096)  # a few characters, repeated: the check normalises each one
def _leads_with_mark(char: str) -> bool:
    """A combining mark, or a character whose decomposition starts with one (U+0F73)."""
    if unicodedata.combining(char):
        return True
    return bool(unicodedata.decomposition(char)) and bool(
        unicodedata.combining(unicodedata.normalize("NFKD", char)[0])
    )


def stream_safe(text: str) -> str:
    """`text` with any run of combining marks cut to its first `LONGEST_MARK_RUN`.

    CPython sorts each run of marks by insertion while normalising, so a long run costs time
    quadratic in its length (10,000 × U+0F73 take most of a second). Unicode's stream-safe
    format (UAX #15) bounds runs the same way; no word of any script needs more.
    """
    if text.isascii():
        return text
    kept: list[str] = []
    run = 0
    for char in text:
        run = run + 1 if _leads_with_mark(char) else 0
        if run <= LONGEST_MARK_RUN:
            kept.append(char)
    return "".join(kept)


def _translated(text: str, table: dict[int, str], finder: re.Pattern[str]) -> str:
    """`text.translate(table)`, skipped when `finder` sees nothing to replace: translating
    looks every character of non-ASCII text up in a dict, and searching is far cheaper."""
    if text.isascii() or finder.search(text):
        return text.translate(table)
    return text


@lru_cache(maxsize=64)  # grading reads one answer and its keys many times over
def clean(text: str) -> str:
    """NFKC, plain quotes and dashes, single spaces; case and accents kept (for display)."""
    text = _translated(stream_safe(text), _PLAIN_PUNCTUATION, _TYPOGRAPHIC)
    text = unicodedata.normalize("NFKC", text)
    return " ".join(_translated(text, _PLAIN_PUNCTUATION, _TYPOGRAPHIC).split())


def fold(text: str) -> str:
    """`clean`, then case-folded and accent-free: "Guérin" -> "guerin"."""
    return fold_cleaned(clean(text))


@lru_cache(maxsize=256)  # names are folded word by word, and answers repeat words
def fold_cleaned(text: str) -> str:
    """`fold` for text that is already `clean`, sparing a second normalisation."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = _translated(text, _PLAIN_LETTERS, _SPECIAL_LETTER)
    if text.isascii():  # nothing to strip: the common case, kept fast
        return text
    return "".join(filterfalse(unicodedata.combining, text))


def words(text: str) -> list[str]:
    """Folded words without punctuation: "the U.S.'s 2,000" -> ["the", "us", "2000"].

    Hyphens split words; a dot survives only inside a number ("3.5").
    """
    return list(_words(text))


# Grading one answer reads it once per key and per matcher: remembering the last few spares
# normalising the same text again and again.
@lru_cache(maxsize=64)
def _words(text: str) -> tuple[str, ...]:
    text = _DOTTED_ACRONYM.sub(lambda m: m.group().replace(".", ""), fold(text))
    text = _THOUSANDS_COMMA.sub("", text).replace("&", " and ").replace("%", " percent ")
    text = _POSSESSIVE.sub("", text).replace("'", "")
    tokens: list[str] = []
    for token in _LOOSE_DOT.sub(" ", _NOT_WORD.sub(" ", text)).split():
        if token == "cent" and tokens and tokens[-1] == "per":
            tokens[-1] = "percent"
        else:
            tokens.append(token)
    return tuple(tokens)


def forget_normalised() -> None:
    """Empty the caches above, so that a benchmark times an answer's first reading."""
    _words.cache_clear()
    clean.cache_clear()
    fold_cleaned.cache_clear()
    _leads_with_mark.cache_clear()


def drop_articles(tokens: list[str]) -> list[str]:
    """Leading "the", "a", "an" removed, unless nothing else is left."""
    start = 0
    while start < len(tokens) - 1 and tokens[start] in ARTICLES:
        start += 1
    return tokens[start:]


def significant(tokens: list[str]) -> list[str]:
    """The tokens without stopwords (all of them if they are all stopwords)."""
    return [t for t in tokens if t not in STOPWORDS] or tokens


def edit_distance(a: str, b: str, *, limit: int) -> int:
    """Damerau-Levenshtein distance (optimal string alignment), or `limit + 1` if beyond it.

    A swap costs one edit. Only cells within `limit` of the diagonal are computed (any other
    is already beyond it), and the work stops once a whole row is beyond it, so the cost
    grows with the shorter string times the limit: a long answer against a short key word
    is answered at once, and the grader stays linear.
    """
    beyond = limit + 1
    if abs(len(a) - len(b)) > limit:
        return beyond
    # Three rows, reused in turn; a cell outside the band keeps (or is reset to) `beyond`.
    before = [beyond] * (len(b) + 1)
    previous = [min(j, beyond) for j in range(len(b) + 1)]
    current = [beyond] * (len(b) + 1)
    for i in range(1, len(a) + 1):
        low, high = max(1, i - limit), min(len(b), i + limit)
        current[low - 1] = min(i, beyond) if low == 1 else beyond
        for j in range(low, high + 1):
            cost = min(
                previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] != b[j - 1])
            )
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cost = min(cost, before[j - 2] + 1)
            current[j] = min(cost, beyond)
        if min(current[low - 1 : high + 1]) == beyond:  # no row after this one gets closer
            return beyond
        before, previous, current = previous, current, before
    return previous[len(b)]


def typo_allowance(word: str) -> int:
    """Edits tolerated in a word: none up to 3 letters or with a digit, 1 up to 7, else 2."""
    if any(ch.isdigit() for ch in word) or len(word) <= 3:
        return 0
    return 1 if len(word) <= 7 else 2


def typo_edits(given: str, key: str, *, exact: bool = False) -> int | None:
    """Edits between a given word and a key word, or None if beyond the key's allowance."""
    if given == key:
        return 0
    allowance = typo_allowance(key)
    too_long = abs(len(given) - len(key)) > allowance  # checked first: it costs nothing
    if exact or too_long or any(ch.isdigit() for ch in given):
        return None
    edits = edit_distance(given, key, limit=allowance)
    return edits if edits <= allowance else None


def word_set(text: str) -> frozenset[str]:
    """A set of words written as one string, so long vocabularies stay readable."""
    return frozenset(text.split())
