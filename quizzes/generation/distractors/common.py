"""What every part of distractor making shares: the ``Candidate`` type, matching keys and
seeded ranking helpers."""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from quizzes.generation.question import AnswerType
from quizzes.language.lexicon import ARTICLES, HONORIFICS, NAME_LINK_WORDS


@dataclass(frozen=True)
class Candidate:
    """A typed mention from the document, as it is written there (``"the United Nations"``)."""

    text: str
    type: AnswerType
    # For people: the role words the text writes before the name ("japanese envoy") and
    # the years written in the sentences that name them; neither takes part in equality.
    roles: tuple[str, ...] = field(default=(), compare=False)
    years: tuple[int, ...] = field(default=(), compare=False)


# --- Matching: keys, variants -----------------------------------------------------------------

# Words an acronym skips: the small words of names, the commonest particle and "&".
_ACRONYM_SKIP = NAME_LINK_WORDS | {"de", "&"}


# Cached: choosing options compares every question's key with the document's pool, so
# the same few hundred names are keyed again and again. Bounded for long-running workers.
@lru_cache(maxsize=16384)
def _key(text: str) -> str:
    """Lower case, no leading article or honorific, no possessive, punctuation as spaces."""
    text = text.strip().lower().replace("’", "'")
    text = re.sub(r"'s\b|(?<=s)'(?!\w)", "", text)
    text = re.sub(r"(?<=[a-z])\.", "", text).replace("'", "")
    words = re.sub(r"[^\w\s]", " ", text).split()
    while words and words[0] in ARTICLES | HONORIFICS:
        words = words[1:]
    return " ".join(words)


@lru_cache(maxsize=16384)
def _is_acronym(text: str) -> bool:
    """One word of 2-8 capitals (dots allowed) and maybe digits: "FATF", "U.S.", "G8"."""
    word = re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE).replace(".", "")
    return bool(re.fullmatch(r"[A-Z][A-Z0-9]{1,7}", word))


# --- Shared helpers -------------------------------------------------------------------------


def _same_case(word: str, like: str) -> str:
    """``word`` in the capitalisation of ``like`` ("Two" -> "Three", "MAY" -> "JUNE")."""
    if like.isupper() and len(like) > 1:
        return word.upper()
    if like[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _ranked(items: Iterable[str], rng: random.Random, key: Callable | None = None) -> list[str]:
    """Distinct items in a seeded random order, stably sorted by ``key`` (preferred first)."""
    unique = list(dict.fromkeys(items))
    rng.shuffle(unique)
    return sorted(unique, key=key) if key else unique


def _near_values(
    answer_value,
    pool_values: Iterable,
    synthetic: Iterable,
    near: Callable[[object], bool],
    render: Callable[[object], str],
    rng: random.Random,
) -> list[str]:
    """Rendered values: the document's own values near the answer first, then synthetic ones."""
    from_pool = [v for v in dict.fromkeys(pool_values) if v != answer_value and near(v)]
    made = [v for v in dict.fromkeys(synthetic) if v != answer_value and v not in from_pool]
    rng.shuffle(from_pool)
    rng.shuffle(made)
    return [render(v) for v in from_pool + made]


def _texts(pool: list[Candidate], *types: AnswerType) -> list[str]:
    return [c.text for c in pool if c.type in types]
