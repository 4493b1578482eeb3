"""Classes: a group of learners taught by one or more instructors, joined with a code.

A learner who is removed keeps their membership row, archived (``archived_at``), and every
attempt they made: nothing a learner did is deleted with the membership.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Max, Min, Q
from django.db.models.functions import Coalesce, Greatest
from django.urls import reverse

from quizzes.models.attempts import Attempt, Presentation

# Letters and digits that cannot be mistaken for one another when read aloud or copied from
# a board: no 0/O, no 1/I/L (codes are upper case, so no lower-case l either).
JOIN_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
JOIN_CODE_LENGTH = 6  # 31**6, close to 900 million codes
NAME_MAX_LENGTH = 100


def new_join_code() -> str:
    """A random join code; whether it is free is for the database's unique constraint."""
    return "".join(secrets.choice(JOIN_CODE_ALPHABET) for _ in range(JOIN_CODE_LENGTH))


def normalize_join_code(text: str) -> str:
    """What a learner typed, as stored: upper case, without spaces or hyphens."""
    return "".join(text.split()).replace("-", "").upper()


class ClassroomQuerySet(models.QuerySet):
    def live(self) -> ClassroomQuerySet:
        """Classes not deleted (deleting one archives it)."""
        return self.filter(archived_at__isnull=True)

    def managed_by(self, user) -> ClassroomQuerySet:
        """Live classes ``user`` manages: staff all of them, instructors those they teach,
        anyone else none."""
        if not (user.is_authenticated and user.is_active):
            return self.none()
        if user.is_staff:
            return self.live()
        if user.is_instructor:
            return self.live().filter(instructors=user)
        return self.none()

    def joined_by(self, user) -> ClassroomQuerySet:
        """Live classes ``user`` is an active (not removed) learner of."""
        return self.live().filter(memberships__learner=user, memberships__archived_at__isnull=True)

    def with_assignment_summary(self, now: datetime) -> ClassroomQuerySet:
        """Annotate ``open_assignments`` (open at ``now``) and ``next_due`` (the soonest due
        time still ahead), counting live assignments only."""
        live = Q(assignments__archived_at__isnull=True)
        ahead = live & Q(assignments__due_at__gt=now)
        is_open = ahead & Q(assignments__opens_at__lte=now)
        return self.annotate(
            open_assignments=Count("assignments", filter=is_open, distinct=True),
            next_due=Min("assignments__due_at", filter=ahead),
        )

    def with_learner_count(self) -> ClassroomQuerySet:
        active = Q(memberships__archived_at__isnull=True)
        return self.annotate(learner_count=Count("memberships", filter=active, distinct=True))


class Classroom(models.Model):
    """A class (``class`` is a Python keyword, hence the name)."""

    name = models.CharField(max_length=NAME_MAX_LENGTH, help_text="Shown to its learners.")
    join_code = models.CharField(
        max_length=JOIN_CODE_LENGTH,
        unique=True,
        help_text="Learners join with it. Regenerating it makes the old one stop working.",
    )
    instructors = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        related_name="taught_classes",
        help_text="Who manages the class: its creator and any co-instructors.",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        help_text="The instructor who created the class.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    code_changed_at = models.DateTimeField(
        null=True, blank=True, help_text="When the join code was last regenerated."
    )
    archived_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="When an instructor deleted the class; its code no longer joins it, "
        "and its learners' attempts are kept.",
    )

    objects = ClassroomQuerySet.as_manager()

    class Meta:
        verbose_name = "class"
        verbose_name_plural = "classes"
        ordering = ["name", "pk"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("classes:detail", args=[self.pk])

    def get_join_url(self) -> str:
        """The join form with the code filled in, to share as a link."""
        return f"{reverse('classes:join')}?code={self.join_code}"


class MembershipQuerySet(models.QuerySet):
    def active(self) -> MembershipQuerySet:
        return self.filter(archived_at__isnull=True)


class Membership(models.Model):
    """A learner in a class. Removing them archives this row; it is never deleted, and
    joining again with the code makes it active again."""

    classroom = models.ForeignKey(Classroom, on_delete=models.CASCADE, related_name="memberships")
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="class_memberships"
    )
    joined_at = models.DateTimeField(help_text="When the learner last joined.")
    archived_at = models.DateTimeField(
        null=True, blank=True, help_text="When an instructor removed the learner; empty if active."
    )
    archived_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="Who removed the learner.",
    )

    objects = MembershipQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["classroom", "learner"], name="classes_one_membership_per_learner"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.learner} in {self.classroom}"

    def get_absolute_url(self) -> str:
        return self.classroom.get_absolute_url()

    @property
    def is_active(self) -> bool:
        return self.archived_at is None


class GradingMethod(models.TextChoices):
    """How a learner's attempts at an assignment make one grade."""

    HIGHEST = "highest", "Highest attempt"
    AVERAGE = "average", "Average of attempts"
    FIRST = "first", "First attempt"
    LAST = "last", "Last attempt"


class Selection(models.TextChoices):
    """How an assignment's questions are chosen for each attempt."""

    RANDOM = "random", "At random: a number of questions from each section"
    HAND_PICKED = "hand_picked", "Hand-picked: the approved questions I choose"


class FeedbackTiming(models.TextChoices):
    """When a learner sees the marks and answers of an attempt at an assignment."""

    IMMEDIATELY = "immediately", "Immediately, after each answer"
    AFTER_SUBMISSION = "after_submission", "After the learner submits"
    AFTER_DUE = "after_due", "After the due date"


def all_presentations() -> list[str]:
    return list(Presentation.values)


class AssignmentQuerySet(models.QuerySet):
    def live(self) -> AssignmentQuerySet:
        """Assignments not deleted (deleting one archives it)."""
        return self.filter(archived_at__isnull=True)

    def with_last_due(self) -> AssignmentQuerySet:
        """Annotate ``last_due_at`` (see ``Assignment.last_due``), so listing assignments
        costs no query per assignment for it."""
        latest_extension = Max("extensions__due_at")
        return self.annotate(last_due_at=Greatest("due_at", Coalesce(latest_extension, "due_at")))

    def assigned_to(self, user) -> AssignmentQuerySet:
        """Live assignments of the classes ``user`` is an active learner of."""
        return self.live().filter(classroom__in=Classroom.objects.joined_by(user))


class Assignment(models.Model):
    """A quiz set to a class, from chosen sections of one document, between ``opens_at``
    and ``due_at``: each attempt draws ``per_section`` questions at random from each
    section, or serves the hand-picked ``questions``, in the allowed ``presentations``.

    Deleting an assignment archives it (``archived_at``); its attempts are kept."""

    classroom = models.ForeignKey(Classroom, on_delete=models.CASCADE, related_name="assignments")
    title = models.CharField(max_length=NAME_MAX_LENGTH, help_text="Shown to the learners.")
    document = models.ForeignKey(
        "content.Document", on_delete=models.PROTECT, related_name="assignments"
    )
    sections = models.ManyToManyField(
        "content.Section", related_name="assignments", help_text="Where questions are drawn."
    )
    selection = models.CharField(
        max_length=20,
        choices=Selection.choices,
        default=Selection.RANDOM,
        help_text="Questions drawn at random for each attempt, or the hand-picked ones.",
    )
    per_section = models.PositiveSmallIntegerField(
        default=5,
        help_text="Questions drawn at random from each section, for each attempt "
        "(random selection only).",
    )
    questions = models.ManyToManyField(
        "quizzes.Question",
        blank=True,
        related_name="assignments",
        help_text="The approved questions every attempt serves (hand-picked selection only).",
    )
    shuffle_questions = models.BooleanField(
        default=True,
        help_text="Each attempt orders its questions at random; otherwise in reading order.",
    )
    presentations = models.JSONField(
        default=all_presentations,
        help_text="The formats questions may be asked in (a non-empty list).",
    )
    feedback = models.CharField(
        max_length=20,
        choices=FeedbackTiming.choices,
        default=FeedbackTiming.AFTER_SUBMISSION,
        help_text="When learners see their marks and the right answers.",
    )
    opens_at = models.DateTimeField(help_text="From when learners can start it.")
    due_at = models.DateTimeField(help_text="No answer is accepted after this time.")
    time_limit_minutes = models.PositiveIntegerField(
        null=True, blank=True, help_text="Minutes from the start of an attempt; empty for none."
    )
    max_attempts = models.PositiveSmallIntegerField(
        default=1, help_text="How many attempts each learner may start."
    )
    grading_method = models.CharField(
        max_length=10, choices=GradingMethod.choices, default=GradingMethod.HIGHEST
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    archived_at = models.DateTimeField(
        null=True, blank=True, help_text="When it was deleted; its attempts are kept."
    )

    objects = AssignmentQuerySet.as_manager()

    class Meta:
        ordering = ["due_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(due_at__gt=models.F("opens_at")), name="assignment_due_after_opening"
            ),
            models.CheckConstraint(
                condition=Q(max_attempts__gte=1), name="assignment_at_least_one_attempt"
            ),
            models.CheckConstraint(
                condition=Q(per_section__gte=1), name="assignment_at_least_one_per_section"
            ),
            models.CheckConstraint(
                condition=Q(time_limit_minutes__isnull=True) | Q(time_limit_minutes__gt=0),
                name="assignment_time_limit_positive",
            ),
            models.CheckConstraint(
                condition=Q(selection__in=Selection.values), name="assignment_selection_valid"
            ),
            models.CheckConstraint(
                condition=Q(feedback__in=FeedbackTiming.values), name="assignment_feedback_valid"
            ),
            # Which values the list holds is for clean(); that it is not empty, for the
            # database: an assignment nothing can be asked in is never saved.
            models.CheckConstraint(
                condition=~Q(presentations=[]), name="assignment_some_presentation"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_edit_url(self) -> str:
        return reverse("classes:assignment_edit", args=[self.classroom_id, self.pk])

    def clean(self) -> None:
        if not isinstance(self.presentations, list) or not self.presentations:
            raise ValidationError({"presentations": "Allow at least one format."})
        unknown = set(self.presentations) - set(Presentation.values)
        if unknown:
            raise ValidationError(
                {"presentations": f"Unknown formats: {', '.join(sorted(map(str, unknown)))}."}
            )

    @property
    def presentation_labels(self) -> list[str]:
        return [Presentation(value).label for value in self.presentations]

    @property
    def is_hand_picked(self) -> bool:
        return self.selection == Selection.HAND_PICKED

    def feedback_released(self, now: datetime) -> bool:
        """Whether a submitted attempt's marks, score and answers may be shown now. With
        feedback after the due date: once every learner's due time has passed, extensions
        included, since a key seen early could be passed on to a classmate still working.
        The query twin is ``AttemptQuerySet.marks_withheld``."""
        return self.feedback != FeedbackTiming.AFTER_DUE or now >= self.last_due()

    def last_due(self) -> datetime:
        """The latest due time of anyone in the class: the class's, or a later one an
        extension gives. Read from ``with_last_due()`` where assignments are listed."""
        if hasattr(self, "last_due_at"):
            return self.last_due_at
        latest = self.extensions.aggregate(latest=Max("due_at"))["latest"]
        return self.due_at if latest is None else max(self.due_at, latest)

    def is_open(self, now: datetime, extension: Extension | None = None) -> bool:
        return self.opens_at <= now < self.due_with(extension)

    def deadline_from(self, started: datetime, extension: Extension | None = None) -> datetime:
        """When an attempt started at ``started`` closes: the due time or the end of the
        time limit, whichever comes first (both as ``extension`` moves them)."""
        due, limit = self.due_with(extension), self.time_limit_with(extension)
        if limit is None:
            return due
        return min(due, started + timedelta(minutes=limit))

    def due_with(self, extension: Extension | None) -> datetime:
        """The due time for the learner of ``extension``. An extension only ever gives
        more time: if the class's due time later moves past it, the class's holds."""
        if extension is None or extension.due_at is None:
            return self.due_at
        return max(self.due_at, extension.due_at)

    def time_limit_with(self, extension: Extension | None) -> int | None:
        """The time limit, in minutes, for the learner of ``extension``."""
        if extension is None or extension.time_limit_minutes is None:
            return self.time_limit_minutes
        if self.time_limit_minutes is None:
            return None  # no limit is longer than any limit
        return max(self.time_limit_minutes, extension.time_limit_minutes)

    def extension_for(self, learner) -> Extension | None:
        return self.extensions.filter(learner=learner).first()

    def due_for(self, learner) -> datetime:
        """The due time that holds for ``learner``: theirs if they have an extension."""
        return self.due_with(self.extension_for(learner))

    def deadline_for(self, learner, started: datetime) -> datetime:
        """When ``learner``'s attempt started at ``started`` closes."""
        return self.deadline_from(started, self.extension_for(learner))

    def final_grade(self, attempts: Sequence) -> float | None:
        """The grade, in percent, that submitted ``attempts`` (oldest first) give by the
        grading method; None before any is submitted."""
        summary = AssignmentGrade(submitted=0, scored=0)
        for attempt in attempts:
            if attempt.submitted_at is not None:
                summary.count(attempt.correct_count, attempt.question_count)
        return self.grade_from(summary)

    def grade_from(self, summary: AssignmentGrade | None) -> float | None:
        """The grade, in percent, by the grading method from a learner's
        ``AssignmentGrade`` (or a tuple of its fields, as the gradebook reads them);
        None while nothing submitted has a score."""
        if summary is None or not summary.scored:
            return None
        match self.grading_method:
            case GradingMethod.HIGHEST:
                return summary.best_score
            case GradingMethod.AVERAGE:
                return summary.score_sum / summary.scored
            case GradingMethod.FIRST:
                return summary.first_score
            case GradingMethod.LAST:
                return summary.last_score
        raise ValueError(f"Unknown grading method {self.grading_method!r}.")

    def grade_for(self, learner) -> float | None:
        return self.final_grade(self.attempts.filter(learner=learner).order_by("started_at", "pk"))

    def status_for(
        self, attempts: Sequence, now: datetime, extension: Extension | None = None
    ) -> str:
        """What the learner sees of it, from their attempts at it (and their extension)."""
        if any(attempt.submitted_at is None and now < attempt.deadline for attempt in attempts):
            return AssignmentStatus.IN_PROGRESS
        if any(attempt.submitted_at is not None for attempt in attempts):
            return AssignmentStatus.SUBMITTED
        if now >= self.due_with(extension):
            return AssignmentStatus.OVERDUE
        return AssignmentStatus.NOT_STARTED


class AssignmentStatus(models.TextChoices):
    NOT_STARTED = "not_started", "Not started"
    IN_PROGRESS = "in_progress", "In progress"
    SUBMITTED = "submitted", "Submitted"
    OVERDUE = "overdue", "Overdue"


# The longest time limit an extension can give: a day.
MAX_TIME_LIMIT_MINUTES = 24 * 60


class Extension(models.Model):
    """More time for one learner at one assignment: a later due time, a longer time
    limit, or both. Attempts the learner starts, and the one they have open when it is
    granted, close by it."""

    assignment = models.ForeignKey(Assignment, on_delete=models.CASCADE, related_name="extensions")
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="assignment_extensions"
    )
    due_at = models.DateTimeField(
        null=True, blank=True, help_text="The learner's own due time; empty to keep the class's."
    )
    time_limit_minutes = models.PositiveIntegerField(
        null=True,
        blank=True,
        help_text="The learner's own time limit in minutes; empty to keep the class's.",
    )
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        help_text="The instructor who last granted or changed it.",
    )
    granted_at = models.DateTimeField(help_text="When it was last granted or changed.")

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["assignment", "learner"], name="classes_one_extension_per_learner"
            ),
            models.CheckConstraint(
                condition=Q(due_at__isnull=False) | Q(time_limit_minutes__isnull=False),
                name="extension_extends_something",
            ),
            models.CheckConstraint(
                condition=Q(time_limit_minutes__isnull=True)
                | Q(time_limit_minutes__gt=0, time_limit_minutes__lte=MAX_TIME_LIMIT_MINUTES),
                name="extension_time_limit_in_range",
            ),
        ]

    def __str__(self) -> str:
        return f"Extension for {self.learner} at {self.assignment}"

    def get_absolute_url(self) -> str:
        return reverse(
            "classes:extend",
            args=[self.assignment.classroom_id, self.assignment_id, self.learner_id],
        )


class AssignmentGradeQuerySet(models.QuerySet):
    def refresh(self, *, learner_id: int, assignment_id: int) -> AssignmentGrade | None:
        """Recount one learner's grade at one assignment from their submitted attempts
        (a handful: ``max_attempts``); the row goes when none is left. Called where an
        attempt is submitted, in its transaction. Two submissions never recount one cell
        at once: a learner has one attempt open at an assignment at most
        (``classes.services.start_assignment``), locked while it is submitted."""
        return self.rebuild(
            Attempt.objects.filter(learner_id=learner_id, assignment_id=assignment_id),
            cells=[(learner_id, assignment_id)],
        ).get((learner_id, assignment_id))

    def rebuild(
        self, attempts, *, cells: Sequence[tuple[int, int]] | None = None
    ) -> dict[tuple[int, int], AssignmentGrade]:
        """Recount the grades of every (learner, assignment) that ``attempts`` (assignment
        attempts) touch, and of ``cells`` too: those left without a submitted attempt
        lose their row. For the scale seeding and tests that write attempts directly
        (migration ``classes.0006`` does the same with its historical models); returns
        the rows by (learner id, assignment id)."""
        rows = (
            attempts.filter(assignment__isnull=False, submitted_at__isnull=False)
            .order_by("learner_id", "assignment_id", "started_at", "pk")
            .values_list("learner_id", "assignment_id", "correct_count", "question_count")
        )
        grades: dict[tuple[int, int], AssignmentGrade] = {}
        for learner_id, assignment_id, correct, questions in rows:
            grade = grades.get((learner_id, assignment_id))
            if grade is None:
                grade = grades[learner_id, assignment_id] = AssignmentGrade(
                    learner_id=learner_id, assignment_id=assignment_id, submitted=0, scored=0
                )
            grade.count(correct, questions)
        stale = set(cells or ()) - set(grades)
        for learner_id, assignment_id in stale:
            self.filter(learner_id=learner_id, assignment_id=assignment_id).delete()
        self.bulk_create(
            grades.values(),
            update_conflicts=True,
            unique_fields=["learner", "assignment"],
            update_fields=[
                "submitted",
                "scored",
                "first_score",
                "last_score",
                "best_score",
                "score_sum",
            ],
            batch_size=1000,
        )
        return grades


class AssignmentGrade(models.Model):
    """One learner's submitted attempts at one assignment, summed up so that the gradebook
    reads one row per cell, not every attempt of the class: the scores it takes to grade
    by any method (``Assignment.grade_from``), so a changed method needs no recount.

    Kept by ``quizzes.attempts.submit_attempt`` in the submission's transaction, filled by
    migration ``classes.0006`` for older attempts; ``tests/classes/test_grade_summary.py``
    checks that it agrees with the attempts."""

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="assignment_grades"
    )
    assignment = models.ForeignKey(Assignment, on_delete=models.CASCADE, related_name="grades")
    submitted = models.PositiveIntegerField(help_text="Submitted attempts.")
    scored = models.PositiveIntegerField(help_text="Submitted attempts with questions.")
    # Scores in percent, in the order the attempts were started; empty until one is scored.
    first_score = models.FloatField(null=True)
    last_score = models.FloatField(null=True)
    best_score = models.FloatField(null=True)
    score_sum = models.FloatField(default=0.0)

    objects = AssignmentGradeQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "assignment"], name="classes_one_grade_per_learner"
            ),
            models.CheckConstraint(
                condition=Q(submitted__gt=0, scored__lte=models.F("submitted")),
                name="grade_has_attempts",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.learner} at {self.assignment}"

    def count(self, correct: int, questions: int) -> None:
        """Count in one more submitted attempt (in the order they were started) that got
        ``correct`` of ``questions`` right; one without questions has no score."""
        self.submitted += 1
        if not questions:
            return
        score = 100 * correct / questions
        if not self.scored:
            self.first_score = self.best_score = score
            self.score_sum = 0.0
        self.scored += 1
        self.last_score = score
        self.best_score = max(self.best_score, score)
        self.score_sum += score
