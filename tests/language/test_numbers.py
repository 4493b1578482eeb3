"""Numbers written by generation are read back by grading with the same words."""

from decimal import Decimal

import pytest

from quizzes.language.numbers import (
    digitise,
    find_numbers,
    number_word,
    ordinal_suffix,
    ordinal_word,
    read_number,
)


@pytest.mark.parametrize(
    ("n", "word", "ordinal"),
    [
        (0, "zero", None),
        (7, "seven", "seventh"),
        (12, "twelve", "twelfth"),
        (40, "forty", "fortieth"),
        (62, "sixty-two", "sixty-second"),
        (99, "ninety-nine", "ninety-ninth"),
    ],
)
def test_numbers_are_written_in_words(n, word, ordinal):
    assert number_word(n) == word
    if ordinal:
        assert ordinal_word(n) == ordinal


@pytest.mark.parametrize(
    ("n", "suffix"),
    [(1, "st"), (2, "nd"), (3, "rd"), (11, "th"), (13, "th"), (22, "nd"), (111, "th")],
)
def test_ordinal_suffixes(n, suffix):
    assert ordinal_suffix(n) == suffix


def test_every_written_number_reads_back_as_itself():
    for n in range(100):
        cardinal = number_word(n).replace("-", " ").split()
        assert read_number(cardinal, 0) == (Decimal(n), False, len(cardinal))
        if n:
            ordinal = ordinal_word(n).replace("-", " ").split()
            assert read_number(ordinal, 0) == (Decimal(n), True, len(ordinal))


def test_large_numbers_in_words_and_digits():
    assert find_numbers(["two", "hundred", "and", "five", "thousand"]) == [
        (0, 5, Decimal(205000), False)
    ]
    assert read_number(["2.5", "trillion"], 0) == (Decimal("2.5E12"), False, 2)
    assert read_number(["a", "trillion"], 0) == (Decimal(10**12), False, 2)


def test_words_that_are_not_numbers_are_left_alone():
    assert read_number(["two", "twenty"], 0) == (Decimal(2), False, 1)
    assert read_number(["troops"], 0) is None
    assert digitise(["a", "group", "of", "eight", "states"]) == ["a", "group", "of", "8", "states"]
    assert digitise("the thirty-second president".replace("-", " ").split()) == [
        "the",
        "32th",
        "president",
    ]
