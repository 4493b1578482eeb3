"""The dashboard reads summaries of a learner's answers (answers per quarter hour, latest
answer per question) kept as attempts are submitted, plus the answers of attempts still
open: it must show what reading every answer would show."""

import datetime as dt
import importlib
from collections import defaultdict

import pytest
from django.apps import apps
from django.utils import timezone

from classes import services
from classes.models import Assignment, FeedbackTiming
from content.models import Section
from quizzes import attempts, progress
from quizzes.models import (
    AnswerSlot,
    Attempt,
    AttemptItem,
    LatestAnswer,
    Question,
    ReviewCard,
)
from quizzes.models.progress import rebuild
from tests.classes.conftest import leaf_sections, make_assignment
from tests.classes.results_helpers import right_answer, wrong_answer
from tests.conftest import add_questions

LONG_AGO = dt.date(2000, 1, 1)


@pytest.fixture
def document(make_document, instructor):
    """Two sections of three questions each."""
    document = make_document(slug="summaries", sections_per_part=2, uploaded_by=instructor)
    for section in leaf_sections(document):
        add_questions(section, 3)
    return document


@pytest.fixture
def classroom(instructor, learner):
    classroom = services.create_class(name="History 10B", instructor=instructor)
    services.join_class(user=learner, code=classroom.join_code)
    return classroom


def practise(learner, questions, *, right: int, submit: bool = True) -> Attempt:
    """A practice quiz over ``questions``, the first ``right`` answered rightly."""
    attempt = attempts.start_attempt(
        learner=learner, questions=questions, title="Practice", presentations=["typed"]
    )
    answer_all(attempt, right=right)
    return attempts.submit_attempt(attempt=attempt) if submit else attempt


def answer_all(attempt, *, right: int) -> None:
    for item in attempt.items.order_by("position"):
        given = right_answer(item) if item.position < right else wrong_answer(item)
        attempts.record_answer(item=item, given=given)


def answered_items(learner):
    return AttemptItem.objects.filter(attempt__learner=learner, answered_at__isnull=False)


def marked_items(learner):
    """Answers whose marks the learner may see now."""
    withheld = Attempt.objects.marks_withheld(timezone.now())
    return answered_items(learner).exclude(attempt__in=withheld)


def latest_outcomes(items) -> dict[int, tuple[int, bool]]:
    """Question id -> (section id, right) of the latest of one learner's ``items``."""
    rows = items.order_by("answered_at", "pk").values_list(
        "question_id", "question__section_id", "correct"
    )
    return {question_id: (section_id, correct) for question_id, section_id, correct in rows}


def assert_dashboard_agrees_with_answers(learner) -> None:
    """Day totals and mastery as read from every answer (what the dashboard computed
    before the summaries): fails as soon as a summary drifts from the answers."""
    attempts.submit_expired(learner=learner)  # the dashboard's catch-up first, as on the page
    expected: dict[dt.date, list[int]] = defaultdict(lambda: [0, 0, 0])
    for answered_at in answered_items(learner).values_list("answered_at", flat=True):
        expected[timezone.localdate(answered_at)][0] += 1
    for answered_at, correct in marked_items(learner).values_list("answered_at", "correct"):
        expected[timezone.localdate(answered_at)][1] += 1
        expected[timezone.localdate(answered_at)][2] += correct
    totals = progress.day_totals(learner, since=LONG_AGO)
    assert {day: list(counts) for day, counts in totals.items()} == dict(expected)

    latest = latest_outcomes(marked_items(learner))
    by_section: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for section_id, correct in latest.values():
        by_section[section_id][0] += correct
        by_section[section_id][1] += 1
    mastery = progress.mastery_by_section(learner)
    assert {row.section.pk: [row.mastered, row.answered] for row in mastery} == dict(by_section)


def summaries(learner) -> tuple[set, set]:
    return (
        set(
            AnswerSlot.objects.of(learner).values_list(
                "starts_at", "answered", "marked", "marked_correct"
            )
        ),
        set(
            LatestAnswer.objects.of(learner).values_list(
                "question", "item", "answered_at", "correct"
            )
        ),
    )


def test_answers_count_once_while_the_quiz_is_open_and_once_submitted(learner, document):
    questions = Question.objects.filter(section__document=document).order_by("pk")[:4]
    attempt = practise(learner, questions, right=1, submit=False)
    today = timezone.localdate()

    assert progress.day_totals(learner)[today] == (4, 4, 1)
    assert_dashboard_agrees_with_answers(learner)

    attempts.submit_attempt(attempt=attempt)

    assert progress.day_totals(learner)[today] == (4, 4, 1)
    assert sum(row.answered for row in progress.mastery_by_section(learner)) == 4
    assert_dashboard_agrees_with_answers(learner)


def test_an_attempt_whose_time_ran_out_counts_once_submitted_late(learner, document, classroom):
    assignment = make_assignment(classroom, document, time_limit_minutes=10)
    attempt = services.start_assignment(assignment=assignment, learner=learner)
    answer_all(attempt, right=2)
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - dt.timedelta(seconds=1))

    attempts.submit_expired(learner=learner)

    assert Attempt.objects.get(pk=attempt.pk).submitted_at is not None
    assert progress.day_totals(learner)[timezone.localdate()] == (4, 4, 2)
    assert_dashboard_agrees_with_answers(learner)


def test_marks_held_back_count_as_study_and_as_accuracy_only_once_due(learner, document, classroom):
    assignment = make_assignment(classroom, document, feedback=FeedbackTiming.AFTER_DUE)
    attempt = services.start_assignment(assignment=assignment, learner=learner)
    answer_all(attempt, right=3)
    attempts.submit_attempt(attempt=attempt)
    today = timezone.localdate()

    assert progress.day_totals(learner)[today] == (4, 0, 0)
    assert progress.mastery_by_section(learner) == []
    assert_dashboard_agrees_with_answers(learner)

    Assignment.objects.filter(pk=assignment.pk).update(
        due_at=timezone.now() - dt.timedelta(minutes=1)
    )
    attempts.submit_expired(learner=learner)  # what the next dashboard does first

    assert progress.day_totals(learner)[today] == (4, 4, 3)
    assert sum(row.mastered for row in progress.mastery_by_section(learner)) == 3
    assert_dashboard_agrees_with_answers(learner)


def test_marks_shown_at_submission_from_now_on_count_and_come_up_for_review(
    learner, document, classroom
):
    """The instructor switches an assignment whose marks waited for the due date to
    showing them at submission: the answers already submitted are counted and scheduled
    on the learner's next page, not left out for good."""
    assignment = make_assignment(classroom, document, feedback=FeedbackTiming.AFTER_DUE)
    attempt = services.start_assignment(assignment=assignment, learner=learner)
    answer_all(attempt, right=1)
    attempts.submit_attempt(attempt=attempt)
    assert progress.day_totals(learner)[timezone.localdate()] == (4, 0, 0)

    Assignment.objects.filter(pk=assignment.pk).update(feedback=FeedbackTiming.AFTER_SUBMISSION)
    attempts.submit_expired(learner=learner)  # what the next dashboard does first

    assert progress.day_totals(learner)[timezone.localdate()] == (4, 4, 1)
    assert ReviewCard.objects.of(learner).count() == 4
    assert_dashboard_agrees_with_answers(learner)


def test_marks_released_late_do_not_hide_a_later_practice_answer(learner, document, classroom):
    assignment = make_assignment(classroom, document, feedback=FeedbackTiming.AFTER_DUE)
    attempt = services.start_assignment(assignment=assignment, learner=learner)
    answer_all(attempt, right=0)
    attempts.submit_attempt(attempt=attempt)
    asked = Question.objects.filter(attempt_items__attempt=attempt).order_by("pk")
    practise(learner, asked, right=4)  # later, and right

    Assignment.objects.filter(pk=assignment.pk).update(
        due_at=timezone.now() - dt.timedelta(minutes=1)
    )
    attempts.submit_expired(learner=learner)

    assert sum(row.mastered for row in progress.mastery_by_section(learner)) == 4
    assert_dashboard_agrees_with_answers(learner)


def test_days_follow_the_learners_time_zone(learner, document):
    questions = Question.objects.filter(section__document=document).order_by("pk")[:2]
    attempt = practise(learner, questions, right=2)
    # 18:40 UTC is 00:25 the next day in Kathmandu (UTC+5:45).
    late = dt.datetime(2026, 3, 2, 18, 40, tzinfo=dt.UTC)
    AttemptItem.objects.filter(attempt=attempt).update(answered_at=late)
    rebuild([learner.pk])

    with timezone.override("Asia/Kathmandu"):
        assert progress.day_totals(learner, since=LONG_AGO) == {dt.date(2026, 3, 3): (2, 2, 2)}
        assert_dashboard_agrees_with_answers(learner)
    assert progress.day_totals(learner, since=LONG_AGO) == {dt.date(2026, 3, 2): (2, 2, 2)}


def test_counting_afresh_from_the_answers_changes_nothing(learner, document, classroom):
    """The summaries kept submission by submission are those counted from scratch, by
    ``rebuild`` (the scale seeding, tests) and by the data migration."""
    questions = list(Question.objects.filter(section__document=document).order_by("pk"))
    practise(learner, questions[:3], right=1)
    practise(learner, questions[1:5], right=3)
    withheld = make_assignment(classroom, document, feedback=FeedbackTiming.AFTER_DUE)
    attempt = services.start_assignment(assignment=withheld, learner=learner)
    answer_all(attempt, right=2)
    attempts.submit_attempt(attempt=attempt)
    kept = summaries(learner)

    rebuild([learner.pk])

    assert summaries(learner) == kept
    assert all(kept)
    assert_dashboard_agrees_with_answers(learner)

    AnswerSlot.objects.all().delete()
    LatestAnswer.objects.all().delete()
    migration = importlib.import_module("quizzes.migrations.0008_progress_summaries")
    migration.fill_summaries(apps, None)  # the data migration, on today's models

    assert summaries(learner) == kept


def test_a_deleted_learner_takes_their_summaries_along(learner, document):
    practise(learner, Question.objects.filter(section__document=document)[:2], right=1)
    assert all(summaries(learner))

    learner.delete()

    assert not AnswerSlot.objects.exists()
    assert not LatestAnswer.objects.exists()


def test_class_progress_counts_every_answer_the_latest_winning(learner, document, classroom):
    """The instructor's view counts answers whose marks are held back, and those of
    quizzes still open, as reading every answer would."""
    assignment = make_assignment(classroom, document, feedback=FeedbackTiming.AFTER_DUE)
    attempt = services.start_assignment(assignment=assignment, learner=learner)
    answer_all(attempt, right=4)
    attempts.submit_attempt(attempt=attempt)
    asked = Question.objects.filter(attempt_items__attempt=attempt).order_by("pk")
    practise(learner, asked[:1], right=0, submit=False)  # later, wrong, still open
    practise(learner, asked[1:2], right=0)  # later, wrong, submitted
    sections = list(Section.objects.filter(document=document).with_question_counts())

    mastery = progress.mastery_of_learners([learner], sections)[learner.pk]

    assert sum(row.mastered for row in mastery) == 2
    assert sum(row.answered for row in mastery) == 4
    everything = AttemptItem.objects.filter(attempt__learner=learner, answered_at__isnull=False)
    latest = latest_outcomes(everything)
    assert sum(right for _, right in latest.values()) == 2
