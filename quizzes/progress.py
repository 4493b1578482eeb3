"""A learner's progress across sessions, in a fixed number of queries whatever their
history holds: read from the summaries kept as attempts are submitted
(``quizzes.models.progress``: answers per quarter hour, latest answer per question) and
from the answers of the few attempts still open (``open_answers``).

Mastery of a section is the share of its live questions whose latest answer by the
learner was right: a question never answered counts as not mastered, and a question
answered wrongly after being right counts as not mastered until it is right again.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import NamedTuple

from django.db.models import Count, Exists, OuterRef, Q, Sum
from django.db.models.functions import TruncDate
from django.utils import timezone

from content.models import Section
from quizzes.models import AnswerSlot, Attempt, AttemptItem, LatestAnswer, Question, ReviewCard

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


@dataclass
class QuizTotals:
    """Submitted quizzes of every kind: practice, retries, reviews and assignments."""

    submitted: int
    assignments: int
    correct: int
    questions: int

    @property
    def percent(self) -> int | None:
        return round(100 * self.correct / self.questions) if self.questions else None


def quiz_totals(learner) -> QuizTotals:
    totals = (
        Attempt.objects.of(learner)
        .submitted()
        .aggregate(
            submitted=Count("pk"),
            assignments=Count("pk", filter=Q(kind=Attempt.Kind.ASSIGNMENT)),
            correct=Sum("correct_count", default=0),
            questions=Sum("question_count", default=0),
        )
    )
    return QuizTotals(**totals)


class OpenAnswer(NamedTuple):
    """An answer in an attempt not submitted yet: the summaries count it once submitted."""

    pk: int
    question_id: int
    section_id: int
    answered_at: dt.datetime
    correct: bool
    withheld: bool  # its marks are held back until the assignment's due date


def open_answers(learner) -> list[OpenAnswer]:
    """The answers in ``learner``'s open attempts (one query, on a partial index: open
    attempts are few whatever the history)."""
    withheld = Attempt.objects.marks_withheld(timezone.now()).filter(pk=OuterRef("attempt_id"))
    rows = (
        AttemptItem.objects.filter(
            attempt__in=Attempt.objects.of(learner).in_progress().values("pk"),
            answered_at__isnull=False,
        )
        .annotate(withheld=Exists(withheld))
        .order_by()
        .values_list(
            "pk", "question_id", "question__section_id", "answered_at", "correct", "withheld"
        )
    )
    return [OpenAnswer(*row) for row in rows]


class DayTotals(NamedTuple):
    answered: int  # every answer, marks held back or not
    marked: int  # answers whose marks the learner may see
    correct: int  # of those, the right ones


STREAK_DAYS = 366


def day_totals(
    learner,
    *,
    since: dt.date | None = None,
    answers: list[OpenAnswer] | None = None,
) -> dict[dt.date, DayTotals]:
    """The learner's answers per day (current time zone) from ``since`` (by default as
    far back as ``streak`` looks), days without any left out: one query on
    ``AnswerSlot``, plus one for ``open_answers`` unless they are given. The charts
    and the streak share it."""
    since = since or timezone.localdate() - dt.timedelta(days=STREAK_DAYS)
    rows = (
        AnswerSlot.objects.of(learner)
        # Compared with the day's start, not cut to a date, so that the index is used.
        .filter(starts_at__gte=timezone.make_aware(dt.datetime.combine(since, dt.time.min)))
        .annotate(day=TruncDate("starts_at"))
        .values("day")
        .annotate(answered=Sum("answered"), marked=Sum("marked"), correct=Sum("marked_correct"))
        .order_by()
        .values_list("day", "answered", "marked", "correct")
    )
    totals = {day: [answered, marked, correct] for day, answered, marked, correct in rows}
    for answer in open_answers(learner) if answers is None else answers:
        day = timezone.localdate(answer.answered_at)
        if day < since:
            continue
        counts = totals.setdefault(day, [0, 0, 0])
        counts[0] += 1
        if not answer.withheld:
            counts[1] += 1
            counts[2] += bool(answer.correct)
    return {day: DayTotals(*counts) for day, counts in totals.items() if counts[0]}


Newest = dict[int, tuple[tuple, int, bool]]


def _keep_newest(newest: Newest, rows) -> None:
    """Fold ``rows`` of (question id, section id, correct, answered at, item id) into
    ``newest``: per question the latest answer (ties broken by item id), as
    ``LatestAnswer.record`` keeps it."""
    for question_id, section_id, correct, answered_at, item_id in rows:
        known = newest.get(question_id)
        if known is None or (answered_at, item_id) > known[0]:
            newest[question_id] = ((answered_at, item_id), section_id, correct)


def _outcomes(newest: Newest) -> dict[int, tuple[int, bool]]:
    return {question: (section, right) for question, (_, section, right) in newest.items()}


def _mastery(sections, latest: dict[int, tuple[int, bool]], live: set[int]) -> list[SectionMastery]:
    """Mastery of each of ``sections`` (annotated with ``question_count``) from one
    learner's latest outcomes; questions no longer asked (``live``) drop out."""
    outcomes_by_section: dict[int, list[bool]] = defaultdict(list)
    for question_id, (section_id, correct) in latest.items():
        if question_id in live:
            outcomes_by_section[section_id].append(correct)
    return [
        SectionMastery(
            section=section,
            questions=section.question_count,
            mastered=sum(outcomes_by_section[section.pk]),
            answered=len(outcomes_by_section[section.pk]),
        )
        for section in sections
    ]


def _live_question_ids(sections) -> set[int]:
    return set(Question.objects.live().filter(section__in=sections).values_list("pk", flat=True))


def mastery_by_section(learner, *, answers: list[OpenAnswer] | None = None) -> list[SectionMastery]:
    """Mastery of each section the learner has a marked answer in; ``answers``: their
    ``open_answers``, if already read."""
    if answers is None:
        answers = open_answers(learner)
    newest: Newest = {}
    _keep_newest(
        newest,
        LatestAnswer.objects.of(learner).values_list(
            "question_id", "question__section_id", "correct", "answered_at", "item_id"
        ),
    )
    _keep_newest(
        newest,
        (
            (answer.question_id, answer.section_id, answer.correct, answer.answered_at, answer.pk)
            for answer in answers
            if not answer.withheld
        ),
    )
    latest = _outcomes(newest)
    section_ids = {section_id for section_id, _ in latest.values()}
    # Sections a re-import removed drop out: their questions are no longer asked.
    sections = list(
        Section.objects.live()
        .filter(pk__in=section_ids)
        .with_question_counts()
        .select_related("document")
        .order_by("document__title", "document_id", "position")
    )
    return _mastery(sections, latest, _live_question_ids(section_ids))


def mastery_of_learners(learners, sections) -> dict[int, list[SectionMastery]]:
    """Each of ``learners``' mastery of each of ``sections`` (a list annotated by
    ``Section.objects.with_question_counts()``), by learner id, in three queries whatever
    the number of learners, sections and answers. Same definition as
    ``mastery_by_section``, but every answer a learner gave counts, marks held back or
    not: the latest answers whose marks are shown (``LatestAnswer``), and the answers of
    the attempts still open or holding their marks back (a few), whichever is later."""
    section_ids = [section.pk for section in sections]
    learner_ids = [learner.pk for learner in learners]
    newest: dict[int, Newest] = defaultdict(dict)
    shown = LatestAnswer.objects.filter(
        learner__in=learner_ids, question__section__in=section_ids
    ).values_list(
        "learner_id", "question_id", "question__section_id", "correct", "answered_at", "item_id"
    )
    # On the partial indexes of open attempts and of those holding their marks back.
    unreleased = Attempt.objects.filter(learner__in=learner_ids).filter(
        Q(submitted_at__isnull=True)
        | Q(submitted_at__isnull=False, reviews_scheduled_at__isnull=True)
    )
    held = (
        AttemptItem.objects.filter(
            attempt__in=unreleased.values("pk"),
            answered_at__isnull=False,
            question__section__in=section_ids,
        )
        .order_by()
        .values_list(
            "attempt__learner_id",
            "question_id",
            "question__section_id",
            "correct",
            "answered_at",
            "pk",
        )
    )
    for rows in (shown, held):
        for learner_id, *row in rows:
            _keep_newest(newest[learner_id], [row])
    live = _live_question_ids(section_ids)
    return {
        learner.pk: _mastery(sections, _outcomes(newest[learner.pk]), live) for learner in learners
    }


def daily_activity(
    learner,
    *,
    days: int = TREND_DAYS,
    today: dt.date | None = None,
    totals: dict[dt.date, DayTotals] | None = None,
) -> list[Day]:
    """Answers whose marks the learner may see, and the right ones, per day for the last
    ``days`` days, oldest first (``totals``: their ``day_totals``, if already read)."""
    today = today or timezone.localdate()
    start = today - dt.timedelta(days=days - 1)
    if totals is None:
        totals = day_totals(learner, since=start)
    nothing = DayTotals(0, 0, 0)
    return [
        Day(
            date=day,
            answered=totals.get(day, nothing).marked,
            correct=totals.get(day, nothing).correct,
        )
        for day in (start + dt.timedelta(days=offset) for offset in range(days))
    ]


def streak(
    learner, *, today: dt.date | None = None, totals: dict[dt.date, DayTotals] | None = None
) -> int:
    """Consecutive days with at least one answer, ending today (or yesterday)."""
    today = today or timezone.localdate()
    if totals is None:
        totals = day_totals(learner, since=today - dt.timedelta(days=STREAK_DAYS))
    day = today if today in totals else today - dt.timedelta(days=1)
    length = 0
    while day in totals:
        length += 1
        day -= dt.timedelta(days=1)
    return length


def due_count(learner, *, now: dt.datetime | None = None) -> int:
    return ReviewCard.objects.due_count(learner, now or timezone.now())


def next_due(learner) -> dt.datetime | None:
    card = ReviewCard.objects.of(learner).servable().order_by("due").first()
    return card.due if card else None


def due_cards(learner, *, now: dt.datetime, limit: int) -> list[ReviewCard]:
    """The learner's due cards, most overdue first (the order a review quiz takes them)."""
    return list(
        ReviewCard.objects.of(learner)
        .servable()
        .due(now)
        .select_related("question__section__document")
        .order_by("due", "pk")[:limit]
    )


CALENDAR_WEEKS = 16
# Answers in a day from which each shade of the calendar starts: 1-4, 5-9, 10-19, 20+.
CALENDAR_LEVELS = (1, 5, 10, 20)
FORECAST_DAYS = 7


@dataclass
class CalendarDay:
    date: dt.date
    answered: int
    future: bool = False

    @property
    def level(self) -> int:
        """0 for no answers, then 1 to 4 by ``CALENDAR_LEVELS``."""
        return sum(self.answered >= start for start in CALENDAR_LEVELS)

    @property
    def label(self) -> str:
        answers = "answer" if self.answered == 1 else "answers"
        return f"{self.date.day} {self.date:%b}: {self.answered} {answers}"


@dataclass
class StudyCalendar:
    """Weeks (Monday first) of seven days, the oldest week first."""

    weeks: list[list[CalendarDay]]

    @property
    def rows(self) -> list[tuple[str, list[CalendarDay]]]:
        """The calendar as drawn: a row per weekday, a column per week."""
        return [
            (f"{self.weeks[0][weekday].date:%A}", [week[weekday] for week in self.weeks])
            for weekday in range(7)
        ]

    @property
    def columns(self) -> list[tuple[dt.date, bool]]:
        """Each week's Monday, and whether it is the first week shown of its month."""
        mondays = [week[0].date for week in self.weeks]
        return [
            (monday, index == 0 or monday.month != mondays[index - 1].month)
            for index, monday in enumerate(mondays)
        ]

    @property
    def days_studied(self) -> int:
        return sum(1 for week in self.weeks for day in week if day.answered)


def study_calendar(
    learner,
    *,
    weeks: int = CALENDAR_WEEKS,
    today: dt.date | None = None,
    totals: dict[dt.date, DayTotals] | None = None,
) -> StudyCalendar:
    """Answers per day over the last ``weeks`` weeks, ending with the current week; days
    after today are marked ``future`` (``totals``: the learner's ``day_totals``, if
    already read).

    Every answer counts, marks held back or not: it says the learner studied, not how well.
    """
    today = today or timezone.localdate()
    start = today - dt.timedelta(days=today.weekday(), weeks=weeks - 1)
    if totals is None:
        totals = day_totals(learner, since=start)
    calendar = []
    for week in range(weeks):
        days = [start + dt.timedelta(days=7 * week + offset) for offset in range(7)]
        calendar.append(
            [
                CalendarDay(day, totals[day].answered if day in totals else 0, future=day > today)
                for day in days
            ]
        )
    return StudyCalendar(calendar)


@dataclass
class ForecastDay:
    date: dt.date
    due: int


def review_forecast(
    learner, *, days: int = FORECAST_DAYS, today: dt.date | None = None
) -> list[ForecastDay]:
    """How many of the learner's cards fall due on each of the next ``days`` days, today
    first; cards already overdue count as due today. One query."""
    today = today or timezone.localdate()
    last = today + dt.timedelta(days=days - 1)
    counts: dict[dt.date, int] = defaultdict(int)
    rows = (
        ReviewCard.objects.of(learner)
        .servable()
        .filter(due__date__lte=last)
        .annotate(day=TruncDate("due"))
        .values("day")
        .annotate(cards=Count("pk"))
        .order_by()
        .values_list("day", "cards")
    )
    for day, cards in rows:
        counts[max(day, today)] += cards
    return [ForecastDay(day, counts[day]) for day in (today + dt.timedelta(n) for n in range(days))]
