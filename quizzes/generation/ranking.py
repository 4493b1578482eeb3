"""Filter drafts that would mislead a learner, merge duplicates and score the rest."""

from __future__ import annotations

import re
from dataclasses import replace

from quizzes.generation.drafts import Draft
from quizzes.generation.named_things import HEAD_TYPES
from quizzes.generation.question import (
    MAX_ANSWER_CHARS,
    MAX_PROMPT_CHARS,
    AnswerType,
    Format,
    GeneratedQuestion,
    Kind,
)
from quizzes.generation.self_contained import self_contained
from quizzes.generation.side_details import is_side_detail
from quizzes.language.lexicon import NAME_LINK_WORDS

TOKEN = re.compile(r"[a-z0-9]+")
# Beyond these lengths a question gets harder to read: a little per word at first, and
# steeply beyond STEEP_WORDS, where a reader starts to lose the thread.
IDEAL_WORDS = {Kind.FILL_BLANK: 16}
DEFAULT_IDEAL_WORDS = 14
STEEP_WORDS = 20
GENTLE_PENALTY, STEEP_PENALTY = 0.008, 0.03
# A blank on a common-noun phrase ("bilateral cooperation") tests wording more than
# knowledge; names, numbers and dates are what a teacher blanks.
LOW_VALUE_BLANKS = {AnswerType.PHRASE: 0.1, AnswerType.TERM: 0.05}
# The blanks a question of each kind asks again when both come from one sentence with
# one answer.
SAME_FACT_BLANKS = {
    Kind.WHEN: {AnswerType.DATE, AnswerType.YEAR},
    Kind.HOW_MANY: {AnswerType.NUMBER},
}
TITLE_BONUS = 0.05  # the section is about it
# Below this a question is more likely to confuse than to teach: on the development
# documents what scored 0.3-0.4 was mostly blanks on common phrases in long stems.
MIN_SCORE = 0.4
# Small words left out of initials: "Organisation for Economic Co-operation" is "OEC".
INITIAL_SKIPS = NAME_LINK_WORDS | {"a", "an", "at", "de", "&"}


# "X also visited _____": "also" points at a sentence the learner does not see. Not in
# "also called", "also known as", where it belongs to the naming.
DANGLING_ALSO = re.compile(r"\s+also(?=\s+(?!called\b|known\b|named\b|referred\b)\w)", re.I)


def without_dangling_also(prompt: str) -> str:
    return DANGLING_ALSO.sub("", prompt)


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
    # A surname leaks as written ("Pasteur"); "Which treaty ...?" does not give away
    # "Treaty of Rome", nor "Which strategy" the "Lisbon Strategy".
    cased_last = re.findall(r"[A-Za-z0-9]+", draft.answer)[-1:]
    prompt_words = re.findall(r"[A-Za-z0-9]+", draft.prompt)
    named_in_prompt = bool(cased_last) and cased_last[0] in prompt_words
    if named_in_prompt and cased_last[0].lower() in HEAD_TYPES and draft.kind != Kind.WHO:
        # nor a shared kind word the "Bali Declaration", unless its "Bali" is there too.
        others = [w for w in re.findall(r"[A-Z][A-Za-z0-9]*", draft.answer) if w != cased_last[0]]
        named_in_prompt = any(w in prompt_words and w.lower() not in HEAD_TYPES for w in others)
    if f" {answer} " in prompt or (distinctive and capitalised and named_in_prompt):
        return True
    if capitalised and _other_number_in_prompt(draft.answer, prompt_words):
        return True
    # "What does FATF stand for?" must name the acronym it asks to expand.
    return draft.kind != Kind.ACRONYM and _initials_leak(draft.prompt, draft.answer)


def _other_number_in_prompt(answer: str, prompt_words: list[str]) -> bool:
    """A one-word name written in the prompt in its other number: "the Azores Islands"
    gives away "Azore", and "the Kuril Islands" gives away "Kurils"."""
    if " " in answer.strip() or len(answer) < 4:
        return False
    word = answer.strip()
    forms = {word[:-1]} if word.endswith("s") else {f"{word}s", f"{word}es"}
    return bool(forms & set(prompt_words))


def initials(phrase: str) -> set[str]:
    """ "Economic Partnership Agreements" -> {"EPA"}: the letters an acronym would use,
    with a hyphenated word as one word ("Co-operation") or two ("Asia-Pacific")."""
    found = set()
    for separators in (r"\s+", r"[\s\-]+"):
        words = [w for w in re.split(separators, phrase) if w and w.lower() not in INITIAL_SKIPS]
        found.add("".join(w[0] for w in words).upper())
    return found


def _is_acronym(word: str) -> bool:
    core = _acronym_core(word)
    return 2 <= len(core) <= 8 and core.isalpha() and core.isupper()


def _acronym_core(word: str) -> str:
    return word[:-1] if word.endswith("s") and word[:-1].isupper() else word


def _initials_leak(prompt: str, answer: str) -> bool:
    """The answer's acronym stands in the prompt ("(EPAs)" beside a blank for "Economic
    Partnership Agreements"), or the answer is an acronym the prompt spells out."""
    words = re.findall(r"[A-Za-z][A-Za-z\-]*", prompt)
    answer_words = answer.split()
    if len(answer_words) > 1:
        letters = {found for found in initials(answer) if len(found) >= 2}
        return any(_is_acronym(w) and _acronym_core(w) in letters for w in words)
    if not _is_acronym(answer):
        return False
    wanted = _acronym_core(answer)
    capitalised = [w for w in re.split(r"[^A-Za-z\-]+", prompt) if w]
    for start in range(len(capitalised)):
        run = []
        for word in capitalised[start:]:
            if word[:1].isupper() or word.lower() in INITIAL_SKIPS:
                run.append(word)
            else:
                break
            if wanted in initials(" ".join(run)) and run[0][:1].isupper():
                return True
    return False


def finalise(drafts: list[Draft]) -> list[GeneratedQuestion]:
    seen: dict[str, GeneratedQuestion] = {}
    for draft in drafts:
        # Every kind of question, in one place: a phrase that leans on the sentences
        # before ("the canal", "the islands", "full control") is named or refused.
        prompt = self_contained(draft.prompt, draft.site)
        if prompt is None:
            continue
        prompt = without_dangling_also(prompt)
        draft = replace(draft, prompt=prompt)
        if leaks(draft) or not draft.answer.strip() or _too_long(draft):
            continue
        if draft.kind not in (Kind.ACRONYM, Kind.DEFINITION) and is_side_detail(draft):
            continue
        if normalise(draft.answer) not in normalise(draft.site.source.as_printed):
            continue  # every answer must be readable in its source sentence
        question = _to_question(draft)
        if question.score < MIN_SCORE:
            continue
        key = normalise(question.prompt)
        if key not in seen or seen[key].score < question.score:
            seen[key] = question
    return sorted(_one_form_per_fact(seen.values()), key=lambda q: -q.score)


def _one_form_per_fact(questions) -> list[GeneratedQuestion]:
    """A date or a count asked twice from one sentence, once as a question ("When was X
    founded?", "How many states signed X?") and once as a blank ("X was founded in
    _____."), keeps only the question: both ask the same thing of the same clause, and
    the question says what is asked. A blank on a name stays beside a "which" question:
    its stem often names more ("The engineer in charge of the cut, _____, died" beside
    "Which engineer died?")."""
    asked = {(q.kind, _fact(q)) for q in questions if q.kind in SAME_FACT_BLANKS}
    kept = [q for q in questions if not _asked_as_a_question(q, asked)]
    return _best_question_per_answer(kept)


def _best_question_per_answer(questions) -> list[GeneratedQuestion]:
    """Two questions from one sentence with one answer ask one fact in two wordings ("What
    did X declare 2009 to be?", "What did X declare the year 2009?"): the better-scored
    stays. Blanks are handled above, and an acronym's expansion is a fact of its own."""
    best: dict[tuple, GeneratedQuestion] = {}
    kept = []
    for question in sorted(questions, key=lambda q: -q.score):
        if question.kind in (Kind.FILL_BLANK, Kind.ACRONYM):
            kept.append(question)
        elif _fact(question) not in best:
            best[_fact(question)] = question
            kept.append(question)
    return kept


def _asked_as_a_question(question: GeneratedQuestion, asked: set[tuple]) -> bool:
    if question.kind != Kind.FILL_BLANK:
        return False
    return any(
        (kind, _fact(question)) in asked
        for kind, types in SAME_FACT_BLANKS.items()
        if question.answer_type in types
    )


def _fact(question: GeneratedQuestion) -> tuple:
    source = question.source
    return (source.section_path, source.block, source.start, normalise(question.answer))


def _too_long(draft: Draft) -> bool:
    return len(draft.prompt) > MAX_PROMPT_CHARS or len(draft.answer) > MAX_ANSWER_CHARS


def _to_question(draft: Draft) -> GeneratedQuestion:
    score = draft.confidence - _length_penalty(draft) + _title_bonus(draft)
    if draft.kind == Kind.FILL_BLANK:
        score -= LOW_VALUE_BLANKS.get(draft.answer_type, 0.0)
    score = max(0.05, min(1.0, score))
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


def _length_penalty(draft: Draft) -> float:
    words = len(draft.prompt.split())
    ideal = IDEAL_WORDS.get(draft.kind, DEFAULT_IDEAL_WORDS)
    gentle = max(0, min(words, STEEP_WORDS) - ideal) * GENTLE_PENALTY
    return gentle + max(0, words - STEEP_WORDS) * STEEP_PENALTY


def _title_bonus(draft: Draft) -> float:
    """A fact about what the section title names: the section is about it."""
    title = {w for w in normalise(draft.site.source.section_title).split() if len(w) > 3}
    answer = set(normalise(draft.answer).split())
    return TITLE_BONUS if title & answer else 0.0


def _difficulty(draft: Draft, fmt: Format) -> float:
    base = {Format.FILL_BLANK: 0.45, Format.SHORT_ANSWER: 0.6}.get(fmt, 0.3)
    return round(min(1.0, base + 0.05 * max(0, len(draft.answer.split()) - 2)), 2)
