"""Who-questions about a named person a clause acts on, not the one acting.

Object:     "In 1858 she hoped to meet the Austrian composer Emil Varga in Weimar."
            -> "Which Austrian composer did <she, named> hope to meet in Weimar in 1858?"
Partner:    "In 1931 she shared the medal with the Danish botanist Karl Holm."
            -> "With which Danish botanist did <she, named> share the medal in 1931?"
Addressee:  "In 1926 he wrote to the physicist Max Born." -> "To which physicist did ...?"

The one acting must be named (a pronoun through ``references.resolve``, or as the one person
the sentence's governing clause named: "Anna Berg left because she hoped to ..."); the
person asked about needs a role that says what kind of person is meant ("Which lawyer"),
except after "with", where "With whom did X share the prize?" is already specific.
"""

from __future__ import annotations

from quizzes.generation import (
    clauses,
    inversion,
    name_drafts,
    people,
    references,
    syntax,
    what_clauses,
)
from quizzes.generation.drafts import Site

# Prepositions before a person that make a question of their own; "with" may go without a
# role ("With whom did X travel?"), the others need one ("To which physicist ...?").
PARTNER_PREPOSITIONS = {"with", "to", "against", "from"}
# Verbs after which the person is no fact to learn: "had the lawyer X", "included Y".
EMPTY_VERBS = {"be", "have", "include", "contain", "follow", "mention", "become"}


def with_leading_date(phrase: str, verb) -> str:
    """A date written before the subject still says when: "In 1905 the engineer X became
    chief engineer" -> "... became chief engineer in 1905"."""
    dates = [
        c
        for c in verb.children
        if c.i < verb.i
        and c.dep_ in {"prep", "npadvmod"}
        and any(t.ent_type_ == "DATE" for t in c.subtree)
        and len(list(c.subtree)) <= 5
    ]
    if not dates or any(t.ent_type_ == "DATE" for t in verb.subtree if t.i > verb.i):
        return phrase
    if any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children):
        return phrase  # the date would seem to belong to the reported clause
    date = syntax.render(list(dates[0].subtree))
    if dates[0].pos_ == "ADP":
        date = date[0].lower() + date[1:]  # "In 1905" opened the sentence
    return f"{phrase} {date}"


def acting_subject(site: Site, verb) -> str | None:
    """Who does what ``verb`` says, written out: "he" named through the paragraph, "the
    composer Emil Varga" as it stands; None for an unnamed or unresolved subject."""
    subject = syntax.subject_of(verb)
    if subject is None:
        return None
    if subject.lower_ in syntax.RELATIVE_PRONOUNS:
        if verb.dep_ != "relcl" or verb.head.ent_type_ != "PERSON":
            return None
        subject = verb.head  # "Varga, who hoped to meet ...": Varga hoped
    tokens = [subject] if subject.pos_ == "PRON" else syntax.noun_phrase(subject, keep_conj=True)
    resolved = references.resolve(site, tokens) or _named_in_main_clause(subject)
    if resolved is not None:
        return _with_partners(resolved, subject)
    named = references.named_subject(subject, tokens)
    if not named or not any(t.pos_ == "PROPN" for t in named):
        return None
    return inversion.lower_first(named)


def _with_partners(resolved: str, pronoun) -> str | None:
    """ "he and Putin" -> "Junichiro Koizumi and Putin"; None when a partner is unnamed."""
    partners = [syntax.noun_phrase(c) for c in pronoun.conjuncts] if pronoun.pos_ == "PRON" else []
    if any(not any(t.pos_ == "PROPN" for t in p) for p in partners):
        return None  # "he and his aides": who else?
    names = [resolved, *(syntax.render(p) for p in partners)]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _named_in_main_clause(pronoun) -> str | None:
    """ "Anna Berg left Oslo because she hoped to ...": "she" is the one person the sentence
    named before it, the subject of the clause the pronoun's clause depends on."""
    if pronoun.lower_ not in {"he", "she"}:
        return None
    before = [e for e in pronoun.sent.ents if e.label_ == "PERSON" and e.end <= pronoun.i]
    if len({e.text for e in before}) != 1 or len(people.name_tokens(before[0])) < 2:
        return None
    person = before[0].root
    if person.dep_ == "appos" and person.head.dep_ == "nsubj":
        person = person.head  # "the explorer Fridtjof Nansen visited ..."
    governs = person.dep_ == "nsubj" and person.head in pronoun.ancestors
    return syntax.render(people.name_tokens(before[0])) if governs else None


def partner_question(site: Site, ent, slot) -> str | None:
    """ "In 1901 he shared the prize with the campaigner X" -> "With which campaigner did
    <the person named before> share the prize in 1901?": the person someone acted with."""
    prep = slot.head
    verb = prep.head
    if verb.dep_ == "dobj" and verb.i < prep.i and prep.lower_ == "with":
        verb = verb.head  # "shared the prize with X": the parser hangs "with" on the prize
    if slot.dep_ != "pobj" or prep.lower_ not in PARTNER_PREPOSITIONS or prep.dep_ != "prep":
        return None
    if verb.tag_ != "VBD" or inversion.auxiliaries(verb) or clauses.garbled(verb):
        return None  # do-support is only sure for a plain past: "shared" -> "did ... share"
    if _coordinated(slot) or any(c.dep_ == "neg" for c in verb.children):
        return None
    role = people.role_tokens(ent)
    if people.generic_role(role) or (not role and prep.lower_ != "with"):
        return None  # "To whom did X write?" could be anyone he wrote to
    subject = syntax.subject_of(verb)
    subject_text = acting_subject(site, verb)
    if subject is None or subject_text is None:
        return None
    rest_tokens = inversion.complements(verb, {prep.i, *(t.i for t in subject.subtree)})
    if any(t.ent_type_ == "PERSON" for t in rest_tokens):
        return None  # "toured with X and met Y": keep to one person per question
    rest_tokens = [t for t in rest_tokens if t.i < prep.i or t.i > prep.right_edge.i]
    if (not rest_tokens and prep.lower_ == "with") or references.deictic(rest_tokens):
        return None  # "With whom did X work?" says nothing worth asking
    clause = f"{subject_text} {inversion.base_form(verb)} {syntax.render(rest_tokens)}"
    wh = f"which {syntax.render(role)}" if role else "whom"
    return f"{prep.lower_.capitalize()} {wh} did {with_leading_date(clause, verb)}?"


NAMING_LEMMAS = {"name", "rename", "call"}
EPONYM_PREPOSITIONS = {"after", "for"}


def eponym_question(site: Site, ent, slot) -> str | None:
    """ "The Velm Glacier was named after the explorer Anna Holm." -> "After which explorer
    was the Velm Glacier named?": the person a named thing is named after."""
    prep = slot.head
    verb = prep.head
    if slot.dep_ != "pobj" or prep.lower_ not in EPONYM_PREPOSITIONS or prep.dep_ != "prep":
        return None
    passive = [a for a in inversion.auxiliaries(verb) if a.dep_ == "auxpass"]
    if verb.lemma_.lower() not in NAMING_LEMMAS or verb.tag_ != "VBN" or len(passive) != 1:
        return None
    if _coordinated(slot) or any(c.dep_ == "neg" for c in verb.children):
        return None
    role = people.role_tokens(ent)
    if people.generic_role(role):
        return None
    subject = what_clauses.subject_text(verb)
    if subject is None:
        return None
    wh = f"which {syntax.render(role)}" if role else "whom"
    clause = f"{passive[0].lower_} {subject} {verb.text}"
    return f"{prep.lower_.capitalize()} {wh} {with_leading_date(clause, verb)}?"


def object_question(site: Site, ent, slot) -> str | None:
    """ "he hoped to see the French emperor Napoleon III" -> "Which French emperor did
    <he, named> hope to see?": the person a verb acts on, asked by the role the text gives."""
    verb = slot.head
    if slot.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() in EMPTY_VERBS:
        return None
    role = people.role_tokens(ent)
    if not role or people.generic_role(role) or _coordinated(slot):
        return None  # "Whom did X meet?" could be anyone he met
    if any(c.dep_ in {"ccomp", "xcomp", "oprd", "dative"} for c in verb.children):
        return None  # "told the reporter X that ...", "asked X to resign": the rest is the fact
    chain = infinitive_chain(verb)
    top = chain[0]
    if what_clauses.refused(top) or any(what_clauses.refused(v) for v in chain[1:]):
        return None
    subject = acting_subject(site, top)
    if subject is None:
        return None
    dropped = {t.i for t in slot.subtree} | _unnamed_phrases(verb)
    rest = what_clauses.rest_text(verb, dropped)
    described_as = any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)
    if described_as and (rest is None or "as" not in rest.split()):
        return None  # "described X as ..." without what he was described as
    if rest is None:  # "about his business": an aside that leans on the sentence
        rest = name_drafts.dates_text(verb)
    if top.i != verb.i:
        rest = " ".join(w for w in (rest, name_drafts.dates_text(top)) if w)
    infinitives = " ".join(f"to {v.text}" for v in chain[1:])
    wh = f"Which {syntax.render(role)}"
    return inversion.invert(top, subject, f"{infinitives} {rest}".strip(), wh)


def _unnamed_phrases(verb) -> set[int]:
    """Phrases after the verb with no name or date in them: asides that lengthen the
    question ("about a business matter"), not what tells the fact apart."""
    dropped = set()
    for child in verb.children:
        words = list(child.subtree)
        if child.dep_ == "prep" and child.lower_ == "as":
            continue  # "described X as a genius", "appointed X as director": the fact itself
        if child.dep_ == "prep" and not any(t.pos_ == "PROPN" or t.ent_type_ for t in words):
            dropped.update(t.i for t in words)
    return dropped


def infinitive_chain(verb) -> list:
    """The finite verb a to-infinitive hangs on, then the infinitives down to ``verb``:
    "hoped to see" -> [hoped, see]."""
    chain = [verb]
    while chain[0].dep_ == "xcomp" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in chain[0].children
    ):
        chain.insert(0, chain[0].head)
    return chain


def _coordinated(slot) -> bool:
    """Another person shares the slot: "met the ministers X and Y"."""
    return slot.dep_ == "conj" or any(c.dep_ == "conj" for c in slot.children)
