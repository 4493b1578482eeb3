"""Deadlines of assignment attempts, kept by the server: answers after the deadline are
refused, an expired attempt is submitted on the next request, and the player shows the
time left until the server's deadline."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from classes import services
from quizzes import attempts
from quizzes.models import Attempt


@pytest.fixture
def attempt(assignment, learner):
    return services.start_assignment(assignment=assignment, learner=learner)


def expire(attempt):
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - timedelta(seconds=1))
    attempt.refresh_from_db()


def answer_url(attempt, position=0):
    return reverse("quizzes:answer", args=[attempt.pk, position])


def test_record_answer_refuses_an_answer_after_the_deadline(attempt):
    expire(attempt)
    item = attempt.items.get(position=0)
    with pytest.raises(attempts.DeadlinePassed):
        attempts.record_answer(item=item, given="Answer 0")
    item.refresh_from_db()
    assert not item.is_answered


def test_record_answer_takes_an_answer_before_the_deadline(attempt):
    item = attempts.record_answer(item=attempt.items.get(position=0), given="whatever")
    assert item.is_answered


def test_a_late_answer_is_refused_and_the_attempt_submitted(client, learner, attempt):
    client.force_login(learner)
    expire(attempt)
    response = client.post(answer_url(attempt), {"answer": "late"})
    assert response.status_code == 302
    assert response.url == reverse("quizzes:results", args=[attempt.pk])
    attempt.refresh_from_db()
    assert attempt.is_submitted
    assert not attempt.items.filter(answered_at__isnull=False).exists()


def test_a_late_answer_saved_as_typed_is_refused_in_one_line(client, learner, attempt):
    client.force_login(learner)
    expire(attempt)
    response = client.post(answer_url(attempt), {"answer": "late"}, headers={"HX-Request": "true"})
    assert "Time is up, so this answer was not saved." in response.content.decode()


def test_an_answer_crossing_the_deadline_is_refused_with_time_is_up(
    client, learner, attempt, monkeypatch
):
    """The deadline passes between loading the attempt and saving the answer."""
    client.force_login(learner)
    real_record = attempts.record_answer

    def late_record(*, item, given):
        expire(attempt)
        return real_record(item=item, given=given)

    monkeypatch.setattr(attempts, "record_answer", late_record)
    response = client.post(answer_url(attempt), {"answer": "late"}, follow=True)
    assert attempts.DEADLINE_PASSED in response.content.decode()
    attempt.refresh_from_db()
    assert attempt.is_submitted


@pytest.mark.parametrize("view", ["quizzes:attempt", "quizzes:question"])
def test_an_expired_attempt_is_submitted_on_the_next_request(client, learner, attempt, view):
    client.force_login(learner)
    expire(attempt)
    args = [attempt.pk] if view == "quizzes:attempt" else [attempt.pk, 0]
    response = client.get(reverse(view, args=args))
    assert response.url == reverse("quizzes:results", args=[attempt.pk])
    attempt.refresh_from_db()
    assert attempt.is_submitted


def test_the_player_shows_the_time_left_until_the_servers_deadline(
    client, learner, classroom, assigned_document, assignment
):
    from tests.classes.conftest import make_assignment

    limited = make_assignment(classroom, assigned_document, time_limit_minutes=10)
    attempt = services.start_assignment(assignment=limited, learner=learner)
    client.force_login(learner)
    html = client.get(reverse("quizzes:question", args=[attempt.pk, 0])).content.decode()
    assert "Time left: <strong data-countdown>10 min</strong>" in html
    assert f'datetime="{attempt.deadline.isoformat()}"' in html
    seconds = int(re.search(r'data-seconds-left="(\d+)"', html).group(1))
    assert 590 <= seconds <= 600  # what the page counts down from, by the server's clock
    assert "js/countdown" in html


def test_practice_attempts_show_no_timer(client, learner, attempt):
    practice = Attempt.objects.create(learner=learner, title="Practice", question_count=1)
    practice.items.create(position=0, question=attempt.items.first().question, presentation="typed")
    client.force_login(learner)
    html = client.get(reverse("quizzes:question", args=[practice.pk, 0])).content.decode()
    assert "Time left" not in html
