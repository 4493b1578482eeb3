"""Matching a learner's answer to a person's name: typos, initials, surname alone."""

from __future__ import annotations

from dataclasses import dataclass

from quizzes.language.names import Person, name_tokens
from quizzes.language.text import typo_edits


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
