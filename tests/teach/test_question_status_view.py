"""Approve and retire one question: in place with htmx, or a POST and a redirect."""

import pytest
from django.urls import reverse

from quizzes.models import Question

HTMX = {"HTTP_HX_REQUEST": "true"}


def url(question, action: str) -> str:
    return reverse(f"teach:{action}", args=[question.section.document.slug, question.pk])


def test_approving_with_htmx_returns_the_row_and_announces_it(client, instructor, draft):
    client.force_login(instructor)
    response = client.post(url(draft, "approve"), **HTMX)
    html = response.content.decode()
    assert html.lstrip().startswith("<article")
    assert f'id="question-{draft.pk}"' in html.split(">", 1)[0]
    assert "<html" not in html
    assert ">Approved</span>" in html
    assert 'hx-swap-oob="innerHTML:#queue-status">Question approved: When was FATF created?' in html
    assert ">Approve</button>" not in html, "already approved"


def test_the_change_records_who_and_when_and_protects_the_question(client, instructor, draft):
    client.force_login(instructor)
    client.post(url(draft, "retire"), **HTMX)
    draft.refresh_from_db()
    assert draft.status == Question.Status.RETIRED
    assert draft.edited_by == instructor
    assert draft.edited_at is not None
    assert Question.objects.protected().filter(pk=draft.pk).exists()


def test_the_row_names_who_changed_it(client, instructor, draft):
    client.force_login(instructor)
    html = client.post(url(draft, "approve"), **HTMX).content.decode()
    assert "Changed by ines on" in html


def test_without_javascript_it_redirects_back_to_the_same_page_of_the_queue(
    client, instructor, draft
):
    client.force_login(instructor)
    queue = reverse("teach:queue", args=[draft.section.document.slug])
    response = client.post(url(draft, "approve"), {"next": f"{queue}?status=draft&page=2"})
    assert response.status_code == 302
    assert response.url == f"{queue}?status=draft&page=2"
    draft.refresh_from_db()
    assert draft.status == Question.Status.APPROVED


@pytest.mark.parametrize("next_url", ["https://evil.example/", "/teach/", "//evil.example/x"])
def test_a_next_page_outside_the_queue_is_ignored(client, instructor, draft, next_url):
    client.force_login(instructor)
    response = client.post(url(draft, "retire"), {"next": next_url})
    assert response.url == reverse("teach:queue", args=[draft.section.document.slug])


def test_get_is_not_allowed(client, instructor, draft):
    client.force_login(instructor)
    assert client.get(url(draft, "approve")).status_code == 405


def test_a_question_of_another_document_is_404(client, instructor, draft, make_document):
    make_document(slug="elsewhere", uploaded_by=instructor)
    client.force_login(instructor)
    wrong = reverse("teach:approve", args=["elsewhere", draft.pk])
    assert client.post(wrong).status_code == 404


def test_the_form_carries_a_csrf_token(client, instructor, draft):
    client.force_login(instructor)
    html = client.get(reverse("teach:queue", args=[draft.section.document.slug])).content.decode()
    row = html.split(f'id="question-{draft.pk}"', 1)[1]
    assert row.count("csrfmiddlewaretoken") == 2  # approve and retire
