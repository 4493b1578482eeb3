"""Years and dates: parsing, rendering in the answer's form, and their options."""

from __future__ import annotations

import functools
import random
import re
from dataclasses import dataclass
from datetime import date

from quizzes.generation.distractors.common import Candidate, _near_values, _same_case, _texts
from quizzes.generation.question import AnswerType
from quizzes.language.dates import YEAR_PATTERN, days_in_month
from quizzes.language.lexicon import MONTH_NAMES, MONTH_NUMBERS, MONTHS
from quizzes.language.numbers import ordinal_suffix

_M = r"(?P<m>" + "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True)) + r")\.?"
_D = r"(?P<d>\d{1,2}(?:st|nd|rd|th)?)"
_Y = rf"(?P<y>{YEAR_PATTERN})"
_DATE_PATTERNS = [
    re.compile(p, re.IGNORECASE)
    for p in (
        rf"(?:the\s+)?{_M}\s+{_D},?\s+{_Y}",  # September 11, 2001
        rf"(?:the\s+)?{_D}\s+(?:of\s+)?{_M},?\s+{_Y}",  # 11 September 2001
        rf"{_M},?\s+(?:of\s+)?{_Y}",  # November 2007
        rf"(?:the\s+)?{_M}\s+{_D}",  # September 28
        rf"(?:the\s+)?{_D}\s+(?:of\s+)?{_M}",  # 28 September
        rf"{_M}",  # January
        rf"(?:(?:the\s+)?year\s+)?{_Y}",  # 1989, the year 2007
        r"(?:the\s+)?(?P<decade>(?:1\d|20)\d0)'?s",  # the 1990s
    )
]


@dataclass(frozen=True)
class _When:
    """A parsed date: which parts it has, their values, and where they sit in the text."""

    match: re.Match
    fields: tuple[str, ...]  # a subset of ("y", "m", "d"), or ("decade",)
    value: tuple  # (year, month, day), None where absent


# Cached: each question's options re-read the document's values (a pool that grows
# with the document); a value is parsed once instead of once per question.
@functools.lru_cache(maxsize=8192)
def _parse_date(text: str) -> _When | None:
    text = text.strip()
    for pattern in _DATE_PATTERNS:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        parts = match.groupdict()
        if parts.get("decade"):
            return _When(match, ("decade",), (int(parts["decade"]), None, None))
        year = int(parts["y"]) if parts.get("y") else None
        month = MONTH_NUMBERS[parts["m"].lower()] if parts.get("m") else None
        day = int(re.match(r"\d+", parts["d"]).group()) if parts.get("d") else None
        if day is not None and not 1 <= day <= days_in_month(month, year):
            return None
        fields = tuple(f for f, v in zip("ymd", (year, month, day), strict=True) if v is not None)
        return _When(match, fields, (year, month, day))
    return None


def _render_date(when: _When, value: tuple) -> str:
    """``value`` written the way the parsed date was written."""
    year, month, day = value
    text = when.match.string
    names = [n for n in when.match.re.groupindex if when.match.start(n) >= 0]
    pieces, last = [], 0
    for (start, end), name in sorted((when.match.span(n), n) for n in names):
        old = text[start:end]
        if name in ("y", "decade"):
            new = str(year)
        elif name == "m":
            full = old.lower() in MONTH_NAMES
            new = _same_case(MONTHS[month - 1] if full else MONTHS[month - 1][:3], old)
        else:
            new = f"{day}{ordinal_suffix(day)}" if old[-1].isalpha() else str(day)
        pieces += [text[last:start], new]
        last = end
    return "".join(pieces) + text[last:]


def _year_ceiling(year: int | None) -> int:
    """No synthetic date later than this year (distractors in the future look wrong)."""
    return max(date.today().year, year or 0)


def _year_options(answer: str, pool: list[Candidate], rng: random.Random) -> list[str]:
    when = _parse_date(answer)
    if when is None or when.fields != ("y",):
        return []
    year = when.value[0]
    ceiling = _year_ceiling(year)
    in_pool = [_parse_date(t) for t in _texts(pool, AnswerType.YEAR, AnswerType.DATE)]
    return _near_values(
        year,
        [w.value[0] for w in in_pool if w is not None and w.fields == ("y",)],
        [year + k for k in range(-8, 9) if year + k <= ceiling],
        lambda y: abs(y - year) <= 8,
        lambda y: _render_date(when, (y, None, None)),
        rng,
    )


def _date_options(answer: str, pool: list[Candidate], rng: random.Random) -> list[str]:
    when = _parse_date(answer)
    if when is None:
        return []
    if when.fields == ("y",):
        return _year_options(answer, pool, rng)
    year, month, day = when.value
    ceiling = _year_ceiling(year)
    made: list[tuple] = []
    if when.fields == ("decade",):
        made = [(year + 10 * k, None, None) for k in range(-3, 4)]
    # Every made date varies the same part, so that no choice is the only one sharing
    # the others' day and month and also their year ("30 October 1908 | 27 June 1910").
    if "y" in when.fields:  # the same month (and day) in another year
        made += [
            (year + k, month, day and min(day, days_in_month(month, year + k)))
            for k in range(-5, 6)
        ]
    elif "d" in when.fields:  # another day of the same month
        made += [
            (None, month, d) for d in range(day - 9, day + 10) if 1 <= d <= days_in_month(month)
        ]
    elif "m" in when.fields:  # another month
        made += [(None, m, None) for m in range(1, 13)]
    made = [v for v in made if v[0] is None or v[0] <= ceiling]
    in_pool = [_parse_date(t) for t in _texts(pool, AnswerType.DATE, AnswerType.YEAR)]
    return _near_values(
        when.value,
        [w.value for w in in_pool if w is not None and w.fields == when.fields],
        made,
        lambda v: v[0] is None or abs(v[0] - year) <= 8,
        lambda v: _render_date(when, v),
        rng,
    )
