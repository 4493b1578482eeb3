"""Item statistics: Moodle's own fixture where it is present, and small cases worked by hand.

Pure Python: no database.
"""

import csv
import math
from pathlib import Path

import pytest

from quizzes.stats import item_statistics

# The shared fixtures sit beside the project root, in ../shared.
FIXTURES = Path(__file__).resolve().parents[2] / ".." / "shared" / "fixtures" / "moodle"
QUIZ_STATISTICS = FIXTURES / "quiz-statistics"
FOUR_PLACES = 0.5e-4

needs_fixture = pytest.mark.skipif(
    not (QUIZ_STATISTICS / "results00.csv").is_file()
    or not (QUIZ_STATISTICS / "qstats00.csv").is_file(),
    reason=f"Moodle's quiz statistics fixture is absent (looked in {QUIZ_STATISTICS.resolve()})",
)

# Column of qstats00.csv -> field of QuestionStatistics.
FIXTURE_COLUMNS = {
    "facility": "facility",
    "sd": "sd",
    "effectiveweight": "effective_weight",
    "covariance": "covariance",
    "markvariance": "mark_variance",
    "othermarkvariance": "rest_variance",
    "discriminationindex": "discrimination_index",
    "covariancemax": "covariance_max",
    "discriminativeefficiency": "discriminative_efficiency",
}


def read_rows(name: str) -> list[dict[str, str]]:
    with open(QUIZ_STATISTICS / name, newline="") as file:
        return list(csv.DictReader(file))


def fixture_marks() -> list[list[float]]:
    rows = read_rows("results00.csv")
    slots = [column for column in rows[0] if column.startswith("slots.")]
    return [[float(row[slot]) for slot in slots] for row in rows]


@needs_fixture
@pytest.mark.parametrize(("column", "field"), FIXTURE_COLUMNS.items())
def test_question_figures_reproduce_moodles_fixture_to_four_places(column, field):
    result = item_statistics(fixture_marks(), 1)
    expected = read_rows("qstats00.csv")
    assert len(result.questions) == len(expected)
    for row, question in zip(expected, result.questions, strict=True):
        assert getattr(question, field) == pytest.approx(float(row[column]), abs=FOUR_PLACES), (
            f"{column} for slot {row['slot']}"
        )


@needs_fixture
def test_quiz_figures_match_moodles_walkthrough_test():
    # Moodle checks these for the same 25 attempts in its stats_from_steps_walkthrough_test.
    result = item_statistics(fixture_marks(), 1)
    assert result.attempts == 25
    assert result.mean == pytest.approx(4.617333332, abs=FOUR_PLACES)
    assert result.median == pytest.approx(4.5, abs=FOUR_PLACES)
    assert result.sd == pytest.approx(0.8117265554, abs=FOUR_PLACES)
    assert result.internal_consistency == pytest.approx(-87.2230935542, abs=FOUR_PLACES)


def test_two_questions_that_agree():
    """Four attempts at two questions marked out of 1.

    attempt  q1  q2  total
    A         1   1   2
    B         1   1   2
    C         1   0   1
    D         0   0   0

    q1: mean 3/4, so facility 0.75; squared deviations 1/16 x 3 + 9/16 = 3/4, over n-1 = 3
        a variance of 1/4 and an sd of 0.5.
    q2: mean 1/2, facility 0.5; squared deviations 4 x 1/4 = 1, variance 1/3, sd 1/sqrt(3).
    With two questions the rest of q1 is q2 and the other way round. Products of deviations
    (q1 - 3/4)(q2 - 1/2): 1/8 + 1/8 - 1/8 + 3/8 = 1/2, so the covariance is 1/6 and the
    discrimination index 100 x (1/6) / sqrt(1/4 x 1/3) = 100/sqrt(3) for both.
    Both columns are already in the same order as when sorted, so covariance-max is also
    1/6 and the discriminative efficiency is 100 for both.
    Totals 2, 2, 1, 0: mean 1.25, median 1.5; squared deviations 9/16 + 9/16 + 1/16 +
    25/16 = 11/4, variance 11/12. Internal consistency:
    100 x 2/1 x (1 - (1/4 + 1/3) / (11/12)) = 200 x (1 - 7/11) = 800/11.
    """
    result = item_statistics([[1, 1], [1, 1], [1, 0], [0, 0]], [1, 1])
    q1, q2 = result.questions
    assert q1.facility == pytest.approx(0.75)
    assert q1.sd == pytest.approx(0.5)
    assert q2.facility == pytest.approx(0.5)
    assert q2.sd == pytest.approx(1 / math.sqrt(3))
    for question in (q1, q2):
        assert question.covariance == pytest.approx(1 / 6)
        assert question.discrimination_index == pytest.approx(100 / math.sqrt(3))
        assert question.discriminative_efficiency == pytest.approx(100)
    assert result.mean == pytest.approx(1.25)
    assert result.median == pytest.approx(1.5)
    assert result.sd == pytest.approx(math.sqrt(11 / 12))
    assert result.internal_consistency == pytest.approx(800 / 11)


def test_two_questions_that_disagree_with_different_maxima():
    """Four attempts; q1 is marked out of 2, q2 out of 1.

    attempt  q1  q2  total
    A         2   0   2
    B         1   1   2
    C         0   1   1
    D         0   0   0

    q1: mean 3/4, facility 3/4 / 2 = 0.375; squared deviations 25/16 + 1/16 + 9/16 + 9/16
        = 11/4, variance 11/12, sd as a fraction of the maximum sqrt(11/12) / 2.
    q2: mean 1/2, facility 0.5, variance 1/3 (as in the case above).
    Products of deviations (q1 - 3/4)(q2 - 1/2): -5/8 + 1/8 - 3/8 + 3/8 = -1/2, covariance
    -1/6; discrimination index 100 x (-1/6) / sqrt(11/12 x 1/3) = -100/sqrt(11).
    Sorted, q1 is 0, 0, 1, 2 and q2 is 0, 0, 1, 1: products (-3/4)(-1/2) + (-3/4)(-1/2) +
    (1/4)(1/2) + (5/4)(1/2) = 3/2, covariance-max 1/2, so the discriminative efficiency is
    100 x (-1/6) / (1/2) = -100/3. Both questions get the same figures (each is the rest of
    the other).
    Totals 2, 2, 1, 0 as above (variance 11/12): internal consistency
    200 x (1 - (11/12 + 4/12) / (11/12)) = 200 x (-4/11) = -800/11, negative because the
    questions pull apart.
    """
    result = item_statistics([[2, 0], [1, 1], [0, 1], [0, 0]], [2, 1])
    q1, q2 = result.questions
    assert q1.facility == pytest.approx(0.375)
    assert q1.sd == pytest.approx(math.sqrt(11 / 12) / 2)
    assert q1.mark_variance == pytest.approx(11 / 12)
    assert q2.facility == pytest.approx(0.5)
    for question in (q1, q2):
        assert question.covariance == pytest.approx(-1 / 6)
        assert question.covariance_max == pytest.approx(1 / 2)
        assert question.discrimination_index == pytest.approx(-100 / math.sqrt(11))
        assert question.discriminative_efficiency == pytest.approx(-100 / 3)
    assert result.internal_consistency == pytest.approx(-800 / 11)


def test_a_question_everyone_gets_right_has_no_discrimination():
    """q1 is right in every attempt: its sd is 0 and it cannot correlate with anything.

    q2 is then the rest of a constant, so its figures are undefined too; its facility
    (2 of 3) and sd are still there.
    """
    result = item_statistics([[1, 1], [1, 0], [1, 1]], 1)
    q1, q2 = result.questions
    assert q1.facility == 1
    assert q1.sd == 0
    assert q2.facility == pytest.approx(2 / 3)
    assert q2.sd == pytest.approx(math.sqrt(1 / 3))
    for question in (q1, q2):
        assert question.discrimination_index is None
        assert question.discriminative_efficiency is None


def test_rests_equal_but_for_float_rounding_do_not_correlate():
    # The rest of q1 is 0.3 in every attempt, but 1.0 - 0.7 and 0.8 - 0.5 come out as
    # 0.30000000000000004 beside 0.3: without a tolerance that noise gave an index near 96.
    result = item_statistics([[0.7, 0.2, 0.1], [0.0, 0.3, 0.0], [0.5, 0.3, 0.0]], 1)
    assert result.questions[0].discrimination_index is None
    assert result.questions[0].discriminative_efficiency is None


def test_one_attempt_gives_facility_but_no_spread():
    result = item_statistics([[1, 0.5]], 1)
    assert [q.facility for q in result.questions] == [1, 0.5]
    assert all(q.sd is None and q.discrimination_index is None for q in result.questions)
    assert (result.mean, result.median, result.sd) == (1.5, 1.5, None)
    assert result.internal_consistency is None


def test_no_attempts_gives_no_figures():
    result = item_statistics([], [1, 1, 1])
    assert result.attempts == 0
    assert len(result.questions) == 3
    assert all(q.facility is None for q in result.questions)
    assert (result.mean, result.median, result.sd) == (None, None, None)


def test_one_question_has_no_internal_consistency():
    result = item_statistics([[1], [0], [1]], 1)
    assert result.internal_consistency is None


def test_an_attempt_with_a_missing_mark_is_refused():
    with pytest.raises(ValueError, match="every attempt needs 2 marks"):
        item_statistics([[1, 0], [1]], [1, 1])
