"""Flashcards: a section's questions studied one card at a time, the learner rating
themselves. "I knew it" is Good and "Not yet" is Again on the same FSRS review card a
quiz answer moves, so flashcards and quizzes share one schedule.

A self-rating is not a graded answer: it schedules the card but is not an AttemptItem,
so it counts towards neither mastery nor accuracy.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from content.models import Section
from quizzes.models import Question, ReviewCard
from quizzes.review import (
    FLASHCARD_RATINGS,
    SCHEDULED_FIELDS,
    NextInterval,
    next_intervals,
    schedule,
)


def deck(section: Section):
    """The section's servable questions and those of the sections inside it, in reading
    order: a stable order, so "card 3" is the same card on every request."""
    inside = Q(section=section) | Q(
        section__document_id=section.document_id,
        section__path__startswith=f"{section.path}/",
        section__archived_at__isnull=True,
    )
    return (
        Question.objects.servable()
        .filter(inside)
        .select_related("section", "block")
        .order_by("section__position", "block__position", "source_start", "pk")
    )


@dataclass
class Flashcard:
    question: Question
    number: int  # 1-based
    total: int

    @property
    def is_last(self) -> bool:
        return self.number == self.total


def card_at(section: Section, number: int) -> Flashcard | None:
    """Card ``number`` (1-based) of the section's deck; None past either end."""
    questions = deck(section)
    total = questions.count()
    if not 1 <= number <= total:
        return None
    return Flashcard(question=questions[number - 1], number=number, total=total)


def intervals_for(learner, question: Question, *, when: datetime) -> list[NextInterval]:
    """What "Not yet" and "I knew it" would do to the learner's card for ``question``."""
    card = ReviewCard.objects.filter(learner=learner, question=question).first()
    return next_intervals(card, when=when, ratings=FLASHCARD_RATINGS)


@transaction.atomic
def rate_flashcard(*, learner, question: Question, knew: bool, when=None) -> ReviewCard:
    """Schedule the learner's review card for ``question`` from a self-rating, creating
    the card on a first rating. The card is locked before it is read, as a quiz
    submission locks it, so two ratings at once count once each."""
    when = when or timezone.now()
    ReviewCard.objects.bulk_create(
        [ReviewCard(learner=learner, question=question, due=when, state=1)],
        ignore_conflicts=True,
    )
    card = ReviewCard.objects.select_for_update().get(learner=learner, question=question)
    schedule(card, correct=knew, credit=1.0, when=when)
    card.save(update_fields=SCHEDULED_FIELDS)
    return card
