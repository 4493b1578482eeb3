"""An instructor's edit reaches new attempts; attempts already served keep the wording
and key the learner was shown, on the question page, in grading and in the results."""

import pytest
from django.urls import reverse

from quizzes import attempts, teach
from quizzes.models import Question


@pytest.fixture
def question(quiz_questions) -> Question:
    return quiz_questions[0]  # typed: "When was FATF created?" -> 1989


def edit(question, instructor, *, prompt: str, answer: str) -> None:
    teach.edit_question(
        question=question,
        text=teach.QuestionText(prompt=prompt, answer=answer),
        user=instructor,
    )
    question.refresh_from_db()


def start(learner, question):
    return attempts.start_attempt(
        learner=learner, questions=[question], title="Practice", presentations=["typed"]
    )


def test_an_item_keeps_a_snapshot_of_what_was_served(learner, question):
    item = start(learner, question).items.get()
    assert (item.prompt, item.answer) == ("When was FATF created?", "1989")


def test_an_answer_is_graded_against_the_key_that_was_served(learner, instructor, question):
    item = start(learner, question).items.get()
    edit(question, instructor, prompt="In which year was FATF created?", answer="1990")
    assert attempts.record_answer(item=item, given="1989").correct


def test_the_question_page_shows_the_wording_served(client, learner, instructor, question):
    attempt = start(learner, question)
    edit(question, instructor, prompt="In which year was FATF set up?", answer="1989")
    client.force_login(learner)
    html = client.get(reverse("quizzes:question", args=[attempt.pk, 0])).content.decode()
    assert "When was FATF created?" in html
    assert "set up" not in html


def test_results_keep_the_old_wording_and_key(client, learner, instructor, question):
    attempt = start(learner, question)
    attempts.record_answer(item=attempt.items.get(), given="1989")
    attempts.submit_attempt(attempt=attempt)
    edit(question, instructor, prompt="In which year was FATF set up?", answer="1990")
    client.force_login(learner)
    html = client.get(reverse("quizzes:results", args=[attempt.pk])).content.decode()
    assert "When was FATF created?" in html
    assert "Correct answer: <strong>1989</strong>" in html
    assert "set up" not in html


def test_a_new_attempt_gets_the_edit(learner, instructor, question):
    start(learner, question)
    edit(question, instructor, prompt="In which year was FATF set up?", answer="1989")
    item = start(learner, question).items.get()
    assert item.prompt == "In which year was FATF set up?"


def test_an_item_stored_before_snapshots_shows_its_question(client, learner, question):
    """Such an item has no wording of its own; the question page, which does not join the
    question, reads it for that item."""
    attempt = start(learner, question)
    attempt.items.update(prompt="", answer="")
    client.force_login(learner)
    html = client.get(reverse("quizzes:question", args=[attempt.pk, 0])).content.decode()
    assert "When was FATF created?" in html
