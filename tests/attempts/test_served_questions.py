"""Which questions learners are served, by the document's ``serving`` setting: practice,
retries, spaced review and the visitors' trial all follow it."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from content.models import Document
from quizzes import attempts, progress
from quizzes.models import Attempt, Question, ReviewCard
from tests.attempts.conftest import make_question


@pytest.fixture
def bank(crime_section):
    """An approved question with a low score and a draft with a high one."""
    return {
        "approved": make_question(
            crime_section,
            prompt="When was FATF created?",
            answer="1989",
            status=Question.Status.APPROVED,
            score=0.4,
        ),
        "draft": make_question(
            crime_section, prompt="When did the G8 summit meet?", answer="1989", score=0.95
        ),
    }


def serve(document, serving: str) -> None:
    Document.objects.filter(pk=document.pk).update(serving=serving)


def served(section) -> set[str]:
    return set(Question.objects.servable().filter(section=section).values_list("prompt", flat=True))


def test_auto_serves_every_draft_until_a_question_is_approved(crime_section):
    draft = make_question(crime_section, prompt="When was FATF created?", answer="1989")
    assert served(crime_section) == {draft.prompt}


def test_auto_serves_only_approved_questions_once_one_is(crime_section, bank):
    assert served(crime_section) == {bank["approved"].prompt}


def test_approved_only_serves_nothing_before_approval(crime_section):
    make_question(crime_section, prompt="When was FATF created?", answer="1989")
    serve(crime_section.document, Document.Serving.APPROVED_ONLY)
    assert served(crime_section) == set()


def test_approved_and_drafts_serves_both_the_approved_first(learner, crime_section, bank):
    serve(crime_section.document, Document.Serving.APPROVED_AND_DRAFTS)
    assert served(crime_section) == {bank["approved"].prompt, bank["draft"].prompt}
    attempt = attempts.start_attempt(
        learner=learner, questions=Question.objects.servable(), title="Practice", count=1
    )
    assert attempt.items.get().question == bank["approved"], "despite the draft's higher score"


def test_retired_questions_are_never_served(crime_section, bank):
    serve(crime_section.document, Document.Serving.APPROVED_AND_DRAFTS)
    Question.objects.filter(pk=bank["draft"].pk).update(status=Question.Status.RETIRED)
    assert served(crime_section) == {bank["approved"].prompt}


def test_practice_follows_the_setting(client, learner, crime_section, bank):
    client.force_login(learner)
    client.post(
        reverse("quizzes:practice", args=[crime_section.document.slug]),
        {"sections": [crime_section.pk], "count": 5, "presentations": ["typed"]},
    )
    attempt = Attempt.objects.get(learner=learner)
    assert [item.question for item in attempt.items.all()] == [bank["approved"]]


def test_a_document_serving_nothing_offers_no_practice(client, learner, crime_section):
    make_question(crime_section, prompt="When was FATF created?", answer="1989")
    serve(crime_section.document, Document.Serving.APPROVED_ONLY)
    client.force_login(learner)
    html = client.get(reverse("quizzes:practice", args=[crime_section.document.slug]))
    assert "This document has no questions yet." in html.content.decode()


def test_review_skips_cards_of_drafts_no_longer_served(learner, crime_section, bank):
    for question in bank.values():
        ReviewCard.objects.create(
            learner=learner, question=question, due=timezone.now() - timedelta(days=1), state=2
        )
    attempt = attempts.start_review(learner=learner)
    assert [item.question for item in attempt.items.all()] == [bank["approved"]]


def test_the_due_count_follows_each_change_of_what_is_served(learner, crime_section, bank):
    """The nav's count reuses one compiled condition for every request of a process:
    what it counts still follows the setting, approvals and retirements as they happen."""
    for question in bank.values():
        ReviewCard.objects.create(
            learner=learner, question=question, due=timezone.now() - timedelta(days=1), state=2
        )
    assert progress.due_count(learner) == 1
    serve(crime_section.document, Document.Serving.APPROVED_AND_DRAFTS)
    assert progress.due_count(learner) == 2
    serve(crime_section.document, Document.Serving.AUTO)
    Question.objects.filter(pk=bank["approved"].pk).update(status=Question.Status.RETIRED)
    assert progress.due_count(learner) == 1, "no approved question left: auto serves drafts"
    serve(crime_section.document, Document.Serving.APPROVED_ONLY)
    assert progress.due_count(learner) == 0


def test_a_retry_asks_again_only_what_is_still_served(learner, crime_section, bank):
    serve(crime_section.document, Document.Serving.APPROVED_AND_DRAFTS)
    attempt = attempts.start_attempt(
        learner=learner, questions=Question.objects.servable(), title="Practice: (c)"
    )
    attempts.submit_attempt(attempt=attempt)
    serve(crime_section.document, Document.Serving.APPROVED_ONLY)
    retry = attempts.start_retry(attempt=attempt)
    assert [item.question for item in retry.items.all()] == [bank["approved"]]


def test_the_visitors_trial_follows_the_setting(client, crime_section, bank):
    url = reverse("quizzes:try", args=[crime_section.document.slug, crime_section.path])
    html = client.get(url).content.decode()
    assert bank["approved"].prompt in html
    assert bank["draft"].prompt not in html


def test_the_section_page_counts_the_questions_served(client, crime_section, bank):
    html = client.get(crime_section.get_absolute_url()).content.decode()
    assert "1 question" in html
