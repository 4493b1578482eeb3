"""A clause asked about its named object, in the passive, when its subject cannot be
named: "In August 1920 it opened the Museum of Modern Art in Lyon" -> "When was the Museum
of Modern Art opened?".

Only for verbs of a one-off act (a treaty is signed once, a museum opened once), so the
question keeps one right answer without the subject; "it won the Cup in 1990" is not asked
as "When was the Cup won?". General English only.
"""

from __future__ import annotations

from dataclasses import dataclass

from lemminflect import getInflection, getLemma

from quizzes.generation import clause_facts, inversion, references, syntax

# Verbs of an act done once to the thing it names.
ONE_OFF_VERBS = {
    "sign",
    "open",
    "found",
    "establish",
    "create",
    "launch",
    "adopt",
    "proclaim",
    "publish",
    "build",
    "complete",
    "inaugurate",
    "ratify",
    "issue",
    "unveil",
    "enact",
    "introduce",
}
# What a named object may not be: a person or a place is not made by a one-off act.
NOT_MADE_LABELS = {"PERSON", "GPE", "LOC", "NORP", "DATE", "CARDINAL"}
PLACE_PREPOSITIONS = {"in", "at", "near"}
MAX_QUESTION_WORDS = 22


@dataclass(frozen=True)
class ObjectPassive:
    """ "was" or "were", the object's words, the participle, and the object's own place
    phrase ("the Museum in Lyon"), which goes after the participle."""

    be: str
    thing: list
    participle: str
    place: list


def object_passive(verb) -> ObjectPassive | None:
    """The passive of ``verb`` around its named object, or None."""
    if verb.lemma_.lower() not in ONE_OFF_VERBS or verb.pos_ != "VERB":
        return None
    if clause_facts.is_hypothetical(verb) or clause_facts.is_negated(verb):
        return None
    if any(c.dep_ in {"auxpass", "prt"} for c in verb.children):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) != 1:
        return None
    thing = objects[0]
    place_preps = [c for c in thing.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPOSITIONS]
    dropped = {p.i for p in place_preps}
    tokens = [t for t in syntax.noun_phrase(thing) if not _under(t, dropped)]
    if not _named_thing(thing, tokens):
        return None
    participle = getInflection(verb.lemma_, tag="VBN")
    if not participle:
        return None
    be = "were" if _plural(thing) else "was"
    place = [t for p in place_preps for t in p.subtree]
    return ObjectPassive(be=be, thing=tokens, participle=participle[0], place=place)


def _under(token, roots: set[int]) -> bool:
    return any(a.i in roots for a in [token, *token.ancestors])


def _named_thing(thing, tokens: list) -> bool:
    """ "the Kellogg-Briand Pact", "the International Bureau of Weights and Measures": a
    name, not "a new office" nor a person or a place."""
    if not tokens or references.unresolved(tokens) or clause_facts.is_vague_reference(tokens):
        return False
    if tokens[0].lower_ not in {"the"} and tokens[0].pos_ != "PROPN":
        return False
    if thing.pos_ != "PROPN" or thing.ent_type_ in NOT_MADE_LABELS:
        return False
    return not any(c.dep_ in {"conj", "cc"} for c in thing.children)


def _plural(thing) -> bool:
    """By the name's head word, whatever word the parser made its head: the last noun
    before a preposition standing apart ("the Institute | for Fiscal Studies" is one
    institute); a hyphenated "of" is part of a word ("the Prisoners-of-War Agency")."""
    ents = [e for e in thing.doc.ents if e.start <= thing.i < e.end]
    word = thing
    if ents:
        nouns = []
        for token in ents[0]:
            standing_apart = token.i > 0 and bool(token.doc[token.i - 1].whitespace_)
            if token.pos_ == "ADP" and standing_apart:
                break
            if token.pos_ in {"NOUN", "PROPN"}:
                nouns.append(token)
        word = nouns[-1] if nouns else thing
    if word.tag_ in {"NNS", "NNPS"}:
        return True
    lemmas = getLemma(word.lower_, upos="NOUN")
    return bool(lemmas) and word.lower_ not in lemmas and word.lower_.endswith("s")


def on_named_object(prep):
    """ "it opened the Museum of Modern Art in Lyon": a place phrase the parser hung on
    the named object of a one-off act says where the act happened; the act's passive."""
    thing = prep.head
    if thing.dep_ != "dobj" or prep.i < thing.i:
        return None
    passive = object_passive(thing.head)
    if passive is None or [t.i for t in passive.place if t.dep_ == "prep"] != [prep.i]:
        return None
    return passive, thing.head


def where_prompt(found, wh: str, prep=None) -> str | None:
    """ "Where was the Museum of Modern Art opened in 1920?"."""
    passive, verb = found
    if clause_facts.is_hypothetical(verb):
        return None
    place = [t for t in passive.place if prep is None or t.i not in {s.i for s in prep.subtree}]
    question = inversion.question_text(
        wh,
        passive.be,
        inversion.lower_first(passive.thing),
        passive.participle,
        syntax.render(place),
        clause_facts.moved_dates(verb),
    )
    return question if len(question.split()) <= MAX_QUESTION_WORDS else None
