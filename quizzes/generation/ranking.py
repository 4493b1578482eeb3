"""Filter drafts that would mislead a learner, merge duplicates and score the rest."""

from __future__ import annotations

import re

from quizzes.generation.drafts import Draft
from quizzes.generation.question import (
    MAX_ANSWER_CHARS,
    MAX_PROMPT_CHARS,
    Format,
    GeneratedQuestion,
    Kind,
)

TOKEN = re.compile(r"[a-z0-9]+")
# Beyond these lengths a question gets harder to read; a blank sits in a whole sentence.
IDEAL_WORDS = {Kind.FILL_BLANK: 30}
DEFAULT_IDEAL_WORDS = 14
MIN_SCORE = 0.3  # below this a question is more likely to confuse than to teach


def normalise(text: str) -> str:
    return " ".join(TOKEN.findall(text.lower()))


def leaks(draft: Draft) -> bool:
    """The answer, or its distinctive last word (a surname), already stands in the question."""
    prompt = f" {normalise(draft.prompt)} "
    answer = normalise(draft.answer)
    if not answer:
        return False
    last = answer.split()[-1]
    distinctive = len(answer.split()) > 1 and len(last) > 3 and draft.answer[-1:].isalpha()
    capitalised = draft.answer.split()[-1][:1].isupper()
    return f" {answer} " in prompt or (distinctive and capitalised and f" {last} " in prompt)


def finalise(drafts: list[Draft]) -> list[GeneratedQuestion]:
    seen: dict[str, GeneratedQuestion] = {}
    for draft in drafts:
        if leaks(draft) or not draft.answer.strip() or _too_long(draft):
            continue
        if normalise(draft.answer) not in normalise(draft.site.source.as_printed):
            continue  # every answer must be readable in its source sentence
        question = _to_question(draft)
        if question.score < MIN_SCORE:
            continue
        key = normalise(question.prompt)
        if key not in seen or seen[key].score < question.score:
            seen[key] = question
    return sorted(seen.values(), key=lambda q: -q.score)


def _too_long(draft: Draft) -> bool:
    return len(draft.prompt) > MAX_PROMPT_CHARS or len(draft.answer) > MAX_ANSWER_CHARS


def _to_question(draft: Draft) -> GeneratedQuestion:
    words = len(draft.prompt.split())
    ideal = IDEAL_WORDS.get(draft.kind, DEFAULT_IDEAL_WORDS)
    length_penalty = max(0, words - ideal) * 0.008
    score = max(0.05, min(1.0, draft.confidence - length_penalty))
    fmt = Format.FILL_BLANK if draft.kind == Kind.FILL_BLANK else Format.SHORT_ANSWER
    return GeneratedQuestion(
        kind=draft.kind,
        format=fmt,
        prompt=draft.prompt,
        answer=draft.answer,
        answer_type=draft.answer_type,
        source=draft.site.source,
        rule=draft.rule,
        score=round(score, 3),
        difficulty=_difficulty(draft, fmt),
        accepted_answers=[a for a in draft.accepted if a != draft.answer],
    )


def _difficulty(draft: Draft, fmt: Format) -> float:
    base = {Format.FILL_BLANK: 0.45, Format.SHORT_ANSWER: 0.6}.get(fmt, 0.3)
    return round(min(1.0, base + 0.05 * max(0, len(draft.answer.split()) - 2)), 2)
