"""Numbers and ordinals: words, parsing, rendering in the answer's form, and their options."""

from __future__ import annotations

import functools
import random
import re
from collections.abc import Iterable
from dataclasses import dataclass

from lemminflect import getInflection

from quizzes.generation.distractors.common import Candidate, _near_values, _same_case, _texts
from quizzes.generation.question import AnswerType
from quizzes.language.lexicon import SCALES
from quizzes.language.numbers import number_word, ordinal_suffix, ordinal_word


def _word_pattern(words: Iterable[str]) -> re.Pattern:
    spellings = {s for w in words for s in (w, w.replace("-", " "))}
    alternatives = "|".join(sorted(spellings, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)


_NUMBER_WORDS = {number_word(n): n for n in range(100)}
_ORDINAL_WORDS = {ordinal_word(n): n for n in range(1, 100)}
_NUMBER_WORD_RE = _word_pattern(_NUMBER_WORDS)
_ORDINAL_WORD_RE = _word_pattern(_ORDINAL_WORDS)
_DIGITS_RE = re.compile(r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?!\w|[.,]\d)")
_ORDINAL_DIGITS_RE = re.compile(r"(?<![\w.,])(\d+)(st|nd|rd|th)\b", re.IGNORECASE)
_NOT_UNITS = {"hundred", *SCALES, "percent", "per"}


@dataclass(frozen=True)
class _Amount:
    """The one number or ordinal in a text, and how to write another in its place."""

    match: re.Match
    value: float
    words: bool  # written in words ("two", "third") rather than digits


def _only_match(text: str, *patterns: re.Pattern) -> re.Match | None:
    matches = [m for p in patterns for m in p.finditer(text)]
    return matches[0] if len(matches) == 1 else None


# Cached: each question's options re-read the document's values (a pool that grows
# with the document); a value is parsed once instead of once per question.
@functools.lru_cache(maxsize=8192)
def _parse_number(text: str) -> _Amount | None:
    match = _only_match(text.strip(), _DIGITS_RE, _NUMBER_WORD_RE)
    if match is None or _ORDINAL_DIGITS_RE.search(text) or _ORDINAL_WORD_RE.search(text):
        return None
    found = match.group()
    if found[0].isdigit():
        return _Amount(match, float(found.replace(",", "")), words=False)
    return _Amount(match, _NUMBER_WORDS[found.lower().replace(" ", "-")], words=True)


@functools.lru_cache(maxsize=8192)
def _parse_ordinal(text: str) -> _Amount | None:
    match = _only_match(text.strip(), _ORDINAL_DIGITS_RE, _ORDINAL_WORD_RE)
    if match is None:
        return None
    found = match.group()
    if found[0].isdigit():
        return _Amount(match, int(match.group(1)), words=False)
    return _Amount(match, _ORDINAL_WORDS[found.lower().replace(" ", "-")], words=True)


def _unit(amount: _Amount) -> str | None:
    """The counted noun after the number ("countries" in "32 countries"), if any."""
    after = re.match(r"\s*([A-Za-z]+)", amount.match.string[amount.match.end() :])
    if after is None or after.group(1).lower() in _NOT_UNITS:
        return None
    return after.group(1)


def _render_number(amount: _Amount, value: float) -> str:
    text, match = amount.match.string, amount.match
    found = match.group()
    if amount.words:
        new = _same_case(number_word(int(value)), found)
    else:
        decimals = len(found.partition(".")[2])
        new = f"{value:,.{decimals}f}" if "," in found else f"{value:.{decimals}f}"
    rest = text[match.end() :]
    unit = _unit(amount)
    if unit and amount.value == 1 and value != 1:  # "1 country" -> "3 countries"
        plural = (getInflection(unit.lower(), tag="NNS") or (unit.lower() + "s",))[0]
        rest = rest.replace(unit, _same_case(plural, unit), 1)
    return text[: match.start()] + new + rest


_SCALE_FACTORS = (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 1.1, 1.15, 1.2, 1.25, 1.3, 1.4, 1.5)


def _nearby_numbers(value: float, decimals: int) -> list[float]:
    """Values of the same magnitude and roundness: 32 -> 28, 36, 45; 1,200 -> 1,000, 1,500;
    375 -> 300, 450 (a price in steps of 25 stays in steps of 25); 1.55 -> 1.24, 1.86."""
    if decimals:  # 3.5 -> 2.6, 4.2, but not 3.0, nor 0.8 for 1.55 ("0.8 million")
        made = [round(value * f, decimals) for f in _SCALE_FACTORS]
        whole_digits = len(str(int(value)))
        return [
            v
            for v in made
            if v
            and f"{v:.{decimals}f}"[-1] != "0"
            and len(str(int(v))) == whole_digits
            and (int(v) > 0) == (int(value) > 0)
        ]
    n = int(value)
    digits = len(str(n))
    made: list[float] = []
    for step in _round_steps(n):
        made = list(dict.fromkeys(int(n * f / step + 0.5) * step for f in _SCALE_FACTORS))
        made = [v for v in made if len(str(v)) == digits and v != n]
        if len(made) >= 5:
            break
    return made


def _round_steps(n: int) -> list[int]:
    """The round steps that divide n, coarsest first: 375 -> 25, 5, 1; 1,200 -> 100, ..."""
    steps = {base * 10**k for k in range(len(str(n))) for base in (1, 5, 25)}
    return sorted((s for s in steps if n and s < n and n % s == 0), reverse=True) or [1]


def _number_options(answer: str, pool: list[Candidate], rng: random.Random) -> list[str]:
    amount = _parse_number(answer)
    if amount is None:
        return []
    value, found = amount.value, amount.match.group()
    decimals = 0 if amount.words else len(found.partition(".")[2])
    if decimals == 0 and value <= 10:
        lowest = 2 if _unit(amount) and value != 1 else 1  # keeps "countries" plural
        made = [value + k for k in (-3, -2, -1, 1, 2, 3) if value + k >= lowest]
    else:
        made = _nearby_numbers(value, decimals)
    if re.match(r"\s*(%|per\s?cent)", amount.match.string[amount.match.end() :], re.I):
        made = [v for v in made if v <= 100]
    if amount.words:
        made = [v for v in made if v < 100 and v == int(v)]
    same_form = [_parse_number(t) for t in _texts(pool, AnswerType.NUMBER)]
    unit = (_unit(amount) or "").lower()
    return _near_values(
        value,
        [a.value for a in same_form if a and (_unit(a) or "").lower() == unit],
        made,
        lambda v: v in made,
        lambda v: _render_number(amount, v),
        rng,
    )


def _render_ordinal(amount: _Amount, value: int) -> str:
    text, match = amount.match.string, amount.match
    if amount.words:
        new = _same_case(ordinal_word(value), match.group())
    else:
        new = str(value) + _same_case(ordinal_suffix(value), match.group(2))
    return text[: match.start()] + new + text[match.end() :]


def _ordinal_options(answer: str, pool: list[Candidate], rng: random.Random) -> list[str]:
    amount = _parse_ordinal(answer)
    if amount is None:
        return []
    n = int(amount.value)
    made = [n + k for k in range(-4, 5) if n + k >= 1 and not (amount.words and n + k > 99)]
    in_pool = [_parse_ordinal(t) for t in _texts(pool, AnswerType.ORDINAL)]
    return _near_values(
        n,
        [int(a.value) for a in in_pool if a],
        made,
        lambda v: v in made,
        lambda v: _render_ordinal(amount, v),
        rng,
    )
