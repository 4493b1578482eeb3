"""The shared year test, month lengths and the answer-date reader."""

import pytest

from quizzes.generation.distractors.dates import _parse_date as parse_document_date
from quizzes.language.dates import When, days_in_month, is_ordinal_in_digits, is_year, read_date
from quizzes.language.lexicon import MONTH_NUMBERS


@pytest.mark.parametrize(
    ("word", "year"),
    [
        ("1989", True),
        ("1500", True),
        ("2099", True),
        ("1200", False),
        ("2100", False),
        ("1989s", False),
        ("989", False),
    ],
)
def test_a_year_in_running_text(word, year):
    assert is_year(word) is year


def test_ordinals_in_digits():
    assert is_ordinal_in_digits("21st")
    assert is_ordinal_in_digits("100th")
    assert not is_ordinal_in_digits("21")
    assert not is_ordinal_in_digits("st")


def test_month_lengths_know_leap_years():
    assert days_in_month(2, 2001) == 28
    assert days_in_month(2, 2004) == 29
    assert days_in_month(2) == 29  # no year: it may be a leap year
    assert days_in_month(9) == 30


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("september 11, 2001", When(2001, 9, 11)),
        ("11 sept. 2001", When(2001, 9, 11)),
        ("tuesday, 11 september 2001", When(2001, 9, 11)),
        ("in the year 1066", When(1066)),
        ("2007-11", When(2007, 11)),
        ("the 3rd of may", When(None, 5, 3)),
    ],
)
def test_answer_dates_are_read_in_any_written_form(text, when):
    assert read_date(text) == when


@pytest.mark.parametrize("text", ["11/9/2001", "february 30", "2007-13", "1999 2000", "soon"])
def test_what_is_not_one_date_is_not_read(text):
    assert read_date(text) is None


def test_document_and_answer_readers_agree_on_every_month_spelling():
    for spelling, number in MONTH_NUMBERS.items():
        document = parse_document_date(f"{spelling.title()} 2001")
        assert document is not None
        assert document.value == (2001, number, None)
        assert read_date(f"{spelling} 2001") == When(2001, number)
