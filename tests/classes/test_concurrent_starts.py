"""One learner starting an assignment from several tabs at the same time: the attempt
limit holds (the membership row is locked while an attempt starts).

Real threads, each with its own database connection, so this runs on PostgreSQL only
(SQLite's one writer at a time would hide the race)."""

import threading

import pytest
from django.db import connection, connections
from django.utils import timezone

from classes import services
from quizzes.models import Attempt

STARTS = 6

pytestmark = [
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="needs concurrent transactions: PostgreSQL only",
    ),
    pytest.mark.django_db(transaction=True),
]


def start_all_at_once(assignment, learner) -> tuple[list[int], list[BaseException]]:
    barrier = threading.Barrier(STARTS)
    started: list[int] = []
    errors: list[BaseException] = []

    def start() -> None:
        try:
            barrier.wait()
            started.append(services.start_assignment(assignment=assignment, learner=learner).pk)
        except BaseException as error:  # reported by the test, not lost in the thread
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=start) for _ in range(STARTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return started, errors


def test_concurrent_starts_make_one_attempt_that_every_tab_continues(assignment, learner):
    started, errors = start_all_at_once(assignment, learner)

    assert errors == []
    assert Attempt.objects.filter(assignment=assignment).count() == 1
    assert set(started) == {Attempt.objects.get().pk}


def test_concurrent_starts_after_the_last_attempt_start_nothing(assignment, learner):
    for _ in range(assignment.max_attempts):
        attempt = services.start_assignment(assignment=assignment, learner=learner)
        Attempt.objects.filter(pk=attempt.pk).update(submitted_at=timezone.now())

    started, errors = start_all_at_once(assignment, learner)

    assert started == []
    assert len(errors) == STARTS
    assert all(isinstance(error, services.CannotStart) for error in errors)
    assert Attempt.objects.count() == assignment.max_attempts
