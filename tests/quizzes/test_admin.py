import pytest
from django.urls import reverse

from quizzes.models import GenerationRun, Question
from quizzes.services import store_generated_questions


@pytest.fixture
def bank(seed_document, seed_questions):
    return store_generated_questions(document=seed_document, generated=seed_questions)


@pytest.mark.parametrize(
    ("model", "query", "expected"),
    [
        ("question", "FATF", "What does FATF stand for?"),
        ("question", "Ban Ki-moon", "Who assumed office as UN Secretary-General in January?"),
        ("questionset", "United Nations", "(e) The United Nations"),
        ("generationrun", "bluebook", "Japan&#x27;s Foreign Policy"),
    ],
)
def test_changelists_list_and_search_the_bank(admin_client, bank, model, query, expected):
    url = reverse(f"admin:quizzes_{model}_changelist")
    assert expected in admin_client.get(url).content.decode()
    response = admin_client.get(url, {"q": query})
    assert response.status_code == 200
    assert expected in response.content.decode()


@pytest.mark.parametrize("model", ["question", "questionset"])
def test_changelists_filter_by_document(admin_client, bank, seed_document, model):
    url = reverse(f"admin:quizzes_{model}_changelist")
    response = admin_client.get(url, {"section__document__id__exact": seed_document.pk})
    assert response.status_code == 200


def test_question_change_page_shows_the_source_sentence(admin_client, bank):
    question = Question.objects.get(answer="Financial Action Task Force")
    page = admin_client.get(reverse("admin:quizzes_question_change", args=[question.pk]))
    assert "The United Nations, the G8, and the Financial Action Task Force" in (
        page.content.decode()
    )


def test_editing_a_question_in_the_admin_protects_it_from_regeneration(
    admin_client, bank, seed_document, seed_questions
):
    question = Question.objects.get(answer="2001")
    url = reverse("admin:quizzes_question_change", args=[question.pk])
    form = {
        "section": question.section_id,
        "block": question.block_id,
        "source_start": question.source_start,
        "source_end": question.source_end,
        "kind": question.kind,
        "format": question.format,
        "prompt": "When was the Anti-Terrorism Special Measures Law enacted?",
        "answer": "2001",
        "accepted_answers": "[]",
        "choices": "[]",
        "answer_type": question.answer_type,
        "score": question.score,
        "difficulty": question.difficulty,
        "status": "draft",
    }
    assert admin_client.post(url, form).status_code == 302

    report = store_generated_questions(document=seed_document, generated=seed_questions[1:])

    question.refresh_from_db()
    assert question.prompt == "When was the Anti-Terrorism Special Measures Law enacted?"
    assert question.edited_at is not None
    assert question.status == Question.Status.DRAFT
    assert report.retired == 0


def test_retiring_from_the_admin_keeps_a_question_retired(
    admin_client, bank, seed_document, seed_questions
):
    question = Question.objects.get(answer="2001")
    admin_client.post(
        reverse("admin:quizzes_question_changelist"),
        {"action": "retire", "_selected_action": [question.pk]},
    )

    store_generated_questions(document=seed_document, generated=seed_questions)

    question.refresh_from_db()
    assert question.status == Question.Status.RETIRED
    assert GenerationRun.objects.count() == 1
