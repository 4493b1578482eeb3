"""Attempt titles name the quiz briefly and always fit their column.

SQLite ignores varchar lengths, so the tests that go through the database for real run
on PostgreSQL; the others check the title itself, wherever they run.
"""

import pytest
from django.db import connection
from django.urls import reverse

from quizzes.attempts import (
    practice_title,
    record_answer,
    retry_title,
    start_attempt,
    start_retry,
    submit_attempt,
)
from quizzes.models import Attempt
from quizzes.models.attempts import FEEDBACK_MAX_LENGTH, TITLE_MAX_LENGTH
from tests.attempts.conftest import make_question
from tests.conftest import add_questions

postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite does not enforce varchar lengths; PostgreSQL does",
)


def test_a_practice_title_names_two_sections_and_counts_the_rest():
    assert practice_title(["(a) One"]) == "Practice: (a) One"
    assert practice_title(["(a) One", "(b) Two"]) == "Practice: (a) One and (b) Two"
    assert practice_title(["(a) One", "(b) Two", "(c) Three", "(d) Four"]) == (
        "Practice: (a) One, (b) Two and 2 more"
    )


def test_a_title_from_very_long_headings_is_cut_with_an_ellipsis():
    title = practice_title(["x" * 600, "y" * 600])
    assert len(title) == TITLE_MAX_LENGTH
    assert title.startswith("Practice: xxx")
    assert title.endswith("…")


def test_retrying_a_retry_does_not_nest_the_prefix():
    once = retry_title("Practice: (a) One")
    assert once == "Retry: Practice: (a) One"
    assert retry_title(retry_title(once)) == once


def test_every_section_of_the_seed_in_one_practice_quiz(client, learner, seed_document):
    """Ticking all seven sections of the shipped document used to overflow the title."""
    sections = list(seed_document.sections.filter(kind="section").order_by("position"))
    assert len(sections) == 7
    for section in sections:
        add_questions(section, 1)
    client.force_login(learner)

    response = client.post(
        reverse("quizzes:practice", args=[seed_document.slug]),
        {"sections": [s.pk for s in sections], "count": 10, "presentations": ["typed"]},
    )

    assert response.status_code == 302
    attempt = Attempt.objects.get(learner=learner)
    assert len(attempt.title) <= TITLE_MAX_LENGTH
    assert attempt.title == (f"Practice: {sections[0].heading}, {sections[1].heading} and 5 more")


def test_retry_after_retry_keeps_one_prefix(learner, seed_document):
    sections = list(seed_document.sections.filter(kind="section").order_by("position"))[:4]
    questions = [question for section in sections for question in add_questions(section, 1)]
    attempt = start_attempt(
        learner=learner,
        questions=questions,
        title=practice_title([section.heading for section in sections]),
    )
    for _ in range(5):
        attempt = submit_attempt(attempt=attempt)
        attempt = start_retry(attempt=attempt)

    assert attempt.title.count("Retry: ") == 1
    assert len(attempt.title) <= TITLE_MAX_LENGTH


@postgresql_only
def test_a_title_longer_than_its_column_is_stored_cut(learner, quiz_questions):
    attempt = start_attempt(
        learner=learner, questions=quiz_questions, title="Practice: " + "x" * 400
    )

    attempt.refresh_from_db()
    assert len(attempt.title) == TITLE_MAX_LENGTH


@postgresql_only
def test_feedback_quoting_a_long_answer_key_fits_its_column(learner, crime_section):
    question = make_question(
        crime_section, kind="what", answer_type="phrase", prompt="Say it all?", answer="w " * 400
    )
    attempt = start_attempt(learner=learner, questions=[question], title="P")
    [item] = attempt.items.all()

    answered = record_answer(item=item, given="something else entirely")

    answered.refresh_from_db()
    assert answered.correct is False
    assert 0 < len(answered.feedback) <= FEEDBACK_MAX_LENGTH
