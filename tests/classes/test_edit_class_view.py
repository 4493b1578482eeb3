"""/teach/classes/<pk>/edit/: an instructor renames their class."""

import pytest
from django.urls import reverse

from classes import services


def url(classroom):
    return reverse("classes:edit", args=[classroom.pk])


def test_the_form_shows_the_current_name(client, instructor, classroom):
    client.force_login(instructor)
    html = client.get(url(classroom)).content.decode()
    assert "<h1>Rename History 10B</h1>" in html
    assert 'value="History 10B"' in html


def test_renaming_saves_the_name_and_returns_to_the_class(client, instructor, classroom):
    client.force_login(instructor)
    response = client.post(url(classroom), {"name": "  History   10C "}, follow=True)
    assert response.redirect_chain == [(classroom.get_absolute_url(), 302)]
    assert "The class is now called History 10C." in response.content.decode()
    classroom.refresh_from_db()
    assert classroom.name == "History 10C"


@pytest.mark.parametrize("name", ["   ", "x" * 101])
def test_an_empty_or_overlong_name_is_refused(client, instructor, classroom, name):
    client.force_login(instructor)
    response = client.post(url(classroom), {"name": name})
    assert response.status_code == 200
    assert "is-invalid" in response.content.decode()
    classroom.refresh_from_db()
    assert classroom.name == "History 10B"


def test_the_class_page_links_to_it(client, instructor, classroom):
    client.force_login(instructor)
    assert f'href="{url(classroom)}"' in client.get(classroom.get_absolute_url()).content.decode()


@pytest.mark.parametrize("method", ["get", "post"])
def test_anonymous_visitors_are_sent_to_log_in(client, classroom, method):
    response = getattr(client, method)(url(classroom), {"name": "New"})
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


@pytest.mark.parametrize("method", ["get", "post"])
def test_learners_get_403(client, learner, membership, method):
    client.force_login(learner)
    classroom = membership.classroom
    assert getattr(client, method)(url(classroom), {"name": "New"}).status_code == 403
    classroom.refresh_from_db()
    assert classroom.name == "History 10B"


@pytest.mark.parametrize("method", ["get", "post"])
def test_an_instructor_of_another_class_gets_404(client, other_instructor, classroom, method):
    services.create_class(name="Otto's class", instructor=other_instructor)
    client.force_login(other_instructor)
    assert getattr(client, method)(url(classroom), {"name": "New"}).status_code == 404
    classroom.refresh_from_db()
    assert classroom.name == "History 10B"


def test_staff_can_rename_any_class(client, staff, classroom):
    client.force_login(staff)
    assert client.post(url(classroom), {"name": "Renamed"}).status_code == 302
