"""The gradebook as CSV: one row per active learner, grades with one decimal, cells a
spreadsheet would run as a formula escaped, a safe file name; and its query count."""

import csv
import io

import pytest
from django.urls import reverse

from classes import services
from classes.gradebook_views import spreadsheet_safe
from classes.models import Assignment
from tests.classes.conftest import add_learners, make_assignment
from tests.classes.results_helpers import count_queries, populate, take


def url(classroom):
    return reverse("classes:gradebook_csv", args=[classroom.pk])


def rows_of(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(response.content.decode())))


# Who may open it (anonymous, learners, other instructors, staff): test_permissions.py.


def test_one_row_per_learner_with_grades_to_one_decimal(
    client, instructor, assignment, assigned_document, learner, django_user_model
):
    classroom = assignment.classroom
    second = make_assignment(classroom, assigned_document, title="Later quiz")
    Assignment.objects.filter(pk=second.pk).update(grading_method="average")
    lena = django_user_model.objects.create_user(username="lena")
    services.join_class(user=lena, code=classroom.join_code)
    take(assignment, learner, right=3)
    take(second, learner, right=1)
    take(second, learner, right=2)
    client.force_login(instructor)

    response = client.get(url(classroom))

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert rows_of(response) == [
        ["Username", "Chapter quiz", "Later quiz", "Average"],
        ["lena", "", "", ""],
        ["leo", "75.0", "37.5", "56.3"],
    ]


def test_removed_learners_are_left_out(client, instructor, assignment, membership):
    take(assignment, membership.learner, right=4)
    services.remove_learner(membership=membership, by=instructor)
    client.force_login(instructor)
    assert rows_of(client.get(url(assignment.classroom))) == [
        ["Username", "Chapter quiz", "Average"]
    ]


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_a_title_that_a_spreadsheet_would_run_is_escaped(
    client, instructor, classroom, assigned_document, start
):
    make_assignment(classroom, assigned_document, title=f"{start}HYPERLINK(1)")
    client.force_login(instructor)
    [header] = rows_of(client.get(url(classroom)))
    assert header[1] == f"'{start}HYPERLINK(1)"


@pytest.mark.parametrize("start", ["+", "-", "@"])
def test_a_username_that_a_spreadsheet_would_run_is_escaped(
    client, instructor, classroom, django_user_model, start
):
    # Usernames may start with these three; "=", tab and carriage return are refused
    # by the username validator, so titles test those.
    user = django_user_model.objects.create_user(username=f"{start}cmd")
    services.join_class(user=user, code=classroom.join_code)
    client.force_login(instructor)
    assert rows_of(client.get(url(classroom)))[1] == [f"'{start}cmd", ""]


def test_ordinary_text_is_left_alone():
    assert spreadsheet_safe("History 10B") == "History 10B"
    assert spreadsheet_safe("a=b") == "a=b"


def test_the_file_is_an_attachment_named_after_the_class(client, instructor):
    classroom = services.create_class(name='Hist "10B"; rm -rf /', instructor=instructor)
    client.force_login(instructor)
    response = client.get(url(classroom))
    assert response["Content-Disposition"] == 'attachment; filename="hist-10b-rm-rf-gradebook.csv"'


def test_a_class_name_without_letters_gives_a_file_name_from_its_number(client, instructor):
    classroom = services.create_class(name="!!!", instructor=instructor)
    client.force_login(instructor)
    response = client.get(url(classroom))
    expected = f'attachment; filename="class-{classroom.pk}-gradebook.csv"'
    assert response["Content-Disposition"] == expected


def test_query_count_is_the_same_for_10_and_200_learners_and_2_and_20_assignments(
    client, instructor, classroom, assigned_document, django_user_model, django_assert_num_queries
):
    """The export builds the same gradebook as the page: one query of all attempts, not
    one per learner, per assignment or per cell."""
    add_learners(classroom, django_user_model, 200)
    learners = list(django_user_model.objects.filter(username__startswith="learner-"))
    small = services.create_class(name="Small", instructor=instructor)
    big = services.create_class(name="Big", instructor=instructor)
    populate(small, assigned_document, learners[:10], assignments=2)
    populate(big, assigned_document, learners, assignments=20)
    client.force_login(instructor)
    expected = count_queries(client, url(small))
    with django_assert_num_queries(expected):
        response = client.get(url(big))
    assert len(rows_of(response)) == 201
