"""/teach/classes/<pk>/assignments/<pk>/delete/: deleting an assignment archives it and
keeps every attempt at it."""

from django.urls import reverse

from classes import services
from classes.models import Assignment
from quizzes.models import Attempt


def url(assignment):
    return reverse("classes:assignment_archive", args=[assignment.classroom_id, assignment.pk])


def test_deleting_archives_the_assignment_and_keeps_its_attempts(
    client, instructor, learner, assignment
):
    attempt = services.start_assignment(assignment=assignment, learner=learner)
    client.force_login(instructor)
    response = client.post(url(assignment))
    assert response.url == assignment.classroom.get_absolute_url()
    assignment.refresh_from_db()
    assert assignment.archived_at is not None
    assert Attempt.objects.filter(pk=attempt.pk, assignment=assignment).exists()
    assert not Assignment.objects.live().exists()
    html = client.get(response.url).content.decode()
    assert "its attempts are kept" in html
    assert "Chapter quiz</span>" not in html  # no longer in the class's list


def test_a_deleted_assignment_cannot_be_started(client, learner, assignment):
    services.archive_assignment(assignment=assignment)
    client.force_login(learner)
    assert client.post(reverse("classes:start", args=[assignment.pk])).status_code == 404


def test_deleting_takes_post_only(client, instructor, assignment):
    client.force_login(instructor)
    assert client.get(url(assignment)).status_code == 405
