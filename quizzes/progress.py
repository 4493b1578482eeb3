"""A learner's progress across sessions, computed from their answers in a fixed number of
queries whatever their history holds.

Mastery of a section is the share of its live questions whose latest answer by the
learner was right: a question never answered counts as not mastered, and a question
answered wrongly after being right counts as not mastered until it is right again.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Count, Q
from django.db.models.functions import TruncDate
from django.utils import timezone

from content.models import Section
from quizzes.models import Attempt, AttemptItem, Question, ReviewCard

TREND_DAYS = 30
MASTERY_EXPLAINED = (
    "Mastery is the share of a section's questions whose latest answer was right; "
    "questions you have not answered yet count as not mastered."
)


@dataclass
class SectionMastery:
    section: Section
    questions: int
    mastered: int
    answered: int

    @property
    def percent(self) -> int:
        return round(100 * self.mastered / self.questions) if self.questions else 0


@dataclass
class Day:
    date: dt.date
    answered: int
    correct: int

    @property
    def accuracy(self) -> int | None:
        return round(100 * self.correct / self.answered) if self.answered else None


def answered_items(learner):
    return AttemptItem.objects.filter(attempt__learner=learner, answered_at__isnull=False)


def marked_items(learner):
    """Answered items whose marks the learner may see now (an assignment can hold its
    marks back until its due date)."""
    withheld = Attempt.objects.marks_withheld(timezone.now())
    return answered_items(learner).exclude(attempt__in=withheld)


def mastery_by_section(learner) -> list[SectionMastery]:
    latest: dict[int, tuple[int, bool]] = {}
    rows = marked_items(learner).order_by("answered_at", "pk")
    for question_id, section_id, correct in rows.values_list(
        "question_id", "question__section_id", "correct"
    ):
        latest[question_id] = (section_id, correct)
    section_ids = {section_id for section_id, _ in latest.values()}
    # Sections a re-import removed drop out: their questions are no longer asked.
    sections = (
        Section.objects.live()
        .filter(pk__in=section_ids)
        .with_question_counts()
        .select_related("document")
        .order_by("document__title", "position")
    )
    live = set(
        Question.objects.live().filter(section_id__in=section_ids).values_list("pk", flat=True)
    )
    outcomes_by_section: dict[int, list[bool]] = defaultdict(list)
    for question_id, (section_id, correct) in latest.items():
        if question_id in live:
            outcomes_by_section[section_id].append(correct)
    result = []
    for section in sections:
        outcomes = outcomes_by_section[section.pk]
        result.append(
            SectionMastery(
                section=section,
                questions=section.question_count,
                mastered=sum(outcomes),
                answered=len(outcomes),
            )
        )
    return result


def daily_activity(learner, *, days: int = TREND_DAYS, today: dt.date | None = None) -> list[Day]:
    """Answers and right answers per day for the last `days` days, oldest first."""
    today = today or timezone.localdate()
    start = today - dt.timedelta(days=days - 1)
    counts = {
        row["day"]: row
        for row in marked_items(learner)
        .filter(answered_at__date__gte=start)
        .annotate(day=TruncDate("answered_at"))
        .values("day")
        .annotate(answered=Count("pk"), correct=Count("pk", filter=Q(correct=True)))
    }
    return [
        Day(
            date=day,
            answered=counts.get(day, {}).get("answered", 0),
            correct=counts.get(day, {}).get("correct", 0),
        )
        for day in (start + dt.timedelta(days=offset) for offset in range(days))
    ]


def streak(learner, *, today: dt.date | None = None) -> int:
    """Consecutive days with at least one answer, ending today (or yesterday)."""
    today = today or timezone.localdate()
    active = set(
        answered_items(learner)
        .filter(answered_at__date__gte=today - dt.timedelta(days=366))
        .annotate(day=TruncDate("answered_at"))
        .values_list("day", flat=True)
        .distinct()
    )
    day = today if today in active else today - dt.timedelta(days=1)
    length = 0
    while day in active:
        length += 1
        day -= dt.timedelta(days=1)
    return length


def due_count(learner, *, now: dt.datetime | None = None) -> int:
    return ReviewCard.objects.of(learner).servable().due(now or timezone.now()).count()


def next_due(learner) -> dt.datetime | None:
    card = ReviewCard.objects.of(learner).servable().order_by("due").first()
    return card.due if card else None
