"""The instructors' workspace: reviewing, editing and writing a document's questions.

Every change records who made it and when (``edited_by``, ``edited_at``), which also
protects the question from regeneration (see ``QuestionQuerySet.protected``). Learners'
past attempts keep the wording they were served (``AttemptItem.snapshot``).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from content.models import Section
from quizzes.attempts import choose_askable, make_item, presentations_for
from quizzes.generation.question import Format, Kind
from quizzes.models import AttemptItem, Question

# How many questions a preview of a section shows, as a practice quiz would.
PREVIEW_QUESTIONS = 10


@dataclass(frozen=True)
class QuestionText:
    """What an instructor writes: the same fields whether editing or writing anew."""

    prompt: str
    answer: str
    accepted_answers: list[str] = field(default_factory=list)
    choices: list[str] = field(default_factory=list)
    false_statement: str = ""


def _apply(question: Question, text: QuestionText, *, user) -> None:
    question.prompt = text.prompt
    question.answer = text.answer
    question.accepted_answers = list(text.accepted_answers)
    question.choices = list(text.choices) if question.format == Format.MULTIPLE_CHOICE else []
    question.false_statement = text.false_statement if question.kind == Kind.FILL_BLANK else ""
    question.edited_at = timezone.now()
    question.edited_by = user


@transaction.atomic
def edit_question(*, question: Question, text: QuestionText, user) -> Question:
    """Change a question's wording and key. Attempts already served keep their snapshot of
    the old wording; new attempts get this one. The question is protected from then on."""
    question = Question.objects.select_for_update().get(pk=question.pk)
    _apply(question, text, user=user)
    question.full_clean(exclude=["section", "block"])
    question.save()
    return question


@transaction.atomic
def write_question(
    *, section: Section, format: str, kind: str, text: QuestionText, user
) -> Question:
    """A question written by hand for ``section``, approved: its author vouches for it."""
    question = Question(
        section=section,
        format=format,
        kind=kind,
        origin=Question.Origin.MANUAL,
        status=Question.Status.APPROVED,
        score=1.0,
    )
    _apply(question, text, user=user)
    question.full_clean(exclude=["section", "block"])
    question.save()
    return question


def preview_items(section: Section, *, seed: int | None = None) -> list[AttemptItem]:
    """A quiz of the section as a learner would get one now, unsaved: the questions
    learners are served, chosen and presented the way practice does."""
    rng = random.Random(seed)
    askable = [
        (question, allowed)
        for question in Question.objects.servable().filter(section=section).order_by("pk")
        if (allowed := presentations_for(question))
    ]
    chosen = choose_askable(askable, PREVIEW_QUESTIONS, rng=rng)
    return [
        make_item(None, position, question, rng.choice(allowed), rng)
        for position, (question, allowed) in enumerate(chosen)
    ]
