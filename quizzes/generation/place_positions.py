"""Which-questions about a named landform placed by its position: "the passage round Cape
Agulhas at the southern tip of Africa" -> "Which cape lies at the southern tip of Africa?"
(Cape Agulhas).

A position phrase ("at the mouth of", "at the southern tip of") picks out one place, and the
kind of place is in its name ("Cape", "Lake", "Mount"), so the question has one answer and
asks it by its kind. General English only: the kinds of landform and of position.
"""

from __future__ import annotations

from dataclasses import dataclass

from quizzes.generation import place_phrases, syntax
from quizzes.generation.place_phrases import PLACE_TYPE_NOUNS

# Words of a landform's name that say what kind of place it is, and how a question names
# that kind.
LANDFORM_KINDS = {
    "cape": "cape",
    "lake": "lake",
    "mount": "mountain",
    "mountain": "mountain",
    "river": "river",
    "bay": "bay",
    "gulf": "gulf",
    "strait": "strait",
    "straits": "strait",
    "island": "island",
    "isthmus": "isthmus",
    "peninsula": "peninsula",
    "glacier": "glacier",
    "volcano": "volcano",
    "desert": "desert",
}
# Nouns of a position that only one place can hold: the tip, the mouth, the foot of X.
POSITION_NOUNS = {"tip", "end", "mouth", "foot", "head", "entrance", "summit", "confluence"}
POSITION_PREPOSITIONS = {"at", "on"}


def positioned_landforms(sent) -> list[tuple[str, list]]:
    """(question, answer words) for each landform name followed by its position."""
    found = []
    for ent in sent.ents:
        if not _landform_name(ent) or ent.end >= sent.end:
            continue
        kind = _kind(ent)
        position = _position_after(ent)
        if kind is None or position is None:
            continue
        question = f"Which {kind} lies {syntax.render(position)}?"
        found.append((question, _answer_words(ent)))
    return found


def _landform_name(ent) -> bool:
    """A place name, or a name the tagger misread that opens with a landform word ("Cape
    Agulhas" as a person); not "Ricki Lake"."""
    first = ent[1] if ent[0].lower_ == "the" and len(ent) > 1 else ent[0]
    return ent.label_ in place_phrases.PLACE_LABELS or first.lower_ in LANDFORM_KINDS


def _kind(ent) -> str | None:
    """ "Cape Agulhas" -> "cape", "Mount Kenya" -> "mountain"; None for a name with no such
    word, two of them, or a lower-case word beside "the" and "of" (not a name)."""
    kinds = {LANDFORM_KINDS[t.lower_] for t in ent if t.lower_ in LANDFORM_KINDS}
    words = [t for t in ent if t.lower_ not in {"the", "of"}]
    if len(kinds) != 1 or not all(t.is_title or not t.is_alpha for t in words):
        return None
    return kinds.pop()


def _position_after(ent) -> list | None:
    """ "at the southern tip of Africa" right after the name, as one phrase whose "of"
    names a place; None otherwise."""
    prep = ent.doc[ent.end]
    if prep.lower_ not in POSITION_PREPOSITIONS or prep.dep_ != "prep":
        return None
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if len(objects) != 1 or objects[0].lemma_.lower() not in POSITION_NOUNS:
        return None
    noun = objects[0]
    if any(c.dep_ not in {"det", "amod", "prep"} for c in noun.children):
        return None
    of = [c for c in noun.children if c.dep_ == "prep"]
    if len(of) != 1 or of[0].lower_ != "of":
        return None
    places = [t for t in of[0].subtree if t.ent_type_ in place_phrases.PLACE_LABELS]
    words = list(prep.subtree)
    if not places or any(t.dep_ in {"conj", "cc", "relcl", "acl"} for t in words):
        return None  # "at the mouths of the Rhine and the Maas": two places
    return words


def _answer_words(ent) -> list:
    return [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]


# Lines that divide two places: "confirmed a border running between the islands of A and B".
DIVIDING_NOUNS = {"border", "boundary", "frontier"}
# Participles that lay a line along its course: "a border running between ...".
COURSE_PARTICIPLES = {"run", "lie", "pass"}


@dataclass(frozen=True)
class Divided:
    """A line a verb set between two named places of one kind."""

    verb: object  # "confirmed"
    line: object  # "border"
    kind: str  # "islands"
    places: tuple  # the token lists of "Etorofu" and "Uruppu"


def divided_places(sent) -> list[Divided]:
    """ "... confirmed a border running between the islands of A and B": the line, the
    verb that drew it, and the two places, when both are names of a kind the text gives."""
    found = []
    for line in sent:
        if line.dep_ != "dobj" or line.lemma_.lower() not in DIVIDING_NOUNS:
            continue
        between = _between(line)
        kind = next((o for o in between.children if o.dep_ == "pobj"), None) if between else None
        if kind is None or kind.tag_ != "NNS" or kind.lemma_.lower() not in PLACE_TYPE_NOUNS:
            continue
        of = next((c for c in kind.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        first = next((o for o in of.children if o.dep_ == "pobj"), None) if of else None
        second = [c for c in first.children if c.dep_ == "conj"] if first is not None else []
        if first is None or len(second) != 1:
            continue
        later = {t.i for t in second[0].subtree}
        names = (
            [t for t in first.subtree if t.i not in later and t.dep_ != "cc"],
            sorted(second[0].subtree, key=lambda t: t.i),
        )
        if any(t.pos_ != "PROPN" for name in names for t in name):
            continue
        found.append(Divided(line.head, line, kind.lower_, names))
    return found


def _between(line):
    """The "between" phrase of the line, directly or through "running", "lying"."""
    for child in line.children:
        if child.dep_ == "prep" and child.lower_ == "between":
            return child
        if child.dep_ == "acl" and child.lemma_.lower() in COURSE_PARTICIPLES:
            return next(
                (c for c in child.children if c.dep_ == "prep" and c.lower_ == "between"), None
            )
    return None
