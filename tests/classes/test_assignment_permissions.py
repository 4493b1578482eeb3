"""Who reaches each assignment view. Instructors' views: anonymous visitors log in,
learners get 403, an instructor who does not teach the class 404, the class's
instructors and staff are served. Learners' views: anonymous visitors log in; an
assignment of a class the user is not an active learner of is 404."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from classes.models import Assignment

FORMAT = "%Y-%m-%dT%H:%M"

TEACH_VIEWS = [
    ("classes:assignment_create", "get"),
    ("classes:assignment_create", "post"),
    ("classes:assignment_archive", "post"),
]


def teach_url(name, assignment):
    if name == "classes:assignment_create":
        return reverse(name, args=[assignment.classroom_id])
    return reverse(name, args=[assignment.classroom_id, assignment.pk])


def teach_data(assignment):
    now = timezone.now()
    return {
        "title": "Another",
        "sections": [section.pk for section in assignment.sections.all()],
        "per_section": "1",
        "opens_at": now.strftime(FORMAT),
        "due_at": (now + timedelta(days=1)).strftime(FORMAT),
        "max_attempts": "1",
        "grading_method": "highest",
    }


def call(client, name, method, assignment):
    return getattr(client, method)(teach_url(name, assignment), teach_data(assignment))


def unchanged(assignment):
    assignment.refresh_from_db()
    return assignment.archived_at is None and Assignment.objects.count() == 1


@pytest.mark.parametrize(("name", "method"), TEACH_VIEWS)
def test_anonymous_visitors_are_sent_to_log_in(client, assignment, name, method):
    response = call(client, name, method, assignment)
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))
    assert unchanged(assignment)


@pytest.mark.parametrize(("name", "method"), TEACH_VIEWS)
def test_learners_are_refused(client, learner, assignment, name, method):
    client.force_login(learner)
    assert call(client, name, method, assignment).status_code == 403
    assert unchanged(assignment)


@pytest.mark.parametrize(("name", "method"), TEACH_VIEWS)
def test_instructors_of_other_classes_get_404(client, other_instructor, assignment, name, method):
    client.force_login(other_instructor)
    assert call(client, name, method, assignment).status_code == 404
    assert unchanged(assignment)


@pytest.mark.parametrize(("name", "method"), TEACH_VIEWS)
def test_the_class_instructor_is_served(client, instructor, assignment, name, method):
    client.force_login(instructor)
    assert call(client, name, method, assignment).status_code in (200, 302)


@pytest.mark.parametrize(("name", "method"), TEACH_VIEWS)
def test_staff_are_served(client, staff, assignment, name, method):
    client.force_login(staff)
    assert call(client, name, method, assignment).status_code in (200, 302)


def test_anonymous_visitors_log_in_to_see_their_assignments(client, assignment):
    for response in (
        client.get(reverse("classes:assigned")),
        client.post(reverse("classes:start", args=[assignment.pk])),
    ):
        assert response.status_code == 302
        assert response.url.startswith(reverse("login"))


def test_only_learners_of_the_class_can_start_its_assignment(
    client, django_user_model, other_instructor, instructor, assignment
):
    outsider = django_user_model.objects.create_user(username="olga")
    for user in (outsider, other_instructor, instructor):
        client.force_login(user)
        assert client.post(reverse("classes:start", args=[assignment.pk])).status_code == 404
    assert not assignment.attempts.exists()


def test_nobody_else_can_open_a_learners_assignment_attempt(
    client, learner, other_instructor, assignment
):
    from classes import services

    attempt = services.start_assignment(assignment=assignment, learner=learner)
    client.force_login(other_instructor)
    assert client.get(attempt.get_absolute_url()).status_code == 404
