"""The server caps answers and refuses or strips what the database cannot store.

The page's ``maxlength`` is no protection: these requests are what any client can send.
"""

import re
from unittest import mock

import pytest
from django.core import signing
from django.db import connection
from django.urls import reverse

from quizzes.attempts import AnswerTooLong, record_answer, start_attempt
from quizzes.models.attempts import MAX_ANSWER_LENGTH, Presentation
from quizzes.trial import SALT

TOO_LONG = "1989 " * (MAX_ANSWER_LENGTH // 5 + 1)
MEGABYTE = "a " * 500_000


def typed_attempt(learner, quiz_questions, *, immediate_feedback=False):
    """One typed question, "When was FATF created?" (1989)."""
    attempt = start_attempt(
        learner=learner,
        questions=quiz_questions[:1],
        title="Practice",
        presentations=[Presentation.TYPED],
        immediate_feedback=immediate_feedback,
    )
    return attempt, attempt.items.get()


def answer_url(attempt):
    return reverse("quizzes:answer", args=[attempt.pk, 0])


def test_an_answer_of_the_maximum_length_is_graded(learner, quiz_questions):
    _, item = typed_attempt(learner, quiz_questions)
    given = "1989" + " " * (MAX_ANSWER_LENGTH - 4)
    assert record_answer(item=item, given=given).correct is True


def test_a_longer_answer_is_refused_and_the_saved_one_kept(learner, quiz_questions):
    _, item = typed_attempt(learner, quiz_questions)
    record_answer(item=item, given="1990")

    with mock.patch("quizzes.attempts.grade_answer") as grader, pytest.raises(AnswerTooLong):
        record_answer(item=item, given=MEGABYTE)

    grader.assert_not_called()
    item.refresh_from_db()
    assert item.given_answer == "1990"


def test_the_question_page_explains_an_over_long_answer(client, learner, quiz_questions):
    attempt, item = typed_attempt(learner, quiz_questions)
    record_answer(item=item, given="1990")
    client.force_login(learner)

    with mock.patch("quizzes.attempts.grade_answer") as grader:
        response = client.post(answer_url(attempt), {"answer": MEGABYTE})

    grader.assert_not_called()
    assert response.status_code == 400
    html = response.content.decode()
    assert f"answers can be at most {MAX_ANSWER_LENGTH:,} characters" in html
    assert "Your saved answer is unchanged." in html
    assert 'value="1990"' in html
    item.refresh_from_db()
    assert item.given_answer == "1990"


def test_autosave_of_an_over_long_answer_says_it_was_not_saved(client, learner, quiz_questions):
    attempt, item = typed_attempt(learner, quiz_questions)
    client.force_login(learner)

    response = client.post(answer_url(attempt), {"answer": TOO_LONG}, HTTP_HX_REQUEST="true")

    assert response.content.decode() == (
        f"Not saved: Your answer is too long: answers can be at most {MAX_ANSWER_LENGTH:,} "
        "characters."
    )
    item.refresh_from_db()
    assert not item.is_answered


def test_a_nul_character_in_a_posted_answer_is_refused(client, learner, quiz_questions):
    attempt, item = typed_attempt(learner, quiz_questions)
    client.force_login(learner)

    response = client.post(answer_url(attempt), {"answer": "19\x0089"})

    assert response.status_code == 400
    item.refresh_from_db()
    assert not item.is_answered


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="SQLite stores NUL; PostgreSQL text cannot"
)
def test_the_service_strips_nul_characters_before_saving(learner, quiz_questions):
    _, item = typed_attempt(learner, quiz_questions)

    answered = record_answer(item=item, given="19\x0089\x00")

    answered.refresh_from_db()
    assert (answered.given_answer, answered.correct) == ("1989", True)


def trial_token(client, section):
    html = client.get(reverse("quizzes:try", args=[section.document.slug, section.path]))
    return re.search(r'name="quiz" value="([^"]+)"', html.content.decode()).group(1)


def test_a_visitors_over_long_answer_is_not_graded_and_the_quiz_comes_back(client, quiz_questions):
    section = quiz_questions[0].section
    token = trial_token(client, section)
    presentations = [presentation for _, presentation, _ in signing.loads(token, salt=SALT)]
    # Every quiz of these questions has at least two typed (or fill-in) answers.
    typed = [i for i, p in enumerate(presentations) if p != Presentation.MULTIPLE_CHOICE]
    first, second = typed[:2]
    url = reverse("quizzes:try", args=[section.document.slug, section.path])

    with mock.patch("quizzes.attempts.grade_answer") as grader:
        response = client.post(
            url, {"quiz": token, f"answer-{first}": MEGABYTE, f"answer-{second}": "kept answer"}
        )

    grader.assert_not_called()
    assert response.status_code == 400
    html = response.content.decode()
    assert f"answers can be at most {MAX_ANSWER_LENGTH:,} characters" in html
    assert f'value="{token}"' in html, "the same quiz"
    assert "Check my answers" in html
    assert f'name="answer-{second}" value="kept answer"' in html
    assert MEGABYTE[:1000] not in html
