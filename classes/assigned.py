"""What a learner sees of their classes' assignments: one row per assignment with its
status, grade and attempts, read in two queries however many there are."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from django.db.models import Prefetch

from classes.models import Assignment, AssignmentStatus, Extension
from quizzes.models import Attempt

# What needs the learner first: an attempt whose clock runs, then work still open to them,
# then what they missed, then what is done.
STATUS_ORDER = {
    AssignmentStatus.IN_PROGRESS: 0,
    AssignmentStatus.NOT_STARTED: 1,
    AssignmentStatus.OVERDUE: 2,
    AssignmentStatus.SUBMITTED: 3,
}


@dataclass(frozen=True)
class AssignedRow:
    assignment: Assignment
    status: str
    grade: float | None  # None too while feedback after the due date holds marks back
    marks_later: bool  # the grade is held back until the due date
    attempts_used: int
    can_start: bool
    due: datetime  # the learner's own due time: the class's, or later with an extension
    time_limit: int | None  # minutes, with any extension the learner was given


def assigned_rows(learner, now: datetime) -> list[AssignedRow]:
    """The learner's live assignments, most pressing first, then soonest due."""
    mine = Attempt.objects.of(learner).order_by("started_at", "pk")
    my_extensions = Extension.objects.filter(learner=learner)
    assignments = (
        Assignment.objects.assigned_to(learner)
        .with_last_due()
        .select_related("classroom")
        .prefetch_related(
            Prefetch("attempts", queryset=mine, to_attr="mine"),
            Prefetch("extensions", queryset=my_extensions, to_attr="my_extensions"),
        )
    )
    rows = [_row(assignment, now) for assignment in assignments]
    rows.sort(key=lambda row: (STATUS_ORDER[row.status], row.due, row.assignment.pk))
    return rows


def _row(assignment: Assignment, now: datetime) -> AssignedRow:
    extension = next(iter(assignment.my_extensions), None)
    attempts_used = len(assignment.mine)
    released = assignment.feedback_released(now)
    return AssignedRow(
        assignment=assignment,
        status=assignment.status_for(assignment.mine, now, extension),
        grade=assignment.final_grade(assignment.mine) if released else None,
        marks_later=not released,
        attempts_used=attempts_used,
        can_start=assignment.is_open(now, extension) and attempts_used < assignment.max_attempts,
        due=assignment.due_with(extension),
        time_limit=assignment.time_limit_with(extension),
    )


def status_counts(rows: list[AssignedRow]) -> dict[str, int]:
    """How many rows have each status, every status present (0 when none)."""
    counted = Counter(row.status for row in rows)
    return {status: counted[status] for status in STATUS_ORDER}
