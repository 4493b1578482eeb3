"""A class's gradebook and progress, built from a fixed number of queries whatever the
number of learners, assignments and sections (no HTTP here: the pages and the CSV
export share it).

Rows are the class's active learners: a removed learner drops out of the gradebook,
but their attempts are kept and still open from an attempt's own address.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import NamedTuple

from django.contrib.auth import get_user_model
from django.contrib.auth.base_user import AbstractBaseUser
from django.db.models import Case, QuerySet, When
from django.utils import timezone

from classes.models import Assignment, Classroom, GradingMethod
from content.models import Section
from quizzes import progress
from quizzes.models import Attempt

# What a cell without a grade says.
NOT_STARTED = "—"
IN_PROGRESS = "In progress"
NOT_SUBMITTED = "Not submitted"


def active_learners(classroom: Classroom) -> QuerySet:
    """The class's active (not removed) learners, by username."""
    return (
        get_user_model()
        .objects.filter(
            class_memberships__classroom=classroom, class_memberships__archived_at__isnull=True
        )
        .order_by("username", "pk")
    )


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


class AttemptSummary(NamedTuple):
    """What the gradebook reads of an attempt: a class's attempts are many, and tuples
    are built several times faster than model instances."""

    pk: int
    learner_id: int
    assignment_id: int
    submitted_at: datetime | None
    deadline: datetime | None  # only while open: a submitted attempt's is never read
    correct_count: int
    question_count: int


def _is_open(attempt: Attempt | AttemptSummary, now: datetime) -> bool:
    return attempt.submitted_at is None and (attempt.deadline is None or now < attempt.deadline)


@dataclass
class Cell:
    """One learner's standing on one assignment."""

    assignment: Assignment
    learner_id: int
    attempts: list[AttemptSummary]
    grade: float | None
    status: str  # what the cell says when there is no grade
    # Set by the page for the rows it shows.
    attempts_url: str = ""
    grade_text: str = ""


def _status(assignment: Assignment, attempts: Sequence[AttemptSummary], now: datetime) -> str:
    # An attempt whose time ran out is submitted on the learner's next request; until
    # then it holds no grade, and the gradebook (read-only) does not submit it.
    if any(_is_open(attempt, now) for attempt in attempts):
        return IN_PROGRESS
    if attempts or now >= assignment.due_at:
        return NOT_SUBMITTED
    return NOT_STARTED


@dataclass
class Row:
    learner: AbstractBaseUser
    cells: list[Cell]

    @property
    def average(self) -> float | None:
        """Mean over the assignments the learner has a grade for."""
        return _mean([cell.grade for cell in self.cells if cell.grade is not None])


@dataclass
class Column:
    assignment: Assignment
    grades: list[float] = field(default_factory=list)

    @property
    def average(self) -> float | None:
        """Mean over the learners with a grade."""
        return _mean(self.grades)


@dataclass
class Gradebook:
    classroom: Classroom
    columns: list[Column]
    rows: list[Row]


def build_gradebook(classroom: Classroom, *, now: datetime | None = None) -> Gradebook:
    """Every active learner's grade on every live assignment, soonest due first, in
    three queries (assignments, learners, attempts)."""
    now = now or timezone.now()
    assignments = list(classroom.assignments.live().order_by("due_at", "pk"))
    learners = list(active_learners(classroom))
    # Ids, not joins: joined to the assignments and memberships, PostgreSQL's planner
    # misjudged the rows and paired every attempt with every learner (a million rows
    # for a class of 200 with 100,000 attempts of their own).
    attempts = (
        Attempt.objects.filter(
            assignment__in=[assignment.pk for assignment in assignments],
            learner__in=[learner.pk for learner in learners],
        )
        .order_by("started_at", "pk")
        # Reading timestamps is most of the cost of a row: the deadline is read only
        # where it still matters.
        .annotate(open_deadline=Case(When(submitted_at__isnull=True, then="deadline")))
        .values_list(*AttemptSummary._fields[:4], "open_deadline", *AttemptSummary._fields[5:])
    )
    by_cell: dict[tuple[int, int], list[AttemptSummary]] = defaultdict(list)
    for row in attempts:
        attempt = AttemptSummary(*row)
        by_cell[attempt.learner_id, attempt.assignment_id].append(attempt)
    columns = [Column(assignment) for assignment in assignments]
    rows = []
    for learner in learners:
        cells = []
        learner_id = learner.pk
        for column in columns:
            assignment = column.assignment
            mine = by_cell.get((learner_id, assignment.pk), [])
            grade = assignment.final_grade(mine)
            if grade is not None:
                column.grades.append(grade)
            status = _status(assignment, mine, now)
            cells.append(Cell(assignment, learner_id, mine, grade, status))
        rows.append(Row(learner, cells))
    return Gradebook(classroom, columns, rows)


def counting_attempt(assignment: Assignment, attempts: Sequence[Attempt]) -> Attempt | None:
    """The attempt whose score is the grade (``attempts`` oldest first); None when the
    grading method averages them or none is graded yet."""
    graded = [attempt for attempt in attempts if attempt.score_percent is not None]
    if not graded or assignment.grading_method == GradingMethod.AVERAGE:
        return None
    match assignment.grading_method:
        case GradingMethod.FIRST:
            return graded[0]
        case GradingMethod.LAST:
            return graded[-1]
        case GradingMethod.HIGHEST:
            # max() keeps the first of equal scores: the earliest attempt to reach it.
            return max(graded, key=lambda attempt: attempt.correct_count / attempt.question_count)
    raise ValueError(f"Unknown grading method {assignment.grading_method!r}.")


@dataclass
class SectionProgress:
    """A section's mastery across the class: the share of (learner, question) pairs
    whose latest answer was right."""

    section: Section
    mastered: int
    possible: int

    @property
    def percent(self) -> int:
        return round(100 * self.mastered / self.possible) if self.possible else 0


@dataclass
class LearnerProgress:
    learner: AbstractBaseUser
    mastery: list[progress.SectionMastery]


@dataclass
class ClassProgress:
    sections: list[SectionProgress]
    learners: list[LearnerProgress]


def class_progress(classroom: Classroom) -> ClassProgress:
    """Mastery of the sections the class's live assignments draw from, weakest first,
    overall and per active learner (mastery as ``quizzes.progress`` defines it)."""
    sections = list(
        Section.objects.live()
        .filter(pk__in=classroom.assignments.live().values("sections"))
        .with_question_counts()
        .select_related("document")
        .order_by("document__title", "position")
    )
    learners = list(active_learners(classroom))
    mastery = progress.mastery_of_learners(learners, sections)
    totals = {section.pk: SectionProgress(section, 0, 0) for section in sections}
    for rows in mastery.values():
        for row in rows:
            totals[row.section.pk].mastered += row.mastered
            totals[row.section.pk].possible += row.questions
    weakest_first = sorted(totals.values(), key=lambda total: total.percent)
    order = {total.section.pk: index for index, total in enumerate(weakest_first)}
    return ClassProgress(
        sections=weakest_first,
        learners=[
            LearnerProgress(
                learner, sorted(mastery[learner.pk], key=lambda row: order[row.section.pk])
            )
            for learner in learners
        ],
    )
