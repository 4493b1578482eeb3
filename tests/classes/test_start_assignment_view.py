"""/classes/assignments/<pk>/start/: start (or continue) an attempt in the player, within
the assignment's window and attempt limit."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from classes import services
from quizzes.models import Attempt
from tests.classes.conftest import make_assignment


def start(client, learner, assignment):
    client.force_login(learner)
    return client.post(reverse("classes:start", args=[assignment.pk]))


def test_starting_opens_the_player_on_an_attempt_of_n_questions_per_section(
    client, learner, assignment
):
    response = start(client, learner, assignment)
    attempt = Attempt.objects.get()
    assert response.status_code == 302
    assert response.url == attempt.get_absolute_url()
    assert attempt.assignment == assignment
    assert attempt.kind == Attempt.Kind.ASSIGNMENT
    assert attempt.question_count == 4  # two from each of two sections
    per_section = {
        section.pk: attempt.items.filter(question__section=section).count()
        for section in assignment.sections.all()
    }
    assert set(per_section.values()) == {2}
    assert attempt.deadline == assignment.due_at


def test_the_time_limit_sets_the_attempts_deadline(
    client, learner, classroom, assignment, assigned_document
):
    limited = make_assignment(classroom, assigned_document, time_limit_minutes=10)
    before = timezone.now()
    start(client, learner, limited)
    deadline = Attempt.objects.get().deadline
    assert before + timedelta(minutes=10) <= deadline <= timezone.now() + timedelta(minutes=10)


def test_starting_again_continues_the_open_attempt(client, learner, assignment):
    start(client, learner, assignment)
    response = start(client, learner, assignment)
    attempt = Attempt.objects.get()
    assert response.url == attempt.get_absolute_url()


def test_no_attempt_beyond_the_limit(client, learner, assignment):
    for _ in range(assignment.max_attempts):
        attempt = services.start_assignment(assignment=assignment, learner=learner)
        Attempt.objects.filter(pk=attempt.pk).update(submitted_at=timezone.now())
    response = start(client, learner, assignment)
    assert response.url == reverse("classes:assigned")
    assert Attempt.objects.count() == assignment.max_attempts
    assert "used all your attempts" in client.get(response.url).content.decode()


def test_no_attempt_before_the_assignment_opens(
    client, learner, classroom, assigned_document, assignment
):
    later = make_assignment(
        classroom, assigned_document, opens_at=timezone.now() + timedelta(hours=1)
    )
    response = start(client, learner, later)
    assert response.url == reverse("classes:assigned")
    assert not Attempt.objects.exists()
    assert "not open yet" in client.get(response.url).content.decode()


def test_no_attempt_after_the_due_time(client, learner, classroom, assigned_document, assignment):
    now = timezone.now()
    past = make_assignment(
        classroom, assigned_document, opens_at=now - timedelta(days=2), due_at=now
    )
    response = start(client, learner, past)
    assert response.url == reverse("classes:assigned")
    assert not Attempt.objects.exists()


def test_an_expired_attempt_is_submitted_and_counts_towards_the_limit(client, learner, assignment):
    attempt = services.start_assignment(assignment=assignment, learner=learner)
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now())
    start(client, learner, assignment)  # the second and last attempt
    attempt.refresh_from_db()
    assert attempt.is_submitted
    assert Attempt.objects.count() == 2


def test_starting_only_with_post(client, learner, assignment):
    client.force_login(learner)
    assert client.get(reverse("classes:start", args=[assignment.pk])).status_code == 405
