"""Clause pieces the amount questions share: whether a clause states a fact, its dates,
its complements, and the hedge a question says in place of "about".
"""

from __future__ import annotations

from quizzes.generation import clause_facts, inversion, syntax
from quizzes.generation.measures import Amount

AMOUNT_LABELS = {"MONEY", "PERCENT", "QUANTITY"}
CLAUSE_DEPS = {"ROOT", "conj", "ccomp", "relcl"}
# A clause of reason states its fact too: "..., because basins recycle 60 percent of it".
FACT_MARKERS = {"because"}
# Verbs of intent or commitment whose "to <verb>" carries the amount: "agreed to forgive
# 300 million dollars", "decided to take 52 dogs". A closed list: "hoped" is read "hop".
INTENDING_VERBS = {
    "agree",
    "plan",
    "decide",
    "promise",
    "pledge",
    "aim",
    "intend",
    "offer",
    "vow",
    "undertake",
    "propose",
    "choose",
    "commit",
}
# Words that point back: a question that shows one leans on the text before it.
POINTING_WORDS = {
    "it",
    "its",
    "they",
    "them",
    "their",
    "he",
    "his",
    "she",
    "her",
    "this",
    "these",
    "those",
}


def clause_rest(verb, dropped: set[int], measured: list) -> str | None:
    """The verb's complements up to a clause break, or None when they hold another amount
    (a question with two numbers in it blurs which one is asked)."""
    tokens = clause_facts.until_break([*inversion.complements(verb, dropped), *measured])
    if any(t.ent_type_ in {"CARDINAL", *AMOUNT_LABELS} for t in tokens):
        return None
    if any(t.lower_ in POINTING_WORDS and t.pos_ in {"PRON", "DET"} for t in tokens):
        return None  # "cut its imports by 40 percent": whose, out of context?
    return syntax.render(tokens)


def intending_verb(verb):
    """The verb of intent a "to <verb>" depends on ("agreed" for "to forgive"), or None:
    also when either is negated ("decided not to spend")."""
    to = [c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"]
    main = verb.head
    if verb.dep_ != "xcomp" or not to or main.lemma_ not in INTENDING_VERBS:
        return None
    if clause_facts.is_negated(verb) or clause_facts.is_negated(main):
        return None
    return main


def join(*parts: str) -> str:
    return " ".join(p for p in parts if p)


def hedged(amount: Amount, wh: str) -> str:
    return f"About {wh}" if amount.hedge else wh[:1].upper() + wh[1:]


def is_fact(verb) -> bool:
    return (
        (verb.dep_ in CLAUSE_DEPS or _gives_reason(verb))
        and clause_facts.states_fact(verb)
        and verb.tag_ != "VBG"
    )


def _gives_reason(verb) -> bool:
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in FACT_MARKERS for c in verb.children
    )


def subject_ids(verb) -> set[int]:
    subject = syntax.subject_of(verb)
    return {t.i for t in subject.subtree} if subject is not None else set()


def _subject_dates(verb) -> list:
    subject = syntax.subject_of(verb)
    if subject is None:
        return []
    return [t for c in subject.children if c.dep_ == "prep" for t in clause_facts.date_phrase(c)]


def clause_dates(verb, *, after: bool = True) -> str:
    """The clause's dates that a question would otherwise lose: before the verb, or on
    the subject ("investment in ASEAN between 2002 and 2006", cut from the subject to keep
    it short); with after, those after the verb as well."""
    before = [t for t in clause_facts.dated_adjuncts(verb) if t.i < verb.i]
    tokens = [*before, *_subject_dates(verb)]
    if after:
        tokens += [t for t in clause_facts.dated_adjuncts(verb) if t.i > verb.i]
    return clause_facts.moved_text(tokens)


def is_date_adjunct(child) -> bool:
    return child.dep_ in {"prep", "npadvmod"} and bool(clause_facts.date_phrase(child))
