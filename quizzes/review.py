"""Spaced review with FSRS: answers become ratings, ratings move a card's due date.

Mapping: a wrong answer is Again; a right answer accepted only thanks to tolerance (a
typo, less credit) is Hard; a right answer is Good. FSRS then sets the next due date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from fsrs import Card, Rating, Scheduler, State

from quizzes.models import ReviewCard

SCHEDULER = Scheduler(enable_fuzzing=False)  # reproducible due dates, easier to explain
# FSRS names a card only to label the review logs it returns, which this app does not
# keep. Given no id, fsrs.Card makes one from the clock and sleeps a millisecond so the
# next is different: a submission of ten answers held its server process 11 ms for that.
UNLOGGED_CARD_ID = 0


def rating_for(*, correct: bool, credit: float) -> Rating:
    if not correct:
        return Rating.Again
    return Rating.Good if credit >= 1 else Rating.Hard


def _fsrs_card(card: ReviewCard | None, when: datetime) -> Card:
    """The FSRS view of a stored card; a card never reviewed (or none yet) is new."""
    if card is None or not card.reviews:
        return Card(card_id=UNLOGGED_CARD_ID, state=State.Learning, step=0, due=when)
    return Card(
        card_id=UNLOGGED_CARD_ID,
        state=State(card.state),
        step=card.step,
        stability=card.stability,
        difficulty=card.difficulty,
        due=card.due or when,
        last_review=card.last_review,
    )


# The card's fields that ``schedule`` changes, for the callers that save them.
SCHEDULED_FIELDS = [
    "due",
    "state",
    "step",
    "stability",
    "difficulty",
    "last_review",
    "reviews",
    "lapses",
]


def schedule(card: ReviewCard, *, correct: bool, credit: float, when: datetime) -> ReviewCard:
    """Apply one answer to the card (in memory; the caller saves)."""
    rating = rating_for(correct=correct, credit=credit)
    updated, _ = SCHEDULER.review_card(_fsrs_card(card, when), rating, when)
    card.state = int(updated.state)
    card.step = updated.step
    card.stability = updated.stability
    card.difficulty = updated.difficulty
    card.due = updated.due
    card.last_review = updated.last_review
    card.reviews += 1
    card.lapses += 0 if correct else 1
    return card


# The ratings an answer can give (see ``rating_for``): Easy is never given.
ANSWER_RATINGS = (Rating.Again, Rating.Hard, Rating.Good)
# The two a flashcard's self-assessment gives: "Not yet" and "I knew it".
FLASHCARD_RATINGS = (Rating.Again, Rating.Good)


@dataclass(frozen=True)
class NextInterval:
    rating: Rating
    wait: timedelta

    @property
    def name(self) -> str:
        return self.rating.name

    @property
    def label(self) -> str:
        return format_interval(self.wait)


def next_intervals(
    card: ReviewCard | None, *, when: datetime, ratings=ANSWER_RATINGS
) -> list[NextInterval]:
    """How long the card would wait after each rating given at ``when``, as Anki shows
    on its buttons. Nothing is saved: ``card`` (None for a question never reviewed) is
    read, not changed."""
    current = _fsrs_card(card, when)
    intervals = []
    for rating in ratings:
        updated, _ = SCHEDULER.review_card(current, rating, when)
        intervals.append(NextInterval(rating=rating, wait=updated.due - when))
    return intervals


def format_interval(wait: timedelta) -> str:
    """A wait as Anki words it: "<1 min", "10 min", "5 h", "3 days", "2 mo", "1.5 yr"."""
    minutes = wait.total_seconds() / 60
    if minutes < 1:
        return "<1 min"
    if minutes < 60:
        return f"{round(minutes)} min"
    hours = minutes / 60
    if hours < 24:
        return f"{round(hours)} h"
    days = hours / 24
    if days < 30:
        whole = round(days)
        return f"{whole} day{'s' if whole != 1 else ''}"
    if days < 365:
        return f"{_one_decimal(days / 30)} mo"
    return f"{_one_decimal(days / 365)} yr"


def _one_decimal(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")
