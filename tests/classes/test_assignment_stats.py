"""Which attempts count for an assignment's item statistics, and the figures built from
them: the whole table when every attempt asked the same questions, one question beside
the rest of its attempts when questions were drawn at random."""

from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import SimpleNamespace

import pytest

from classes.assignment_stats import (
    QuestionFigures,
    assignment_statistics,
    counted_attempts,
    graded_attempts,
)
from classes.models import GradingMethod
from quizzes.stats import item_statistics

SUBMITTED = datetime(2026, 1, 1, tzinfo=UTC)


class Items(list):
    def all(self):
        return self


@dataclass
class FakeAttempt:
    """An attempt as the statistics read it: its items and its score."""

    marks: dict[int, float]
    submitted_at: datetime | None = SUBMITTED
    items: Items = field(init=False)
    correct_count: int = field(init=False)
    question_count: int = field(init=False)

    def __post_init__(self):
        self.items = Items(
            SimpleNamespace(
                question_id=pk,
                question=SimpleNamespace(pk=pk),
                position=position,
                credit=mark,
                correct=mark == 1,
            )
            for position, (pk, mark) in enumerate(self.marks.items())
        )
        self.correct_count = sum(1 for mark in self.marks.values() if mark == 1)
        self.question_count = len(self.marks)


def scored(right: int, of: int = 4) -> FakeAttempt:
    return FakeAttempt({pk: 1.0 if pk < right else 0.0 for pk in range(of)})


@pytest.mark.parametrize(
    ("method", "expected"),
    [
        (GradingMethod.FIRST, [0]),
        (GradingMethod.LAST, [3]),
        (GradingMethod.HIGHEST, [1]),  # the earliest of the two equal highest
        (GradingMethod.AVERAGE, [0, 1, 2, 3]),
    ],
)
def test_counted_attempts_follow_the_grading_method(method, expected):
    attempts = [scored(1), scored(3), scored(2), scored(3)]
    assert counted_attempts(method, attempts) == [attempts[i] for i in expected]


def test_graded_attempts_leave_out_attempts_not_submitted():
    open_attempt = scored(4)
    open_attempt.submitted_at = None
    first, second = scored(1), scored(2)
    counted = graded_attempts(GradingMethod.HIGHEST, [[first, open_attempt], [second]])
    assert counted == [first, second]


def test_no_attempts_give_no_figures():
    stats = assignment_statistics([])
    assert stats.attempts == 0
    assert stats.mean is None
    assert stats.sd is None
    assert stats.questions == []


def test_same_questions_use_the_whole_table_and_define_internal_consistency():
    attempts = [scored(right) for right in (0, 1, 2, 3, 4, 4, 2)]
    table = [[item.credit for item in attempt.items] for attempt in attempts]
    expected = item_statistics(table, 1.0)

    stats = assignment_statistics(attempts)

    assert stats.same_questions
    assert stats.internal_consistency == pytest.approx(expected.internal_consistency)
    for figures, question in zip(stats.questions, expected.questions, strict=True):
        assert figures.attempts == 7
        assert figures.facility == pytest.approx(question.facility)
        assert figures.discrimination_index == pytest.approx(question.discrimination_index)
    assert stats.mean == pytest.approx(100 * expected.mean / 4)
    assert stats.median == pytest.approx(100 * expected.median / 4)
    assert stats.sd == pytest.approx(100 * expected.sd / 4)


def test_different_questions_measure_each_question_beside_the_rest_of_its_attempts():
    attempts = [
        FakeAttempt({1: 1, 2: 1, 3: 0}),
        FakeAttempt({1: 0, 2: 0, 3: 0}),
        FakeAttempt({1: 1, 4: 1, 3: 1}),
        FakeAttempt({2: 0, 4: 1, 3: 0}),
    ]
    stats = assignment_statistics(attempts)

    assert not stats.same_questions
    assert stats.internal_consistency is None
    by_question = {figures.question.pk: figures for figures in stats.questions}
    assert [figures.question.pk for figures in stats.questions] == [1, 2, 3, 4]
    assert {pk: figures.attempts for pk, figures in by_question.items()} == {
        1: 3,
        2: 3,
        3: 4,
        4: 2,
    }
    # Question 3 beside the rest of each attempt: (0, 2), (0, 0), (1, 2), (0, 1).
    expected = item_statistics([[0, 2], [0, 0], [1, 2], [0, 1]], [1, 2]).questions[0]
    assert by_question[3].facility == pytest.approx(0.25)
    assert by_question[3].sd == pytest.approx(expected.sd)
    assert by_question[3].discrimination_index == pytest.approx(expected.discrimination_index)
    assert by_question[3].discriminative_efficiency == pytest.approx(
        expected.discriminative_efficiency
    )
    # Scores in percent of each attempt's questions: 2/3, 0, 3/3, 1/3.
    assert stats.mean == pytest.approx(100 * (2 / 3 + 0 + 1 + 1 / 3) / 4)


def test_a_question_beside_the_rest_has_the_figures_of_the_whole_table():
    """The two-column table is no approximation: with the same questions it gives the
    same per-question figures as the whole table."""
    table = [[1, 0, 1], [0, 0, 1], [1, 1, 1], [0, 1, 0], [1, 1, 0]]
    whole = item_statistics(table, 1.0).questions
    for index, question in enumerate(whole):
        pairs = [[row[index], sum(row) - row[index]] for row in table]
        alone = item_statistics(pairs, [1, 2]).questions[0]
        assert alone.facility == pytest.approx(question.facility)
        assert alone.sd == pytest.approx(question.sd)
        assert alone.discrimination_index == pytest.approx(question.discrimination_index)
        assert alone.discriminative_efficiency == pytest.approx(question.discriminative_efficiency)


def test_an_unanswered_item_counts_as_zero():
    attempt = FakeAttempt({1: 1.0, 2: 0.0})
    attempt.items[1].credit = None
    attempt.items[1].correct = None
    assert assignment_statistics([attempt]).mean == pytest.approx(50)


def figures(*, attempts=10, facility=0.5, index=50.0) -> QuestionFigures:
    return QuestionFigures(
        question=None,
        attempts=attempts,
        facility=facility,
        sd=0.5,
        discrimination_index=index,
        discriminative_efficiency=index,
    )


def test_a_question_that_discriminates_well_is_not_flagged():
    assert figures().concerns == []


@pytest.mark.parametrize(
    ("fields", "word"),
    [
        ({"index": -10.0}, "Negative"),
        ({"index": 10.0}, "Weak"),
        ({"facility": 0.97}, "Very easy"),
        ({"facility": 0.05}, "Very hard"),
    ],
)
def test_a_question_that_discriminates_badly_is_flagged(fields, word):
    concerns = figures(**fields).concerns
    assert len(concerns) == 1
    assert concerns[0].startswith(word)


def test_too_few_attempts_are_not_judged():
    few = figures(attempts=4, index=-50.0)
    assert not few.judged
    assert few.concerns == []


def test_a_question_everyone_got_right_is_the_one_to_review():
    """The first question is always right (too easy); the second varies, but beside a
    constant rest its discrimination is undefined, which is no flag by itself."""
    attempts = [scored(right, of=2) for right in (1, 1, 2, 1, 2, 1)]
    stats = assignment_statistics(attempts)
    first, second = stats.questions
    assert first.facility == 1.0
    assert first.concerns
    assert second.discrimination_index is None
    assert not second.concerns
    assert stats.to_review == 1
