"""'Official Development Assistance (ODA)' -> 'What does ODA stand for?'"""

from __future__ import annotations

import re

from quizzes.generation.drafts import NO_CONTEXT, DocumentContext, Draft, Site
from quizzes.generation.question import AnswerType, Kind

KIND = Kind.ACRONYM

ACRONYM = re.compile(r"^[A-Z][A-Za-z0-9&]{1,9}$")
MINOR_WORDS = {"of", "for", "and", "the", "in", "on", "to", "de", "&", "-"}


def expansion_for(acronym: str, words: list[str]) -> list[str] | None:
    """The shortest run of words ending before the bracket whose letters spell the acronym.

    Letters are matched from the end, each inside a word, and the acronym's first letter
    must start the first word, so "UN peacekeeping operations (PKO)" gives
    "peacekeeping operations" and "Financial Action Task Force (FATF)" all four words.
    """
    letters = [c.lower() for c in acronym if c.isalpha()]
    if len(letters) < 2:
        return None
    limit = min(len(words), len(letters) + 4)
    for size in range(1, limit + 1):
        candidate = words[-size:]
        if candidate[0].lower() in MINOR_WORDS or not candidate[0][0].isalpha():
            continue
        if candidate[0][0].lower() != letters[0]:
            continue
        if _spells(letters, candidate) and _content_words_used(letters, candidate):
            return candidate
    return None


def _spells(letters: list[str], words: list[str]) -> bool:
    """First letter starts the phrase; the others appear in order after it."""
    text = " ".join(words).lower()
    if not text.startswith(letters[0]):
        return False
    position = len(text)
    for letter in reversed(letters[1:]):
        position = text.rfind(letter, 1, position)
        if position < 1:
            return False
    return True


def _content_words_used(letters: list[str], words: list[str]) -> bool:
    """Every content word must give at least one letter: no padding words in the expansion."""
    content = [w for w in words if w.lower() not in MINOR_WORDS]
    return len(content) <= len(letters)


def drafts(site: Site, context: DocumentContext = NO_CONTEXT) -> list[Draft]:
    drafts = []
    tokens = list(site.sent)
    for index, token in enumerate(tokens):
        if token.text != "(" or index + 2 >= len(tokens) or tokens[index + 2].text != ")":
            continue
        acronym = tokens[index + 1].text
        if not ACRONYM.match(acronym) or sum(c.isupper() for c in acronym) < 2:
            continue
        # Words as written, so "Children's" and "Co-operation" stay whole.
        before = site.sent.doc[site.sent.start : token.i].text
        words = [w.strip(",;:\"'") for w in before.split()]
        expansion = expansion_for(acronym, [w for w in words if w])
        if expansion is None:
            continue
        answer = " ".join(expansion)
        drafts.append(
            Draft(
                kind=Kind.ACRONYM,
                prompt=f"What does {acronym} stand for?",
                answer=answer,
                answer_type=AnswerType.TERM,
                rule="acronym",
                confidence=0.95,
                site=site,
            )
        )
    return drafts
