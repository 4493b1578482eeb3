""" "Try again" after a failed generation: POST only, the uploader or staff, enqueued once."""

import pytest
from django.urls import reverse

from quizzes.models import GenerationJob
from tests.conftest import enqueued_generations, make_generation_job


def retry_url(document) -> str:
    return reverse("quizzes:generation_retry", args=[document.slug])


@pytest.fixture
def failed(owned_document):
    return make_generation_job(owned_document, state=GenerationJob.State.FAILED, error="Boom.")


def test_a_failure_is_shown_on_the_page_and_try_again_enqueues_it_once(
    client, instructor, owned_document, failed, django_capture_on_commit_callbacks
):
    client.force_login(instructor)
    page = client.get(owned_document.get_absolute_url()).content.decode()
    assert "Question generation failed: Boom." in page
    assert "Try again" in page

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(retry_url(owned_document))
        client.post(retry_url(owned_document))  # a double click
    assert response.status_code == 302
    assert response.url == owned_document.get_absolute_url()
    assert enqueued_generations() == 1
    failed.refresh_from_db()
    assert (failed.state, failed.error) == (GenerationJob.State.QUEUED, "")
    assert "Questions are queued for generation" in client.get(response.url).content.decode()


def test_with_htmx_the_status_comes_back_in_place(
    client, staff, owned_document, failed, django_capture_on_commit_callbacks
):
    client.force_login(staff)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(retry_url(owned_document), HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Questions are queued for generation" in html
    assert 'hx-trigger="every 2s"' in html
    assert "<html" not in html


def test_get_is_not_allowed(client, instructor, owned_document, failed):
    client.force_login(instructor)
    assert client.get(retry_url(owned_document)).status_code == 405


@pytest.mark.parametrize("who", ["learner", "other_instructor"])
def test_others_get_404_and_nothing_is_enqueued(client, owned_document, failed, request, who):
    client.force_login(request.getfixturevalue(who))
    assert client.post(retry_url(owned_document)).status_code == 404
    assert enqueued_generations() == 0


def test_the_csrf_token_is_required(owned_document, failed, instructor):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(instructor)
    assert client.post(retry_url(owned_document)).status_code == 403


def test_a_job_that_did_not_fail_is_left_alone(
    client, instructor, owned_document, django_capture_on_commit_callbacks
):
    make_generation_job(owned_document, state=GenerationJob.State.DONE)
    client.force_login(instructor)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(retry_url(owned_document))
    assert enqueued_generations() == 0
