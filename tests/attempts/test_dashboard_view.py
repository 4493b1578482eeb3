import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from quizzes import progress
from quizzes.attempts import record_answer, start_attempt, submit_attempt
from quizzes.models import Attempt, AttemptItem
from tests.attempts.conftest import many_questions

URL = reverse("quizzes:dashboard")


def history(learner, section, *, attempts: int, per_attempt: int, days_ago: int = 0):
    """Answered attempts written directly: `attempts` x `per_attempt` responses."""
    questions = many_questions(section, per_attempt, tag=f" ({days_ago} days ago)")
    when = timezone.now() - dt.timedelta(days=days_ago)
    for number in range(attempts):
        attempt = Attempt.objects.create(
            learner=learner,
            title=f"Quiz {number}",
            question_count=per_attempt,
            correct_count=per_attempt // 2,
            submitted_at=when,
        )
        AttemptItem.objects.bulk_create(
            AttemptItem(
                attempt=attempt,
                position=position,
                question=question,
                presentation="typed",
                given_answer="x",
                answered_at=when,
                correct=position % 2 == 0,
                credit=1.0,
            )
            for position, question in enumerate(questions)
        )
    return questions


def test_visitors_are_sent_to_log_in(client, db):
    assert client.get(URL).url.startswith(reverse("login"))


def test_empty_dashboard_invites_practice(client, learner):
    client.force_login(learner)
    html = client.get(URL).content.decode()
    assert "No quizzes yet." in html
    assert "Answer some questions to see your mastery." in html
    assert "0 days" in html


def test_shows_attempts_mastery_streak_and_accuracy(client, learner, quiz_questions):
    attempt = start_attempt(learner=learner, questions=quiz_questions[:1], title="Practice: (c)")
    record_answer(item=attempt.items.get(), given="1989")
    submit_attempt(attempt=attempt)
    client.force_login(learner)

    html = client.get(URL).content.decode()

    assert "Practice: (c)" in html
    assert "1/1 (100%)" in html
    assert "(c) Measures to Counter International Organized Crime" in html
    assert "1 of 3 questions mastered, 1 answered" in html
    assert "1 day" in html
    assert "<svg" in html
    assert "Answers and accuracy per day" in html
    assert escape(progress.MASTERY_EXPLAINED) in html


def test_mastery_follows_the_latest_answer(learner, quiz_questions):
    first = start_attempt(learner=learner, questions=quiz_questions[:1], title="One")
    record_answer(item=first.items.get(), given="1989")
    submit_attempt(attempt=first)
    second = start_attempt(learner=learner, questions=quiz_questions[:1], title="Two")
    record_answer(item=second.items.get(), given="1990")
    submit_attempt(attempt=second)

    [row] = progress.mastery_by_section(learner)
    assert (row.mastered, row.answered, row.questions) == (0, 1, 3)


def test_streak_counts_consecutive_days(learner, crime_section):
    for days_ago in (0, 1, 2, 4):
        history(learner, crime_section, attempts=1, per_attempt=1, days_ago=days_ago)
    assert progress.streak(learner) == 3


def test_another_learners_answers_do_not_show(client, learner, django_user_model, quiz_questions):
    attempt = start_attempt(learner=learner, questions=quiz_questions[:1], title="Mine")
    submit_attempt(attempt=attempt)
    other = django_user_model.objects.create_user(username="olga", password="olga-pass-123")
    client.force_login(other)
    assert "Mine" not in client.get(URL).content.decode()


def test_history_is_paginated(client, learner, crime_section):
    history(learner, crime_section, attempts=12, per_attempt=1)
    client.force_login(learner)
    assert "Page 1 of 2" in client.get(URL).content.decode()


@pytest.mark.parametrize(("attempts", "per_attempt"), [(2, 5), (20, 50)])
def test_query_count_is_constant_in_history_size(
    client, learner, crime_section, django_assert_max_num_queries, attempts, per_attempt
):
    """10 responses or 1,000: mastery, trend and streak are aggregate queries."""
    history(learner, crime_section, attempts=attempts, per_attempt=per_attempt)
    client.force_login(learner)
    with django_assert_max_num_queries(12):
        response = client.get(URL)
    assert response.status_code == 200
