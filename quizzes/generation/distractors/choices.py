"""Picking distractors and false values by the answer's type, and shuffling choices."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable

from quizzes.generation.distractors.common import Candidate
from quizzes.generation.distractors.dates import _date_options, _year_options
from quizzes.generation.distractors.names import (
    _country_options,
    _options_from_pool,
    _organization_options,
    _person_options,
)
from quizzes.generation.distractors.numbers import _number_options, _ordinal_options
from quizzes.generation.distractors.variants import is_variant
from quizzes.generation.question import AnswerType

_OPTIONS: dict[AnswerType, Callable[[str, list[Candidate], random.Random], list[str]]] = {
    AnswerType.YEAR: _year_options,
    AnswerType.DATE: _date_options,
    AnswerType.NUMBER: _number_options,
    AnswerType.ORDINAL: _ordinal_options,
    AnswerType.PERSON: _person_options,
    AnswerType.ORGANIZATION: _organization_options,
    AnswerType.COUNTRY: _country_options,
} | {
    kind: _options_from_pool(kind)
    for kind in (
        AnswerType.PLACE,
        AnswerType.LAW,
        AnswerType.EVENT,
        AnswerType.GROUP,
        AnswerType.TERM,
        AnswerType.PHRASE,
    )
}


# --- Public API -----------------------------------------------------------------------------


def pick_distractors(
    answer: str,
    answer_type: AnswerType,
    pool: Iterable[Candidate],
    *,
    count: int = 3,
    seed: str,
) -> list[str] | None:
    """Exactly ``count`` wrong answers of the answer's type and form, or None."""
    make_options = _OPTIONS.get(answer_type)
    if make_options is None or not answer.strip():
        return None
    people = answer_type == AnswerType.PERSON
    chosen: list[str] = []
    for option in make_options(answer, list(pool), random.Random(seed)):
        option = option.strip()
        if is_variant(option, answer, people=people):
            continue
        if any(is_variant(option, other, people=people) for other in chosen):
            continue
        chosen.append(option)
        if len(chosen) == count:
            return chosen
    return None


def false_value(
    answer: str, answer_type: AnswerType, pool: Iterable[Candidate], *, seed: str
) -> str | None:
    """One same-type value to put in place of ``answer`` in a false statement, or None."""
    picked = pick_distractors(answer, answer_type, pool, count=1, seed=seed)
    return picked[0] if picked else None


def shuffle_choices(answer: str, distractors: list[str], *, seed: str) -> list[str]:
    """The answer among the distractors, in a seeded random order."""
    choices = [answer, *distractors]
    random.Random(seed).shuffle(choices)
    return choices
