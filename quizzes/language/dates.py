"""Years and dates: recognising a year, the length of a month, and reading a written date.

Two readers exist on purpose. `read_date` (here) reads what a learner typed: the parts in
any order, weekday names and "in"/"the year" skipped, ISO "2007-11-14" accepted. The
distractors keep their own pattern reader (`distractors/dates.py`) because they must know
where each part sits in the text to write a wrong date in the same form; both take their
month names, years and month lengths from here and from the lexicon.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, fields

from quizzes.language.lexicon import MONTH_NUMBERS, WEEKDAYS

# Any four-digit year a date may hold (1000-2999): in a date, "1066" is a year.
YEAR_PATTERN = r"[12]\d{3}"
# A bare number in running text is taken for a year only in 1500-2099: "1200 troops" and
# "3000 metres" are counts, and a source rarely gives a year before 1500 without "AD".
_RUNNING_TEXT_YEAR = re.compile(r"(?:1[5-9]|20)\d\d")
_ORDINAL_DIGITS = re.compile(r"\d+(?:st|nd|rd|th)")


def is_year(word: str) -> bool:
    """A word of running text that is most likely a year: "1989", not "1200" or "1989s"."""
    return bool(_RUNNING_TEXT_YEAR.fullmatch(word))


def is_ordinal_in_digits(word: str) -> bool:
    """ "21st", "3rd", "100th"."""
    return bool(_ORDINAL_DIGITS.fullmatch(word))


def days_in_month(month: int, year: int | None = None) -> int:
    """The length of the month; with no year, February has 29 days (it may be a leap year)."""
    return calendar.monthrange(2000 if year is None else year, month)[1]


# --- Reading a learner's date -----------------------------------------------------------------

_FILLER = frozenset({"in", "on", "the", "of", "year", "ad", "ce"})
_ISO = re.compile(r"(?:in |on )?(\d{4})-(\d{1,2})(?:-(\d{1,2}))?")
_YEAR = re.compile(YEAR_PATTERN)
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
    if when.day is not None and (when.month is None or when.day > days_in_month(when.month)):
        return None
    return when if when.parts else None


def read_date(folded: str) -> When | None:
    """A date in lower-case plain text ("september 11, 2001", "11 sept 2001", "nov. 2007",
    "2007-11", "1989") with its granularity; None for anything else, including "11/9/2001",
    which is ambiguous."""
    folded = folded.strip(" .")
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
