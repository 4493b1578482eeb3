"""The gradebook and class progress as data (classes/gradebook.py), without HTTP."""

from datetime import timedelta

import pytest
from django.utils import timezone

from classes import gradebook, services
from classes.models import Assignment, GradingMethod
from quizzes import progress
from quizzes.models import Attempt
from tests.classes.conftest import leaf_sections, make_assignment
from tests.classes.results_helpers import answer_by_section, take


@pytest.fixture
def lena(django_user_model, classroom):
    user = django_user_model.objects.create_user(username="lena")
    services.join_class(user=user, code=classroom.join_code)
    return user


def only_cell(classroom):
    [row] = gradebook.build_gradebook(classroom).rows
    [cell] = row.cells
    return cell


def test_a_cell_holds_the_highest_attempt_by_default(assignment, learner):
    take(assignment, learner, right=1)
    take(assignment, learner, right=3)
    assert only_cell(assignment.classroom).grade == 75.0


@pytest.mark.parametrize(
    ("method", "grade"),
    [
        (GradingMethod.FIRST, 25.0),
        (GradingMethod.LAST, 75.0),
        (GradingMethod.AVERAGE, 50.0),
        (GradingMethod.HIGHEST, 75.0),
    ],
)
def test_a_cell_follows_the_grading_method(assignment, learner, method, grade):
    Assignment.objects.filter(pk=assignment.pk).update(grading_method=method)
    take(assignment, learner, right=1)
    take(assignment, learner, right=3)
    assert only_cell(assignment.classroom).grade == grade


def test_a_cell_without_attempts_before_the_due_date_is_not_started(assignment):
    cell = only_cell(assignment.classroom)
    assert (cell.grade, cell.status) == (None, gradebook.NOT_STARTED)


def test_a_cell_with_an_open_attempt_is_in_progress(assignment, learner):
    take(assignment, learner, right=2, submit=False)
    cell = only_cell(assignment.classroom)
    assert (cell.grade, cell.status) == (None, gradebook.IN_PROGRESS)


def test_a_cell_whose_time_ran_out_unsubmitted_is_not_submitted(assignment, learner):
    attempt = take(assignment, learner, right=2, submit=False)
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - timedelta(seconds=1))
    assert only_cell(assignment.classroom).status == gradebook.NOT_SUBMITTED


def test_a_cell_past_the_due_date_without_attempts_is_not_submitted(assignment):
    Assignment.objects.filter(pk=assignment.pk).update(
        opens_at=timezone.now() - timedelta(days=2), due_at=timezone.now() - timedelta(days=1)
    )
    assert only_cell(assignment.classroom).status == gradebook.NOT_SUBMITTED


def test_averages_count_only_grades(assignment, assigned_document, learner, lena):
    second = make_assignment(
        assignment.classroom, assigned_document, title="Later quiz", due_at=assignment.due_at
    )
    take(assignment, learner, right=2)
    take(second, learner, right=4)
    take(assignment, lena, right=1)

    book = gradebook.build_gradebook(assignment.classroom)

    assert [column.assignment for column in book.columns] == [assignment, second]
    assert [column.average for column in book.columns] == [37.5, 100.0]
    lena_row, leo = book.rows
    assert leo.average == 75.0
    assert lena_row.average == 25.0
    assert lena_row.cells[1].grade is None


def test_columns_are_live_assignments_soonest_due_first(assignment, assigned_document):
    classroom = assignment.classroom
    sooner = make_assignment(
        classroom, assigned_document, title="Sooner", due_at=assignment.due_at - timedelta(hours=1)
    )
    deleted = make_assignment(classroom, assigned_document, title="Deleted")
    services.archive_assignment(assignment=deleted)
    book = gradebook.build_gradebook(classroom)
    assert [column.assignment for column in book.columns] == [sooner, assignment]


def test_rows_are_active_learners_by_username(assignment, membership, lena, instructor):
    take(assignment, membership.learner, right=2)
    assert [
        row.learner.username for row in gradebook.build_gradebook(assignment.classroom).rows
    ] == [
        "lena",
        "leo",
    ]

    services.remove_learner(membership=membership, by=instructor)

    rows = gradebook.build_gradebook(assignment.classroom).rows
    assert [row.learner.username for row in rows] == ["lena"]
    assert assignment.attempts.filter(learner=membership.learner).count() == 1


def test_another_classes_attempts_stay_out(
    assignment, assigned_document, learner, other_instructor
):
    other = services.create_class(name="Other", instructor=other_instructor)
    services.join_class(user=learner, code=other.join_code)
    take(make_assignment(other, assigned_document, title="Theirs"), learner, right=4)
    cell = only_cell(assignment.classroom)
    assert (cell.grade, cell.attempt_count) == (None, 0)


def graded(correct: int) -> Attempt:
    return Attempt(submitted_at=timezone.now(), correct_count=correct, question_count=4)


@pytest.mark.parametrize(
    ("method", "index"),
    [(GradingMethod.FIRST, 0), (GradingMethod.LAST, 3), (GradingMethod.HIGHEST, 1)],
)
def test_counting_attempt_is_the_one_the_grade_comes_from(method, index):
    made = [graded(1), graded(3), graded(3), graded(2)]
    assert gradebook.counting_attempt(Assignment(grading_method=method), made) is made[index]


def test_no_single_attempt_counts_for_an_average_or_before_a_submission():
    open_attempt = Attempt(question_count=4)
    assert gradebook.counting_attempt(Assignment(grading_method="average"), [graded(2)]) is None
    assert gradebook.counting_attempt(Assignment(grading_method="last"), [open_attempt]) is None


def test_class_progress_lists_the_weakest_section_first(assignment, assigned_document, learner):
    strong, weak = leaf_sections(assigned_document)
    answer_by_section(assignment, learner, right_in=strong)

    report = gradebook.class_progress(assignment.classroom)

    assert [total.section for total in report.sections] == [weak, strong]
    assert [(total.mastered, total.possible) for total in report.sections] == [(0, 3), (2, 3)]
    [row] = report.learners
    assert [(mastery.section, mastery.percent) for mastery in row.mastery] == [
        (weak, 0),
        (strong, 67),
    ]


def test_class_progress_uses_the_learners_own_mastery(assignment, assigned_document, learner, lena):
    strong, _ = leaf_sections(assigned_document)
    answer_by_section(assignment, learner, right_in=strong)

    report = gradebook.class_progress(assignment.classroom)

    by_name = {row.learner.username: row for row in report.learners}
    own = {row.section.pk: row.mastered for row in progress.mastery_by_section(learner)}
    assert {row.section.pk: row.mastered for row in by_name["leo"].mastery} == own
    assert [row.mastered for row in by_name["lena"].mastery] == [0, 0]
    assert [total.possible for total in report.sections] == [6, 6]
