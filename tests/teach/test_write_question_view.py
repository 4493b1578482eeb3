"""Writing a question by hand, in every format, validated for its format."""

import pytest
from django.urls import reverse

from quizzes import attempts
from quizzes.models import Question


def url(document) -> str:
    return reverse("teach:write", args=[document.slug])


def write(client, section, **fields):
    data = {"section": section.pk, "format": "short_answer", "kind": "what", **fields}
    return client.post(url(section.document), data)


def test_the_form_preselects_the_section_asked_for(client, instructor, crime_section):
    client.force_login(instructor)
    html = client.get(url(crime_section.document), {"section": crime_section.pk}).content.decode()
    assert f'<option value="{crime_section.pk}" selected>' in html
    assert "<h1>Write a question</h1>" in html


def test_a_typed_question_is_stored_approved_and_recorded(client, instructor, crime_section):
    client.force_login(instructor)
    response = write(
        client, crime_section, prompt="Who chairs FATF?", answer="Its president", kind="who"
    )
    assert response.url == reverse("teach:queue", args=[crime_section.document.slug])
    question = Question.objects.get()
    assert (question.format, question.kind, question.origin, question.status) == (
        "short_answer",
        "who",
        "manual",
        "approved",
    )
    assert question.edited_by == instructor
    assert question.block is None


def test_a_multiple_choice_question_keeps_its_choices(client, instructor, crime_section):
    client.force_login(instructor)
    write(
        client,
        crime_section,
        format="multiple_choice",
        prompt="What does FATF stand for?",
        answer="Financial Action Task Force",
        choices="Group of Eight\nFinancial Action Task Force\nWorld Bank",
    )
    question = Question.objects.get()
    assert question.choices == ["Group of Eight", "Financial Action Task Force", "World Bank"]


@pytest.mark.parametrize(
    ("choices", "error"),
    [
        ("Financial Action Task Force\nWorld Bank", "Give at least 3 choices."),
        ("Financial Action Task Force\nWorld Bank\nworld bank", "Each choice must be different."),
        ("A\nB\nC", "The answer must be one of the choices"),
    ],
)
def test_multiple_choice_needs_three_distinct_choices_one_the_key(
    client, instructor, crime_section, choices, error
):
    client.force_login(instructor)
    response = write(
        client,
        crime_section,
        format="multiple_choice",
        prompt="What does FATF stand for?",
        answer="Financial Action Task Force",
        choices=choices,
    )
    assert response.status_code == 400
    assert error in response.content.decode()
    assert not Question.objects.exists()


def test_fill_in_the_blank_needs_the_blank(client, instructor, crime_section):
    client.force_login(instructor)
    response = write(
        client, crime_section, format="fill_blank", prompt="FATF was created in 1989.", answer="1"
    )
    assert "Mark the blank once in the sentence, as _____." in response.content.decode()
    write(
        client,
        crime_section,
        format="fill_blank",
        prompt="FATF was created in _____.",
        answer="1989",
        false_statement="FATF was created in 1999.",
    )
    question = Question.objects.get()
    assert (question.kind, question.false_statement) == ("fill_blank", "FATF was created in 1999.")


def test_a_true_or_false_statement_takes_true_or_false(client, instructor, crime_section):
    client.force_login(instructor)
    response = write(
        client, crime_section, format="true_false", prompt="FATF has 32 members.", answer="maybe"
    )
    assert "Answer true or false." in response.content.decode()
    write(client, crime_section, format="true_false", prompt="FATF has 32 members.", answer="True")
    question = Question.objects.get()
    assert (question.kind, question.answer) == ("true_false", "true")


def test_a_written_statement_is_asked_as_true_or_false(learner, instructor, crime_section, client):
    client.force_login(instructor)
    write(client, crime_section, format="true_false", prompt="FATF has 40 members.", answer="false")
    attempt = attempts.start_attempt(
        learner=learner, questions=Question.objects.servable(), title="Practice"
    )
    item = attempt.items.get()
    assert (item.presentation, item.statement, item.statement_is_true) == (
        "true_false",
        "FATF has 40 members.",
        False,
    )
    assert attempts.record_answer(item=item, given="false").correct


def test_a_section_of_another_document_is_refused(client, instructor, crime_section, make_document):
    other = make_document(slug="other").sections.first()
    client.force_login(instructor)
    response = client.post(
        url(crime_section.document),
        {
            "section": other.pk,
            "format": "short_answer",
            "kind": "what",
            "prompt": "Q?",
            "answer": "A",
        },
    )
    assert response.status_code == 400
    assert not Question.objects.exists()


def test_limits_are_enforced(client, instructor, crime_section):
    client.force_login(instructor)
    response = write(client, crime_section, prompt="Q" * 501, answer="A" * 101)
    assert response.status_code == 400
    assert not Question.objects.exists()
