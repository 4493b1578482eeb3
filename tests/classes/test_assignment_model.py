"""The assignment's rules as the model states them: its grade by grading method, the
status a learner sees, the deadline of an attempt, and the database's constraints."""

from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.db import IntegrityError
from django.utils import timezone

from classes.models import Assignment, AssignmentStatus, GradingMethod
from quizzes.models import Attempt
from tests.classes.conftest import make_assignment

NOW = timezone.now()


def attempt(correct=None, *, of=4, deadline=None):
    """An attempt as the grade sees it; ``correct=None`` is one not yet submitted."""
    return SimpleNamespace(
        correct_count=correct or 0,
        question_count=of,
        submitted_at=None if correct is None else NOW,
        deadline=deadline,
    )


# 1 of 4, then 4 of 4, then 2 of 4: oldest first.
ATTEMPTS = [attempt(1), attempt(4), attempt(2)]


@pytest.mark.parametrize(
    ("method", "grade"),
    [
        (GradingMethod.HIGHEST, 100.0),
        (GradingMethod.AVERAGE, (25 + 100 + 50) / 3),
        (GradingMethod.FIRST, 25.0),
        (GradingMethod.LAST, 50.0),
    ],
)
def test_the_final_grade_follows_the_grading_method(method, grade):
    assert Assignment(grading_method=method).final_grade(ATTEMPTS) == pytest.approx(grade)


@pytest.mark.parametrize("method", GradingMethod.values)
def test_attempts_still_open_do_not_count_towards_the_grade(method):
    assignment = Assignment(grading_method=method)
    assert assignment.final_grade([attempt(2), attempt(None)]) == 50.0
    assert assignment.final_grade([attempt(None)]) is None
    assert assignment.final_grade([]) is None


def test_grade_for_a_learner_reads_their_submitted_attempts_oldest_first(assignment, learner):
    for title, correct in [("first", 1), ("last", 3)]:
        Attempt.objects.create(
            learner=learner,
            title=title,
            assignment=assignment,
            question_count=4,
            correct_count=correct,
            submitted_at=timezone.now(),
        )
    assignment.grading_method = GradingMethod.FIRST
    assert assignment.grade_for(learner) == 25.0
    assignment.grading_method = GradingMethod.LAST
    assert assignment.grade_for(learner) == 75.0


def test_status_is_in_progress_while_an_attempt_is_open_before_its_deadline():
    assignment = Assignment(due_at=NOW + timedelta(days=1))
    open_attempt = attempt(None, deadline=NOW + timedelta(minutes=5))
    assert assignment.status_for([attempt(2), open_attempt], NOW) == AssignmentStatus.IN_PROGRESS


def test_status_is_submitted_once_an_attempt_is_in_even_after_the_due_time():
    assignment = Assignment(due_at=NOW - timedelta(days=1))
    assert assignment.status_for([attempt(2)], NOW) == AssignmentStatus.SUBMITTED


def test_status_is_overdue_past_the_due_time_without_a_submitted_attempt():
    assignment = Assignment(due_at=NOW - timedelta(minutes=1))
    assert assignment.status_for([], NOW) == AssignmentStatus.OVERDUE


def test_status_is_not_started_before_the_due_time_without_attempts():
    assignment = Assignment(due_at=NOW + timedelta(minutes=1))
    assert assignment.status_for([], NOW) == AssignmentStatus.NOT_STARTED


def test_an_attempts_deadline_is_the_due_time_or_the_time_limit_whichever_is_first():
    assignment = Assignment(due_at=NOW + timedelta(minutes=30), time_limit_minutes=10)
    assert assignment.deadline_from(NOW) == NOW + timedelta(minutes=10)
    assert assignment.deadline_from(NOW + timedelta(minutes=25)) == assignment.due_at
    assignment.time_limit_minutes = None
    assert assignment.deadline_from(NOW) == assignment.due_at


def test_due_times_are_stored_timezone_aware(assignment):
    assignment.refresh_from_db()
    assert timezone.is_aware(assignment.due_at)
    assert timezone.is_aware(assignment.opens_at)


@pytest.mark.parametrize(
    "fields",
    [
        {"due_at": NOW - timedelta(hours=2)},  # before it opens
        {"max_attempts": 0},
        {"time_limit_minutes": 0},
        {"per_section": 0},
    ],
    ids=["due-before-opening", "no-attempts", "zero-time-limit", "no-questions"],
)
def test_the_database_refuses_an_impossible_assignment(classroom, assigned_document, fields):
    with pytest.raises(IntegrityError):
        make_assignment(classroom, assigned_document, **fields)
