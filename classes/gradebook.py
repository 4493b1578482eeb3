"""A class's gradebook and progress, built from a fixed number of queries whatever the
number of learners, assignments, sections and answers (no HTTP here: the pages and the CSV
export share it).

Rows are the class's active learners: a removed learner drops out of the gradebook,
but their attempts are kept and still open from an attempt's own address.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from django.contrib.auth import get_user_model
from django.contrib.auth.base_user import AbstractBaseUser
from django.db.models import Avg, Case, F, FloatField, QuerySet, When
from django.utils import timezone

from classes.models import Assignment, AssignmentGrade, Classroom, GradingMethod
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


class GradeSummary(NamedTuple):
    """What the gradebook reads of an ``AssignmentGrade``: tuples are built several
    times faster than model instances."""

    learner_id: int
    assignment_id: int
    submitted: int
    scored: int
    first_score: float | None
    last_score: float | None
    best_score: float | None
    score_sum: float


def _is_open(deadline: datetime | None, now: datetime) -> bool:
    """Whether an unsubmitted attempt with this deadline still takes answers."""
    return deadline is None or now < deadline


@dataclass
class Cell:
    """One learner's standing on one assignment."""

    assignment: Assignment
    learner_id: int
    attempt_count: int  # submitted or not
    grade: float | None
    status: str  # what the cell says when there is no grade


def _status(
    assignment: Assignment, attempt_count: int, unsubmitted: Sequence[datetime | None], now
) -> str:
    """``unsubmitted``: the deadlines of the cell's attempts not submitted yet."""
    # An attempt whose time ran out is submitted on the learner's next request; until
    # then it holds no grade, and the gradebook (read-only) does not submit it.
    if any(_is_open(deadline, now) for deadline in unsubmitted):
        return IN_PROGRESS
    if attempt_count or now >= assignment.due_at:
        return NOT_SUBMITTED
    return NOT_STARTED


@dataclass
class Row:
    learner: AbstractBaseUser
    cells: list[Cell]
    cells_html: str = ""  # set by the page for the rows it shows

    @property
    def average(self) -> float | None:
        """Mean over the assignments the learner has a grade for."""
        return _mean([cell.grade for cell in self.cells if cell.grade is not None])


@dataclass
class Column:
    assignment: Assignment
    average: float | None = None  # over the class's learners with a grade


@dataclass
class Gradebook:
    classroom: Classroom
    columns: list[Column]
    rows: list[Row]


def _grade_in_sql(assignments: Sequence[Assignment]) -> Case:
    """An ``AssignmentGrade``'s grade by its assignment's grading method, in SQL: the
    twin of ``Assignment.grade_from``, for averages the database takes."""
    scores = {
        GradingMethod.FIRST: F("first_score"),
        GradingMethod.LAST: F("last_score"),
        GradingMethod.HIGHEST: F("best_score"),
        GradingMethod.AVERAGE: F("score_sum") / F("scored"),
    }
    by_method: dict[str, list[int]] = defaultdict(list)
    for assignment in assignments:
        by_method[assignment.grading_method].append(assignment.pk)
    return Case(
        *[When(assignment__in=pks, then=scores[method]) for method, pks in by_method.items()],
        output_field=FloatField(),
    )


def _class_averages(classroom: Classroom, assignments: list[Assignment]) -> dict[int, float]:
    """Each assignment's mean grade over the class's active learners with one, by id."""
    if not assignments:
        return {}
    return dict(
        AssignmentGrade.objects.filter(
            assignment__in=[assignment.pk for assignment in assignments],
            learner__in=active_learners(classroom).order_by().values("pk"),
            scored__gt=0,
        )
        .values("assignment")
        .annotate(average=Avg(_grade_in_sql(assignments)))
        .order_by()
        .values_list("assignment", "average")
    )


def build_gradebook(
    classroom: Classroom,
    *,
    learners: Sequence[AbstractBaseUser] | None = None,
    now: datetime | None = None,
) -> Gradebook:
    """Every live assignment, soonest due first, with its class average, and a row of
    grades for each of ``learners`` (a page of the class's active learners; all of them
    by default), in five queries whatever the class's history: assignments, learners,
    their grades, their attempts not submitted yet (a few), and the averages.

    Grades come from ``AssignmentGrade``, a row per learner and assignment, and the
    averages over the whole class are taken by the database: a page reads its own
    learners' rows, as many for a class with a long history as for a new one."""
    now = now or timezone.now()
    assignments = list(classroom.assignments.live().order_by("due_at", "pk"))
    learners = list(active_learners(classroom) if learners is None else learners)
    # Ids, not joins: joined to the assignments and memberships, PostgreSQL's planner
    # misjudged the rows and paired every attempt with every learner.
    cells = {
        "assignment__in": [assignment.pk for assignment in assignments],
        "learner__in": [learner.pk for learner in learners],
    }
    grades = {
        (row.learner_id, row.assignment_id): row
        for row in map(
            GradeSummary._make,
            AssignmentGrade.objects.filter(**cells).values_list(*GradeSummary._fields),
        )
    }
    unsubmitted: dict[tuple[int, int], list[datetime | None]] = defaultdict(list)
    for learner_id, assignment_id, deadline in (
        Attempt.objects.filter(**cells)
        .in_progress()
        .order_by()
        .values_list("learner_id", "assignment_id", "deadline")
    ):
        unsubmitted[learner_id, assignment_id].append(deadline)
    averages = _class_averages(classroom, assignments)
    columns = [Column(assignment, averages.get(assignment.pk)) for assignment in assignments]
    rows = []
    for learner in learners:
        row_cells = []
        learner_id = learner.pk
        for assignment in assignments:
            summary = grades.get((learner_id, assignment.pk))
            open_deadlines = unsubmitted.get((learner_id, assignment.pk), ())
            count = len(open_deadlines) + (summary.submitted if summary else 0)
            grade = assignment.grade_from(summary)
            status = _status(assignment, count, open_deadlines, now)
            row_cells.append(Cell(assignment, learner_id, count, grade, status))
        rows.append(Row(learner, row_cells))
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
