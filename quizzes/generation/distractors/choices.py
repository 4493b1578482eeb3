"""Picking distractors and false values by the answer's type, and shuffling choices."""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable, Iterable

from lemminflect import getAllLemmas

from quizzes.generation.distractors import fit
from quizzes.generation.distractors.common import Candidate
from quizzes.generation.distractors.countries import country_of
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


# Types whose options are names: each must read as one, or the question answers itself.
NAMED_TYPES = {
    AnswerType.PERSON,
    AnswerType.ORGANIZATION,
    AnswerType.COUNTRY,
    AnswerType.PLACE,
    AnswerType.LAW,
    AnswerType.EVENT,
    AnswerType.GROUP,
}


def _reads_as_a_name(option: str, *, people: bool) -> bool:
    """Capitalised, and not one ordinary English word the tagger took for a name ("the
    red crescent later", "Wounded"); surnames and country names may be ordinary words."""
    words = option.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if not words or not (words[0][:1].isupper() or words[0][:1].isdigit()):
        return False
    if len(words) > 1 or people or country_of(words[0]):
        return True
    return not getAllLemmas(words[0].lower())


# --- Public API -----------------------------------------------------------------------------


# How many fitting options are weighed when the first ones would give the key away.
_LOOK_AHEAD = 8


def pick_distractors(
    answer: str,
    answer_type: AnswerType,
    pool: Iterable[Candidate],
    *,
    count: int = 3,
    seed: str,
    prompt: str = "",
    shown: str = "",
) -> list[str] | None:
    """Exactly ``count`` wrong answers of the answer's type and form, or None.

    With the question's ``prompt``, every option fits its slot (the key's head noun, its
    article, a person's role and era); and no set is returned whose structure points at
    the key (see ``fit``), nor one where the key alone echoes a word of ``shown`` (the
    text the learner reads with the choices): the first set of the best options that
    does neither is chosen.
    """
    pool = list(pool)
    fits = fit.slot_filter(answer, answer_type, pool, prompt) if prompt else None
    options: list[str] = []
    for option in _fitting_options(answer, answer_type, pool, seed):
        if fits is not None:
            written = fit.with_article_of(option, answer, answer_type)
            if written is None or not fits(written):
                continue
            option = written
        options.append(option)
        if len(options) == _LOOK_AHEAD:
            break
    for chosen in itertools.combinations(options, count):
        if fit.gives_away(answer, list(chosen), answer_type):
            continue
        if not fit.echoes_only_the_key(answer, list(chosen), shown):
            return list(chosen)
    return None


def false_value(
    answer: str, answer_type: AnswerType, pool: Iterable[Candidate], *, seed: str, avoid: str = ""
) -> str | None:
    """One same-type value to put in place of ``answer`` in a false statement, or None.

    A value already written in ``avoid`` (the rest of the statement) is skipped: "Prime
    Minister Putin and President Putin met" is false, but no one would believe it.
    """
    for option in _fitting_options(answer, answer_type, pool, seed):
        core = option[4:] if option.lower().startswith("the ") else option
        if core.lower() not in avoid.lower():
            return option
    return None


def _fitting_options(answer: str, answer_type: AnswerType, pool: Iterable[Candidate], seed: str):
    """Options of the answer's type and form, best first, none a variant of the answer
    or of an option before it."""
    make_options = _OPTIONS.get(answer_type)
    if make_options is None or not answer.strip():
        return
    people = answer_type == AnswerType.PERSON
    chosen: list[str] = []
    for option in make_options(answer, list(pool), random.Random(seed)):
        option = option.strip()
        if answer_type in NAMED_TYPES and not _reads_as_a_name(option, people=people):
            continue
        if is_variant(option, answer, people=people):
            continue
        if any(is_variant(option, other, people=people) for other in chosen):
            continue
        chosen.append(option)
        yield option


def shuffle_choices(answer: str, distractors: list[str], *, seed: str) -> list[str]:
    """The answer among the distractors, in a seeded random order."""
    choices = [answer, *distractors]
    random.Random(seed).shuffle(choices)
    return choices
