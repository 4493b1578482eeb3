"""/teach/classes/<pk>/instructors/<user_pk>/remove/: an instructor removes a co-instructor
(or themself), after confirming; a class always keeps at least one instructor."""

import pytest
from django.urls import reverse

from classes import services


@pytest.fixture
def co_taught(classroom, other_instructor):
    """Ines's class, with Otto as co-instructor."""
    services.add_instructor(classroom=classroom, user=other_instructor)
    return classroom


def url(classroom, user):
    return reverse("classes:remove_instructor", args=[classroom.pk, user.pk])


def test_asks_for_confirmation_first(client, instructor, other_instructor, co_taught):
    client.force_login(instructor)
    html = client.get(url(co_taught, other_instructor)).content.decode()
    assert "<h1>Remove otto from History 10B?</h1>" in html
    assert co_taught.instructors.filter(pk=other_instructor.pk).exists()


def test_the_class_page_offers_removal_only_when_there_are_several(
    client, instructor, other_instructor, classroom
):
    client.force_login(instructor)
    page = classroom.get_absolute_url()
    assert url(classroom, instructor) not in client.get(page).content.decode()
    services.add_instructor(classroom=classroom, user=other_instructor)
    html = client.get(page).content.decode()
    assert url(classroom, instructor) in html
    assert url(classroom, other_instructor) in html


def test_removing_a_co_instructor_returns_to_the_class(
    client, instructor, other_instructor, co_taught
):
    client.force_login(instructor)
    response = client.post(url(co_taught, other_instructor), follow=True)
    assert response.redirect_chain == [(co_taught.get_absolute_url(), 302)]
    assert "otto no longer teaches History 10B." in response.content.decode()
    assert list(co_taught.instructors.all()) == [instructor]


def test_removing_oneself_goes_to_the_class_list(client, instructor, other_instructor, co_taught):
    client.force_login(instructor)
    assert "<h1>Stop teaching History 10B?</h1>" in (
        client.get(url(co_taught, instructor)).content.decode()
    )
    response = client.post(url(co_taught, instructor), follow=True)
    assert response.redirect_chain == [(reverse("classes:list"), 302)]
    assert "You no longer teach History 10B." in response.content.decode()
    assert list(co_taught.instructors.all()) == [other_instructor]
    assert client.get(co_taught.get_absolute_url()).status_code == 404


def test_the_last_instructor_cannot_be_removed(client, instructor, classroom):
    client.force_login(instructor)
    html = client.get(url(classroom, instructor)).content.decode()
    assert "<h1>ines is the only instructor of History 10B</h1>" in html
    assert 'method="post"' not in html.split("<h1>", 1)[1]
    response = client.post(url(classroom, instructor), follow=True)
    assert response.redirect_chain == [(classroom.get_absolute_url(), 302)]
    assert "ines is the only instructor of History 10B" in response.content.decode()
    assert list(classroom.instructors.all()) == [instructor]


def test_someone_who_does_not_teach_the_class_is_404(client, instructor, classroom, learner):
    client.force_login(instructor)
    assert client.get(url(classroom, learner)).status_code == 404


@pytest.mark.parametrize("method", ["get", "post"])
def test_anonymous_visitors_are_sent_to_log_in(client, other_instructor, co_taught, method):
    response = getattr(client, method)(url(co_taught, other_instructor))
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


@pytest.mark.parametrize("method", ["get", "post"])
def test_learners_get_403(client, learner, membership, other_instructor, co_taught, method):
    client.force_login(learner)
    assert getattr(client, method)(url(co_taught, other_instructor)).status_code == 403
    assert co_taught.instructors.count() == 2


@pytest.mark.parametrize("method", ["get", "post"])
def test_an_instructor_of_another_class_gets_404(
    client, django_user_model, instructor, other_instructor, co_taught, method
):
    outsider = django_user_model.objects.create_user(username="oscar", is_instructor=True)
    services.create_class(name="Oscar's class", instructor=outsider)
    client.force_login(outsider)
    assert getattr(client, method)(url(co_taught, other_instructor)).status_code == 404
    assert co_taught.instructors.count() == 2
