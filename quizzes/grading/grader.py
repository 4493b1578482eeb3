"""Grading one short answer: infer the key's type, match, guard against confusions, explain."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache

from quizzes.grading.dates import When, parse_date
from quizzes.grading.names import match_person
from quizzes.grading.numerals import Quantity, read_quantity
from quizzes.language.names import name_tokens, parse_person
from quizzes.language.numbers import digitise
from quizzes.language.text import (
    ARTICLES,
    clean,
    drop_articles,
    edit_distance,
    forget_normalised,
    significant,
    typo_edits,
    words,
)

# Credit for an answer accepted only thanks to typo tolerance: still correct, but the learner
# sees the right spelling and loses a little, so careful spellers keep an edge.
TYPO_CREDIT = 0.9

# Longest answer graded, in characters as given and once normalised (NFKC turns some single
# characters into eighteen). Answers are short facts and the server refuses long ones before
# they get here; this bound keeps every call cheap as well, whatever the caller passes.
LONGEST_ANSWER = 2_000

# Answer types a caller may force (the generator knows them); the others are inferred.
_FORCEABLE = frozenset({"year", "date", "number", "ordinal", "person"})
_ACRONYM_IN_TEXT = re.compile(r"\b[A-Z](?:\.?[A-Z0-9])+\b")


@dataclass(frozen=True)
class Grade:
    correct: bool
    credit: float
    feedback: str

    def __post_init__(self) -> None:
        if not 0.0 <= self.credit <= 1.0:
            raise ValueError(f"credit must be within [0, 1], not {self.credit}")


@dataclass(frozen=True)
class _Match:
    ok: bool
    # Accepted: "exact", "finer" (a more precise date), "surname", "short" (name without middle
    # names); refused: "wrong", "vague" (a less precise date), "entity" (another known
    # entity), "lookalike" (closer to another known entity), "namesake" (shares the surname).
    how: str = "exact"
    shown: str = ""  # the right spelling after a typo, or the entity it was confused with
    typo: bool = False


_WRONG = _Match(False, "wrong")


def _is_acronym(text: str) -> bool:
    tokens = clean(text).split()
    if len(tokens) == 2 and tokens[0].lower() in ARTICLES:
        tokens = tokens[1:]
    compact = re.sub(r"[.&-]", "", tokens[0]) if len(tokens) == 1 else ""
    return len(compact) >= 2 and compact.isalnum() and compact.isupper()


def answer_kind(answer: str) -> str:
    """year, date, number, ordinal, acronym, person or text."""
    if when := parse_date(answer):
        return "year" if set(when.parts) == {"year"} else "date"
    if _is_acronym(answer):
        return "acronym"
    quantity = read_quantity(answer)
    if quantity and quantity.is_answer_shaped:
        return "ordinal" if quantity.ordinal else "number"
    return "person" if parse_person(answer) else "text"


# The matchers read the answer once per key, and every key once per known entity: these two
# remember their last readings instead of digitising the same words again and again.
@lru_cache(maxsize=64)
def _terms(text: str) -> tuple[str, ...]:
    return tuple(significant(drop_articles(digitise(words(text)))))


@lru_cache(maxsize=64)
def _compact(text: str) -> str:
    return "".join(drop_articles(digitise(words(text))))


def forget_readings() -> None:
    """Empty every cache of normalised text, so that a benchmark times a first reading."""
    _terms.cache_clear()
    _compact.cache_clear()
    forget_normalised()


def _pairing_edits(given: Sequence[str], key: Sequence[str], exact: set[str]) -> int | None:
    """Fewest edits pairing every key word with its own given word, in any order."""
    if len(given) != len(key) or len(key) > 8:
        return None
    best: int | None = None

    def search(index: int, used: frozenset[int], total: int) -> None:
        nonlocal best
        if best is not None and total >= best:
            return
        if index == len(key):
            best = total
            return
        for position, word in enumerate(given):
            if position not in used:
                edits = typo_edits(word, key[index], exact=key[index] in exact)
                if edits is not None:
                    search(index + 1, used | {position}, total + edits)

    search(0, frozenset(), 0)
    return best


def _match_text(given: str, key: str) -> _Match:
    mine, theirs = _terms(given), _terms(key)
    if not mine:
        return _WRONG
    if sorted(mine) == sorted(theirs) or _compact(given) == _compact(key):
        return _Match(True)
    acronyms = {m.replace(".", "").lower() for m in _ACRONYM_IN_TEXT.findall(clean(key))}
    edits = _pairing_edits(mine, theirs, acronyms)
    if edits is not None:
        return _Match(True, shown=clean(key), typo=edits > 0)
    titled, name = name_tokens(given), name_tokens(key)
    if len(theirs) == 1 and len(name) == 1 and len(titled) == 1 and len(mine) > 1:
        edits = typo_edits(titled[0], name[0], exact=name[0] in acronyms)  # "Mr. Koumura"
        if edits is not None:
            return _Match(True, shown=clean(key), typo=edits > 0)
    return _WRONG


def _match_date(given: str, key: When) -> _Match:
    when = parse_date(given)
    if when is None:
        return _WRONG
    mine, theirs = when.parts, key.parts
    if any(part in mine and mine[part] != value for part, value in theirs.items()):
        return _WRONG
    if any(part not in mine for part in theirs):
        return _Match(False, "vague")
    return _Match(True, "finer" if len(mine) > len(theirs) else "exact")


def _match_quantity(given: str, key: str, quantity: Quantity) -> _Match:
    mine = read_quantity(given)
    if mine is None or mine.value != quantity.value or (mine.ordinal and not quantity.ordinal):
        return _WRONG
    context = quantity.before + quantity.after
    total = 0
    for word in mine.before + mine.after:  # each must be one of the key's: "2,000 troops"
        edits = [e for known in context if (e := typo_edits(word, known)) is not None]
        if not edits:
            return _WRONG
        total += min(edits)
    return _Match(True, shown=clean(key), typo=total > 0)


def _match(given: str, key: str, kind: str, family_first: bool = False) -> _Match:
    if kind in ("year", "date") and (when := parse_date(key)):
        return _match_date(given, when)
    if kind in ("number", "ordinal") and (quantity := read_quantity(key)):
        return _match_quantity(given, key, quantity)
    if kind == "acronym":
        letters = _compact(given)
        return _Match(letters == _compact(key), "exact" if letters else "wrong")
    if kind == "person" and (person := parse_person(key, force=True, family_first=family_first)):
        found = match_person(given, person)
        if found is None:
            return _WRONG
        how = "exact" if found.form == "full" else found.form
        return _Match(True, how, found.shown, typo=found.edits > 0)
    return _match_text(given, key)


def _confused_with(given: str, target: str, others: list[str]) -> _Match | None:
    """A refusal if the given answer is another known entity, or closer to one than to `target`."""
    mine, compact = "".join(name_tokens(given)), _compact(given)
    names = {other: "".join(name_tokens(other)) for other in others}
    wanted = "".join(name_tokens(target))
    # Distances are exact for an answer no longer than the longest name (no distance can
    # exceed it); a longer answer is only taken for another name within that many edits of
    # it, and its cost stays bounded by the names' length instead of growing with its own.
    limit = max([len(wanted), *(len(name) for name in names.values())])
    distance = edit_distance(mine, wanted, limit=limit)
    for other, theirs in names.items():
        if compact == _compact(other) or mine == theirs:
            return _Match(False, "entity", clean(other))
        if edit_distance(mine, theirs, limit=distance - 1) < distance:
            return _Match(False, "lookalike", clean(other))
    return None


def _namesake(key: str, others: list[str], family_first: bool = False) -> str | None:
    """Another known person with the key's family name: "Gates" alone is then ambiguous."""
    person = parse_person(key, force=True, family_first=family_first)
    for other in others:
        them = parse_person(other, force=True)
        if person and them and them.given and set(them.surnames) & set(person.surnames):
            return clean(other)
    return None


def _checked(
    given: str, key: str, kind: str, others: list[str], family_first: bool = False
) -> _Match:
    match = _match(given, key, kind, family_first)
    if match.ok and match.typo and (confusion := _confused_with(given, match.shown, others)):
        return confusion
    if match.ok and match.how == "surname" and (other := _namesake(key, others, family_first)):
        return _Match(False, "namesake", other)
    return match


def _sentence(text: str) -> str:
    return text if text.endswith((".", "!", "?")) else text + "."


def _grade(match: _Match, said: str, expected: str) -> Grade:
    answer = _sentence(expected)
    if match.ok and match.typo:
        return Grade(True, TYPO_CREDIT, f"Correct — watch the spelling: {_sentence(match.shown)}")
    if match.ok and match.how == "finer":
        return Grade(True, 1.0, f"Correct — more precise than needed: the answer is {answer}")
    if match.ok and match.how in ("surname", "short"):
        return Grade(True, 1.0, f"Correct: '{said}' is accepted for {answer}")
    if match.ok:
        return Grade(True, 1.0, "Correct.")
    feedback = {
        "vague": f"Not precise enough: the answer is {answer}",
        "entity": f"Not quite: that is {match.shown}, not {answer}",
        "lookalike": f"Not quite: that looks like {match.shown}, not {answer}",
        "namesake": f"Not quite: '{said}' could also be {match.shown}; the answer is {answer}",
    }
    return Grade(False, 0.0, feedback.get(match.how, f"Not quite: the answer is {answer}"))


def grade_answer(
    given: str,
    answer: str,
    accepted_answers: Sequence[str] = (),
    *,
    known_entities: Collection[str] = (),
    answer_type: str | None = None,
) -> Grade:
    """Grade a learner's `given` answer against the key `answer` and its `accepted_answers`.

    `known_entities` are other names from the same document: a misspelt answer is never
    accepted if it is one of them (or closer to one of them than to the key).
    `answer_type` ("year", "date", "number", "ordinal" or "person", e.g. an `AnswerType`)
    overrides the type inferred from the key; any other type only rules out "person".
    """
    expected = clean(answer)
    if len(given) > LONGEST_ANSWER or len(said := clean(given)) > LONGEST_ANSWER:
        return Grade(False, 0.0, f"Too long to grade: the answer is {_sentence(expected)}")
    if not words(given):
        return Grade(False, 0.0, f"No answer given: the answer is {_sentence(expected)}")
    keys = list(dict.fromkeys(k for k in (answer, *accepted_answers) if words(k)))
    if not keys:
        return Grade(False, 0.0, "Not quite: this question has no answer key.")
    kinds = {key: answer_kind(key) for key in keys}
    if answer_type in _FORCEABLE and answer in kinds:
        kinds[answer] = str(answer_type)
    elif answer_type and kinds.get(answer) == "person":  # the caller knows it is not a person
        kinds[answer] = "text"
    others = [
        entity
        for entity in known_entities
        if words(entity)
        and not any((m := _match(entity, k, kinds[k])).ok and not m.typo for k in keys)
    ]
    # A person key whose accepted answers hold its first word alone is written family name
    # first: that word, not the last, is the surname the learner may give.
    first_word = clean(answer).split()[0] if kinds.get(answer) == "person" else ""
    family_first = any(clean(a) == first_word for a in accepted_answers if a != answer)
    results = [
        _checked(given, key, kinds[key], others, family_first and key == answer) for key in keys
    ]
    chosen = (
        next((m for m in results if m.ok and not m.typo), None)
        or next((m for m in results if m.ok), None)
        or next((m for m in results if m.how != "wrong"), results[0])
    )
    return _grade(chosen, said, expected)
