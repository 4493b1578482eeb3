"""Models of the quizzes app: the question bank, learners' attempts and review cards."""

from quizzes.models.attempts import Attempt, AttemptItem
from quizzes.models.bank import (
    MIN_CHOICES,
    GenerationRun,
    Question,
    QuestionQuerySet,
    QuestionSet,
    QuestionSetItem,
    has_valid_choices,
    question_fingerprint,
)
from quizzes.models.jobs import GenerationJob
from quizzes.models.progress import AnswerSlot, LatestAnswer
from quizzes.models.review import ReviewCard

__all__ = [
    "MIN_CHOICES",
    "AnswerSlot",
    "Attempt",
    "AttemptItem",
    "GenerationJob",
    "GenerationRun",
    "LatestAnswer",
    "Question",
    "QuestionQuerySet",
    "QuestionSet",
    "QuestionSetItem",
    "ReviewCard",
    "has_valid_choices",
    "question_fingerprint",
]
