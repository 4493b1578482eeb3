"""People's names: titles, initials, particles, and family-name-first East Asian names."""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizzes.grading.text import clean, fold_cleaned, typo_edits, word_set
from quizzes.language.lexicon import HONORIFICS, NAME_SUFFIXES

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


def _sequence_edits(given: list[str], key: tuple[str, ...]) -> int | None:
    """Total edits if the words match one for one, in order."""
    if len(given) != len(key):
        return None
    total = 0
    for g, k in zip(given, key, strict=True):
        edits = typo_edits(g, k)
        if edits is None:
            return None
        total += edits
    return total


def _name_edits(given: str, key: str) -> int | None:
    """A given or middle name, or its initial."""
    if len(given) == 1:
        return 0 if key.startswith(given) else None
    if len(key) == 1:
        return 0 if given.startswith(key) else None
    return typo_edits(given, key)


def _front_edits(front: list[str], given_names: tuple[str, ...]) -> int | None:
    """First name (or initial) and optional middle names before the family name."""
    first = _name_edits(front[0], given_names[0])
    if first is None:
        return None
    middles, known = front[1:], list(given_names[1:])
    if not known:
        return first if len(middles) <= 2 else None
    total = first
    for middle in middles:  # each must match one of the key's middle names, in order
        while known and _name_edits(middle, known[0]) is None:
            known.pop(0)
        if not known:
            return None
        total += _name_edits(middle, known.pop(0)) or 0
    return total


def _longest_front(person: Person) -> int:
    """At least as many words as `_front_edits` accepts before the family name: the first
    name with each known middle name once, or with up to two when none is known.

    Trying no more splits than this keeps a long answer linear.
    """
    return max(len(person.given), 3)


@dataclass(frozen=True)
class NameMatch:
    edits: int
    form: str  # "full", "surname" or "short"
    shown: str  # the correct spelling of what was matched


def match_person(given: str, person: Person) -> NameMatch | None:
    """The closest reading of `given` as the person's name, or None."""
    tokens = name_tokens(given)
    if not tokens:
        return None
    found: list[NameMatch] = []
    edits = _sequence_edits(tokens, person.full)
    if edits is not None or "".join(tokens) == "".join(person.full):
        found.append(NameMatch(edits or 0, "full", person.shown))
    for surname, shown in person.surnames.items():
        edits = typo_edits("".join(tokens), surname, exact=len(tokens) > 1)
        if edits is not None:
            found.append(NameMatch(edits, "surname", shown))
    if not person.family_first and person.given:
        for split in range(1, min(len(tokens), _longest_front(person) + 1)):
            front = _front_edits(tokens[:split], person.given)
            family = "".join(tokens[split:])
            for surname in person.surnames:
                edits = typo_edits(family, surname, exact=len(tokens) - split > 1)
                if front is not None and edits is not None:
                    found.append(NameMatch(front + edits, "short", person.shown))
    order = ("full", "surname", "short")
    return min(found, key=lambda m: (m.edits, order.index(m.form)), default=None)
