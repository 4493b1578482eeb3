"""Spaced review: one FSRS card per learner and question, scheduled from their answers."""

import datetime as dt
import functools

from django.conf import settings
from django.db import connections, models
from django.db.models.expressions import RawSQL

from config.sql import first_row, names


class ReviewCardQuerySet(models.QuerySet):
    def of(self, learner) -> "ReviewCardQuerySet":
        return self.filter(learner=learner)

    def due(self, now) -> "ReviewCardQuerySet":
        return self.filter(due__lte=now)

    def servable(self) -> "ReviewCardQuerySet":
        """Cards of questions still served: a retired question, one on text a re-import
        archived, or a draft its document no longer serves keeps its card (history) but is
        not due for anything."""
        sql, params = _servable_question_ids_sql(self.db)
        return self.filter(question_id__in=RawSQL(sql, params))


class ReviewCardManager(models.Manager.from_queryset(ReviewCardQuerySet)):
    def due_count(self, learner, now: dt.datetime) -> int:
        """``ReviewCard.objects.of(learner).servable().due(now).count()``, by SQL
        written once per process and database. The navigation bar shows it on every page,
        and building that query through the ORM took a seventh of a question page."""
        sql, servable_params = _due_count_sql(self.db)
        due = ReviewCard._meta.get_field("due").get_db_prep_value(now, connections[self.db])
        return first_row(self.db, sql, (learner.pk, due, *servable_params))[0]


@functools.cache
def _servable_question_ids_sql(alias: str) -> tuple[str, tuple]:
    """``Question.objects.servable()``'s ids as SQL, compiled once per process and database.

    Every page counts the learner's due cards for the navigation bar. The condition for a
    servable question takes no parameter from the request, and building and compiling it
    through the ORM took three times as long as the database took to run the count.
    """
    from quizzes.models.bank import Question

    query = Question.objects.using(alias).servable().order_by().values("pk").query
    return query.get_compiler(alias).as_sql()


@functools.cache
def _due_count_sql(alias: str) -> tuple[str, tuple]:
    """The SQL of ``ReviewCardManager.due_count``: learner and time as its first two
    parameters, then the servable questions' own."""
    servable_sql, servable_params = _servable_question_ids_sql(alias)
    table, learner, due, question = names(ReviewCard, alias, "learner", "due", "question")
    sql = (
        f"SELECT COUNT(*) FROM {table} WHERE {learner} = %s AND {due} <= %s "
        f"AND {question} IN ({servable_sql})"
    )
    return sql, servable_params


class ReviewCard(models.Model):
    """The FSRS state of a question for a learner (see quizzes/review.py)."""

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="review_cards"
    )
    question = models.ForeignKey(
        "quizzes.Question", on_delete=models.CASCADE, related_name="review_cards"
    )
    due = models.DateTimeField(db_index=True, help_text="When the question is next due.")
    state = models.PositiveSmallIntegerField(help_text="FSRS state: learning, review, relearning.")
    step = models.PositiveSmallIntegerField(null=True, blank=True)
    stability = models.FloatField(null=True, blank=True)
    difficulty = models.FloatField(null=True, blank=True)
    last_review = models.DateTimeField(null=True, blank=True)
    reviews = models.PositiveIntegerField(default=0)
    lapses = models.PositiveIntegerField(default=0)

    objects = ReviewCardManager()

    class Meta:
        ordering = ["due", "pk"]
        indexes = [models.Index(fields=["learner", "due"])]
        constraints = [
            models.UniqueConstraint(fields=["learner", "question"], name="review_card_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.learner} · {self.question} (due {self.due:%Y-%m-%d})"
