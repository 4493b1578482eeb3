"""Dates with a granularity: a year, a month of a year, a day, or a day of a month.

Months must be written as words or abbreviations ("Nov.", "Sept"); the only numeric form
read is ISO ("2007-11", "2007-11-14"), because "11/9/2001" is ambiguous.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

from quizzes.grading.text import fold
from quizzes.language.lexicon import MONTH_NUMBERS, WEEKDAYS

_FILLER = frozenset({"in", "on", "the", "of", "year", "ad", "ce"})
_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_ISO = re.compile(r"(?:in |on )?(\d{4})-(\d{1,2})(?:-(\d{1,2}))?")
_YEAR = re.compile(r"[12]\d{3}")
_DAY = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?")


@dataclass(frozen=True)
class When:
    year: int | None = None
    month: int | None = None
    day: int | None = None

    @property
    def parts(self) -> dict[str, int]:
        """The fields that are known: the date's granularity."""
        known = {f.name: getattr(self, f.name) for f in fields(self)}
        return {name: value for name, value in known.items() if value is not None}


def _valid(when: When) -> When | None:
    if when.month is not None and not 1 <= when.month <= 12:
        return None
    if when.day is not None and (when.month is None or when.day > _DAYS_IN_MONTH[when.month - 1]):
        return None
    return when if when.parts else None


def parse_date(text: str) -> When | None:
    """ "September 11, 2001", "11 Sept 2001", "Nov. 2007", "2007-11", "1989"; else None."""
    folded = fold(text).strip(" .")
    if iso := _ISO.fullmatch(folded):
        year, month, day = (int(part) if part else None for part in iso.groups())
        return _valid(When(year, month, day))
    if "/" in folded:
        return None
    found: dict[str, int] = {}
    for token in re.sub(r"[,.]", " ", folded).split():
        if token in _FILLER or token in WEEKDAYS:
            continue
        if token in MONTH_NUMBERS:
            part, value = "month", MONTH_NUMBERS[token]
        elif _YEAR.fullmatch(token):
            part, value = "year", int(token)
        elif (day := _DAY.fullmatch(token)) and 1 <= int(day[1]) <= 31:
            part, value = "day", int(day[1])
        else:
            return None
        if part in found:
            return None
        found[part] = value
    return _valid(When(**found))
