"""An assignment's options: hand-picked or random questions, allowed formats, shuffled
or reading order, and when feedback comes, as attempts at it are started."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from classes import services
from classes.models import FeedbackTiming, Selection
from quizzes import attempts
from quizzes.models import Question
from quizzes.models.attempts import Presentation
from tests.classes.conftest import leaf_sections, make_assignment
from tests.conftest import add_questions


@pytest.fixture
def sections(assigned_document, membership):
    """The two leaf sections of Ines's document, four draft questions each."""
    found = leaf_sections(assigned_document)
    for section in found:
        add_questions(section, 4)
    return found


def approve(questions) -> list[Question]:
    Question.objects.filter(pk__in=[q.pk for q in questions]).update(status="approved")
    return list(Question.objects.filter(pk__in=[q.pk for q in questions]).order_by("pk"))


def offer_multiple_choice(questions) -> None:
    """Make ``questions`` askable typed or as multiple choice."""
    for question in questions:
        question.format = "multiple_choice"
        question.choices = [question.answer, "Elsewhere", "Nobody"]
        question.save(update_fields=["format", "choices"])


def hand_picked(classroom, document, questions, **fields):
    return make_assignment(
        classroom, document, selection=Selection.HAND_PICKED, questions=questions, **fields
    )


def served(attempt) -> list[int]:
    return list(attempt.items.order_by("position").values_list("question_id", flat=True))


def test_a_hand_picked_assignment_serves_exactly_the_picked_questions(
    classroom, assigned_document, sections, learner
):
    picked = approve([sections[0].questions.first(), sections[1].questions.last()])
    assignment = hand_picked(classroom, assigned_document, picked)
    attempt = services.start_assignment(assignment=assignment, learner=learner)
    assert sorted(served(attempt)) == [question.pk for question in picked]
    assert set(assignment.sections.all()) == {sections[0], sections[1]}


def test_a_hand_picked_question_retired_since_is_skipped(
    classroom, assigned_document, sections, learner
):
    picked = approve(sections[0].questions.all()[:3])
    assignment = hand_picked(classroom, assigned_document, picked)
    Question.objects.filter(pk=picked[0].pk).update(status="retired")
    attempt = services.start_assignment(assignment=assignment, learner=learner)
    assert sorted(served(attempt)) == [picked[1].pk, picked[2].pk]


def test_only_approved_questions_can_be_hand_picked(classroom, assigned_document, sections):
    draft = sections[0].questions.first()
    with pytest.raises(ValueError, match="approved"):
        hand_picked(classroom, assigned_document, [draft])


def test_a_hand_picked_assignment_needs_a_question(classroom, assigned_document, sections):
    with pytest.raises(ValueError, match="at least one question"):
        hand_picked(classroom, assigned_document, [])


def test_hand_picked_questions_come_from_one_document(
    classroom, assigned_document, sections, make_document, instructor
):
    other = make_document(slug="other", sections_per_part=1, uploaded_by=instructor)
    elsewhere = add_questions(leaf_sections(other)[0], 1)
    picked = approve([sections[0].questions.first(), *elsewhere])
    with pytest.raises(ValueError, match="one document"):
        hand_picked(classroom, assigned_document, picked)


@pytest.mark.parametrize("presentation", [Presentation.TYPED, Presentation.MULTIPLE_CHOICE])
def test_every_item_is_asked_in_an_allowed_format(
    classroom, assigned_document, sections, learner, presentation
):
    offer_multiple_choice(Question.objects.all())
    assignment = make_assignment(classroom, assigned_document, presentations=[presentation])
    attempt = services.start_assignment(assignment=assignment, learner=learner)
    assert attempt.question_count == 4
    assert set(attempt.items.values_list("presentation", flat=True)) == {presentation}


def test_a_hand_picked_assignment_keeps_to_its_formats_too(
    classroom, assigned_document, sections, learner
):
    picked = approve(sections[0].questions.all())
    offer_multiple_choice(picked[:2])
    assignment = hand_picked(
        classroom, assigned_document, picked, presentations=[Presentation.MULTIPLE_CHOICE]
    )
    attempt = services.start_assignment(assignment=assignment, learner=learner)
    assert sorted(served(attempt)) == [picked[0].pk, picked[1].pk]
    assert set(attempt.items.values_list("presentation", flat=True)) == {"multiple_choice"}


def test_nothing_askable_in_the_formats_means_the_learner_cannot_start(
    classroom, assigned_document, sections, learner
):
    assignment = make_assignment(
        classroom, assigned_document, presentations=[Presentation.TRUE_FALSE]
    )
    with pytest.raises(services.CannotStart, match="formats"):
        services.start_assignment(assignment=assignment, learner=learner)


def test_without_shuffling_items_come_in_reading_order(
    classroom, assigned_document, sections, learner
):
    picked = approve([*sections[0].questions.all(), *sections[1].questions.all()])
    assignment = hand_picked(classroom, assigned_document, picked, shuffle_questions=False)
    for seed in range(5):
        attempt = attempts.start_assignment_attempt(
            assignment=assignment, learner=learner, seed=seed
        )
        assert served(attempt) == [question.pk for question in picked]


def test_a_random_draw_without_shuffling_is_in_reading_order_too(
    classroom, assigned_document, sections, learner
):
    assignment = make_assignment(classroom, assigned_document, shuffle_questions=False)
    attempt = attempts.start_assignment_attempt(assignment=assignment, learner=learner, seed=3)
    questions = Question.objects.in_bulk(served(attempt))
    order = [(questions[pk].section.position, questions[pk].source_start) for pk in served(attempt)]
    assert order == sorted(order)


def test_shuffling_is_fixed_by_the_seed_and_changes_the_order(
    classroom, assigned_document, sections, learner
):
    picked = approve([*sections[0].questions.all(), *sections[1].questions.all()])
    assignment = hand_picked(classroom, assigned_document, picked)
    orders = [
        served(attempts.start_assignment_attempt(assignment=assignment, learner=learner, seed=s))
        for s in (7, 7, 8)
    ]
    assert orders[0] == orders[1]
    assert sorted(orders[0]) == [question.pk for question in picked]
    reading = [question.pk for question in picked]
    assert any(
        served(attempts.start_assignment_attempt(assignment=assignment, learner=learner, seed=s))
        != reading
        for s in range(3)
    )


@pytest.mark.parametrize(
    ("feedback", "immediate"),
    [
        (FeedbackTiming.IMMEDIATELY, True),
        (FeedbackTiming.AFTER_SUBMISSION, False),
        (FeedbackTiming.AFTER_DUE, False),
    ],
)
def test_only_immediate_feedback_marks_answers_as_they_are_given(
    classroom, assigned_document, sections, learner, feedback, immediate
):
    assignment = make_assignment(classroom, assigned_document, feedback=feedback)
    attempt = services.start_assignment(assignment=assignment, learner=learner)
    assert attempt.immediate_feedback is immediate


def test_the_database_refuses_an_assignment_without_formats(classroom, assigned_document, sections):
    assignment = make_assignment(classroom, assigned_document)
    with pytest.raises(IntegrityError), transaction.atomic():
        type(assignment).objects.filter(pk=assignment.pk).update(presentations=[])


def test_the_service_refuses_unknown_or_no_formats(classroom, assigned_document, sections):
    for presentations in ([], ["essay"]):
        with pytest.raises(ValueError, match="Formats"):
            make_assignment(classroom, assigned_document, presentations=presentations)


def test_model_validation_names_unknown_formats(classroom, assigned_document, sections):
    assignment = make_assignment(classroom, assigned_document)
    assignment.presentations = ["typed", "essay"]
    with pytest.raises(ValidationError, match="essay"):
        assignment.clean()


def test_an_edit_applies_to_attempts_started_afterwards(
    classroom, assigned_document, sections, learner
):
    assignment = make_assignment(classroom, assigned_document)
    before = services.start_assignment(assignment=assignment, learner=learner)
    served_before = served(before)
    picked = approve([sections[1].questions.first()])
    assignment = services.update_assignment(
        assignment=assignment,
        sections=[],
        questions=picked,
        title="Chapter quiz",
        per_section=2,
        opens_at=assignment.opens_at,
        due_at=assignment.due_at,
        time_limit_minutes=None,
        max_attempts=2,
        grading_method=assignment.grading_method,
        selection=Selection.HAND_PICKED,
        shuffle_questions=False,
        presentations=[Presentation.TYPED],
        feedback=FeedbackTiming.IMMEDIATELY,
    )
    services.attempts.submit_attempt(attempt=before)
    after = services.start_assignment(assignment=assignment, learner=learner)
    assert served(before) == served_before
    assert served(after) == [picked[0].pk]
    assert after.immediate_feedback
    assert not before.immediate_feedback
