"""A learner's attempt at a quiz: the questions it holds, fixed when it starts, and one
response per question."""

import functools

from django.conf import settings
from django.db import models
from django.db.models import Count, Q
from django.urls import reverse

from config.sql import first_row, names
from content.importers.limits import shorten

# Longest answer the server accepts, in characters. Answers are short facts; the cap keeps
# grading cheap whatever a browser sends (the page's maxlength is no protection).
MAX_ANSWER_LENGTH = 1000
TITLE_MAX_LENGTH = 300
FEEDBACK_MAX_LENGTH = 300


class Presentation(models.TextChoices):
    """How a question is shown in an attempt; one question can be shown several ways."""

    TYPED = "typed", "Typed answer"
    MULTIPLE_CHOICE = "multiple_choice", "Multiple choice"
    TRUE_FALSE = "true_false", "True or false"
    FILL_BLANK = "fill_blank", "Fill in the blank"


class AttemptQuerySet(models.QuerySet):
    def of(self, learner) -> "AttemptQuerySet":
        return self.filter(learner=learner)

    def in_progress(self) -> "AttemptQuerySet":
        return self.filter(submitted_at__isnull=True)

    def expired(self, now) -> "AttemptQuerySet":
        """Open attempts whose deadline has passed: to be submitted as they stand."""
        return self.in_progress().filter(deadline__lte=now)

    def submitted(self) -> "AttemptQuerySet":
        return self.filter(submitted_at__isnull=False)

    def resumable(self, learner, now) -> "Attempt | None":
        """The learner's latest attempt still open for answers (for "Continue where you
        left off"), with ``answered`` (its answers counted); None if there is none."""
        answered = Count("items", filter=Q(items__answered_at__isnull=False))
        return (
            self.of(learner)
            .in_progress()
            .exclude(deadline__lte=now)
            .annotate(answered=answered)
            .order_by("-started_at", "-pk")
            .first()
        )

    def marks_withheld(self, now) -> "AttemptQuerySet":
        """Attempts whose marks the learner may not see yet: the query twin of
        ``Assignment.feedback_released`` (feedback after the due date, and the class's
        due time or an extension's still ahead). Spelled with the stored value:
        classes.models imports this module, so it cannot import FeedbackTiming."""
        due_ahead = Q(assignment__due_at__gt=now) | Q(assignment__extensions__due_at__gt=now)
        return self.feedback_after_due().filter(due_ahead).distinct()

    def feedback_after_due(self) -> "AttemptQuerySet":
        """Attempts at assignments that show marks only after their due date: the only
        ones whose marks, and reviews, are ever held back."""
        return self.filter(assignment__feedback="after_due")


class Attempt(models.Model):
    class Kind(models.TextChoices):
        PRACTICE = "practice", "Practice"
        RETRY = "retry", "Retry of missed questions"
        REVIEW = "review", "Spaced review"
        ASSIGNMENT = "assignment", "Assignment"

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="attempts"
    )
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.PRACTICE)
    title = models.CharField(max_length=TITLE_MAX_LENGTH)
    immediate_feedback = models.BooleanField(
        default=True, help_text="Mark each answer as soon as it is given, not only at the end."
    )
    retry_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="retries"
    )
    assignment = models.ForeignKey(
        "classes.Assignment",
        null=True,
        blank=True,
        # Attempts are a learner's record: an assignment is archived, never deleted.
        on_delete=models.PROTECT,
        related_name="attempts",
    )
    deadline = models.DateTimeField(
        null=True,
        blank=True,
        help_text="No answer is accepted after it; empty for attempts without a deadline.",
    )
    started_at = models.DateTimeField(auto_now_add=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    reviews_scheduled_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="When its answers went into the learner's review cards: at submission, "
        "or once its marks are shown when an assignment holds them back until its due date.",
    )
    correct_count = models.PositiveIntegerField(default=0)
    question_count = models.PositiveIntegerField(default=0)

    objects = AttemptQuerySet.as_manager()

    class Meta:
        ordering = ["-started_at", "-pk"]
        indexes = [
            models.Index(fields=["learner", "-started_at"]),
            # Attempts still open, and submitted ones whose marks are held back: a few
            # among a learner's or a class's thousands, read on every dashboard and
            # gradebook. Partial, so they stay as small as what they find.
            models.Index(
                fields=["learner"],
                condition=Q(submitted_at__isnull=True),
                name="attempt_open_by_learner_idx",
            ),
            models.Index(
                fields=["assignment"],
                condition=Q(submitted_at__isnull=True),
                name="attempt_open_by_assignment_idx",
            ),
            models.Index(
                fields=["learner"],
                condition=Q(submitted_at__isnull=False, reviews_scheduled_at__isnull=True),
                name="attempt_marks_pending_idx",
            ),
            # A learner's attempts at their assignments (their list of assignments, the
            # dashboard's counts): found among their practice without reading it.
            models.Index(
                fields=["learner", "assignment"],
                condition=Q(assignment__isnull=False),
                name="attempt_assignments_idx",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(correct_count__lte=models.F("question_count")),
                name="attempt_correct_within_count",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs) -> None:
        # Titles are built from headings of any length; the column has a limit that
        # SQLite ignores and PostgreSQL enforces.
        self.title = shorten(self.title, TITLE_MAX_LENGTH)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("quizzes:attempt", kwargs={"pk": self.pk})

    @property
    def is_submitted(self) -> bool:
        return self.submitted_at is not None

    def is_expired(self, now) -> bool:
        return self.deadline is not None and now >= self.deadline

    def seconds_left(self, now) -> int | None:
        """Whole seconds until the deadline (never below 0); None without one."""
        if self.deadline is None:
            return None
        return max(0, int((self.deadline - now).total_seconds()))

    def answered_count(self) -> int:
        """How many of its questions have an answer saved (one query).

        ``self.items.filter(answered_at__isnull=False).count()``, by SQL written once per
        process and database: every question page and every autosave counts, and the ORM
        took longer to build that query than the database took to run it."""
        alias = self._state.db or "default"
        return first_row(alias, _answered_count_sql(alias), (self.pk,))[0]

    def feedback_visible(self, now) -> bool:
        """Whether the learner may see this attempt's marks, score and keys now (and
        retry the questions they missed). Practice shows them whenever asked; an
        assignment once the attempt is submitted, and with feedback after its due date
        not before that date (``Assignment.feedback_released``)."""
        if self.assignment_id is None:
            return True
        return self.is_submitted and self.assignment.feedback_released(now)

    @property
    def score_percent(self) -> int | None:
        if not self.is_submitted or not self.question_count:
            return None
        return round(100 * self.correct_count / self.question_count)


@functools.cache
def _answered_count_sql(alias: str) -> str:
    """The SQL of ``Attempt.answered_count``, with the attempt's id as its one parameter."""
    table, attempt, answered_at = names(AttemptItem, alias, "attempt", "answered_at")
    return f"SELECT COUNT(*) FROM {table} WHERE {attempt} = %s AND {answered_at} IS NOT NULL"


class AttemptItem(models.Model):
    """One question of an attempt, as it was presented, and the learner's response."""

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="items")
    position = models.PositiveIntegerField(help_text="Order in the attempt, from 0.")
    question = models.ForeignKey(
        "quizzes.Question", on_delete=models.PROTECT, related_name="attempt_items"
    )
    presentation = models.CharField(max_length=20, choices=Presentation.choices)
    # The question as it was served: an instructor may edit it later, and the learner's
    # history must keep showing (and grading against) what they answered.
    prompt = models.TextField(blank=True, help_text="The question's wording when it was served.")
    answer = models.TextField(blank=True, help_text="The key when it was served.")
    accepted_answers = models.JSONField(
        default=list, blank=True, help_text="Other answers accepted when it was served."
    )
    choices = models.JSONField(
        default=list, blank=True, help_text="Options in the order this attempt shows them."
    )
    statement = models.TextField(
        blank=True, help_text="For true or false: the statement shown to the learner."
    )
    statement_is_true = models.BooleanField(null=True, blank=True)
    given_answer = models.TextField(blank=True)
    answered_at = models.DateTimeField(null=True, blank=True)
    correct = models.BooleanField(null=True, blank=True)
    credit = models.FloatField(null=True, blank=True)
    feedback = models.CharField(max_length=FEEDBACK_MAX_LENGTH, blank=True)

    class Meta:
        ordering = ["attempt", "position"]
        indexes = [
            # A learner's answers, read by the dashboard (mastery, activity, streak) from
            # the index alone: with thousands of answers per learner, visiting each row
            # cost more than the rest of the page.
            models.Index(
                fields=["attempt", "answered_at", "question", "correct", "id"],
                name="attempt_item_answers_idx",
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["attempt", "position"], name="attempt_item_position_unique"
            ),
            models.UniqueConstraint(
                fields=["attempt", "question"], name="attempt_item_question_unique"
            ),
            models.CheckConstraint(
                condition=Q(credit__isnull=True) | Q(credit__gte=0, credit__lte=1),
                name="attempt_item_credit_range",
            ),
            models.CheckConstraint(
                condition=Q(answered_at__isnull=True, correct__isnull=True)
                | Q(answered_at__isnull=False, correct__isnull=False),
                name="attempt_item_graded_when_answered",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.attempt}: {self.position + 1}"

    def save(self, *args, **kwargs) -> None:
        self.feedback = self.fitted_feedback(self.feedback)
        super().save(*args, **kwargs)

    @staticmethod
    def fitted_feedback(feedback: str) -> str:
        """``feedback`` cut to its column: it quotes the answer and the key, either of
        which can be long (for ``save`` and for updates that bypass it)."""
        return shorten(feedback, FEEDBACK_MAX_LENGTH)

    def snapshot(self, question) -> "AttemptItem":
        """Copy the wording and key of ``question`` as it is served now."""
        self.prompt = question.prompt
        self.answer = question.answer
        self.accepted_answers = list(question.accepted_answers)
        return self

    @property
    def shown_prompt(self) -> str:
        """The wording the learner was shown (the question's own for items stored before
        snapshots were kept)."""
        return self.prompt or self.question.prompt

    @property
    def shown_answer(self) -> str:
        return self.answer or self.question.answer

    @property
    def shown_accepted_answers(self) -> list:
        return self.accepted_answers if self.answer else list(self.question.accepted_answers)

    @property
    def source_url(self) -> str:
        """The section page at the question's source passage.

        The block is named in the query too, so the page can still show the passage
        after a re-import archived it (or its whole section): history keeps its links.
        """
        section = self.question.section
        url = reverse(
            "content:section", kwargs={"slug": section.document.slug, "path": section.path}
        )
        block_id = self.question.block_id
        return url if block_id is None else f"{url}?block={block_id}#block-{block_id}"

    @property
    def source_sentence_url(self) -> str:
        """``source_url`` naming the source sentence too, which the section page marks
        and scrolls to (``#sentence``)."""
        question = self.question
        if question.block_id is None or question.source_start is None:
            return self.source_url
        base = self.source_url.split("#", 1)[0]
        return f"{base}&start={question.source_start}&end={question.source_end}#sentence"

    @property
    def is_answered(self) -> bool:
        return self.answered_at is not None
