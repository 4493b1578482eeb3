"""Names: options for people, organizations and countries, and for other types from the
document's pool."""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from quizzes.generation.distractors.common import (
    _HONORIFICS,
    Candidate,
    _is_acronym,
    _ranked,
    _texts,
)
from quizzes.generation.distractors.countries import COUNTRY_NAMES
from quizzes.generation.question import AnswerType


def _name_words(text: str) -> list[str]:
    """The words of a name without titles: "Mr. Ban Ki-moon" -> ["Ban", "Ki-moon"]."""
    return [w for w in text.split() if w.lower().rstrip(".") not in _HONORIFICS]


def _has_honorific(text: str) -> bool:
    return text.strip().lower().replace(".", "").split(" ")[0] in _HONORIFICS


# Last words that make a "person" the tagger found a place, a body or a thing.
_NOT_PERSON_HEADS = {
    "land",
    "island",
    "islands",
    "station",
    "sea",
    "ocean",
    "glacier",
    "shelf",
    "peninsula",
    "bay",
    "strait",
    "mountain",
    "mountains",
    "mount",
    "river",
    "lake",
    "coast",
    "pole",
    "institute",
    "university",
    "company",
    "society",
    "committee",
    "council",
    "survey",
    "expedition",
    "agency",
    "vaccine",
    "law",
    "treaty",
    "convention",
    "programme",
    "program",
    "lock",
    "locks",
    "canal",
    "dam",
    "bridge",
    "port",
    "harbour",
    "harbor",
    "street",
    "road",
    "square",
    "park",
    "hall",
    "palace",
    "castle",
    "tower",
    "church",
    "cathedral",
    "airport",
    "fault",
    "ridge",
    "basin",
    "trench",
    "valley",
    "desert",
    "forest",
    "prize",
    "award",
    "medal",
    "cup",
    "hospital",
    "school",
    "college",
    "museum",
    "library",
    "plate",
    "scale",
    "fund",
    "games",
    "summit",
    "declaration",
    "statement",
    "plan",
}


def _looks_like_person(text: str) -> bool:
    """No digits, no acronyms ("G8", "ASEM" are not people), no place or body names
    ("Victoria Land", "Vostok Station")."""
    words = text.split()
    return (
        not re.search(r"\d", text)
        and not any(_is_acronym(w) for w in words)
        and bool(words)
        and words[-1].lower() not in _NOT_PERSON_HEADS
    )


def _person_options(answer: str, pool: list[Candidate], rng: random.Random) -> list[str]:
    size, titled = len(_name_words(answer)), _has_honorific(answer)
    people = [t for t in _texts(pool, AnswerType.PERSON) if _looks_like_person(t)]
    return _ranked(
        people, rng, key=lambda t: (len(_name_words(t)) != size, _has_honorific(t) != titled)
    )


def _organization_options(answer: str, pool: list[Candidate], rng: random.Random) -> list[str]:
    acronym = _is_acronym(answer)
    orgs = _texts(pool, AnswerType.ORGANIZATION)
    return _ranked(orgs, rng, key=lambda t: _is_acronym(t) != acronym)


def _country_options(answer: str, pool: list[Candidate], rng: random.Random) -> list[str]:
    return _ranked(_texts(pool, AnswerType.COUNTRY), rng) + _ranked(COUNTRY_NAMES, rng)


def _form_gap(text: str, answer: str) -> tuple[int, bool]:
    """How far ``text`` is from the answer's form: word count, then plural or not."""
    plural = (text.rstrip()[-1:] == "s") != (answer.rstrip()[-1:] == "s")
    return abs(len(text.split()) - len(answer.split())), plural


def _options_from_pool(answer_type: AnswerType) -> Callable:
    def options(answer: str, pool: list[Candidate], rng: random.Random) -> list[str]:
        return _ranked(_texts(pool, answer_type), rng, key=lambda t: _form_gap(t, answer))

    return options
