"""Starting, answering and submitting attempts (quizzes/attempts.py)."""

from datetime import timedelta
from unittest import mock

import pytest
from django.utils import timezone

from quizzes import attempts
from quizzes.attempts import (
    AttemptClosed,
    NothingToAsk,
    record_answer,
    start_attempt,
    start_retry,
    start_review,
    submit_attempt,
)
from quizzes.models import Attempt, Question, ReviewCard
from quizzes.models.attempts import Presentation
from tests.attempts.conftest import many_questions


def start(learner, questions, **options):
    return start_attempt(learner=learner, questions=questions, title="Practice (c)", **options)


def item_for(attempt, prompt):
    return attempt.items.select_related("question").get(question__prompt=prompt)


def test_an_attempt_holds_every_askable_question_in_a_chosen_presentation(learner, quiz_questions):
    attempt = start(learner, quiz_questions, seed=1)

    items = list(attempt.items.order_by("position"))
    assert attempt.question_count == len(items) == 3
    for item in items:
        assert item.presentation in attempts.presentations_for(item.question)


def test_only_the_chosen_formats_are_used(learner, quiz_questions):
    attempt = start(learner, quiz_questions, presentations=[Presentation.MULTIPLE_CHOICE])

    [item] = attempt.items.all()
    assert item.presentation == Presentation.MULTIPLE_CHOICE
    assert sorted(item.choices) == sorted(item.question.choices)


def test_true_false_shows_the_true_or_the_false_statement(learner, quiz_questions):
    shown = set()
    for seed in range(8):
        attempt = start(learner, quiz_questions, presentations=[Presentation.TRUE_FALSE], seed=seed)
        [item] = attempt.items.all()
        shown.add((item.statement, item.statement_is_true))
    assert shown == {
        ("US Secretary of Defense Robert Gates visited Japan in November 2007.", True),
        ("US Secretary of Defense Yoshiro Mori visited Japan in November 2007.", False),
    }


def test_count_samples_the_questions(learner, quiz_questions):
    assert start(learner, quiz_questions, count=2).items.count() == 2


def test_nothing_askable_is_a_clear_error(learner, quiz_questions):
    with pytest.raises(NothingToAsk):
        start(learner, quiz_questions[:1], presentations=[Presentation.TRUE_FALSE])
    assert not Attempt.objects.exists()


def test_a_typed_answer_is_graded_with_tolerance(learner, quiz_questions):
    attempt = start(learner, quiz_questions, presentations=[Presentation.FILL_BLANK])
    [item] = attempt.items.all()

    answered = record_answer(item=item, given="Gates")

    assert answered.correct is True
    assert answered.is_answered


def test_with_immediate_feedback_the_first_answer_is_final(learner, quiz_questions):
    attempt = start(learner, quiz_questions[:1], immediate_feedback=True)
    [item] = attempt.items.all()

    record_answer(item=item, given="1990")
    again = record_answer(item=item, given="1989")

    assert again.given_answer == "1990"
    assert again.correct is False


def test_without_immediate_feedback_answers_can_change_until_submitted(learner, quiz_questions):
    attempt = start(learner, quiz_questions[:1], immediate_feedback=False)
    [item] = attempt.items.all()

    record_answer(item=item, given="1990")
    again = record_answer(item=item, given="1989")

    assert (again.given_answer, again.correct) == ("1989", True)


def test_a_submitted_attempt_cannot_be_answered(learner, quiz_questions):
    attempt = start(learner, quiz_questions[:1])
    [item] = attempt.items.all()
    submit_attempt(attempt=attempt)

    with pytest.raises(AttemptClosed):
        record_answer(item=item, given="1989")
    item.refresh_from_db()
    assert not item.is_answered


def test_multiple_choice_and_true_false_are_graded_exactly(learner, quiz_questions):
    mc = start(learner, quiz_questions, presentations=[Presentation.MULTIPLE_CHOICE])
    [choice] = mc.items.all()
    assert record_answer(item=choice, given="Financial Action Task Force").correct is True

    tf = start(learner, quiz_questions, presentations=[Presentation.TRUE_FALSE], seed=3)
    [statement] = tf.items.all()
    right = "true" if statement.statement_is_true else "false"
    assert record_answer(item=statement, given=right).correct is True


def test_submitting_twice_grades_once(learner, quiz_questions):
    attempt = start(learner, quiz_questions[:1], presentations=[Presentation.TYPED])
    [item] = attempt.items.all()
    record_answer(item=item, given="1989")

    first = submit_attempt(attempt=attempt)
    second = submit_attempt(attempt=attempt)

    assert first.submitted_at == second.submitted_at
    assert (second.correct_count, second.question_count) == (1, 1)
    card = ReviewCard.objects.get(learner=learner)
    assert card.reviews == 1


def test_every_answered_question_becomes_a_review_card_due_later(learner, quiz_questions):
    attempt = start(learner, quiz_questions, seed=5)
    for item in attempt.items.select_related("question"):
        record_answer(item=item, given="something wrong")
    submit_attempt(attempt=attempt)

    cards = ReviewCard.objects.of(learner)
    assert cards.count() == 3
    assert not cards.due(timezone.now()).exists()
    assert cards.due(timezone.now() + timedelta(days=1)).count() == 3


def test_a_second_submission_moves_the_cards_the_first_made(learner, quiz_questions):
    """Cards are written back in one upsert: a card already there takes the new state."""
    for given in ("something wrong", "something wrong"):
        attempt = start(learner, quiz_questions[:1], presentations=[Presentation.TYPED])
        record_answer(item=attempt.items.select_related("question").get(), given=given)
        submit_attempt(attempt=attempt)
    card = ReviewCard.objects.get(learner=learner)
    assert (card.reviews, card.lapses) == (2, 2)
    assert card.due > timezone.now()


@pytest.mark.parametrize("count", [5, 50])
def test_submitting_takes_the_same_queries_for_any_length(
    learner, crime_section, django_assert_max_num_queries, count
):
    """Grading, the review cards (created, locked, written back) and the summaries are a
    fixed set of statements, none per question of the attempt."""
    attempt = start(learner, many_questions(crime_section, count))
    for item in attempt.items.select_related("question"):
        record_answer(item=item, given="1801")
    with django_assert_max_num_queries(12):
        submit_attempt(attempt=attempt)
    assert ReviewCard.objects.of(learner).count() == count


def test_review_serves_the_cards_that_are_due(learner, quiz_questions):
    attempt = start(
        learner,
        quiz_questions[:2],
        presentations=[Presentation.TYPED, Presentation.MULTIPLE_CHOICE],
    )
    for item in attempt.items.select_related("question"):
        record_answer(item=item, given=item.question.answer)
    submit_attempt(attempt=attempt)

    with pytest.raises(NothingToAsk):
        start_review(learner=learner)
    later = timezone.now() + timedelta(days=30)
    with mock.patch("django.utils.timezone.now", return_value=later):
        review = start_review(learner=learner)
    assert review.kind == Attempt.Kind.REVIEW
    assert review.items.count() == 2


def test_retry_holds_only_the_missed_questions(learner, quiz_questions):
    attempt = start(
        learner,
        quiz_questions,
        presentations=[Presentation.TYPED, Presentation.MULTIPLE_CHOICE, Presentation.FILL_BLANK],
    )
    right = item_for(attempt, "When was FATF created?")
    wrong = item_for(attempt, "What does FATF stand for?")
    record_answer(item=right, given="1989")
    record_answer(item=wrong, given="Wrong answer")
    submit_attempt(attempt=attempt)

    retry = start_retry(attempt=attempt)

    prompts = set(retry.items.values_list("question__prompt", flat=True))
    assert prompts == {
        "What does FATF stand for?",
        "US Secretary of Defense _____ visited Japan in November 2007.",
    }
    assert retry.retry_of == attempt


def test_retry_leaves_out_questions_retired_since(learner, quiz_questions):
    attempt = start(learner, quiz_questions, presentations=[Presentation.TYPED])
    for item in attempt.items.all():
        record_answer(item=item, given="wrong")
    submit_attempt(attempt=attempt)
    retired = quiz_questions[0]
    Question.objects.filter(pk=retired.pk).update(status=Question.Status.RETIRED)

    retry = start_retry(attempt=attempt)

    asked = set(retry.items.values_list("question", flat=True))
    assert asked == {q.pk for q in quiz_questions if q.pk != retired.pk} & {
        item.question_id for item in attempt.items.all()
    }
    assert retired.pk not in asked
