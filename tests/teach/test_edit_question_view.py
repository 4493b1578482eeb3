"""Editing a question in place (htmx) or on its own page, recorded and validated."""

from django.urls import reverse

from quizzes.models import Question
from tests.attempts.conftest import make_question

HTMX = {"HTTP_HX_REQUEST": "true"}


def url(question) -> str:
    return reverse("teach:edit", args=[question.section.document.slug, question.pk])


def test_htmx_gets_the_form_in_place_of_the_row(client, instructor, draft):
    client.force_login(instructor)
    html = client.get(url(draft), **HTMX).content.decode()
    assert html.lstrip().startswith("<article")
    assert f'id="question-{draft.pk}"' in html.split(">", 1)[0]
    assert "<html" not in html
    assert "When was FATF created?" in html
    assert "Choices" not in html, "a typed question has none"
    assert "csrfmiddlewaretoken" in html


def test_without_javascript_the_form_is_a_page(client, instructor, draft):
    client.force_login(instructor)
    html = client.get(url(draft)).content.decode()
    assert "<h1>Edit a question</h1>" in html


def test_saving_records_who_and_returns_the_row(client, instructor, draft):
    client.force_login(instructor)
    response = client.post(
        url(draft),
        {"prompt": "In which year was FATF created?", "answer": "1989", "accepted_answers": ""},
        **HTMX,
    )
    assert "In which year was FATF created?" in response.content.decode()
    assert "Question saved" in response.content.decode()
    draft.refresh_from_db()
    assert draft.prompt == "In which year was FATF created?"
    assert draft.edited_by == instructor
    assert draft.status == Question.Status.DRAFT
    assert Question.objects.protected().filter(pk=draft.pk).exists()


def test_accepted_answers_are_one_per_line(client, instructor, draft):
    client.force_login(instructor)
    client.post(
        url(draft), {"prompt": draft.prompt, "answer": "1989", "accepted_answers": "89\n\n '89 \n"}
    )
    draft.refresh_from_db()
    assert draft.accepted_answers == ["89", "'89"]


def test_without_javascript_saving_redirects_to_the_queue(client, instructor, draft):
    client.force_login(instructor)
    response = client.post(url(draft), {"prompt": "Edited?", "answer": "1989"})
    assert response.url == reverse("teach:queue", args=[draft.section.document.slug])


def test_a_multiple_choice_edit_keeps_the_key_among_its_choices(client, instructor, crime_section):
    question = make_question(
        crime_section,
        kind="acronym",
        format="multiple_choice",
        prompt="What does FATF stand for?",
        answer="Financial Action Task Force",
        choices=["Financial Action Task Force", "Group of Eight", "World Bank"],
    )
    client.force_login(instructor)
    response = client.post(
        url(question),
        {"prompt": question.prompt, "answer": "Task Force", "choices": "A\nB\nC"},
        **HTMX,
    )
    assert response.status_code == 200
    assert "The answer must be one of the choices" in response.content.decode()
    question.refresh_from_db()
    assert question.answer == "Financial Action Task Force"


def test_limits_are_enforced(client, instructor, draft):
    client.force_login(instructor)
    response = client.post(url(draft), {"prompt": "x" * 501, "answer": "y" * 101})
    assert response.status_code == 400
    draft.refresh_from_db()
    assert draft.prompt == "When was FATF created?"


def test_cancel_brings_the_row_back(client, instructor, draft):
    client.force_login(instructor)
    row = reverse("teach:question", args=[draft.section.document.slug, draft.pk])
    html = client.get(row, **HTMX).content.decode()
    assert ">Approve</button>" in html


def test_a_fill_in_the_blank_keeps_its_blank_whatever_its_format(client, instructor, crime_section):
    question = make_question(
        crime_section,
        kind="fill_blank",
        format="multiple_choice",
        prompt="FATF was created in _____.",
        answer="1989",
        choices=["1989", "1990", "1991"],
    )
    client.force_login(instructor)
    response = client.post(
        url(question),
        {"prompt": "FATF was created in 1989.", "answer": "1989", "choices": "1989\n1990\n1991"},
    )
    assert "Mark the blank once in the sentence" in response.content.decode()
