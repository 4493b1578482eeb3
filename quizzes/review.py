"""Spaced review with FSRS: answers become ratings, ratings move a card's due date.

Mapping: a wrong answer is Again; a right answer accepted only thanks to tolerance (a
typo, less credit) is Hard; a right answer is Good. FSRS then sets the next due date.
"""

from __future__ import annotations

from datetime import datetime

from fsrs import Card, Rating, Scheduler, State

from quizzes.models import ReviewCard

SCHEDULER = Scheduler(enable_fuzzing=False)  # reproducible due dates, easier to explain


def rating_for(*, correct: bool, credit: float) -> Rating:
    if not correct:
        return Rating.Again
    return Rating.Good if credit >= 1 else Rating.Hard


def schedule(card: ReviewCard, *, correct: bool, credit: float, when: datetime) -> ReviewCard:
    """Apply one answer to the card (in memory; the caller saves)."""
    state = Card(
        state=State(card.state) if card.reviews else State.Learning,
        step=card.step if card.reviews else 0,
        stability=card.stability,
        difficulty=card.difficulty,
        due=card.due or when,
        last_review=card.last_review,
    )
    updated, _ = SCHEDULER.review_card(state, rating_for(correct=correct, credit=credit), when)
    card.state = int(updated.state)
    card.step = updated.step
    card.stability = updated.stability
    card.difficulty = updated.difficulty
    card.due = updated.due
    card.last_review = updated.last_review
    card.reviews += 1
    card.lapses += 0 if correct else 1
    return card
