"""Which-questions about a named landform placed by its position: "the passage round Cape
Agulhas at the southern tip of Africa" -> "Which cape lies at the southern tip of Africa?"
(Cape Agulhas).

A position phrase ("at the mouth of", "at the southern tip of") picks out one place, and the
kind of place is in its name ("Cape", "Lake", "Mount"), so the question has one answer and
asks it by its kind. General English only: the kinds of landform and of position.
"""

from __future__ import annotations

from quizzes.generation import place_phrases, syntax

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
