"""Spaced review: one FSRS card per learner and question, scheduled from their answers."""

import functools

from django.conf import settings
from django.db import models
from django.db.models.expressions import RawSQL


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

    objects = ReviewCardQuerySet.as_manager()

    class Meta:
        ordering = ["due", "pk"]
        indexes = [models.Index(fields=["learner", "due"])]
        constraints = [
            models.UniqueConstraint(fields=["learner", "question"], name="review_card_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.learner} · {self.question} (due {self.due:%Y-%m-%d})"
