"""The named thing something was made from, by a gerund after "by":

"Lake Verna was formed by damming the Ostra River in 1931." -> "Which river was dammed to
form Lake Verna in 1931?" (Ostra River).

The thing made must be named, and the thing acted on must carry its kind in its name
("the Ostra River", "the Bank of Tarsk"): the kind is what the question asks by.
"""

from __future__ import annotations

from lemminflect import getInflection

from quizzes.generation import clause_facts, inversion, references, syntax
from quizzes.generation.named_things import HEAD_TYPES, NamedThing, named_thing
from quizzes.generation.naming_questions import PLACE_NOUNS
from quizzes.generation.question import AnswerType

# Kinds a name may end in besides those of organisations, laws and places.
LANDSCAPE_KINDS = {
    "sea",
    "bay",
    "gulf",
    "strait",
    "valley",
    "stream",
    "creek",
    "forest",
    "desert",
    "plain",
    "plateau",
    "bridge",
    "road",
    "railway",
}
KINDS = set(HEAD_TYPES) | PLACE_NOUNS | LANDSCAPE_KINDS


def means_question(verb) -> tuple[str, NamedThing] | None:
    """ "X was created by damming the Y River" -> ("Which river was dammed to create X?", Y)."""
    made = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    agent = next(
        (c for c in verb.children if c.dep_ in {"agent", "prep"} and c.lower_ == "by"), None
    )
    passive = next((a for a in inversion.auxiliaries(verb) if a.dep_ == "auxpass"), None)
    if made is None or agent is None or passive is None or verb.tag_ != "VBN":
        return None
    gerund = next((c for c in agent.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
    acted_on = next((c for c in gerund.children if c.dep_ == "dobj"), None) if gerund else None
    if acted_on is None or any(c.dep_ == "conj" for c in acted_on.children):
        return None
    thing = _kind_in_name(acted_on)
    made_tokens = syntax.noun_phrase(made)
    if thing is None or references.unresolved(made_tokens) or len(made_tokens) > 6:
        return None
    if not any(t.pos_ == "PROPN" for t in made_tokens):
        return None  # "The lake was formed by ...": which lake?
    participle = getInflection(gerund.lemma_, tag="VBN")
    base = getInflection(verb.lemma_, tag="VB")
    if not participle or not base:
        return None
    tense = "was" if passive.tag_ == "VBD" else "is"
    dates = syntax.render(clause_facts.dated_adjuncts(verb))
    dates = dates[:1].lower() + dates[1:]
    made_text = inversion.lower_first(made_tokens)
    prompt = inversion.question_text(
        f"Which {thing.kind} {tense}", participle[0], "to", base[0], made_text, dates
    )
    return prompt, thing


def _kind_in_name(noun) -> NamedThing | None:
    """ "the Ostra River" -> kind "river"; a name that does not say its kind gives None."""
    if noun.tag_ != "NNP" or noun.lower_ not in KINDS or not noun.text[:1].isupper():
        return None
    known = named_thing(noun)
    if known is not None:
        return known
    tokens = [t for t in syntax.noun_phrase(noun) if t.dep_ != "det"]
    if len(tokens) < 2 or not all(t.text[:1].isupper() for t in tokens):
        return None
    return NamedThing(tokens, noun.lower_, AnswerType.PLACE)
