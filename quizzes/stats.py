"""Item statistics for a set of quiz attempts, as Moodle's quiz statistics report defines them.

Plain Python on purpose (no Django): the caller turns attempts into a table of marks, one
row per attempt and one column per question, and gets back figures an instructor can read.
Variances and covariances are sample figures (divided by n - 1), as Moodle's are.

Per question (see ``QuestionStatistics``):

- facility: the mean mark as a fraction of the question's maximum;
- sd: the standard deviation of the mark, as a fraction of the maximum;
- discrimination index: 100 x the correlation between the mark for this question and the
  mark for the rest of the quiz (the attempt's total minus this question);
- discriminative efficiency: 100 x the covariance of question and rest divided by the
  largest covariance they could have had, found by pairing the question's marks and the
  rest marks after sorting each;
- effective weight: this question's share of the spread of the totals, in percent.

Per quiz (see ``QuizStatistics``): mean, median and standard deviation of the totals, and the
coefficient of internal consistency (Cronbach's alpha in percent).
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

# Totals of float marks (a third, a tenth) can differ by rounding noise where the real sums
# are equal; a spread smaller than this is no spread, so it cannot become a correlation.
NO_SPREAD = 1e-12


@dataclass(frozen=True)
class QuestionStatistics:
    """Moodle's figures for one question; ``None`` wherever a figure is undefined.

    ``facility`` is ``None`` without attempts or when the maximum mark is 0. ``sd`` and the
    variances need two attempts. ``discrimination_index`` and ``discriminative_efficiency``
    are ``None`` when the question's marks or the rest of the quiz do not vary (every
    attempt scored the same), since a correlation with a constant is undefined.
    ``effective_weight`` is ``None`` when the question's covariance with the total is
    negative, or when no question's is positive.
    """

    facility: float | None
    sd: float | None
    discrimination_index: float | None
    discriminative_efficiency: float | None
    effective_weight: float | None
    # The intermediate figures, in marks (not fractions), as Moodle reports them.
    mark_variance: float | None
    rest_variance: float | None
    covariance: float | None
    covariance_max: float | None
    covariance_with_total: float | None


@dataclass(frozen=True)
class QuizStatistics:
    """The per-question figures, in question order, and figures for the attempts' totals.

    ``mean`` and ``median`` are ``None`` without attempts; ``sd`` needs two attempts.
    ``internal_consistency`` (Moodle's CIC, Cronbach's alpha in percent) needs two
    questions and totals that vary; it can be negative when questions disagree.
    """

    attempts: int
    questions: list[QuestionStatistics]
    mean: float | None
    median: float | None
    sd: float | None
    internal_consistency: float | None


def item_statistics(
    marks: Sequence[Sequence[float]], max_marks: Sequence[float] | float
) -> QuizStatistics:
    """Statistics for ``marks`` (one row per attempt, one mark per question).

    ``max_marks`` is each question's maximum mark, or one number for every question.
    """
    question_count = len(max_marks) if isinstance(max_marks, Sequence) else _row_length(marks)
    maxima = list(max_marks) if isinstance(max_marks, Sequence) else [max_marks] * question_count
    for row in marks:
        if len(row) != question_count:
            raise ValueError(f"every attempt needs {question_count} marks, one got {len(row)}")

    totals = [math.fsum(row) for row in marks]
    total_variance = _variance(totals)
    columns = [[row[index] for row in marks] for index in range(question_count)]
    covariances_with_total = [_covariance(column, totals) for column in columns]
    # Moodle shares the weight out among the questions that add to the spread of the total.
    weight_sum = math.fsum(math.sqrt(c) for c in covariances_with_total if c is not None and c >= 0)
    questions = [
        _question_statistics(column, totals, maximum, covariance_with_total, weight_sum)
        for column, maximum, covariance_with_total in zip(
            columns, maxima, covariances_with_total, strict=True
        )
    ]
    return QuizStatistics(
        attempts=len(marks),
        questions=questions,
        mean=statistics.fmean(totals) if totals else None,
        median=statistics.median(totals) if totals else None,
        sd=math.sqrt(total_variance) if total_variance is not None else None,
        internal_consistency=_internal_consistency(questions, total_variance),
    )


def _question_statistics(
    column: list[float],
    totals: list[float],
    maximum: float,
    covariance_with_total: float | None,
    weight_sum: float,
) -> QuestionStatistics:
    rest = [total - mark for total, mark in zip(totals, column, strict=True)]
    mark_variance = _variance(column)
    rest_variance = _variance(rest)
    covariance = _covariance(column, rest)
    # The best the question could have done: its highest marks beside the highest rests.
    covariance_max = _covariance(sorted(column), sorted(rest))

    discrimination_index = None
    if covariance is not None and _varies(mark_variance) and _varies(rest_variance):
        discrimination_index = 100 * covariance / math.sqrt(mark_variance * rest_variance)
    discriminative_efficiency = None
    if covariance is not None and covariance_max is not None and covariance_max > NO_SPREAD:
        discriminative_efficiency = 100 * covariance / covariance_max
    effective_weight = None
    if covariance_with_total is not None and covariance_with_total >= 0 and weight_sum:
        effective_weight = 100 * math.sqrt(covariance_with_total) / weight_sum

    has_maximum = bool(column) and maximum != 0
    facility = statistics.fmean(column) / maximum if has_maximum else None
    sd = None
    if has_maximum and mark_variance is not None:
        sd = math.sqrt(mark_variance) / maximum
    return QuestionStatistics(
        facility=facility,
        sd=sd,
        discrimination_index=discrimination_index,
        discriminative_efficiency=discriminative_efficiency,
        effective_weight=effective_weight,
        mark_variance=mark_variance,
        rest_variance=rest_variance,
        covariance=covariance,
        covariance_max=covariance_max,
        covariance_with_total=covariance_with_total,
    )


def _internal_consistency(
    questions: list[QuestionStatistics], total_variance: float | None
) -> float | None:
    """Cronbach's alpha in percent: 100 x p/(p-1) x (1 - sum of item variances / total variance)."""
    count = len(questions)
    if count < 2 or not _varies(total_variance):
        return None
    item_variance = math.fsum(q.mark_variance or 0.0 for q in questions)
    return 100 * count / (count - 1) * (1 - item_variance / total_variance)


def _variance(values: list[float]) -> float | None:
    return statistics.variance(values) if len(values) > 1 else None


def _covariance(xs: list[float], ys: list[float]) -> float | None:
    return statistics.covariance(xs, ys) if len(xs) > 1 else None


def _varies(variance: float | None) -> bool:
    return variance is not None and variance > NO_SPREAD


def _row_length(marks: Sequence[Sequence[float]]) -> int:
    return len(marks[0]) if marks else 0
