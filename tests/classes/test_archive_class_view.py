"""/teach/classes/<pk>/delete/: an instructor deletes a class, after confirming. The class
is archived: it leaves every list, its code stops working, its learners' attempts stay."""

import pytest
from django.urls import reverse

from classes import services
from classes.models import Classroom
from quizzes.models import Attempt


def url(classroom):
    return reverse("classes:archive", args=[classroom.pk])


def test_asks_for_confirmation_first(client, instructor, classroom):
    client.force_login(instructor)
    html = client.get(url(classroom)).content.decode()
    assert "<h1>Delete History 10B?</h1>" in html
    assert "Every attempt its learners made is kept." in html
    classroom.refresh_from_db()
    assert classroom.archived_at is None


def test_the_class_page_links_to_it(client, instructor, classroom):
    client.force_login(instructor)
    assert f'href="{url(classroom)}"' in client.get(classroom.get_absolute_url()).content.decode()


def test_deleting_archives_the_class_and_returns_to_the_list(client, instructor, classroom):
    client.force_login(instructor)
    response = client.post(url(classroom), follow=True)
    assert response.redirect_chain == [(reverse("classes:list"), 302)]
    html = response.content.decode()
    assert "History 10B was deleted; its learners&#x27; attempts are kept." in html
    assert "You have no classes yet." in html
    classroom.refresh_from_db()
    assert classroom.archived_at is not None
    assert client.get(classroom.get_absolute_url()).status_code == 404


def test_learners_no_longer_see_it_or_its_assignments_and_keep_their_attempts(
    client, learner, assignment
):
    attempt = services.start_assignment(assignment=assignment, learner=learner)
    services.archive_class(classroom=assignment.classroom)
    client.force_login(learner)
    assert "History 10B" not in client.get(reverse("classes:mine")).content.decode()
    assert "Chapter quiz" not in client.get(reverse("classes:assigned")).content.decode()
    assert Attempt.objects.filter(pk=attempt.pk, learner=learner).exists()
    assert client.get(attempt.get_absolute_url(), follow=True).status_code == 200


def test_its_code_no_longer_joins_it(client, instructor, classroom, learner):
    services.archive_class(classroom=classroom)
    client.force_login(learner)
    response = client.post(reverse("classes:join"), {"code": classroom.join_code})
    assert "History 10B was closed by its instructor; it cannot be joined." in (
        response.content.decode()
    )
    assert not Classroom.objects.joined_by(learner).exists()


@pytest.mark.parametrize("method", ["get", "post"])
def test_anonymous_visitors_are_sent_to_log_in(client, classroom, method):
    response = getattr(client, method)(url(classroom))
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


@pytest.mark.parametrize("method", ["get", "post"])
def test_learners_get_403(client, learner, membership, method):
    client.force_login(learner)
    assert getattr(client, method)(url(membership.classroom)).status_code == 403
    assert Classroom.objects.live().exists()


@pytest.mark.parametrize("method", ["get", "post"])
def test_an_instructor_of_another_class_gets_404(client, other_instructor, classroom, method):
    services.create_class(name="Otto's class", instructor=other_instructor)
    client.force_login(other_instructor)
    assert getattr(client, method)(url(classroom)).status_code == 404
    classroom.refresh_from_db()
    assert classroom.archived_at is None


def test_a_deleted_class_cannot_be_deleted_again(client, instructor, classroom):
    services.archive_class(classroom=classroom)
    client.force_login(instructor)
    assert client.post(url(classroom)).status_code == 404
