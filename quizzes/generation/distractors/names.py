"""Names: options for people, organizations and countries, and for other types from the
document's pool."""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from quizzes.generation.distractors.common import Candidate, _is_acronym, _ranked, _texts
from quizzes.generation.distractors.countries import COUNTRY_NAMES
from quizzes.generation.question import AnswerType
from quizzes.language.lexicon import HONORIFICS


def _name_words(text: str) -> list[str]:
    """The words of a name without titles: "Mr. Ban Ki-moon" -> ["Ban", "Ki-moon"]."""
    return [w for w in text.split() if w.lower().rstrip(".") not in HONORIFICS]


def _has_honorific(text: str) -> bool:
    return text.strip().lower().replace(".", "").split(" ")[0] in HONORIFICS


# Last words that make a "person" the tagger found a place ...
PLACE_HEADS = {
    "land", "island", "islands", "station", "sea", "ocean", "glacier", "shelf", "peninsula",
    "bay", "strait", "mountain", "mountains", "mount", "river", "lake", "coast", "pole",
    "lock", "locks", "canal", "dam", "bridge", "port", "harbour", "harbor", "street", "road",
    "square", "park", "hall", "palace", "castle", "tower", "church", "cathedral", "airport",
    "fault", "ridge", "basin", "trench", "valley", "desert", "forest", "hospital", "school",
    "college", "museum", "library", "plate", "gulf", "cape", "falls", "volcano",
}  # fmt: skip
# ... or a body or a thing.
_OTHER_HEADS = {
    "institute", "university", "company", "society", "committee", "council", "survey",
    "expedition", "agency", "vaccine", "law", "treaty", "convention", "programme", "program",
    "prize", "award", "medal", "cup", "scale", "fund", "games", "summit", "declaration",
    "statement", "plan",
}  # fmt: skip
_NOT_PERSON_HEADS = PLACE_HEADS | _OTHER_HEADS


def names_a_place(text: str) -> bool:
    """ "Gatun Lake", "Suez Canal": a name whose last word says it is a place."""
    words = text.split()
    return bool(words) and words[-1].lower() in PLACE_HEADS


def looks_like_person(text: str) -> bool:
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
    """People written like the answer: full names for a full name; for a surname, the
    surnames of people the text names in full ("Yeltsin" beside "Putin"), since a lone
    word tagged as a person is as often a place ("Kamchatka") or a thing."""
    size, titled = len(_name_words(answer)), _has_honorific(answer)
    people = [t for t in _texts(pool, AnswerType.PERSON) if looks_like_person(t)]
    full_names = [t for t in people if len(_name_words(t)) > 1]
    if size > 1:
        return _ranked(
            full_names,
            rng,
            key=lambda t: (len(_name_words(t)) != size, _has_honorific(t) != titled),
        )
    title = f"{answer.split()[0]} " if titled else ""
    return _ranked([title + _name_words(t)[-1] for t in full_names], rng)


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
