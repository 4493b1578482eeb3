import datetime as dt

import pytest
from fsrs import Rating

from quizzes.models import ReviewCard
from quizzes.review import FLASHCARD_RATINGS, format_interval, next_intervals, schedule

NOW = dt.datetime(2026, 11, 3, 9, 0, tzinfo=dt.UTC)


def waits(card, **kwargs) -> dict[str, str]:
    return {interval.name: interval.label for interval in next_intervals(card, when=NOW, **kwargs)}


def test_a_new_card_comes_back_in_minutes_whatever_the_answer():
    assert waits(None) == {"Again": "1 min", "Hard": "6 min", "Good": "10 min"}


def test_flashcards_offer_again_and_good_only():
    assert waits(None, ratings=FLASHCARD_RATINGS) == {"Again": "1 min", "Good": "10 min"}


def test_a_card_learnt_waits_days_after_good_and_minutes_after_again():
    card = ReviewCard(due=NOW, state=1, reviews=0, lapses=0)
    schedule(card, correct=True, credit=1.0, when=NOW)
    later = NOW + dt.timedelta(minutes=10)
    intervals = {i.rating: i.wait for i in next_intervals(card, when=later)}
    assert intervals[Rating.Again] < dt.timedelta(hours=1)
    assert intervals[Rating.Good] >= dt.timedelta(days=1)
    assert intervals[Rating.Again] < intervals[Rating.Hard] <= intervals[Rating.Good]


def test_scheduling_and_intervals_never_wait(monkeypatch):
    """fsrs.Card sleeps a millisecond when it has to make up an id; a submission
    schedules a card per answer, and the review page computes intervals for each."""

    def no_sleep(seconds):
        raise AssertionError(f"slept {seconds} s")

    monkeypatch.setattr("time.sleep", no_sleep)
    card = ReviewCard(due=NOW, state=1, reviews=0, lapses=0)
    schedule(card, correct=True, credit=1.0, when=NOW)
    schedule(card, correct=False, credit=0.0, when=NOW + dt.timedelta(days=1))
    assert len(next_intervals(card, when=NOW + dt.timedelta(days=2))) == 3
    assert len(next_intervals(None, when=NOW)) == 3


def test_computing_intervals_changes_nothing():
    card = ReviewCard(due=NOW, state=1, reviews=0, lapses=0)
    schedule(card, correct=True, credit=1.0, when=NOW)
    before = vars(card).copy()
    next_intervals(card, when=NOW + dt.timedelta(days=3))
    assert vars(card) == before


@pytest.mark.parametrize(
    ("wait", "label"),
    [
        (dt.timedelta(seconds=20), "<1 min"),
        (dt.timedelta(minutes=10), "10 min"),
        (dt.timedelta(hours=5, minutes=10), "5 h"),
        (dt.timedelta(days=1), "1 day"),
        (dt.timedelta(days=3, hours=2), "3 days"),
        (dt.timedelta(days=45), "1.5 mo"),
        (dt.timedelta(days=60), "2 mo"),
        (dt.timedelta(days=730), "2 yr"),
    ],
)
def test_intervals_are_worded_as_anki_words_them(wait, label):
    assert format_interval(wait) == label
