"""Summaries of a learner's answers for the progress pages, kept as attempts are submitted
so that the dashboard reads as much for a learner with years of answers as for a new one.

Both count the answers of submitted attempts only: the few attempts still open are read
from their items (``quizzes.progress``). "Marked" answers are those whose marks the
learner may see: their attempt's reviews are scheduled (``Attempt.reviews_scheduled_at``),
at submission or once an assignment holding its marks back is past its due date.

Kept by ``quizzes.attempts`` in the transaction that submits or releases the attempt,
filled by migration ``quizzes.0008`` for older answers and by ``rebuild`` (scale seeding,
tests writing rows directly); ``tests/attempts/test_progress_summaries.py`` checks that
they agree with the answers.
"""

from collections.abc import Iterable
from datetime import datetime, timedelta

from django.conf import settings
from django.db import connection, models

from quizzes.models.attempts import AttemptItem

# Answers are counted per quarter of an hour (UTC), not per day: a day depends on the
# learner's time zone, which they can change, and every zone's offset is a whole number
# of quarter hours, so each slot lies within one day of any zone.
SLOT_MINUTES = 15


def slot_of(moment: datetime) -> datetime:
    """The start of the quarter hour holding ``moment``."""
    return moment - timedelta(
        minutes=moment.minute % SLOT_MINUTES,
        seconds=moment.second,
        microseconds=moment.microsecond,
    )


def _upsert(model, columns: list[str], rows: list[tuple], conflict: list[str], update: str):
    """INSERT ... ON CONFLICT DO UPDATE, which PostgreSQL and SQLite both speak: two
    submissions by one learner at the same moment add to the same row, never lose one."""
    if not rows:
        return
    # In key order: two transactions upserting rows of one learner lock them in the same
    # order, so one waits for the other instead of deadlocking.
    key = [columns.index(column) for column in conflict]
    rows = sorted(rows, key=lambda row: [row[index] for index in key])
    table = connection.ops.quote_name(model._meta.db_table)
    one = f"({', '.join(['%s'] * len(columns))})"
    for start in range(0, len(rows), 500):
        batch = rows[start : start + 500]
        sql = (
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES {', '.join([one] * len(batch))} "
            f"ON CONFLICT ({', '.join(conflict)}) DO UPDATE SET {update}"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [value for row in batch for value in row])


def _when(moment: datetime):
    return connection.ops.adapt_datetimefield_value(moment)


class AnswerSlotQuerySet(models.QuerySet):
    def of(self, learner) -> "AnswerSlotQuerySet":
        return self.filter(learner=learner)

    def add(self, learner_id: int, items: Iterable[AttemptItem], *, answered: bool, marked: bool):
        """Count answered ``items`` in: as answers given (``answered``), as answers whose
        marks are shown (``marked``), or both."""
        totals: dict[datetime, list[int]] = {}
        for item in items:
            counts = totals.setdefault(slot_of(item.answered_at), [0, 0, 0])
            counts[0] += answered
            counts[1] += marked
            counts[2] += marked and bool(item.correct)
        table = connection.ops.quote_name(self.model._meta.db_table)
        _upsert(
            self.model,
            ["learner_id", "starts_at", "answered", "marked", "marked_correct"],
            [(learner_id, _when(slot), *counts) for slot, counts in totals.items()],
            ["learner_id", "starts_at"],
            ", ".join(
                f"{column} = {table}.{column} + excluded.{column}"
                for column in ("answered", "marked", "marked_correct")
            ),
        )


class AnswerSlot(models.Model):
    """A learner's answers in one quarter hour: every answer of their submitted attempts
    (the study calendar and streak), and those whose marks they may see (accuracy)."""

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="answer_slots"
    )
    starts_at = models.DateTimeField()
    answered = models.PositiveIntegerField(default=0)
    marked = models.PositiveIntegerField(default=0)
    marked_correct = models.PositiveIntegerField(default=0)

    objects = AnswerSlotQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["learner", "starts_at"], name="answer_slot_unique"),
            models.CheckConstraint(
                condition=models.Q(marked_correct__lte=models.F("marked")),
                name="answer_slot_correct_within_marked",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.learner} at {self.starts_at:%Y-%m-%d %H:%M}: {self.answered}"


class LatestAnswerQuerySet(models.QuerySet):
    def of(self, learner) -> "LatestAnswerQuerySet":
        return self.filter(learner=learner)

    def record(self, learner_id: int, items: Iterable[AttemptItem]) -> None:
        """Make answered ``items`` (whose marks are shown) the latest answers to their
        questions, unless a later answer is already recorded: an assignment's answers
        can be released after the learner answered the same question in practice."""
        latest: dict[int, AttemptItem] = {}
        for item in items:
            held = latest.get(item.question_id)
            if held is None or (item.answered_at, item.pk) > (held.answered_at, held.pk):
                latest[item.question_id] = item
        table = connection.ops.quote_name(self.model._meta.db_table)
        _upsert(
            self.model,
            ["learner_id", "question_id", "item_id", "answered_at", "correct"],
            [
                (learner_id, item.question_id, item.pk, _when(item.answered_at), item.correct)
                for item in latest.values()
            ],
            ["learner_id", "question_id"],
            "item_id = excluded.item_id, answered_at = excluded.answered_at, "
            "correct = excluded.correct "
            f"WHERE excluded.answered_at > {table}.answered_at OR "
            f"(excluded.answered_at = {table}.answered_at "
            f"AND excluded.item_id > {table}.item_id)",
        )


class LatestAnswer(models.Model):
    """A learner's latest answer, among those whose marks they may see, to one question:
    what mastery is made of."""

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="latest_answers"
    )
    question = models.ForeignKey(
        "quizzes.Question", on_delete=models.CASCADE, related_name="latest_answers"
    )
    # Answers are deleted only with their learner, and this row with them; without a
    # cascade from the item, deleting a learner's million answers stays one statement.
    item = models.ForeignKey(
        AttemptItem, on_delete=models.DO_NOTHING, db_constraint=False, related_name="+"
    )
    answered_at = models.DateTimeField()
    correct = models.BooleanField()

    objects = LatestAnswerQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["learner", "question"], name="latest_answer_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.learner} · {self.question}: {'right' if self.correct else 'wrong'}"


def rebuild(learner_ids: Iterable[int]) -> None:
    """Count ``learners``' submitted answers into both summaries afresh (for the scale
    seeding and tests that write attempts directly; the data migration does the same)."""
    learner_ids = list(learner_ids)
    AnswerSlot.objects.filter(learner__in=learner_ids).delete()
    LatestAnswer.objects.filter(learner__in=learner_ids).delete()
    items = (
        AttemptItem.objects.filter(
            attempt__learner__in=learner_ids,
            attempt__submitted_at__isnull=False,
            answered_at__isnull=False,
        )
        .select_related(None)
        .only("question_id", "answered_at", "correct", "attempt_id")
        .annotate(
            learner_id=models.F("attempt__learner_id"),
            released_at=models.F("attempt__reviews_scheduled_at"),
        )
        .order_by()
    )
    by_learner: dict[int, list[AttemptItem]] = {}
    for item in items.iterator(chunk_size=5000):
        by_learner.setdefault(item.learner_id, []).append(item)
    for learner_id, answers in by_learner.items():
        released = [item for item in answers if item.released_at is not None]
        held_back = [item for item in answers if item.released_at is None]
        AnswerSlot.objects.add(learner_id, released, answered=True, marked=True)
        AnswerSlot.objects.add(learner_id, held_back, answered=True, marked=False)
        LatestAnswer.objects.record(learner_id, released)
