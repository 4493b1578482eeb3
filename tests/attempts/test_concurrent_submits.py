"""One learner submitting several attempts over the same questions at the same time.

Real threads, each with its own database connection, so this runs on PostgreSQL only
(SQLite's one writer at a time would hide the race).
"""

import threading
from datetime import timedelta

import pytest
from django.db import connection, connections
from django.utils import timezone

from quizzes.attempts import record_answer, start_attempt, submit_attempt
from quizzes.models import AnswerSlot, Attempt, AttemptItem, ReviewCard
from quizzes.models.attempts import Presentation
from quizzes.models.progress import slot_of
from tests.attempts.conftest import many_questions

ATTEMPTS = 6

pytestmark = [
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="needs concurrent transactions: PostgreSQL only",
    ),
    pytest.mark.django_db(transaction=True),
]


def open_attempts(learner, questions, count: int) -> list[Attempt]:
    """``count`` attempts over the same questions, each answered, none submitted."""
    started = []
    for _ in range(count):
        attempt = start_attempt(
            learner=learner,
            questions=questions,
            title="Practice",
            presentations=[Presentation.TYPED, Presentation.MULTIPLE_CHOICE],
        )
        for item in attempt.items.select_related("question"):
            record_answer(item=item, given=item.question.answer)
        started.append(attempt)
    return started


def submit_all_at_once(attempts: list[Attempt]) -> list[BaseException]:
    barrier = threading.Barrier(len(attempts))
    errors: list[BaseException] = []

    def submit(attempt: Attempt) -> None:
        try:
            barrier.wait()
            submit_attempt(attempt=attempt)
        except BaseException as error:  # reported by the test, not lost in the thread
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=submit, args=(attempt,)) for attempt in attempts]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return errors


def test_parallel_submissions_each_create_or_count_once(learner, quiz_questions):
    questions = quiz_questions[:2]
    attempts = open_attempts(learner, questions, ATTEMPTS)

    errors = submit_all_at_once(attempts)

    assert errors == []
    assert Attempt.objects.submitted().count() == ATTEMPTS
    cards = ReviewCard.objects.of(learner)
    assert cards.count() == len(questions)
    assert sorted(cards.values_list("reviews", flat=True)) == [ATTEMPTS] * len(questions)


def test_parallel_submissions_add_to_existing_cards(learner, quiz_questions):
    questions = quiz_questions[:2]
    for attempt in open_attempts(learner, questions, 2):
        submit_attempt(attempt=attempt)
    attempts = open_attempts(learner, questions, ATTEMPTS)

    errors = submit_all_at_once(attempts)

    assert errors == []
    reviews = ReviewCard.objects.of(learner).values_list("reviews", flat=True)
    assert sorted(reviews) == [2 + ATTEMPTS] * len(questions)


def test_parallel_submissions_over_the_same_quarter_hours_in_either_order_all_count(
    learner, crime_section
):
    """Attempts over different questions share no card, so only their answer-count rows
    put them in each other's way: answered in two quarter hours, in opposite orders, they
    still all count and none fails on a deadlock."""
    first_slot = timezone.now().replace(minute=0, second=5, microsecond=0) - timedelta(hours=2)
    second_slot = first_slot + timedelta(minutes=15)
    questions = many_questions(crime_section, 2 * ATTEMPTS)
    attempts = []
    for number in range(ATTEMPTS):
        [attempt] = open_attempts(learner, questions[2 * number : 2 * number + 2], 1)
        slots = (first_slot, second_slot) if number % 2 else (second_slot, first_slot)
        for item, answered_at in zip(attempt.items.order_by("position"), slots, strict=True):
            AttemptItem.objects.filter(pk=item.pk).update(answered_at=answered_at)
        attempts.append(attempt)

    errors = submit_all_at_once(attempts)

    assert errors == []
    counted = AnswerSlot.objects.of(learner).values_list("starts_at", "answered")
    assert dict(counted) == {slot_of(first_slot): ATTEMPTS, slot_of(second_slot): ATTEMPTS}
