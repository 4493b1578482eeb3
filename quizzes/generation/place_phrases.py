"""Place phrases for where-questions: which words name the place, and what sort it is.

"near the small village of Agincourt" names Agincourt and says it is a village, so the
question can ask "Near which village ...?"; "across northern Chile" names a country from the
built-in list, so "Across which country ...?" is safe. "the 1992 summit in Rio" puts an
event (a summit) in a place although no verb says so: it was held there. General English
only: kinds of settlement, kinds of event and the verb that goes with each.
"""

from __future__ import annotations

from dataclasses import dataclass

from quizzes.generation import clause_facts, inversion, syntax
from quizzes.generation.distractors import country_of

PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Nouns that say what sort of place a name after "of" is: "the town of Gstaad".
PLACE_TYPE_NOUNS = {"town", "village", "city", "country", "island", "port", "province", "region"}
# Nouns of events that happen somewhere, with the participle that says so:
# "the summit in Bali" -> "Where was the summit held?".
EVENT_PARTICIPLES = {
    "meeting": "held",
    "summit": "held",
    "conference": "held",
    "congress": "held",
    "talks": "held",
    "games": "held",
    "olympics": "held",
    "session": "held",
    "assembly": "held",
    "battle": "fought",
    "treaty": "signed",
    "agreement": "signed",
    "accord": "signed",
    "accords": "signed",
    "pact": "signed",
    "armistice": "signed",
}
# Prepositions of a route: "runs across X", "flows through X", "lies off X". The answer
# could be a region, a sea or a town; only a country from the built-in list is asked.
ROUTE_PREPOSITIONS = {"across", "through", "off"}
# What may stand in a name besides its words: "Rio de Janeiro", "St. Louis".
NAME_DEPS = {"compound", "flat", "punct"}


@dataclass(frozen=True)
class Place:
    """The words a where-question asks for, and how to ask for them."""

    tokens: list  # the name: "Agincourt", "Los Cabos"
    wh: str  # "Where", "Near which village", "Across which country"
    is_country: bool

    @property
    def text(self) -> str:
        return syntax.render(self.tokens)


def typed_place(pobj) -> Place | None:
    """ "the (small) village of Agincourt (in northern France)" -> Agincourt, a village.

    The name is taken whatever the tagger calls it ("Gstaad" as a person) because the noun
    before it says it is a place; it must be capitalised and stand alone (no list).
    """
    if pobj.lemma_.lower() not in PLACE_TYPE_NOUNS or pobj.tag_ != "NN":
        return None
    if any(c.dep_ not in {"det", "amod", "compound", "prep"} for c in pobj.children):
        return None
    # "the town of Ulm in southern Germany": the "in" phrase only says where the town is.
    preps = [c for c in pobj.children if c.dep_ == "prep"]
    of = [c for c in preps if c.lower_ == "of"]
    if len(of) != 1 or any(p.lower_ != "in" for p in preps if p.i != of[0].i):
        return None
    names = [c for c in of[0].children if c.dep_ == "pobj"]
    if len(names) != 1 or names[0].pos_ != "PROPN":
        return None
    name = names[0]
    if any(c.dep_ in {"conj", "cc", "relcl", "acl"} for c in name.children):
        return None
    tokens = [name, *(t for c in name.children if c.dep_ in NAME_DEPS for t in c.subtree)]
    if not all(t.is_title or not t.is_alpha for t in tokens if t.dep_ != "punct"):
        return None
    return Place(
        tokens=sorted(tokens, key=lambda t: t.i),
        wh=f"{pobj.head.lower_.capitalize()} which {pobj.lemma_.lower()}",
        is_country=pobj.lemma_.lower() == "country",
    )


def route_country(prep) -> Place | None:
    """ "runs across northern Turkey" -> Turkey: a country from the built-in list, the only
    object of "across", "through" or "off"."""
    if prep.lower_ not in ROUTE_PREPOSITIONS:
        return None
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if len(objects) != 1 or objects[0].ent_type_ != "GPE":
        return None
    place = objects[0]
    if any(c.dep_ not in {"amod", "compound", "det"} for c in place.children):
        return None  # "through Austria and Hungary", "off Spain's coast"
    name = [t for t in place.subtree if t.ent_type_ == "GPE"]
    if country_of(syntax.render(name)) is None:
        return None
    return Place(tokens=name, wh=f"{prep.lower_.capitalize()} which country", is_country=True)


def event_noun(prep):
    """The event noun a place phrase hangs on ("the Earth Summit in Rio"), or None."""
    noun = prep.head
    if noun.pos_ not in {"NOUN", "PROPN"} or prep.i < noun.i:
        return None
    return noun if noun.lower_ in EVENT_PARTICIPLES else None


def event_question(noun, prep) -> str | None:
    """ "The 1992 Earth Summit in Rio de Janeiro adopted ..." -> "Where was the 1992 Earth
    Summit held?"; only for an event the phrase names (a name or a year in it)."""
    dropped = {prep.i} | {c.i for c in noun.children if c.dep_ in {"relcl", "acl", "appos"}}
    tokens = syntax.balanced(syntax.trim_punct(syntax.subtree_without(noun, dropped)))
    if not tokens or tokens[0].lower_ not in {"the", "a"} and tokens[0].pos_ != "PROPN":
        return None
    named = any(t.pos_ == "PROPN" and t.i != noun.i for t in tokens)
    has_name = named or clause_facts.is_dated(tokens)
    if not has_name or clause_facts.is_vague_reference(tokens) or len(tokens) > 10:
        return None
    if any(t.lower_ in syntax.ANAPHORIC_WORDS | syntax.PRONOUNS for t in tokens):
        return None
    if any(t.lower_ in EVENT_PARTICIPLES for t in tokens if t.i != noun.i):
        return None  # "the Red Cross Conference meeting in Vienna": "meeting" is a verb there
    # The event's date, on the noun or after the place ("in Bali in November 2011").
    holders = [noun, *(c for c in prep.children if c.dep_ == "pobj")]
    dates = [
        t
        for holder in holders
        for c in holder.children
        if c.dep_ == "prep" and c.i != prep.i
        for t in clause_facts.date_phrase(c)
    ]
    tokens = [t for t in tokens if t not in dates]
    be = "were" if noun.tag_ in {"NNS", "NNPS"} or noun.lower_ == "talks" else "was"
    participle = EVENT_PARTICIPLES[noun.lower_]
    return inversion.question_text(
        "Where", be, inversion.lower_first(tokens), participle, syntax.render(dates)
    )


def wider_place(prep, places: list):
    """ "erupted near Goma in eastern Congo": the "in" phrase right after the place names
    the wider place it lies in (the parser hangs both on the verb), so the question asks
    "Where in eastern Congo ...?" with one right answer. None otherwise."""
    if len(places) != 2 or prep not in places:
        return None
    other = next(p for p in places if p.i != prep.i)
    if other.lower_ != "in" or other.i != prep.right_edge.i + 1:
        return None
    objects = [c for c in other.children if c.dep_ == "pobj"]
    if len(objects) != 1 or objects[0].ent_type_ not in {"GPE", "LOC"}:
        return None
    if any(c.dep_ not in {"amod", "compound", "det"} for c in objects[0].children):
        return None
    return other


def where_in(wider) -> str:
    return f"Where in {syntax.render(syntax.trim_punct(list(wider.subtree))[1:])}"


def country_apposed(root) -> bool:
    """ "in Ouro Preto, Brazil": a name with a listed country apposed is a place, whatever
    the tagger calls it."""
    return any(
        c.dep_ == "appos" and c.ent_type_ == "GPE" and country_of(c.text) is not None
        for c in root.children
    )


def misread_people(root) -> set[int]:
    """ "On 3 May, in Paris, President Smith and ... signed": the parser may join the people
    after a fronted place to the place as a list; a list of places holds no person."""
    misread = set()
    for child in root.children:
        if child.dep_ == "conj" and child.ent_type_ == "PERSON" and child.i > root.i:
            misread |= {t.i for t in child.subtree}
            misread |= {c.i for c in root.children if c.dep_ == "cc"}
    return misread


# Gerunds the parser reads as nouns after a body's name: "the Assembly meeting in Rome".
GERUND_VERBS = {"meeting": "meet", "sitting": "sit", "convening": "convene"}


def gathering_body(prep) -> list | None:
    """ "the General Assembly meeting in Paris": the words naming the body that met there,
    or None when the phrase is not a body's gerund."""
    gerund = prep.head
    if gerund.lower_ not in GERUND_VERBS or gerund.tag_ != "NN" or prep.i < gerund.i:
        return None
    body = [c for c in gerund.children if c.i < gerund.i]
    if not body or any(c.dep_ not in {"det", "compound"} for c in body):
        return None
    if not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in body):
        return None
    return sorted((t for c in body for t in c.subtree), key=lambda t: t.i)


def gathering_question(prep) -> str | None:
    """ "In 1948 the General Assembly meeting in Paris adopted ..." -> "Where did the
    General Assembly meet in 1948?". A body meets in many places over the years, so the
    main clause must give the date."""
    body = gathering_body(prep)
    gerund = prep.head
    if body is None or gerund.dep_ not in {"nsubj", "nsubjpass"} or gerund.head.tag_ != "VBD":
        return None
    date = clause_facts.moved_dates(gerund.head)
    if not date:
        return None
    return inversion.question_text(
        "Where", "did", inversion.lower_first(body), GERUND_VERBS[gerund.lower_], date
    )


SETTING_PREPOSITIONS = {"at", "during"}


def event_setting(prep):
    """ "At an informal summit in Oslo in 1990, ...": the "at" phrase that sets a clause at
    an event held in the place ``prep`` names, or None. It must open the sentence: later
    in it, it may belong to a noun."""
    event = prep.head
    if prep.lower_ != "in" or event.dep_ != "pobj" or event.lower_ not in EVENT_PARTICIPLES:
        return None
    at = event.head
    if at.lower_ not in SETTING_PREPOSITIONS or at.dep_ != "prep" or at.head.pos_ != "VERB":
        return None
    return at if at.i == at.sent.start else None
