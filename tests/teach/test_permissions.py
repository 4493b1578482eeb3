"""Who reaches each /teach/ view: anonymous visitors log in, learners are refused, an
instructor gets 404 on another's document, staff manage everything."""

import pytest
from django.urls import reverse

# (url name, whether it needs the document, the question, or a section path; method)
VIEWS = [
    ("teach:workspace", "none", "get"),
    ("teach:queue", "document", "get"),
    ("teach:serving", "document", "post"),
    ("teach:bulk", "document", "post"),
    ("teach:write", "document", "get"),
    ("teach:preview", "section", "get"),
    ("teach:question", "question", "get"),
    ("teach:edit", "question", "get"),
    ("teach:approve", "question", "post"),
    ("teach:retire", "question", "post"),
    ("teach:exchange", "document", "get"),
]
DATA = {"teach:serving": {"serving": "approved_only"}, "teach:bulk": {"action": "approve"}}


def url_for(name: str, needs: str, document, question) -> str:
    args = {
        "none": [],
        "document": [document.slug],
        "section": [document.slug, question.section.path],
        "question": [document.slug, question.pk],
    }[needs]
    return reverse(name, args=args)


def call(client, name, needs, method, document, question, **extra):
    url = url_for(name, needs, document, question)
    return getattr(client, method)(url, DATA.get(name, {}), **extra)


@pytest.mark.parametrize(("name", "needs", "method"), VIEWS)
def test_anonymous_visitors_are_sent_to_log_in(client, owned_document, draft, name, needs, method):
    response = call(client, name, needs, method, owned_document, draft)
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


@pytest.mark.parametrize(("name", "needs", "method"), VIEWS)
def test_learners_are_refused(client, learner, owned_document, draft, name, needs, method):
    client.force_login(learner)
    assert call(client, name, needs, method, owned_document, draft).status_code == 403


@pytest.mark.parametrize(("name", "needs", "method"), [v for v in VIEWS if v[1] != "none"])
def test_another_instructor_gets_404(
    client, other_instructor, owned_document, draft, name, needs, method
):
    client.force_login(other_instructor)
    assert call(client, name, needs, method, owned_document, draft).status_code == 404


@pytest.mark.parametrize(("name", "needs", "method"), VIEWS)
@pytest.mark.parametrize("who", ["staff", "instructor"])
def test_staff_and_the_owner_are_served(
    client, request, owned_document, draft, name, needs, method, who
):
    """200, after the redirect that follows a POST (and a row asked for without htmx)."""
    client.force_login(request.getfixturevalue(who))
    response = call(client, name, needs, method, owned_document, draft, follow=True)
    assert response.status_code == 200
    assert response.request["PATH_INFO"] in (
        url_for(name, needs, owned_document, draft),
        reverse("teach:queue", args=[owned_document.slug]),
    )


def test_another_instructor_sees_none_of_the_owners_documents(
    client, other_instructor, owned_document
):
    client.force_login(other_instructor)
    html = client.get(reverse("teach:workspace")).content.decode()
    assert owned_document.title not in html
    assert "You have no documents yet." in html
