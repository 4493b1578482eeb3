"""The page that gives one learner more time at an assignment: who reaches it, what it
accepts, and what it refuses with a form error."""

from datetime import timedelta

import pytest
from django.urls import reverse

from classes import services
from classes.models import Extension
from tests.classes.conftest import make_assignment

FORMAT = "%Y-%m-%dT%H:%M"


def extend_url(assignment, learner, classroom=None):
    classroom_id = classroom.pk if classroom else assignment.classroom_id
    return reverse("classes:extend", args=[classroom_id, assignment.pk, learner.pk])


@pytest.fixture
def timed(classroom, assignment):
    return make_assignment(classroom, assignment.document, time_limit_minutes=10, title="Timed")


@pytest.fixture
def other_class(other_instructor):
    return services.create_class(name="Other class", instructor=other_instructor)


# Who reaches the page.


def test_anonymous_visitor_is_sent_to_log_in(client, assignment, learner):
    response = client.get(extend_url(assignment, learner))
    assert response.status_code == 302
    assert reverse("login") in response.url


def test_learner_gets_403(client, learner, assignment):
    client.force_login(learner)
    assert client.get(extend_url(assignment, learner)).status_code == 403


@pytest.mark.parametrize("method", ["get", "post"])
def test_instructor_of_another_class_gets_404(
    client, other_instructor, assignment, learner, method
):
    client.force_login(other_instructor)
    response = getattr(client, method)(extend_url(assignment, learner), {"time_limit_minutes": 5})
    assert response.status_code == 404
    assert not Extension.objects.exists()


def test_assignment_of_another_class_under_this_class_gets_404(
    client, instructor, assignment, learner, other_class
):
    other_class.instructors.add(instructor)
    client.force_login(instructor)
    url = extend_url(assignment, learner, classroom=other_class)
    assert client.get(url).status_code == 404


def test_deleted_assignment_gets_404(client, instructor, assignment, learner):
    services.archive_assignment(assignment=assignment)
    client.force_login(instructor)
    assert client.get(extend_url(assignment, learner)).status_code == 404


def test_someone_not_in_the_class_gets_404(client, instructor, assignment, other_instructor):
    client.force_login(instructor)
    assert client.get(extend_url(assignment, other_instructor)).status_code == 404


# What it does.


def test_page_shows_the_form(client, instructor, assignment, learner):
    client.force_login(instructor)
    page = client.get(extend_url(assignment, learner)).content.decode()
    assert "<h1>More time for leo</h1>" in page
    assert 'name="csrfmiddlewaretoken"' in page
    assert 'for="id_due_at"' in page


def test_instructor_grants_a_later_due_time(client, instructor, assignment, learner):
    client.force_login(instructor)
    later = assignment.due_at + timedelta(days=2)
    response = client.post(extend_url(assignment, learner), {"due_at": later.strftime(FORMAT)})
    assert response.status_code == 302
    assert response.url == reverse(
        "classes:assignment", args=[assignment.classroom_id, assignment.pk]
    )
    extension = Extension.objects.get()
    assert extension.due_at == later.replace(second=0, microsecond=0)
    assert extension.granted_by == instructor
    assert "Extended" in client.get(response.url).content.decode()


def test_instructor_grants_a_longer_time_limit(client, instructor, timed, learner):
    client.force_login(instructor)
    response = client.post(extend_url(timed, learner), {"time_limit_minutes": "25"})
    assert response.status_code == 302
    assert Extension.objects.get().time_limit_minutes == 25


def test_the_form_shows_the_current_extension(client, instructor, timed, learner):
    services.grant_extension(
        assignment=timed, learner=learner, by=instructor, due_at=None, time_limit_minutes=40
    )
    client.force_login(instructor)
    page = client.get(extend_url(timed, learner)).content.decode()
    assert 'value="40"' in page
    assert "already has an extension" in page


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (
            {"due_at": "", "time_limit_minutes": ""},
            "Give a later due time, a longer time limit, or both.",
        ),
        ({"due_at": "not a date"}, "Enter a valid date/time."),
        ({"time_limit_minutes": "0"}, "greater than or equal to 1"),
        ({"time_limit_minutes": "1441"}, "less than or equal to 1440"),
        ({"time_limit_minutes": "5"}, "longer than the class&#x27;s 10 minutes"),
    ],
)
def test_bad_input_is_a_form_error(client, instructor, timed, learner, data, error):
    client.force_login(instructor)
    response = client.post(extend_url(timed, learner), data)
    assert response.status_code == 200
    assert error in response.content.decode()
    assert not Extension.objects.exists()


def test_a_due_time_not_after_the_class_one_is_a_form_error(client, instructor, timed, learner):
    client.force_login(instructor)
    earlier = timed.due_at - timedelta(hours=1)
    response = client.post(extend_url(timed, learner), {"due_at": earlier.strftime(FORMAT)})
    assert response.status_code == 200
    assert "must be later than the class" in response.content.decode()


def test_a_time_limit_for_an_untimed_assignment_is_a_form_error(
    client, instructor, assignment, learner
):
    client.force_login(instructor)
    response = client.post(extend_url(assignment, learner), {"time_limit_minutes": "30"})
    assert response.status_code == 200
    assert "no time limit to extend" in response.content.decode()
