"""Dates in answers, read by the shared reader after grading's Unicode folding.

Months must be written as words or abbreviations ("Nov.", "Sept"); the only numeric form
read is ISO ("2007-11", "2007-11-14"), because "11/9/2001" is ambiguous.
"""

from __future__ import annotations

from quizzes.language.dates import When, read_date
from quizzes.language.text import fold

__all__ = ["When", "parse_date"]


def parse_date(text: str) -> When | None:
    """ "September 11, 2001", "11 Sept 2001", "Nov. 2007", "2007-11", "1989"; else None."""
    return read_date(fold(text))
