"""Approving or retiring many questions: a confirmation that says how many, then the change."""

from django.urls import reverse

from quizzes.models import Question
from tests.attempts.conftest import make_question


def url(document) -> str:
    return reverse("teach:bulk", args=[document.slug])


def scored(section, *scores: float) -> list[Question]:
    return [
        make_question(section, prompt=f"Question {n}?", answer=str(n), score=score)
        for n, score in enumerate(scores)
    ]


def statuses() -> list[str]:
    return list(Question.objects.order_by("pk").values_list("status", flat=True))


def test_the_first_post_asks_for_confirmation_and_changes_nothing(
    client, instructor, crime_section
):
    questions = scored(crime_section, 0.9, 0.8, 0.3)
    client.force_login(instructor)
    response = client.post(
        url(crime_section.document),
        {"action": "retire", "scope": "selected", "selected": [q.pk for q in questions[:2]]},
    )
    html = response.content.decode()
    assert "<h1>Retire 2 questions?</h1>" in html
    assert "Yes, retire 2" in html
    assert statuses() == ["draft", "draft", "draft"]


def test_confirming_changes_the_selected_and_records_who(client, instructor, crime_section):
    questions = scored(crime_section, 0.9, 0.8, 0.3)
    client.force_login(instructor)
    response = client.post(
        url(crime_section.document),
        {
            "action": "approve",
            "scope": "selected",
            "selected": [questions[0].pk, questions[2].pk],
            "confirmed": "True",
        },
    )
    assert response.url == reverse("teach:queue", args=[crime_section.document.slug])
    assert statuses() == ["approved", "draft", "approved"]
    assert Question.objects.filter(edited_by=instructor).count() == 2


def test_all_above_a_score(client, instructor, crime_section):
    scored(crime_section, 0.9, 0.8, 0.3)
    client.force_login(instructor)
    data = {"action": "approve", "scope": "above", "score_above": "0.5"}
    html = client.post(url(crime_section.document), data).content.decode()
    assert "<h1>Approve 2 questions?</h1>" in html
    assert "with a score above 0.5" in html
    client.post(url(crime_section.document), {**data, "confirmed": "True"})
    assert statuses() == ["approved", "approved", "draft"]


def test_questions_already_in_that_state_are_not_counted(client, instructor, crime_section):
    questions = scored(crime_section, 0.9, 0.8)
    Question.objects.filter(pk=questions[0].pk).update(status="approved")
    client.force_login(instructor)
    html = client.post(
        url(crime_section.document), {"action": "approve", "scope": "above", "score_above": "0"}
    ).content.decode()
    assert "<h1>Approve 1 question?</h1>" in html


def test_questions_of_other_documents_are_never_touched(
    client, instructor, crime_section, make_document
):
    other_section = make_document(slug="other").sections.filter(blocks__isnull=False).first()
    foreign = scored(other_section, 0.9)[0]
    client.force_login(instructor)
    client.post(
        url(crime_section.document),
        {"action": "retire", "scope": "selected", "selected": [foreign.pk], "confirmed": "True"},
    )
    client.post(
        url(crime_section.document),
        {"action": "retire", "scope": "above", "score_above": "0", "confirmed": "True"},
    )
    foreign.refresh_from_db()
    assert foreign.status == Question.Status.DRAFT


def test_nothing_selected_is_explained(client, instructor, crime_section):
    client.force_login(instructor)
    response = client.post(
        url(crime_section.document), {"action": "approve", "scope": "selected"}, follow=True
    )
    assert "Select at least one question." in response.content.decode()


def test_a_score_is_needed_for_all_above(client, instructor, crime_section):
    client.force_login(instructor)
    response = client.post(
        url(crime_section.document), {"action": "approve", "scope": "above"}, follow=True
    )
    assert "Give the score, from 0 to 1." in response.content.decode()


def test_too_many_selected_are_refused(client, instructor, crime_section):
    client.force_login(instructor)
    response = client.post(
        url(crime_section.document),
        {"action": "approve", "scope": "selected", "selected": list(range(1, 300))},
        follow=True,
    )
    assert "Select at most 200 questions at once." in response.content.decode()
