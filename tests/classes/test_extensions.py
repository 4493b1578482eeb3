"""Extensions: one learner's own due time or time limit, enforced on the server when they
start an attempt, in their attempt's deadline (also the one they have open when it is
granted), in their status, and on their "Assigned to me" page."""

from datetime import timedelta

import pytest
from django.db import IntegrityError
from django.urls import reverse
from django.utils import timezone

from classes import services
from classes.models import AssignmentStatus, Extension
from quizzes import attempts
from tests.classes.conftest import make_assignment


@pytest.fixture
def overdue(assignment):
    """The chapter quiz, due an hour ago."""
    now = timezone.now()
    assignment.opens_at, assignment.due_at = now - timedelta(hours=3), now - timedelta(hours=1)
    assignment.save(update_fields=["opens_at", "due_at"])
    return assignment


@pytest.fixture
def timed(classroom, assignment):
    """A quiz of the same sections with a 10-minute limit, due in a day."""
    return make_assignment(classroom, assignment.document, time_limit_minutes=10)


def extend(assignment, learner, *, due_at=None, time_limit_minutes=None, by=None):
    return services.grant_extension(
        assignment=assignment,
        learner=learner,
        by=by,
        due_at=due_at,
        time_limit_minutes=time_limit_minutes,
    )


def test_with_an_extension_a_learner_starts_after_the_class_due_time(overdue, learner):
    own_due = timezone.now() + timedelta(hours=2)
    extend(overdue, learner, due_at=own_due)
    attempt = services.start_assignment(assignment=overdue, learner=learner)
    assert attempt.deadline == own_due


def test_without_an_extension_a_learner_cannot_start_after_the_due_time(overdue, learner):
    with pytest.raises(services.CannotStart, match="was due already"):
        services.start_assignment(assignment=overdue, learner=learner)


def test_another_learners_extension_does_not_help(overdue, learner, django_user_model):
    other = django_user_model.objects.create_user(username="olga")
    services.join_class(user=other, code=overdue.classroom.join_code)
    extend(overdue, other, due_at=timezone.now() + timedelta(hours=2))
    with pytest.raises(services.CannotStart):
        services.start_assignment(assignment=overdue, learner=learner)


def test_with_an_extension_answers_are_taken_after_the_class_due_time(overdue, learner):
    extend(overdue, learner, due_at=timezone.now() + timedelta(hours=2))
    attempt = services.start_assignment(assignment=overdue, learner=learner)
    item = attempts.record_answer(item=attempt.items.get(position=0), given="Answer 0")
    assert item.is_answered


def test_answers_after_the_learners_own_deadline_are_refused(overdue, learner):
    extend(overdue, learner, due_at=timezone.now() + timedelta(hours=2))
    attempt = services.start_assignment(assignment=overdue, learner=learner)
    own_due = timezone.now() - timedelta(seconds=1)  # the instructor takes the time back
    extend(overdue, learner, due_at=own_due)
    attempt.refresh_from_db()
    assert attempt.deadline == own_due
    with pytest.raises(attempts.DeadlinePassed):
        attempts.record_answer(item=attempt.items.get(position=0), given="late")


def test_a_time_limit_extension_lengthens_the_attempt_deadline(timed, learner):
    extend(timed, learner, time_limit_minutes=25)
    before = timezone.now()
    attempt = services.start_assignment(assignment=timed, learner=learner)
    assert before + timedelta(minutes=25) <= attempt.deadline
    assert attempt.deadline <= timezone.now() + timedelta(minutes=25)


def test_granting_an_extension_moves_the_open_attempts_deadline_at_once(timed, learner):
    attempt = services.start_assignment(assignment=timed, learner=learner)
    ten_minutes = attempt.deadline
    extend(timed, learner, time_limit_minutes=30)
    attempt.refresh_from_db()
    # Counted from the attempt's start (stamped a moment after its first deadline).
    assert attempt.deadline == attempt.started_at + timedelta(minutes=30)
    assert attempt.deadline - ten_minutes >= timedelta(minutes=20)


def test_granting_again_replaces_the_extension(assignment, learner, instructor):
    extend(assignment, learner, due_at=assignment.due_at + timedelta(days=1))
    later = assignment.due_at + timedelta(days=2)
    extension = extend(assignment, learner, due_at=later, by=instructor)
    assert Extension.objects.get() == extension
    assert extension.due_at == later
    assert extension.granted_by == instructor


def test_a_learner_past_the_class_due_time_with_an_extension_is_not_overdue(overdue, learner):
    now = timezone.now()
    assert overdue.status_for([], now) == AssignmentStatus.OVERDUE
    extension = extend(overdue, learner, due_at=now + timedelta(hours=1))
    assert overdue.status_for([], now, extension) == AssignmentStatus.NOT_STARTED


def test_due_for_is_the_learners_own_due_time(assignment, learner, instructor):
    assert assignment.due_for(learner) == assignment.due_at
    later = assignment.due_at + timedelta(days=1)
    extend(assignment, learner, due_at=later)
    assert assignment.due_for(learner) == later
    assert assignment.due_for(instructor) == assignment.due_at


def test_an_extension_never_shortens_the_time_limit(timed, learner):
    extension = Extension(assignment=timed, learner=learner, time_limit_minutes=5)
    assert timed.time_limit_with(extension) == 10


def test_assigned_to_me_shows_the_learners_own_due_time_and_lets_them_start(
    client, overdue, learner
):
    own_due = timezone.now() + timedelta(hours=2)
    extend(overdue, learner, due_at=own_due)
    client.force_login(learner)
    page = client.get(reverse("classes:assigned")).content.decode()
    assert own_due.strftime("%d %b %Y, %H:%M").lstrip("0") in page
    assert "Overdue" not in page
    assert reverse("classes:start", args=[overdue.pk]) in page


def test_assigned_to_me_without_an_extension_offers_no_start_when_overdue(client, overdue, learner):
    client.force_login(learner)
    page = client.get(reverse("classes:assigned")).content.decode()
    assert "Overdue" in page
    assert reverse("classes:start", args=[overdue.pk]) not in page


@pytest.mark.parametrize(
    "fields",
    [
        {},
        {"time_limit_minutes": 0},
        {"time_limit_minutes": 24 * 60 + 1},
    ],
)
def test_the_database_refuses_an_extension_that_extends_nothing(assignment, learner, fields):
    with pytest.raises(IntegrityError):
        Extension.objects.create(
            assignment=assignment, learner=learner, granted_at=timezone.now(), **fields
        )


def test_one_extension_per_learner_and_assignment(assignment, learner):
    fields = {"assignment": assignment, "learner": learner, "granted_at": timezone.now()}
    Extension.objects.create(time_limit_minutes=5, **fields)
    with pytest.raises(IntegrityError):
        Extension.objects.create(time_limit_minutes=6, **fields)
