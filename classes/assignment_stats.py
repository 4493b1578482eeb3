"""Item statistics of an assignment: which attempts count, the table of their marks, and
which questions look worth a second look.

Plain logic over attempts already loaded (each with its ``items`` and their questions);
the figures themselves come from ``quizzes.stats.item_statistics``.

Which attempts count follows Moodle's quiz statistics report: one attempt per learner by
the grading method (their first, their last, or their highest, the earliest of equal
highest ones), and every submitted attempt when the grade is an average.

Questions are drawn at random, so two attempts may not ask the same questions. When every
counted attempt asked the same ones, the whole table goes to ``item_statistics`` and the
quiz's internal consistency is defined. Otherwise each question is measured over the
attempts that asked it, as a two-column table: its mark, and the rest of that attempt
(the attempt's total minus this question). Facility, SD, discrimination index and
discriminative efficiency of the first column are then exactly the question's figures,
while internal consistency is left undefined: learners answered different quizzes.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from classes.models import GradingMethod
from quizzes.stats import QuestionStatistics, item_statistics

# Below this many attempts a question's figures say more about chance than about it.
MIN_ATTEMPTS_TO_JUDGE = 5
# A discrimination index under 20 (Moodle's own guidance: under 20 is weak) or below 0.
WEAK_DISCRIMINATION = 20.0
# Almost everyone right, or almost no one: such a question tells learners apart little.
TOO_EASY = 0.95
TOO_HARD = 0.10


@dataclass(frozen=True)
class QuestionFigures:
    """One question's figures; ``None`` where a figure is undefined."""

    question: object
    attempts: int
    facility: float | None
    sd: float | None
    discrimination_index: float | None
    discriminative_efficiency: float | None

    @property
    def judged(self) -> bool:
        """Enough attempts to say whether the question needs a look."""
        return self.attempts >= MIN_ATTEMPTS_TO_JUDGE

    @property
    def concerns(self) -> list[str]:
        """Why the question is a candidate to review; empty if it looks sound (or cannot
        be judged yet)."""
        if not self.judged:
            return []
        found = []
        index = self.discrimination_index
        if index is not None and index < 0:
            found.append(
                "Negative discrimination: learners who did worse on the rest of the quiz "
                "did better on this question. Check its answer key."
            )
        elif index is not None and index < WEAK_DISCRIMINATION:
            found.append("Weak discrimination: it barely separates stronger from weaker learners.")
        if self.facility is not None and self.facility > TOO_EASY:
            found.append("Very easy: almost every learner got it right.")
        if self.facility is not None and self.facility < TOO_HARD:
            found.append("Very hard: almost no learner got it right.")
        return found


@dataclass(frozen=True)
class AssignmentStatistics:
    """Figures for the counted attempts. Scores (``mean``, ``median``, ``sd``) are in
    percent of each attempt's questions."""

    attempts: int
    same_questions: bool
    mean: float | None
    median: float | None
    sd: float | None
    internal_consistency: float | None
    questions: list[QuestionFigures]

    @property
    def to_review(self) -> int:
        return sum(1 for figures in self.questions if figures.concerns)


def counted_attempts(grading_method: str, submitted: Sequence) -> list:
    """The attempts of one learner (submitted ones, oldest first) that count for the
    grade by ``grading_method``."""
    if not submitted:
        return []
    match grading_method:
        case GradingMethod.AVERAGE:
            return list(submitted)
        case GradingMethod.FIRST:
            return [submitted[0]]
        case GradingMethod.LAST:
            return [submitted[-1]]
        case GradingMethod.HIGHEST:
            # max() keeps the first of equal scores: the earliest, as Moodle does.
            return [max(submitted, key=_score)]
    raise ValueError(f"Unknown grading method {grading_method!r}.")


def graded_attempts(grading_method: str, attempts_by_learner: Iterable[Sequence]) -> list:
    """Every learner's counted attempts, from each learner's attempts (oldest first)."""
    counted = []
    for attempts in attempts_by_learner:
        submitted = [attempt for attempt in attempts if attempt.submitted_at is not None]
        counted += counted_attempts(grading_method, submitted)
    return counted


def assignment_statistics(attempts: Sequence) -> AssignmentStatistics:
    """Item statistics over ``attempts`` (each with its items loaded)."""
    marks = [_marks(attempt) for attempt in attempts]
    questions = _questions_in_order(attempts)
    scores = [100 * math.fsum(row.values()) / len(row) for row in marks if row]
    asked = {frozenset(row) for row in marks}
    same_questions = len(asked) == 1 and bool(questions)
    if same_questions:
        table = [[row[pk] for pk in questions] for row in marks]
        result = item_statistics(table, 1.0)
        figures = [
            _figures(question, len(table), stats)
            for question, stats in zip(questions.values(), result.questions, strict=True)
        ]
        consistency = result.internal_consistency
    else:
        figures = [_figures_alone(pk, question, marks) for pk, question in questions.items()]
        consistency = None
    return AssignmentStatistics(
        attempts=len(attempts),
        same_questions=same_questions,
        mean=statistics.fmean(scores) if scores else None,
        median=statistics.median(scores) if scores else None,
        sd=statistics.stdev(scores) if len(scores) > 1 else None,
        internal_consistency=consistency,
        questions=figures,
    )


def _figures_alone(pk: int, question, marks: list[dict[int, float]]) -> QuestionFigures:
    """The question over the attempts that asked it: its mark beside the rest."""
    rows = [row for row in marks if pk in row]
    table = [[row[pk], math.fsum(row.values()) - row[pk]] for row in rows]
    rest_maximum = max(len(row) - 1 for row in rows)
    result = item_statistics(table, [1.0, rest_maximum])
    return _figures(question, len(table), result.questions[0])


def _figures(question, attempts: int, stats: QuestionStatistics) -> QuestionFigures:
    return QuestionFigures(
        question=question,
        attempts=attempts,
        facility=stats.facility,
        sd=stats.sd,
        discrimination_index=stats.discrimination_index,
        discriminative_efficiency=stats.discriminative_efficiency,
    )


def _marks(attempt) -> dict[int, float]:
    """The attempt's mark for each question it asked, 0 to 1 (unanswered: 0)."""
    return {item.question_id: _mark(item) for item in attempt.items.all()}


def _mark(item) -> float:
    if item.credit is not None:
        return item.credit
    return 1.0 if item.correct else 0.0


def _questions_in_order(attempts: Sequence) -> dict[int, object]:
    """Every question asked, by id, in the order the attempts first asked them."""
    questions: dict[int, object] = {}
    for attempt in attempts:
        for item in sorted(attempt.items.all(), key=lambda item: item.position):
            questions.setdefault(item.question_id, item.question)
    return questions


def _score(attempt) -> float:
    if not attempt.question_count:
        return 0.0
    return attempt.correct_count / attempt.question_count
