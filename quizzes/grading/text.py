"""Normalisation shared by the matchers: Unicode, case, accents, punctuation and typos."""

from __future__ import annotations

import re
import unicodedata

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

ARTICLES = frozenset({"the", "a", "an"})
# Words that do not count when checking that every significant word is present.
STOPWORDS = frozenset({"the", "of", "and", "for", "in", "on", "at", "to"})

_DOTTED_ACRONYM = re.compile(r"\b[a-z](?:\.[a-z]\b)+\.?")
_THOUSANDS_COMMA = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_POSSESSIVE = re.compile(r"(?<=\w)'s\b")
_NOT_WORD = re.compile(r"[^\w.]+|_")
_LOOSE_DOT = re.compile(r"(?<!\d)\.|\.(?!\d)")


def clean(text: str) -> str:
    """NFKC, plain quotes and dashes, single spaces; case and accents kept (for display)."""
    text = unicodedata.normalize("NFKC", text.translate(_PLAIN_PUNCTUATION))
    return " ".join(text.translate(_PLAIN_PUNCTUATION).split())


def fold(text: str) -> str:
    """`clean`, then case-folded and accent-free: "Guérin" -> "guerin"."""
    text = unicodedata.normalize("NFKD", clean(text).casefold()).translate(_PLAIN_LETTERS)
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    """Folded words without punctuation: "the U.S.'s 2,000" -> ["the", "us", "2000"].

    Hyphens split words; a dot survives only inside a number ("3.5").
    """
    text = _DOTTED_ACRONYM.sub(lambda m: m.group().replace(".", ""), fold(text))
    text = _THOUSANDS_COMMA.sub("", text).replace("&", " and ").replace("%", " percent ")
    text = _POSSESSIVE.sub("", text).replace("'", "")
    tokens: list[str] = []
    for token in _LOOSE_DOT.sub(" ", _NOT_WORD.sub(" ", text)).split():
        if token == "cent" and tokens and tokens[-1] == "per":
            tokens[-1] = "percent"
        else:
            tokens.append(token)
    return tokens


def drop_articles(tokens: list[str]) -> list[str]:
    """Leading "the", "a", "an" removed, unless nothing else is left."""
    start = 0
    while start < len(tokens) - 1 and tokens[start] in ARTICLES:
        start += 1
    return tokens[start:]


def significant(tokens: list[str]) -> list[str]:
    """The tokens without stopwords (all of them if they are all stopwords)."""
    return [t for t in tokens if t not in STOPWORDS] or tokens


def edit_distance(a: str, b: str) -> int:
    """Damerau-Levenshtein distance (optimal string alignment): a swap costs one edit."""
    before: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            current[j] = min(
                previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] != b[j - 1])
            )
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], before[j - 2] + 1)
        before, previous = previous, current
    return previous[-1]


def typo_allowance(word: str) -> int:
    """Edits tolerated in a word: none up to 3 letters or with a digit, 1 up to 7, else 2."""
    if any(ch.isdigit() for ch in word) or len(word) <= 3:
        return 0
    return 1 if len(word) <= 7 else 2


def typo_edits(given: str, key: str, *, exact: bool = False) -> int | None:
    """Edits between a given word and a key word, or None if beyond the key's allowance."""
    if given == key:
        return 0
    if exact or any(ch.isdigit() for ch in given):
        return None
    edits = edit_distance(given, key)
    return edits if edits <= typo_allowance(key) else None


def word_set(text: str) -> frozenset[str]:
    """A set of words written as one string, so long vocabularies stay readable."""
    return frozenset(text.split())
