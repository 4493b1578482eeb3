"""Choose how each question is answered: typed, multiple choice, or fill in the blank.

Acronym expansions are hard to type exactly, so they become multiple choice whenever three
same-type distractors exist; of the other questions, one in three (by a stable hash, so
regeneration does not reshuffle them) becomes multiple choice.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace

from quizzes.generation.distractors import Candidate, pick_distractors, shuffle_choices
from quizzes.generation.question import AnswerType, Format, GeneratedQuestion, Kind

MULTIPLE_CHOICE_SHARE = 3  # one question in this many


def with_formats(
    questions: list[GeneratedQuestion], pool: list[Candidate]
) -> list[GeneratedQuestion]:
    return [_with_format(question, pool) for question in questions]


def _with_format(question: GeneratedQuestion, pool: list[Candidate]) -> GeneratedQuestion:
    if question.kind == Kind.FILL_BLANK or question.answer_type == AnswerType.PHRASE:
        return question
    seed = question.prompt
    if question.kind != Kind.ACRONYM and _bucket(seed) != 0:
        return question
    distractors = pick_distractors(question.answer, question.answer_type, pool, seed=seed)
    if distractors is None:
        return question
    return replace(
        question,
        format=Format.MULTIPLE_CHOICE,
        choices=shuffle_choices(question.answer, distractors, seed=seed),
        difficulty=round(max(0.1, question.difficulty - 0.25), 2),
    )


def _bucket(text: str) -> int:
    return int(hashlib.sha1(text.encode()).hexdigest(), 16) % MULTIPLE_CHOICE_SHARE
