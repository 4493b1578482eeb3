"""Hostile answers: every call returns a Grade, quickly, and none of them is taken as right."""

import time

import pytest

from quizzes.grading import Grade, grade_answer
from quizzes.grading.grader import LONGEST_ANSWER
from quizzes.grading.names import match_person
from quizzes.language.names import parse_person
from quizzes.language.text import clean, typo_edits

# One key of each type the grader knows, inferred or given by the caller:
# (answer, accepted answers, known entities, answer type).
KEYS = [
    pytest.param("1989", (), (), "year", id="year"),
    pytest.param("November 2007", (), (), None, id="month"),
    pytest.param("September 11, 2001", (), (), "date", id="day"),
    pytest.param("about 2,000 troops", (), (), None, id="number"),
    pytest.param("2000", (), (), "number", id="forced-number"),
    pytest.param("thirty-second", ("32nd",), (), "ordinal", id="ordinal"),
    pytest.param("FATF", (), ("APEC",), None, id="acronym"),
    pytest.param("Robert M. Gates", (), ("Bill Gates",), "person", id="person"),
    pytest.param("Ban Ki-moon", (), (), None, id="family-name-first"),
    pytest.param(
        "Financial Action Task Force", ("FATF",), ("Financial Stability Forum",), None, id="text"
    ),
    pytest.param("Checkpoint Charlie", (), ("Checkpoint Bravo",), "place", id="forced-text"),
]


def stretched(unit: str, length: int) -> str:
    return (unit * (length // len(unit) + 1))[:length]


# Repeated to 300 characters, to the cap (graded unless normalising lengthens them) and to
# 10,000 (refused).
UNITS = {
    "one-letter-words": "a ",
    "repeated-surname": "Gates ",
    "repeated-key-words": "Financial Action Task Force ",
    "near-misses": "Gtaes Finacial Forse ",
    "U+FDFA": "\ufdfa",
    "ligatures": "\ufb03\ufb04 ",
    "parenthesised-letters": "\u249c\u2474",
    "combining-marks": "e\u0301\u0316\u0302",
    "tibetan-vowel-signs": "\u0f73",
    "rtl": "\u202e\u05e9\u05dc\u05d5\u05dd \u0633\u0644\u0627\u0645 \u200f",
    "emoji": "\U0001f469\u200d\U0001f469\u200d\U0001f467 \U0001f600",
    "nul": "\x00a ",
    "lone-surrogates": "\ud800x\udfff ",
    "digits": "9",
    "number-words": "one hundred and ",
    "scale-words": "thousand million ",
    "1e309-inf-nan": "1e309 inf NaN ",
    "titles": "Mr. ",
    "dates": "Nov 2007 ",
}
HOSTILE = [
    pytest.param(stretched(unit, length), id=f"{name}-{length}")
    for name, unit in UNITS.items()
    for length in (300, LONGEST_ANSWER, 10_000)
] + [
    pytest.param(answer, id=answer)
    for answer in ("1e309", "inf", "-inf", "NaN", "Infinity", "\x00", "\ud800", "\u202e1989")
]


@pytest.mark.parametrize("given", HOSTILE)
@pytest.mark.parametrize(("answer", "accepted", "known", "answer_type"), KEYS)
def test_a_hostile_answer_gets_a_grade_and_is_not_taken_as_right(
    given, answer, accepted, known, answer_type
):
    started = time.process_time()
    grade = grade_answer(given, answer, accepted, known_entities=known, answer_type=answer_type)

    # A loose bound on this process's CPU time (wall time counted other processes' turns on
    # a loaded CI machine: 2.1 s once); quadratic grading took 12.7 s. The per-character
    # cost is measured in benchmarks/bench_grading.py.
    assert time.process_time() - started < 2.0
    assert isinstance(grade, Grade)
    assert (grade.correct, grade.credit) == (False, 0.0), grade.feedback
    assert clean(answer) in grade.feedback


@pytest.mark.parametrize(
    "given",
    [
        pytest.param("a " * 64_000, id="the-probe's-trial-answer"),
        pytest.param("\ufdfa" * 10_000, id="U+FDFA"),
        pytest.param("\u0f73" * 30_000, id="tibetan-vowel-signs"),
        pytest.param("\u0301\u0316" * 15_000, id="alternating-combining-marks"),
    ],
)
def test_a_huge_answer_is_refused_at_once(given):
    started = time.process_time()
    grade = grade_answer(given, "Robert Gates", answer_type="person")

    assert time.process_time() - started < 0.5  # took 12-73 s before answers were capped
    assert grade == Grade(False, 0.0, "Too long to grade: the answer is Robert Gates.")


def test_an_answer_within_the_cap_is_graded():
    padded = "Secretary of Defense Robert M. Gates" + " " * (LONGEST_ANSWER - 40)

    assert grade_answer(padded, "Robert Gates").correct


# The grader's parts stay linear on their own, whatever the cap: each of these took seconds.


def test_matching_a_name_is_linear_in_the_answer():
    person = parse_person("Robert Gates")
    started = time.process_time()

    assert match_person("a " * 50_000, person) is None
    assert time.process_time() - started < 1.0  # 41 s when every split was tried


def test_a_typo_check_costs_nothing_for_a_far_longer_word():
    started = time.process_time()

    assert typo_edits("intergovernmental" * 20_000, "intergovernmental") is None
    assert time.process_time() - started < 0.5  # a full edit-distance table took 8 s


def test_normalising_a_long_run_of_combining_marks_is_linear():
    started = time.process_time()
    cleaned = clean("Gue\u0301rin" + "\u0f73" * 30_000 + " " + "\u0301\u0316" * 15_000)

    assert time.process_time() - started < 1.0  # 9 s: CPython's NFKC is quadratic in a run
    assert cleaned.startswith("Guérin")


# Numbers are compared exactly, however many digits they have.


@pytest.mark.parametrize(
    ("given", "answer", "answer_type", "correct"),
    [
        pytest.param(
            "12345678901234567890123456788 million",
            "12345678901234567890123456789 million",
            None,
            False,
            id="29-digits-with-a-scale-word-differ-in-the-last",
        ),
        pytest.param(
            "12345678901234567890123456788000000",
            "12345678901234567890123456789 million",
            None,
            False,
            id="digits-against-a-scaled-number",
        ),
        pytest.param(
            "12345678901234567890123456789000000",
            "12345678901234567890123456789 million",
            None,
            True,
            id="the-same-number-written-out",
        ),
        pytest.param(
            "group of 12345678901234567890123456788 billion",
            "group of 12345678901234567890123456789 billion",
            "term",
            False,
            id="huge-number-inside-a-text-answer",
        ),
        pytest.param("1.50 million", "1,500,000", None, True, id="trailing-zero-decimal"),
        pytest.param("1e309", "1e308", None, False, id="overflowing-float-is-text"),
        pytest.param("inf", "2,000", None, False, id="infinity-is-no-number"),
        pytest.param("NaN", "2,000", None, False, id="nan-is-no-number"),
        pytest.param("NaN", "1989", None, False, id="nan-is-no-year"),
    ],
)
def test_numbers_are_compared_exactly(given, answer, answer_type, correct):
    grade = grade_answer(given, answer, answer_type=answer_type)

    assert grade.correct is correct, grade.feedback
