"""Choose how each question is answered: typed, multiple choice, or fill in the blank,
and give every fill-in-the-blank question a false statement for true/false practice.

An acronym question is typed unless three other long forms have the acronym's initials,
every letter of them: among long forms with other initials only the key would fit the
letters, and the question would answer itself. Of the other questions, one in three (by a
stable hash, so regeneration does not reshuffle them) becomes multiple choice.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace

from lemminflect import getAllLemmas

from quizzes.generation.distractors import (
    Candidate,
    false_value,
    pick_distractors,
    shuffle_choices,
)
from quizzes.generation.distractors.variants import leading_initials
from quizzes.generation.question import BLANK, AnswerType, Format, GeneratedQuestion, Kind
from quizzes.generation.rules.acronym import STAND_FOR

MULTIPLE_CHOICE_SHARE = 3  # one question in this many


def with_formats(
    questions: list[GeneratedQuestion], pool: list[Candidate], document_text: str
) -> list[GeneratedQuestion]:
    # A concept that opens its sentence is capitalised there; as a choice elsewhere it
    # would stand out, so it is not offered as a distractor.
    concepts = [
        Candidate(q.answer, AnswerType.PHRASE)
        for q in questions
        if _is_concept(q) and not q.prompt.startswith(BLANK)
    ]
    long_forms = _LongForms(pool)
    formatted = []
    for question in questions:
        if _is_concept(question):
            # A blanked concept ("a _____ and a peaceful world") is only fair when the
            # learner picks among concepts from the same document.
            question = _as_choice(question, concepts)
            if question is None:
                continue
        formatted.append(_with_format(question, pool, long_forms, document_text))
    return formatted


def _is_concept(question: GeneratedQuestion) -> bool:
    return question.kind == Kind.FILL_BLANK and question.answer_type == AnswerType.PHRASE


def _as_choice(question: GeneratedQuestion, concepts: list[Candidate]) -> GeneratedQuestion | None:
    # A concept with the same head ("international cooperation" for "bilateral
    # cooperation") could be true as well, so it is no fair distractor.
    head = question.answer.split()[-1].lower()
    others = [c for c in concepts if c.text.split()[-1].lower() != head]
    return _multiple_choice(question, others)


def _with_format(
    question: GeneratedQuestion, pool: list[Candidate], long_forms: _LongForms, document_text: str
) -> GeneratedQuestion:
    if question.kind == Kind.FILL_BLANK and question.format == Format.MULTIPLE_CHOICE:
        return question
    if question.kind == Kind.FILL_BLANK:
        return replace(question, false_statement=_false_statement(question, pool, document_text))
    if question.answer_type == AnswerType.PHRASE:
        return question
    if question.kind == Kind.ACRONYM:
        return _multiple_choice(question, long_forms.lookalikes(question)) or question
    if _bucket(question.prompt) != 0:
        return question
    return _multiple_choice(question, pool) or question


class _LongForms:
    """The pool's candidates by type and first two initials, read once for all questions:
    a document of many acronyms would otherwise spell out its whole pool per question."""

    def __init__(self, pool: list[Candidate]) -> None:
        self._pool = pool
        self._by_initials: dict[tuple[AnswerType, str], list[Candidate]] | None = None

    def lookalikes(self, question: GeneratedQuestion) -> list[Candidate]:
        """Long forms whose initials spell the asked acronym: the only fair distractors."""
        asked = STAND_FOR.fullmatch(question.prompt)
        if asked is None:
            return []
        # Every letter: a long form sharing only the first two ("Scientific Committee on
        # Antarctic Logistics" for SCAR) is ruled out by its initials, so it is no choice.
        letters = re.sub(r"[^A-Z]", "", asked["acronym"].upper())
        if len(letters) < 2:
            return []
        if self._by_initials is None:
            self._by_initials = {}
            for candidate in self._pool:  # in pool order, as the choices are drawn
                slot = (candidate.type, leading_initials(candidate.text))
                self._by_initials.setdefault(slot, []).append(candidate)
        return list(self._by_initials.get((question.answer_type, letters), []))


def _multiple_choice(
    question: GeneratedQuestion, pool: list[Candidate]
) -> GeneratedQuestion | None:
    """The question with three same-type distractors, or None when there are not three."""
    seed = question.prompt
    # An acronym's options are long forms chosen by their initials, not by the stem.
    prompt = "" if question.kind == Kind.ACRONYM else question.prompt
    shown = f"{question.prompt}\n{question.source.section_title}"
    distractors = pick_distractors(
        question.answer, question.answer_type, pool, seed=seed, prompt=prompt, shown=shown
    )
    if distractors is None:
        return None
    return replace(
        question,
        format=Format.MULTIPLE_CHOICE,
        choices=shuffle_choices(question.answer, distractors, seed=seed),
        difficulty=round(max(0.1, question.difficulty - 0.25), 2),
    )


def _bucket(text: str) -> int:
    return int(hashlib.sha1(text.encode()).hexdigest(), 16) % MULTIPLE_CHOICE_SHARE


def _false_statement(question: GeneratedQuestion, pool: list[Candidate], document_text: str) -> str:
    """The source sentence with its key fact swapped for another of the same type.

    Refused when the swap would read badly ("in the New York") or when the document itself
    says the swapped sentence, so a "false" statement is never accidentally true.
    """
    if question.answer_type == AnswerType.PHRASE:
        return ""
    before, _, after = question.prompt.partition(BLANK)
    value = false_value(
        question.answer,
        question.answer_type,
        pool,
        seed=question.prompt,
        avoid=before + after,
    )
    if value is None or _is_common_word(value):
        return ""
    core = value[4:] if value.lower().startswith("the ") else value
    if before.lower().endswith("the "):
        if core == value and question.answer_type in ARTICLE_SENSITIVE:
            return ""  # the document never writes this name with "the"
        value = core
    statement = f"{before}{value}{after}"
    return "" if statement in document_text else statement


# Names whose article is part of how they are written: "the United Nations", "New York".
ARTICLE_SENSITIVE = {
    AnswerType.PLACE,
    AnswerType.COUNTRY,
    AnswerType.ORGANIZATION,
    AnswerType.EVENT,
    AnswerType.LAW,
    AnswerType.GROUP,
    AnswerType.TERM,
}


def _is_common_word(value: str) -> bool:
    """A one-word "name" that is an ordinary English word ("Law") is a tagging mistake."""
    return " " not in value and bool(getAllLemmas(value.lower()))
