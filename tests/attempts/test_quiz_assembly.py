"""Which questions a quiz serves: never two from one sentence, never a stem that gives
another served item's answer away, the best-ranked first (quizzes/generation/assembly.py
through start_attempt, retries and the visitors' trial)."""

from __future__ import annotations

import re
from itertools import combinations

import pytest
from django.core import signing
from django.urls import reverse

from quizzes import services
from quizzes.attempts import record_answer, start_attempt, start_retry, submit_attempt
from quizzes.models import AttemptItem, Question
from quizzes.models.attempts import Presentation
from quizzes.trial import SALT
from tests.attempts.conftest import make_question

SEEDS = range(25)
QUIZ_SIZE = 10


def shown_text(item: AttemptItem) -> str:
    """What the learner reads for this item."""
    if item.presentation == Presentation.TRUE_FALSE:
        return item.statement
    return item.question.prompt


def appears_in(answer: str, text: str) -> bool:
    """The answer as whole words of the text, whatever the case."""
    pattern = r"(?<!\w)" + re.escape(answer.casefold()) + r"(?!\w)"
    return re.search(pattern, text.casefold()) is not None


def same_sentence(first: Question, second: Question) -> bool:
    return (
        first.block_id == second.block_id
        and first.source_start < second.source_end
        and second.source_start < first.source_end
    )


def problems_of(items: list[AttemptItem]) -> list[str]:
    """Pairs of served items that should never be in one quiz, described."""
    found = []
    for first, second in combinations(items, 2):
        if same_sentence(first.question, second.question):
            found.append(f"same sentence: {first.question} / {second.question}")
        for asked, other in ((first, second), (second, first)):
            if appears_in(asked.question.answer, shown_text(other)):
                found.append(f"{asked.question.answer!r} shown in {shown_text(other)!r}")
    return found


@pytest.fixture
def generated_bank(seed_document) -> list[Question]:
    """The seed's questions as the real generator stores them."""
    services.generate_for_document(document=seed_document, force=True)
    return list(Question.objects.live().select_related("block").order_by("pk"))


def test_a_generated_bank_has_sentences_asked_several_times(generated_bank):
    """The rules below are put to the test: the bank offers what they forbid."""
    sentences = [(q.block_id, q.source_start) for q in generated_bank]
    assert len(set(sentences)) < len(sentences)


def test_no_quiz_serves_two_items_of_one_sentence_or_gives_an_answer_away(learner, generated_bank):
    by_section: dict[int, list[Question]] = {}
    for question in generated_bank:
        by_section.setdefault(question.section_id, []).append(question)
    banks = [*by_section.values(), generated_bank]
    for seed in SEEDS:
        for bank in banks:
            attempt = start_attempt(
                learner=learner, questions=bank, title="Practice", count=QUIZ_SIZE, seed=seed
            )
            items = list(attempt.items.select_related("question"))
            assert problems_of(items) == [], f"seed {seed}"


def test_a_section_quiz_serves_its_best_ranked_questions(learner, crime_section):
    ranked = [
        make_question(crime_section, prompt=f"When did event {n} happen?", answer=str(1900 + n))
        for n in range(8)
    ]
    for number, question in enumerate(ranked):
        question.score = round(0.9 - number * 0.1, 2)
        question.save(update_fields=["score"])

    for seed in range(5):
        attempt = start_attempt(
            learner=learner, questions=ranked, title="Practice", count=3, seed=seed
        )
        served = {item.question for item in attempt.items.all()}
        assert served == set(ranked[:3]), f"seed {seed}"


def test_a_retry_asks_every_missed_question_again(learner, generated_bank):
    attempt = start_attempt(
        learner=learner, questions=generated_bank, title="Practice", count=QUIZ_SIZE, seed=7
    )
    for item in attempt.items.all():
        record_answer(item=item, given="not the answer at all")
    submit_attempt(attempt=attempt)

    retry = start_retry(attempt=attempt, seed=8)

    missed = {item.question_id for item in attempt.items.all()}
    assert {item.question_id for item in retry.items.all()} == missed


def test_the_visitors_trial_follows_the_same_rules(client, crime_section):
    fatf = make_question(crime_section, prompt="When was FATF created?", answer="1989", score=0.9)
    on_same_sentence = make_question(
        crime_section,
        kind="what",
        prompt="What was created at the 1989 G8 summit?",
        answer="FATF",
        score=0.8,
    )
    on_same_sentence.source_start, on_same_sentence.source_end = fatf.source_start, fatf.source_end
    on_same_sentence.save(update_fields=["source_start", "source_end"])
    giveaway = make_question(
        crime_section,
        kind="what",
        prompt="Which summit met in 1989?",
        answer="the Summit of the Arch",
        score=0.7,
    )
    url = reverse("quizzes:try", args=[crime_section.document.slug, crime_section.path])

    for _ in range(10):
        html = client.get(url).content.decode()
        token = re.search(r'name="quiz" value="([^"]+)"', html).group(1)
        served = [question_id for question_id, _, _ in signing.loads(token, salt=SALT)]
        assert served == [fatf.pk]
    assert giveaway.prompt not in html
