"""Lengths and other dimensions: "Lake Baikal is 1,642 metres deep." -> "How many metres
deep is Lake Baikal?"; "It stretches about 1,200 kilometres." -> "About how many
kilometres long is <what "it" is>?". The question names the unit, so a learner knows what
to answer in. General English only.
"""

from __future__ import annotations

from quizzes.generation import inversion, syntax
from quizzes.generation.amount_clauses import (
    AMOUNT_LABELS,
    clause_dates,
    clause_rest,
    hedged,
    is_date_adjunct,
    is_fact,
    join,
    subject_ids,
)
from quizzes.generation.amount_subjects import subject_for
from quizzes.generation.drafts import Site
from quizzes.generation.measures import Amount

# Verbs that give a length as how far something reaches: "The Nile runs for 6,650 km"
# asks "How many kilometres long is the Nile?".
EXTENT_VERBS = {"stretch", "extend", "run", "span", "measure"}
# Where a named thing described by an apposition stands in its clause.
SUBJECT_AND_OBJECT_DEPS = {"nsubj", "nsubjpass", "dobj"}


def dimension_question(adjective, amount: Amount, site: Site) -> str | None:
    """ "Lake Baikal is 1,642 metres deep." -> "How many metres deep is Lake Baikal?";
    "Measured from end to end it is 82 km long." -> "How many kilometres long is <the
    thing "it" is>, measured from end to end?" """
    verb = adjective.head
    if verb.pos_ in {"NOUN", "PROPN"}:
        return _described_dimension(adjective, amount)
    # The parser reads "long" after "is" as an adverb as often as an adjective.
    if adjective.dep_ not in {"acomp", "advmod"} or verb.lemma_ != "be" or not is_fact(verb):
        return None
    subject = subject_for(verb, site)
    if subject is None:
        return None
    qualifier = _qualifier(verb, adjective)
    if qualifier is None:
        return None
    wh = hedged(amount, _how_many_units(amount, adjective.lower_))
    question = inversion.invert(verb, subject, join(qualifier, clause_dates(verb)), wh)
    measured = _how_measured(verb)
    return f"{question[:-1]}, {measured}?" if question and measured else question


def _qualifier(verb, adjective) -> str | None:
    """Where the measure holds ("2 metres deep on the plateau"): kept, since a depth may
    be another elsewhere; None when it only points back ("at its centre")."""
    phrases = [
        c
        for head in (verb, adjective)
        for c in head.children
        if c.dep_ == "prep" and c.i > adjective.i and not is_date_adjunct(c)
    ]
    tokens = [t for c in phrases for t in c.subtree]
    if any(t.pos_ == "PRON" or t.ent_type_ in AMOUNT_LABELS | {"CARDINAL"} for t in tokens):
        return None
    return syntax.render(tokens)


def _described_dimension(adjective, amount: Amount) -> str | None:
    """ "the Ring of Fire, a belt about 40,000 kilometres long" or "The Amazon, about
    6,400 kilometres long, ..." -> "About how many kilometres long is the Ring of Fire?" """
    noun = adjective.head
    named = noun.head if noun.dep_ == "appos" else noun
    if adjective.dep_ not in {"amod", "advmod"} or named.pos_ != "PROPN" or not named.ent_type_:
        return None
    clause = named.head if named.dep_ in SUBJECT_AND_OBJECT_DEPS else None
    if clause is None or clause.pos_ not in {"VERB", "AUX"} or not is_fact(clause):
        return None
    be = "was" if clause.tag_ == "VBD" else "is"
    subject = inversion.lower_first(syntax.noun_phrase(named))
    return inversion.question_text(
        hedged(amount, _how_many_units(amount, adjective.lower_)), be, subject
    )


def _how_measured(verb) -> str:
    """ "measured from deep water to deep water": the qualifier a length depends on."""
    for clause in verb.children:
        if clause.dep_ == "advcl" and clause.tag_ == "VBN" and clause.lemma_ == "measure":
            tokens = list(clause.subtree)
            if all(
                t.dep_ in {"prep", "pobj", "amod", "det", "compound"} or t == clause for t in tokens
            ) and not any(t.ent_type_ for t in tokens):
                return syntax.render(tokens).lower()
    return ""


def length_question(verb, slot, amount: Amount, site: Site) -> str | None:
    """ "It stretches about 1,200 kilometres." -> "About how many kilometres long is <the
    thing "it" is>?" """
    if verb.lemma_ not in EXTENT_VERBS or not amount.is_length or inversion.auxiliaries(verb):
        return None
    rest = clause_rest(verb, {slot.i} | subject_ids(verb), [])
    subject = subject_for(verb, site)
    if rest or subject is None or verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None  # "runs 30 km from A to B": how long it is between A and B is asked apart
    be = "was" if verb.tag_ == "VBD" else "is"
    wh = hedged(amount, _how_many_units(amount, "long"))
    return inversion.question_text(wh, be, subject, clause_dates(verb))


def _how_many_units(amount: Amount, adjective: str) -> str:
    """ "how many kilometres long": the unit named, a learner knows what to answer in."""
    return (
        f"how many {amount.unit_plural} {adjective}" if amount.unit_plural else f"how {adjective}"
    )
