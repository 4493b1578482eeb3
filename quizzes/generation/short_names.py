"""A person's family name, accepted for the full name unless it would be ambiguous.

"Katsuya Okada" accepts "Okada", as the grader does (``quizzes.grading.names``): the
last word is the family name. A name written family-name-first is recognised only by
what the document itself shows: its first word used alone elsewhere ("Hor said ..."
beside "Hor Namhong") and its last word never; or the grader's own pattern of a
hyphenated given name ("Ban Ki-moon"). No list of national names is consulted. The
family name is left out when another person the document names shares it ("Gates" for
Robert Gates beside Bill Gates).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from quizzes.generation.people import name_words
from quizzes.generation.question import AnswerType, GeneratedQuestion
from quizzes.generation.text_counts import phrase_starts
from quizzes.language.names import family_name


def with_family_names(
    questions: list[GeneratedQuestion], text: str, people: Iterable[str]
) -> list[GeneratedQuestion]:
    """Give every person key its family name as an accepted answer, where unambiguous."""
    others = [words for person in people if len(words := name_words(person)) > 1]
    for question in questions:
        if question.answer_type != AnswerType.PERSON:
            continue
        words = name_words(question.answer)
        # The rules' own guesses (a word of the name) are replaced by this decision.
        kept = [a for a in question.accepted_answers if a not in question.answer.split()]
        family = family_of(words, text) if len(words) > 1 else ""
        if family and not _shared(family, words, others):
            kept = [family, *kept]
        question.accepted_answers = kept
    return questions


def family_of(words: list[str], text: str) -> str:
    """The family name of a name of several words, as the document shows it."""
    default = family_name(" ".join(words))
    first, last = words[0], words[-1]
    if default == first:
        return first
    full = len(_occurrences(" ".join(words), text))
    if _alone(first, text) and len(_occurrences(last, text)) <= full:
        return first
    return default


def _shared(family: str, words: list[str], others: list[list[str]]) -> bool:
    """Another person of the document has this family name (not this person again:
    "Robert M. Gates" and "Robert Gates" share their first name)."""
    return any(other[0] != words[0] and family_name(" ".join(other)) == family for other in others)


@lru_cache(maxsize=1024)
def _occurrences(words: str, text: str) -> tuple[int, ...]:
    """Where each whole-word occurrence of ``words`` ends (not inside "Smith-Jones").

    Cached: a document names the same people in many questions. Bounded, so a
    long-running worker does not keep every document it has generated."""
    return tuple(
        start + len(words)
        for start in phrase_starts(words, text)
        if text[start + len(words) : start + len(words) + 1] != "-"
    )


def _alone(word: str, text: str) -> bool:
    """The word stands alone somewhere: not followed by another capitalised word."""
    return any(not re.match(r"\s+[A-Z]", text[end : end + 3]) for end in _occurrences(word, text))
