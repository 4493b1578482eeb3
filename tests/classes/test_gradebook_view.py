"""The gradebook page: learners by live assignments, grades, averages, links to the
attempts behind each grade; who may see it; and its query count."""

import pytest
from django.urls import reverse

from classes import services
from tests.classes.conftest import add_learners, make_assignment
from tests.classes.results_helpers import count_queries, populate, take


def url(classroom):
    return reverse("classes:gradebook", args=[classroom.pk])


# Who may open it (anonymous, learners, other instructors, staff): test_permissions.py.


def test_shows_grades_statuses_and_averages(
    client, instructor, assignment, learner, django_user_model
):
    classroom = assignment.classroom
    lena = django_user_model.objects.create_user(username="lena")
    services.join_class(user=lena, code=classroom.join_code)
    take(assignment, learner, right=3)
    take(assignment, lena, right=2, submit=False)
    client.force_login(instructor)

    html = client.get(url(classroom)).content.decode()

    assert "<h1>Gradebook: History 10B</h1>" in html
    assert "Chapter quiz" in html
    assert "In progress" in html
    assert html.count("75.0%") == 3  # Leo's grade, his average, the class average
    drill = reverse("classes:learner_attempts", args=[classroom.pk, assignment.pk, learner.pk])
    assert drill in html


def test_removed_learners_drop_out(client, instructor, assignment, membership):
    take(assignment, membership.learner, right=4)
    services.remove_learner(membership=membership, by=instructor)
    client.force_login(instructor)
    html = client.get(url(assignment.classroom)).content.decode()
    assert "No learners yet." in html
    assert "leo" not in html.split("<h1>")[1]


def test_says_when_there_are_no_assignments(client, instructor, membership):
    client.force_login(instructor)
    assert "No assignments yet." in client.get(url(membership.classroom)).content.decode()


def test_pages_learners_by_fifty(
    client, instructor, classroom, assigned_document, django_user_model
):
    add_learners(classroom, django_user_model, 51)
    make_assignment(classroom, assigned_document)
    client.force_login(instructor)
    first = client.get(url(classroom)).content.decode()
    second = client.get(url(classroom) + "?page=2").content.decode()
    assert "learner-0<" in first
    assert "learner-9<" in second  # usernames sort as text: learner-9 comes last
    assert "learner-0<" not in second
    assert "Page 2 of 2" in second


@pytest.fixture
def learners(classroom, django_user_model):
    """Two hundred learner accounts (members of the ``classroom`` fixture's class)."""
    add_learners(classroom, django_user_model, 200)
    return list(django_user_model.objects.filter(username__startswith="learner-").order_by("pk"))


def test_query_count_is_the_same_for_10_and_200_learners_and_2_and_20_assignments(
    client, instructor, assigned_document, learners, django_assert_num_queries
):
    """Grades come from one query of all attempts, grouped in Python: no query per learner
    (their attempts), per assignment (its attempts) or per cell (a learner's grade)."""
    classes = {}
    for learner_count, assignment_count in [(10, 2), (200, 2), (10, 20), (200, 20)]:
        classroom = services.create_class(name="Sized", instructor=instructor)
        populate(
            classroom, assigned_document, learners[:learner_count], assignments=assignment_count
        )
        classes[learner_count, assignment_count] = classroom
    client.force_login(instructor)
    small = count_queries(client, url(classes[10, 2]))
    for size in [(200, 2), (10, 20), (200, 20)]:
        with django_assert_num_queries(small):
            assert client.get(url(classes[size])).status_code == 200


def test_the_class_page_links_to_the_gradebook_progress_and_csv(client, instructor, classroom):
    client.force_login(instructor)
    html = client.get(classroom.get_absolute_url()).content.decode()
    for name in ("classes:gradebook", "classes:progress", "classes:gradebook_csv"):
        assert f'href="{reverse(name, args=[classroom.pk])}"' in html
