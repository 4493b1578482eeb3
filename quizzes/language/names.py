"""Reading a person's name: titles, initials, particles, and family-name-first East Asian
names. One reader for the generator (short keys, look-alike distractors) and the grader."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from quizzes.language.lexicon import HONORIFICS, NAME_SUFFIXES
from quizzes.language.text import clean, fold_cleaned, word_set

# Words of a title before a name: "Mr.", "Secretary of Defense", "Minister for Foreign Affairs".
TITLES = HONORIFICS | word_set(
    """
    mx doctor professor lord lady president vice prime
    minister secretary general gen chancellor premier king queen prince princess emperor
    empress pope senator sen rep representative congressman congresswoman governor gov
    ambassador chairman chairwoman chair chief deputy foreign defense defence state
    affairs mayor judge justice rev reverend father captain capt colonel col lieutenant
    lt admiral adm commander sheikh crown former us uk of for the
    """
)
_PARTICLES = word_set(
    """
    de del della der den di da dos das du van von le la bin ibn al el ter
    """
)
# Words that make a capitalised phrase a place, a body or a thing rather than a person.
_NOT_NAMES = word_set(
    """
    north south east west central northern southern eastern western upper lower greater
    new united states kingdom republic democratic federal federation people peoples
    union islands island sea ocean river lake bay gulf strait mountain mountains mount
    valley cape coast harbor harbour city county province region territory district
    street square park bridge canal camp fort port saint san santa sierra costa hong sri
    puerto viet papua burkina arabia zealand africa america asia europe korea guinea
    leone rica lanka kong salvador qaeda nations council committee commission ministry
    department office agency bank fund forum group party organization organisation
    association institute university college school academy company corporation society
    foundation court assembly parliament congress senate force army navy command
    alliance conference summit treaty act agreement protocol convention charter accord
    declaration resolution war peace crisis revolution security international national
    world global economic financial action task policy system service services centre
    center network initiative framework strategy project plan prize award cup games
    olympic olympics pacific atlantic arctic antarctic space climate nuclear atomic
    human rights development environment programme program research science scientific
    education bureau board panel station airport road avenue tower house palace
    castle temple museum library hospital stadium market exchange index standard
    day age era dynasty empire doctrine deal code constitution magnetic
    resonance imaging energy health trade asian european african american japanese
    chinese korean russian british french german indian arab arabic islamic
    """
)
_NOUN_ENDINGS = ("tion", "sion", "ity", "ism", "ics", "ogy", "ship", "ness", "ical", "ture")
_PLACE_START = frozenset({"la", "le", "el", "los", "las"})
_INITIAL = re.compile(r"[A-Z]\.?")
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")
_EAST_ASIAN = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+")
_NOT_NAME_CHARACTER = re.compile(r"[^\w-]")


def _parts(text: str) -> list[tuple[str, str]]:
    """(as written, folded) per word, titles and suffixes ("Jr.") left out."""
    parts = []
    for raw in clean(text).replace(",", " ").split():
        folded = _NOT_NAME_CHARACTER.sub("", fold_cleaned(raw).replace("'", "")).strip("-")
        if folded:
            parts.append((raw.strip(',;:!?"()'), folded))
    start = 0
    while start < len(parts) - 1 and all(p in TITLES for p in parts[start][1].split("-")):
        start += 1
    end = len(parts)
    while end > start + 1 and parts[end - 1][1] in NAME_SUFFIXES:
        end -= 1
    return parts[start:end]


def name_tokens(text: str) -> list[str]:
    """Folded words of a name without titles; a hyphenated word is one: "Ki-moon" -> "kimoon"."""
    return [folded.replace("-", "") for _, folded in _parts(text)]


def _is_nounish(folded: str) -> bool:
    return folded in _NOT_NAMES or any(
        folded.endswith(end) and len(folded) >= len(end) + 3 for end in _NOUN_ENDINGS
    )


def _looks_like_person(text: str, parts: list[tuple[str, str]]) -> bool:
    raws = [raw for raw, _ in parts]
    if not 1 <= len(raws) <= 4 or raws[0][:1].islower():
        return False
    if _EAST_ASIAN.fullmatch(" ".join(raws)):
        return True
    if any(_is_nounish(piece) for _, folded in parts for piece in folded.split("-")):
        return False
    if len(raws) == 1:  # one word is a name only after a title: "President Bush"
        return len(clean(text).split()) > 1 and bool(_NAME_WORD.fullmatch(raws[0]))
    if parts[0][1] in _PLACE_START:
        return False
    for index, (raw, folded) in enumerate(parts):
        if _INITIAL.fullmatch(raw):
            continue
        if raw.islower() and folded in _PARTICLES and 0 < index < len(parts) - 1:
            continue
        letters = [ch for ch in raw if ch.isalpha()]
        if not _NAME_WORD.fullmatch(raw) or not raw[0].isupper() or "".join(letters).isupper():
            return False
    return True


@dataclass(frozen=True)
class Person:
    given: tuple[str, ...]
    family: tuple[str, ...]  # particles first: ("de", "coubertin")
    family_first: bool
    shown: str
    shown_family: tuple[str, ...]  # as written: ("de", "Coubertin")

    @property
    def full(self) -> tuple[str, ...]:
        return self.family + self.given if self.family_first else self.given + self.family

    @property
    def surnames(self) -> dict[str, str]:
        """Folded family name -> as written: "decoubertin" and "coubertin" for de Coubertin."""
        forms = {"".join(self.family): " ".join(self.shown_family)}
        forms.setdefault(self.family[-1], self.shown_family[-1])
        return forms


def parse_person(text: str, *, force: bool = False, family_first: bool = False) -> Person | None:
    """The name's parts if `text` looks like a person's name (or `force`), else None.

    `family_first`: the caller knows the first word is the family name ("Hor Namhong"
    where the document writes "Hor" alone).
    """
    parts = _parts(text)
    if not parts or not (force or _looks_like_person(text, parts)):
        return None
    raws = [raw for raw, _ in parts]
    tokens = [folded.replace("-", "") for _, folded in parts]
    shown = " ".join(raws)
    if len(raws) > 1 and family_first:
        return Person(tuple(tokens[1:]), (tokens[0],), True, shown, (raws[0],))
    if len(raws) == 2 and _EAST_ASIAN.fullmatch(shown):
        return Person(tuple(tokens[1:]), (tokens[0],), True, shown, (raws[0],))
    split = len(tokens) - 1
    while split > 0 and raws[split - 1].islower() and tokens[split - 1] in _PARTICLES:
        split -= 1
    if split == 0:
        split = len(tokens) - 1
    return Person(tuple(tokens[:split]), tuple(tokens[split:]), False, shown, tuple(raws[split:]))


@lru_cache(maxsize=4096)  # a document's few people are asked about again and again
def family_name(name: str) -> str:
    """The family name as written, for a short key or a look-alike check: "Robert Gates" ->
    "Gates", "Ban Ki-moon" -> "Ban", "Ferdinand de Lesseps" -> "Lesseps", "Martin Luther
    King Jr." -> "King". Titles and suffixes are left out."""
    person = parse_person(name, force=True)
    if person is None:
        words = name.split()
        return words[-1] if words else ""
    return person.shown_family[-1]
