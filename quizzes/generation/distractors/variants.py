"""Whether two texts name the same thing: ``is_variant`` and its helpers."""

from __future__ import annotations

import re
from functools import lru_cache

from quizzes.generation.distractors.common import _ACRONYM_SKIP, _is_acronym, _key
from quizzes.generation.distractors.countries import country_of
from quizzes.generation.distractors.dates import _parse_date
from quizzes.generation.distractors.numbers import _parse_number, _parse_ordinal
from quizzes.language.names import family_name


def _contains(words: list[str], part: list[str]) -> bool:
    size = len(part)
    return any(words[i : i + size] == part for i in range(len(words) - size + 1))


def _initials(text: str) -> set[str]:
    """The acronyms a multi-word name could have, with and without small words or hyphens."""
    spellings = set()
    for split_hyphens in (False, True):
        words = re.split(r"[\s-]+" if split_hyphens else r"\s+", text.strip())
        if words and words[0].lower() == "the":
            words = words[1:]
        for skip_small in (False, True):
            kept = [w for w in words if w and not (skip_small and w.lower() in _ACRONYM_SKIP)]
            if len(kept) >= 2:
                spellings.add("".join(w[0] for w in kept).upper())
    return spellings


def leading_initials(text: str) -> str:
    """The initials a reader sees in a long form: first letters of its words, small words
    skipped, a hyphenated word counted once ("Asia-Pacific Economic Cooperation" -> "APEC")."""
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", text)
    return "".join(w[0] for w in words if w.lower() not in _ACRONYM_SKIP | {"a", "an"}).upper()


def _acronym_of(short: str, long: str) -> bool:
    if not _is_acronym(short) or len(long.split()) < 2:
        return False
    letters = re.sub(r"^the\s+", "", short.strip(), flags=re.IGNORECASE).replace(".", "")
    return letters.upper() in _initials(long)


def _same_but_acronym_prefix(words_a: list[str], words_b: list[str]) -> bool:
    """ "un general assembly" and "united nations general assembly": same name, one part
    abbreviated."""
    shared = 0
    while shared < min(len(words_a), len(words_b)) and words_a[-1 - shared] == words_b[-1 - shared]:
        shared += 1
    if not shared:
        return False
    rest_a, rest_b = words_a[: len(words_a) - shared], words_b[: len(words_b) - shared]
    for short, long in ((rest_a, rest_b), (rest_b, rest_a)):
        if len(short) == 1 and len(long) >= 2 and short[0] == "".join(w[0] for w in long):
            return True
    return False


# Cached: every question's options are compared with its key and with one another, and a
# document's pool offers the same names to many questions. Bounded for long-running workers.
@lru_cache(maxsize=65536)
def is_variant(a: str, b: str, *, people: bool = False) -> bool:
    """Whether ``a`` and ``b`` name the same thing or one is part of the other.

    Ignores case, articles, honorifics, possessives and punctuation; also catches an acronym
    of the other, the same country under another name, the same date or number in another
    spelling, and (with ``people``) the same surname.
    """
    key_a, key_b = _key(a), _key(b)
    if not key_a or not key_b:
        return key_a == key_b
    if key_a == key_b:
        return True
    if _same_value(a, b):
        return True
    words_a, words_b = key_a.split(), key_b.split()
    if _contains(words_a, words_b) or _contains(words_b, words_a):
        return True
    if _acronym_of(a, b) or _acronym_of(b, a) or _same_but_acronym_prefix(words_a, words_b):
        return True
    country_a = country_of(a)
    if country_a is not None and country_a == country_of(b):
        return True
    return people and family_name(key_a) == family_name(key_b)


def _value(text: str) -> tuple[tuple, str] | None:
    """What a date, number or ordinal in ``text`` means, and the words around it.

    ``"32 countries"`` -> ``(("number", 32.0), "countries")``; two spellings of the same date
    or number get the same value.
    """
    if (when := _parse_date(text)) is not None:
        return ("date", when.fields, when.value), ""
    for kind, parse in (("ordinal", _parse_ordinal), ("number", _parse_number)):
        if (amount := parse(text)) is not None:
            match = amount.match
            return (kind, amount.value), _key(
                match.string[: match.start()] + match.string[match.end() :]
            )
    return None


def _same_value(a: str, b: str) -> bool:
    """The same value with the same words around it, or one of them the bare value."""
    value_a, value_b = _value(a), _value(b)
    if value_a is None or value_b is None or value_a[0] != value_b[0]:
        return False
    return value_a[1] == value_b[1] or not value_a[1] or not value_b[1]
