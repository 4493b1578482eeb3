"""Questions on text a re-import changed or removed: kept in history, no longer asked."""

from datetime import timedelta
from unittest import mock

import pytest
from django.urls import reverse
from django.utils import timezone

from content.services import import_document_file
from quizzes import progress
from quizzes.attempts import (
    NothingToAsk,
    record_answer,
    start_attempt,
    start_retry,
    start_review,
    submit_attempt,
)
from quizzes.models import Attempt, Question
from quizzes.models.attempts import Presentation
from tests.attempts.conftest import make_question
from tests.conftest import SEED_PATH, add_questions
from tests.content.helpers import run_manage

FATF_WHEN = "When was FATF created?"
FATF_ACRONYM = "What does FATF stand for?"
SECTION_G_START = "(g) |\n"


def changed_seed() -> bytes:
    """The seed with FATF's founding year changed and its last section, (g), removed."""
    text = SEED_PATH.read_text(encoding="utf-8")
    assert "created at 1989 G8" in text
    assert SECTION_G_START in text
    text = text.replace("created at 1989 G8", "created at 1990 G8")
    return text[: text.index(SECTION_G_START)].encode("utf-8")


def answer_all(attempt: Attempt, answers: dict[str, str]) -> Attempt:
    """Answer every item, with ``answers[prompt]`` where given and a wrong answer otherwise."""
    for item in attempt.items.select_related("question"):
        record_answer(item=item, given=answers.get(item.question.prompt, "no idea"))
    return submit_attempt(attempt=attempt)


def later():
    return mock.patch("django.utils.timezone.now", return_value=timezone.now() + timedelta(days=60))


def test_a_changed_or_removed_source_is_no_longer_asked_but_history_still_links_to_it(
    client, learner, seed_document, capsys
):
    assert run_manage("generate_questions", seed_document.slug) == 0
    crime, disarmament = (seed_document.sections.get(path=p) for p in ("3/1/c", "3/1/g"))
    old_when = Question.objects.live().get(section=crime, prompt=FATF_WHEN)
    assert old_when.answer == "1989"
    acronym = Question.objects.live().get(section=crime, prompt=FATF_ACRONYM)
    removed = Question.objects.live().filter(section=disarmament).first()
    first = start_attempt(
        learner=learner,
        questions=[old_when, acronym, removed],
        title="Practice",
        presentations=[Presentation.TYPED, Presentation.FILL_BLANK],
        immediate_feedback=False,
    )
    answer_all(first, {FATF_WHEN: "1989", FATF_ACRONYM: "Financial Action Task Force"})

    import_document_file(data=changed_seed(), filename=SEED_PATH.name)
    assert run_manage("generate_questions", seed_document.slug) == 0
    capsys.readouterr()

    # The answered question is kept exactly as it was, for the learner's history...
    old_when.refresh_from_db()
    assert (old_when.answer, old_when.status) == ("1989", Question.Status.DRAFT)
    # ...but a new quiz asks only the current version.
    client.force_login(learner)
    response = client.post(
        reverse("quizzes:practice", args=[seed_document.slug]),
        {"sections": [crime.pk], "count": 50, "presentations": list(Presentation.values)},
    )
    new = Attempt.objects.get(pk=response.url.split("/")[-2])
    asked = list(new.items.filter(question__prompt=FATF_WHEN).values_list("question__answer"))
    assert asked == [("1990",)]
    assert not new.items.filter(question__section=disarmament).exists()
    # A removed section is not offered either.
    practice_page = client.get(reverse("quizzes:practice", args=[seed_document.slug]))
    assert disarmament.heading not in practice_page.content.decode()

    # Review serves the card whose text is unchanged, not the other two.
    with later():
        assert progress.due_count(learner) == 1
        review = start_review(learner=learner)
    assert list(review.items.values_list("question", flat=True)) == [acronym.pk]

    # The old results still link to both passages, shown as archived.
    results = client.get(reverse("quizzes:results", args=[first.pk])).content.decode()
    for question, passage, notice in [
        (old_when, "created at 1989 G8", "This passage has been removed or changed"),
        (removed, removed.source_sentence, "This section has been removed"),
    ]:
        link = first.items.get(question=question).source_sentence_url
        assert f'href="{link}"' in results.replace("&amp;", "&")
        page = client.get(link)
        assert page.status_code == 200
        html = page.content.decode()
        assert notice in html
        assert passage.replace('"', "&quot;") in html


def test_retry_leaves_out_questions_whose_text_changed(learner, crime_section):
    kept, changed = add_questions(crime_section, 2)
    changed_block = crime_section.blocks.get(position=1)
    Question.objects.filter(pk=changed.pk).update(block=changed_block)
    attempt = answer_all(start_attempt(learner=learner, questions=[kept, changed], title="P"), {})
    changed_block.archived_at, changed_block.position = timezone.now(), None
    changed_block.save()

    retry = start_retry(attempt=attempt)

    assert list(retry.items.values_list("question", flat=True)) == [kept.pk]


def test_review_skips_due_cards_of_archived_questions_and_the_nav_does_not_count_them(
    client, learner, seed_document
):
    crime = seed_document.sections.get(path="3/1/c")
    other = seed_document.sections.get(path="3/1/e")
    on_crime = make_question(crime, prompt="When was FATF created?", answer="1989")
    on_other = make_question(other, prompt="When did Ban Ki-moon take office?", answer="2007")
    answer_all(start_attempt(learner=learner, questions=[on_crime, on_other], title="P"), {})
    other.archived_at = timezone.now()
    other.save()

    with later():
        assert progress.due_count(learner) == 1
        review = start_review(learner=learner)
    assert list(review.items.values_list("question", flat=True)) == [on_crime.pk]

    crime.archived_at = timezone.now()
    crime.save()
    with later(), pytest.raises(NothingToAsk):
        start_review(learner=learner)


def section_page(client, section, **query):
    return client.get(reverse("content:section", args=[section.document.slug, section.path]), query)


def test_an_archived_passage_is_shown_marked_on_its_live_section(client, crime_section):
    block = crime_section.blocks.get(position=1)
    block.archived_at, block.position = timezone.now(), None
    block.save()

    html = section_page(client, crime_section, block=block.pk).content.decode()

    assert f'id="block-{block.pk}"' in html
    assert "This passage has been removed or changed" in html
    assert "Human trafficking" in html, "the live text is shown too"
    plain = section_page(client, crime_section).content.decode()
    assert "This passage has been removed" not in plain
    assert "created at 1989 G8" not in plain


def test_an_archived_section_opens_only_for_one_of_its_passages(client, seed_document):
    section = seed_document.sections.get(path="3/1/b")
    block = section.blocks.get(position=0)
    other_block = seed_document.sections.get(path="3/1/c").blocks.get(position=0)
    section.archived_at = timezone.now()
    section.save()

    response = section_page(client, section, block=block.pk)

    assert response.status_code == 200
    assert "This section has been removed" in response.content.decode()
    for query in [{}, {"block": other_block.pk}, {"block": "x"}, {"block": "9" * 40}]:
        assert section_page(client, section, **query).status_code == 404, query


def test_a_live_passage_needs_no_notice(client, crime_section):
    block = crime_section.blocks.get(position=0)
    html = section_page(client, crime_section, block=block.pk).content.decode()
    assert "has been removed" not in html
    assert html.count(f'id="block-{block.pk}"') == 1
