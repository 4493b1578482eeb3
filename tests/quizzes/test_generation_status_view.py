"""The generation status partial that the document page polls while questions are made."""

import pytest
from django.urls import reverse

from quizzes.models import GenerationJob
from tests.conftest import make_generation_job


def status_url(document) -> str:
    return reverse("quizzes:generation_status", args=[document.slug])


@pytest.fixture
def running(owned_document):
    return make_generation_job(
        owned_document, state=GenerationJob.State.RUNNING, sections_done=3, sections_total=9
    )


def test_visitors_are_sent_to_log_in(client, owned_document, running):
    response = client.get(status_url(owned_document))
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


def test_a_signed_out_poll_gets_one_line_not_the_login_page(client, owned_document, running):
    response = client.get(status_url(owned_document), HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert "Log in" in response.content.decode()
    assert "Generating" not in response.content.decode()


@pytest.mark.parametrize("who", ["learner", "other_instructor"])
def test_anyone_but_the_uploader_and_staff_gets_404(client, owned_document, running, request, who):
    client.force_login(request.getfixturevalue(who))
    assert client.get(status_url(owned_document)).status_code == 404


@pytest.mark.parametrize("who", ["instructor", "staff"])
def test_the_uploader_and_staff_see_the_progress(client, owned_document, running, request, who):
    client.force_login(request.getfixturevalue(who))
    html = client.get(status_url(owned_document)).content.decode()
    assert "Generating questions: 3 of 9 sections done." in html
    assert 'hx-trigger="every 2s"' in html


def test_an_unknown_document_is_404(client, staff):
    client.force_login(staff)
    assert client.get(reverse("quizzes:generation_status", args=["nope"])).status_code == 404


def test_polling_stops_when_done_and_shows_the_counts(client, instructor, owned_document, running):
    GenerationJob.objects.filter(pk=running.pk).update(
        state=GenerationJob.State.DONE, live_count=12, created_count=10, updated_count=2
    )
    client.force_login(instructor)
    html = client.get(status_url(owned_document)).content.decode()
    assert "12 questions to practise (10 new, 2 updated, 0 retired)" in html
    assert "hx-trigger" not in html


def test_a_poll_with_nothing_new_gets_no_content(client, instructor, owned_document, running):
    client.force_login(instructor)
    url = status_url(owned_document)
    assert client.get(url, {"shown": "running-3"}).status_code == 204
    assert client.get(url, {"shown": "running-0"}).status_code == 200


def test_a_failure_shows_the_error_and_try_again(client, instructor, owned_document):
    make_generation_job(
        owned_document, state=GenerationJob.State.FAILED, error="The language model is missing."
    )
    client.force_login(instructor)
    html = client.get(status_url(owned_document)).content.decode()
    assert "Question generation failed: The language model is missing." in html
    assert reverse("quizzes:generation_retry", args=[owned_document.slug]) in html
    assert "csrfmiddlewaretoken" in html
    assert "hx-trigger" not in html


def test_query_count_is_the_same_for_a_small_and_a_large_document(
    client, staff, make_document, django_assert_num_queries
):
    client.force_login(staff)
    counts = []
    for slug, parts in (("small", 1), ("large", 12)):
        document = make_document(slug=slug, parts=parts, sections_per_part=8, paragraphs=20)
        make_generation_job(document, state=GenerationJob.State.RUNNING)
        # Session, user, the document with its job, and the nav's review count.
        with django_assert_num_queries(4) as captured:
            client.get(status_url(document))
        counts.append(len(captured))
    assert counts[0] == counts[1]
