"""Place adjuncts for where-questions: which preposition puts a clause at a place, what
the place is, and which verb it belongs to.

"The Nobel Foundation was established in Stockholm" puts the establishing in Stockholm;
"the University of Tokyo" or "in Paris and Rome" do not name one place for a clause. Works on
spaCy tokens; general English only.
"""

from __future__ import annotations

from quizzes.generation import clause_facts, place_phrases, syntax
from quizzes.generation.distractors import country_of

# Prepositions that locate an event; "from" or "to" name a direction, not where it was.
PLACE_PREPOSITIONS = {"in", "at", "near"}
# What may stand in the place phrase besides the name: an article, a wider place in
# apposition ("Ouro Preto, Brazil") or after "in" ("Goma in eastern Congo").
PLACE_PHRASE_DEPS = {"det", "compound", "punct", "appos", "prep", "pobj", "amod", "npadvmod"}


def verb_of(prep) -> tuple:
    """The verb a place phrase belongs to, and the measure it hangs on if any: "runs about
    1,500 kilometres across Chile" puts the run, not the kilometres, across Chile."""
    head = prep.head
    if head.pos_ in {"VERB", "AUX"}:
        return head, None
    if _bare_verb_object(head):
        # "rises above sea level in Tanzania": the parser hangs the place on the bare noun
        # before it, but it says where the rising happens.
        return head.head.head, None
    is_measure = head.ent_type_ in {"QUANTITY", "CARDINAL"} and head.dep_ in {"dobj", "npadvmod"}
    if is_measure and prep.lower_ in place_phrases.ROUTE_PREPOSITIONS:
        return head.head, head
    return None, None


def _bare_verb_object(noun) -> bool:
    """A bare common noun ending a verb's prepositional phrase: "above sea level", "at
    low tide"; not "the hospital" or a name, which a place may describe."""
    return (
        noun.dep_ == "pobj"
        and noun.tag_ == "NN"
        and not noun.ent_type_
        and all(c.dep_ in {"compound", "amod", "prep"} for c in noun.children)
        and noun.head.dep_ == "prep"
        and noun.head.head.pos_ == "VERB"
    )


def place_of(prep) -> place_phrases.Place | None:
    """What a preposition puts its clause at: a place name after "in", "at" or "near"
    (asked "Where ...?", or "In which country ...?" for a country), a typed place ("near
    the village of X"), or a country a route crosses ("across northern Turkey")."""
    if prep.lower_ in place_phrases.ROUTE_PREPOSITIONS:
        return place_phrases.route_country(prep)
    if prep.lower_ not in PLACE_PREPOSITIONS or prep.ent_type_:
        return None
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if len(objects) != 1:
        return None
    typed = place_phrases.typed_place(objects[0])
    if typed is not None:
        return typed
    ent = next((e for e in prep.sent.ents if e.root.i == objects[0].i), None)
    if ent is None or place_adjunct(ent) is None:
        return None
    is_country = country_of(ent.text) is not None
    wh = "In which country" if is_country and prep.lower_ == "in" else "Where"
    tokens = [*ent, *_abbreviated_part(ent.root)]
    return place_phrases.Place(tokens=tokens, wh=wh, is_country=is_country)


def _abbreviated_part(root) -> list:
    """ "Albany, N.Y.": an abbreviation apposed with a comma is part of the name the key
    gives (the short name is accepted too); a full wider name is not ("Lyon, France")."""
    for child in root.children:
        comma = root.doc[root.i + 1] if root.i + 1 < len(root.doc) else None
        dotted = "." in child.text and child.text.replace(".", "").isupper()
        right_after = comma is not None and comma.text == "," and child.i == comma.i + 1
        if child.dep_ == "appos" and dotted and right_after and not list(child.children):
            return [comma, child]
    return []


def place_adjunct(ent):
    """The preposition that puts a clause at the place ``ent`` names, or None.

    Only a whole place name standing alone after "in", "at" or "near" qualifies; a name
    inside a larger name ("the University of Tokyo") or a list ("in Paris and Rome") does
    not.
    """
    root = ent.root
    is_place = ent.label_ in place_phrases.PLACE_LABELS or place_phrases.country_apposed(root)
    if not is_place or root.dep_ != "pobj":
        return None
    prep = root.head
    if prep.lower_ not in PLACE_PREPOSITIONS or prep.dep_ != "prep" or prep.ent_type_:
        return None
    misread = place_phrases.misread_people(root)
    children = [c for c in root.children if c.i not in misread]
    if any(c.dep_ in {"conj", "cc", "relcl", "acl"} for c in children):
        return None
    extra = [t for t in root.subtree if t.i not in range(ent.start, ent.end) and t.i not in misread]
    if any(t.dep_ not in PLACE_PHRASE_DEPS for t in extra) or clause_facts.is_part_of_range(ent):
        return None
    return prep


def places_of(verb) -> list:
    """The place adjuncts of a verb, whichever entity they hold."""
    return [
        child
        for child in verb.children
        if child.dep_ == "prep"
        and (child.lower_ in PLACE_PREPOSITIONS or child.lower_ in place_phrases.ROUTE_PREPOSITIONS)
        and (
            child.lower_ not in place_phrases.ROUTE_PREPOSITIONS
            or place_phrases.route_country(child) is not None
        )
        and (
            any(t.ent_type_ in place_phrases.PLACE_LABELS for t in child.subtree)
            or any(place_phrases.typed_place(c) for c in child.children if c.dep_ == "pobj")
            or any(_untagged_name(c) for c in child.children if c.dep_ == "pobj")
        )
    ]


def _untagged_name(pobj) -> bool:
    """ "at Runnymede": a name the tagger gave no type after "in", "at" or "near" may well
    be a place; counted as one, it keeps a second place from passing for the only one."""
    return pobj.pos_ == "PROPN" and not pobj.ent_type_ and pobj.head.lower_ in PLACE_PREPOSITIONS


def accepted_answers(place: place_phrases.Place, prep, wider_place=None) -> list[str]:
    """ "near Valdivia" where the text says near; "Los Cabos, Mexico" where it adds the
    wider place; "northern Chile" where a route names part of the country. "in Geneva"
    needs no entry: grading ignores the preposition."""
    accepted = []
    if prep.lower_ == "near":
        accepted.append(f"near {place.text}")
    ids = {t.i for t in place.tokens}
    root = next(t for t in place.tokens if t.head.i not in ids or t.head.i == t.i)
    wider = [
        c
        for c in root.children
        if c.dep_ == "appos" and c.ent_type_ in place_phrases.PLACE_LABELS and c.i not in ids
    ]
    short = [t for t in place.tokens if t.text != "," and t.head.i == root.i and t.dep_ == "appos"]
    if short:
        accepted.append(syntax.render([t for t in place.tokens if t.i < short[0].i - 1]))
    if wider:
        accepted.append(f"{place.text}, {syntax.render(syntax.noun_phrase(wider[0]))}")
    if wider_place is not None:
        names = [t for t in wider_place.subtree if t.ent_type_ in place_phrases.PLACE_LABELS]
        accepted.append(f"{place.text}, {syntax.render(names)}")
    described = [c for c in root.children if c.dep_ == "amod" and c.i < root.i]
    if described and prep.lower_ in place_phrases.ROUTE_PREPOSITIONS:
        accepted.append(syntax.render([*described, *place.tokens]))
    return accepted
