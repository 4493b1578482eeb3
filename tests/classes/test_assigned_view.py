"""/classes/assigned/: a learner's assignments with their status, due time and grade."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from classes import services
from quizzes.models import Attempt
from tests.classes.conftest import make_assignment

URL = reverse("classes:assigned")


def page(client, learner) -> str:
    client.force_login(learner)
    return client.get(URL).content.decode()


def test_a_new_assignment_is_not_started_with_its_due_time_and_a_start_button(
    client, learner, assignment
):
    html = page(client, learner)
    assert "Chapter quiz" in html
    assert "Not started" in html
    assert f'datetime="{assignment.due_at.isoformat()}"' in html
    assert reverse("classes:start", args=[assignment.pk]) in html
    assert ">Start<" in html


def test_an_open_attempt_shows_in_progress_and_continue(client, learner, assignment):
    services.start_assignment(assignment=assignment, learner=learner)
    html = page(client, learner)
    assert "In progress" in html
    assert ">Continue<" in html


def test_a_submitted_attempt_shows_submitted_and_the_grade(client, learner, assignment):
    attempt = services.start_assignment(assignment=assignment, learner=learner)
    Attempt.objects.filter(pk=attempt.pk).update(
        submitted_at=timezone.now(), correct_count=attempt.question_count
    )
    html = page(client, learner)
    assert "Submitted" in html
    assert "100%" in html
    assert "1 of 2" in html


def test_an_assignment_past_due_without_a_submission_is_overdue(
    client, learner, classroom, assigned_document, membership
):
    now = timezone.now()
    make_assignment(
        classroom,
        assigned_document,
        opens_at=now - timedelta(days=2),
        due_at=now - timedelta(days=1),
    )
    html = page(client, learner)
    assert "Overdue" in html
    assert ">Start<" not in html


def test_an_expired_attempt_is_submitted_when_the_page_is_next_loaded(client, learner, assignment):
    attempt = services.start_assignment(assignment=assignment, learner=learner)
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - timedelta(seconds=1))
    assert "Submitted" in page(client, learner)
    attempt.refresh_from_db()
    assert attempt.is_submitted


def test_deleted_assignments_and_other_classes_assignments_are_not_listed(
    client, learner, assignment, other_instructor, assigned_document
):
    other_class = services.create_class(name="Other", instructor=other_instructor)
    make_assignment(other_class, assigned_document, title="Not yours")
    services.archive_assignment(assignment=assignment)
    html = page(client, learner)
    assert "Chapter quiz" not in html
    assert "Not yours" not in html
    assert "Nothing is assigned to you" in html


def test_a_removed_learner_no_longer_sees_the_assignment(
    client, learner, assignment, membership, instructor
):
    services.remove_learner(membership=membership, by=instructor)
    assert "Chapter quiz" not in page(client, learner)
