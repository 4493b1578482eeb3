"""A noun that names an event the text just told with a verb: "the signing", "the visit",
"the trip".

"The two states signed the Treaty of Kiel in 1814. A minister hailed the signing as a
turning point." Out of its text, "the signing" says nothing; a teacher writes "the signing
of the Treaty of Kiel". The event is looked for in the earlier clauses of the noun's own
sentence and in the sentence before it in the paragraph, and the noun is written out only
when exactly one told event fits it and what the event was done to has a name:

- a noun made from the verb ("signing" <- sign, "ratification" <- ratify) takes the named
  object: "the signing of the Treaty of Kiel";
- a visit or a journey takes the named person (or country) who made it and the named
  place it was to: "Anna Vogel's visit to Oslo", "Anna Vogel's trip to Oslo".

Works on spaCy tokens; general English only.
"""

from __future__ import annotations

from dataclasses import dataclass

from quizzes.generation.mentions import THING_LABELS, named_things, written_name

# Nouns of going somewhere, and the verbs that tell a going ("went back to Oslo").
JOURNEY_NOUNS = {"trip", "journey", "voyage", "tour", "visit", "return"}
MOTION_VERBS = {"go", "travel", "fly", "sail", "return", "come", "journey", "voyage", "tour"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Who made a visit: a person, a country or a body, named.
AGENT_LABELS = {"PERSON", "GPE", "ORG", "NORP"}


@dataclass(frozen=True)
class Event:
    """One thing a clause told as done: its verb, who did it, and what it was done to."""

    verb: str  # the verb's lemma, lower-cased
    agent: str | None  # "Anna Vogel", or None when unnamed
    thing: str | None  # the named object: "the Treaty of Kiel"
    place: str | None  # the named place it went to: "Oslo"


def events_of(sent, full_names: dict, *, before: int | None = None) -> tuple[Event, ...]:
    """The events the sentence's verbs tell (up to token ``before``), with what names them."""
    end = sent.end if before is None else before
    found = []
    for verb in sent:
        if verb.i >= end or verb.pos_ != "VERB":
            continue  # every verb is kept: an unnamed signing makes "the signing" unsure
        thing = _named_object(verb)
        place = _destination(verb)
        found.append(Event(verb.lemma_.lower(), _agent(verb, full_names), thing, place))
    return tuple(found)


def event_phrase(noun, earlier: tuple[Event, ...], full_names: dict) -> str | None:
    """ "the signing of the Treaty of Kiel" or "Anna Vogel's visit to Oslo" for a noun of
    the sentence, from the one event before it that fits, or None."""
    word = noun.lemma_.lower()
    events = (*earlier, *events_of(noun.sent, full_names, before=noun.i))
    own_verb = noun.head.lemma_.lower() if noun.head.pos_ == "VERB" else ""
    fitting = [e for e in events if _fits(word, e) and e.verb != own_verb]
    if len(set(fitting)) != 1:
        return None  # nothing told, or two signings: which one?
    event = fitting[0]
    if word in JOURNEY_NOUNS:
        if event.place is None or event.agent is None:
            return None  # "the trip to Oslo": whose?
        return f"{event.agent}'s {noun.text} to {event.place}"
    if event.thing is None:
        return None
    return f"the {noun.text} of {event.thing}"


def _fits(word: str, event: Event) -> bool:
    if word in JOURNEY_NOUNS:
        return word == event.verb or event.verb in MOTION_VERBS
    return made_from(word, event.verb)


def made_from(noun: str, verb: str) -> bool:
    """Whether the noun is made from the verb by a regular ending: sign -> signing, ratify
    -> ratification, adopt -> adoption, arrive -> arrival, invade -> invasion. A noun the
    same as its verb ("attack") is left out: its object takes no fixed preposition."""
    if len(verb) < 3 or noun == verb:
        return False
    stem = verb[:-1] if verb.endswith("e") else verb
    forms = {
        verb + "ing",
        stem + "ing",
        verb + verb[-1] + "ing",  # "stopping"
        verb + "ion",
        stem + "ion",
        verb + "ation",
        stem + "ation",
        verb + "al",
        stem + "al",
        verb + "ment",
        verb + "ure",
        stem + "ure",
    }
    if verb.endswith("y"):
        forms.add(verb[:-1] + "ication")  # "ratify" -> "ratification"
    if verb.endswith("de"):
        forms.add(verb[:-2] + "sion")  # "invade" -> "invasion"
    return noun in forms


def _named_object(verb) -> str | None:
    """The verb's direct object when it is a named thing: "signed the Treaty of Kiel"."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or any(c.dep_ == "conj" for c in obj.children):
        return None  # "signed the Treaty of Orm and the Treaty of Vel": which signing?
    ent = _entity_of(obj)
    if ent is not None:
        return written_name(ent) if ent.label_ in THING_LABELS and obj.i == ent.root.i else None
    if obj.pos_ != "PROPN":
        return None
    # "the Treaty of Kiel", which the tagger may leave out, as ``mentions`` finds it.
    names = {
        name
        for head, name, sound in named_things(obj.sent)
        if sound and head == obj.lemma_.lower() and obj.text in name.split()
    }
    return names.pop() if len(names) == 1 else None


def _destination(verb) -> str | None:
    """The named place a going went to: "went (back) to Oslo", "visited Oslo"."""
    hosts = [verb, *(c for c in verb.children if c.dep_ in {"advmod", "prt"})]
    links = [c for host in hosts for c in host.children if c.dep_ == "prep" and c.lower_ == "to"]
    places = [p for link in links for p in link.children if p.dep_ == "pobj"]
    if verb.lemma_.lower() == "visit":
        places += [c for c in verb.children if c.dep_ == "dobj"]
    names = [_place_name(p) for p in places]
    named = [n for n in names if n]
    return named[0] if len(named) == 1 and len(places) == 1 else None


def _place_name(token) -> str | None:
    ent = _entity_of(token)
    if ent is None or ent.label_ not in PLACE_LABELS or token.i != ent.root.i:
        return None
    return written_name(ent)


def _agent(verb, full_names: dict) -> str | None:
    """Who did it, named: the clause's subject (a person in full where the text gave the
    full name), or None."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "conj":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    ent = _entity_of(subject)
    apposed = next((c for c in subject.children if c.dep_ == "appos"), None)
    if ent is None and apposed is not None and apposed.ent_type_ == "PERSON":
        subject, ent = apposed, _entity_of(apposed)  # "the cellist Ida Marek"
    if ent is not None and ent.label_ in AGENT_LABELS and subject.i == ent.root.i:
        name = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
        return full_names.get(name, name) if ent.label_ == "PERSON" else written_name(ent)
    if subject.pos_ == "PROPN" and subject.text in full_names:
        return full_names[subject.text]  # "Vogel, by then minister, went back to ..."
    return None


def _entity_of(token):
    return next((ent for ent in token.sent.ents if ent.start <= token.i < ent.end), None)
