"""The gradebook reads a summary row per learner and assignment (``AssignmentGrade``),
kept as attempts are submitted: it must always say what the attempts themselves say."""

import importlib
from datetime import timedelta

import pytest
from django.apps import apps
from django.utils import timezone

from classes import gradebook, services
from classes.models import Assignment, AssignmentGrade, FeedbackTiming, GradingMethod
from quizzes import attempts
from quizzes.models import Attempt
from tests.classes.conftest import make_assignment
from tests.classes.results_helpers import take


@pytest.fixture
def lena(django_user_model, classroom):
    user = django_user_model.objects.create_user(username="lena")
    services.join_class(user=user, code=classroom.join_code)
    return user


def assert_gradebook_agrees_with_attempts(classroom) -> None:
    """Every cell's grade and number of attempts, as counted from the attempts: fails as
    soon as the summary drifts from them."""
    for row in gradebook.build_gradebook(classroom).rows:
        for cell in row.cells:
            mine = list(
                cell.assignment.attempts.filter(learner=row.learner).order_by("started_at", "pk")
            )
            expected = (cell.assignment.final_grade(mine), len(mine))
            assert (cell.grade, cell.attempt_count) == expected, (row.learner, cell.assignment)


def only_cell(classroom) -> gradebook.Cell:
    [row] = gradebook.build_gradebook(classroom).rows
    [cell] = row.cells
    return cell


def test_a_submitted_attempt_is_in_the_gradebook_at_once(assignment, learner):
    take(assignment, learner, right=3)

    assert only_cell(assignment.classroom).grade == 75.0
    assert_gradebook_agrees_with_attempts(assignment.classroom)


@pytest.mark.parametrize(
    ("method", "grade"),
    [
        (GradingMethod.FIRST, 75.0),
        (GradingMethod.LAST, 25.0),
        (GradingMethod.HIGHEST, 75.0),
        (GradingMethod.AVERAGE, 50.0),
    ],
)
def test_a_changed_grading_method_regrades_every_cell_without_a_recount(
    assignment, learner, method, grade
):
    take(assignment, learner, right=3)
    take(assignment, learner, right=1)

    Assignment.objects.filter(pk=assignment.pk).update(grading_method=method)

    assert only_cell(assignment.classroom).grade == grade
    assert_gradebook_agrees_with_attempts(assignment.classroom)


def test_an_attempt_whose_time_ran_out_is_graded_when_submitted_late(assignment, learner):
    attempt = take(assignment, learner, right=2, submit=False)
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - timedelta(minutes=1))
    cell = only_cell(assignment.classroom)
    assert (cell.grade, cell.status) == (None, gradebook.NOT_SUBMITTED)

    attempts.submit_expired(learner=learner)

    assert only_cell(assignment.classroom).grade == 50.0
    assert_gradebook_agrees_with_attempts(assignment.classroom)


def test_marks_held_back_from_the_learner_are_in_the_instructors_gradebook(
    classroom, assigned_document, assignment, learner
):
    Assignment.objects.filter(pk=assignment.pk).update(feedback=FeedbackTiming.AFTER_DUE)
    assignment.refresh_from_db()

    take(assignment, learner, right=1)

    assert only_cell(classroom).grade == 25.0
    assert_gradebook_agrees_with_attempts(classroom)


def test_an_attempt_still_open_shows_in_progress_beside_an_earlier_grade(assignment, learner):
    take(assignment, learner, right=4)
    take(assignment, learner, right=0, submit=False)

    cell = only_cell(assignment.classroom)

    assert (cell.grade, cell.attempt_count) == (100.0, 2)
    assert_gradebook_agrees_with_attempts(assignment.classroom)


def test_a_deleted_learner_takes_their_grades_along(assignment, learner):
    take(assignment, learner, right=3)
    assert AssignmentGrade.objects.filter(learner=learner).exists()

    learner.delete()

    assert not AssignmentGrade.objects.exists()


def test_recounting_from_the_attempts_changes_no_grade(
    classroom, assigned_document, assignment, learner, lena
):
    """The summary kept submission by submission is the one counted afresh, by
    ``rebuild`` (the scale seeding, tests) and by the data migration."""
    other = make_assignment(classroom, assigned_document, title="Second quiz")
    take(assignment, learner, right=3)
    take(assignment, learner, right=4)
    take(other, learner, right=0)
    take(other, lena, right=2)
    take(assignment, lena, right=1, submit=False)
    fields = ("learner", "assignment", "submitted", "scored", "first_score", "last_score")
    kept = set(AssignmentGrade.objects.values_list(*fields, "best_score", "score_sum"))

    AssignmentGrade.objects.all().delete()
    AssignmentGrade.objects.rebuild(Attempt.objects.all())

    assert set(AssignmentGrade.objects.values_list(*fields, "best_score", "score_sum")) == kept
    assert len(kept) == 3
    assert_gradebook_agrees_with_attempts(classroom)

    AssignmentGrade.objects.all().delete()
    migration = importlib.import_module("classes.migrations.0006_assignment_grade")
    migration.fill_grades(apps, None)  # the data migration, on today's models

    assert set(AssignmentGrade.objects.values_list(*fields, "best_score", "score_sum")) == kept


def test_a_page_of_learners_shows_the_average_of_the_whole_class(
    assignment, learner, lena, membership, instructor
):
    take(assignment, learner, right=4)
    take(assignment, lena, right=2)

    book = gradebook.build_gradebook(assignment.classroom, learners=[lena])

    assert [row.learner for row in book.rows] == [lena]
    assert [row.cells[0].grade for row in book.rows] == [50.0]
    assert [column.average for column in book.columns] == [75.0]

    services.remove_learner(membership=membership, by=instructor)
    book = gradebook.build_gradebook(assignment.classroom, learners=[lena])
    assert [column.average for column in book.columns] == [50.0]
