"""What an amount is about, named so that a how-many question stands on its own.

"It stretches about 1,200 kilometres." after a sentence about the San Andreas Fault asks
"About how many kilometres long is the San Andreas Fault?", or nothing. "The conference
they organised in Geneva was attended by 36 people" asks about "the conference organised
in Geneva", without the "they" a learner could not place. General English only.
"""

from __future__ import annotations

from lemminflect import getInflection

from quizzes.generation import clause_facts, inversion, references, syntax

PERSONAL_PRONOUNS = {"it", "they", "them", "he", "him", "she", "her", "we", "us"}
RELATIVE_WORDS = {"that", "which", "whom", "who"}


def subject_for(verb, site) -> str | None:
    """The clause's subject as a question writes it, or None when it names nothing.

    A phrase on the subject that only points back ("basins beside them") is left out; a
    subject "it" is written as the one named thing the sentences before were about
    (``references.resolve``), or refused.
    """
    if syntax.subject_of(verb) is None and verb.dep_ == "conj":
        verb = verb.head  # "Oceanic crust consists of basalt and is 7 km thick"
    subject = syntax.subject_of(verb)
    if subject is not None and subject.lower_ == "it":
        return resolved_it(verb, site)
    tokens = syntax.clause_subject_tokens(verb)
    if not tokens:
        return None
    if tokens[0].lower_ == "their":  # "Their combined area" of the group named just before
        return references.possessed(site, tokens)
    tokens = _without_pointing_phrases(tokens)
    if clause_facts.is_vague_reference(tokens):
        return None
    return inversion.lower_first(tokens)


def resolved_it(verb, site) -> str | None:
    """The one named thing a subject "it" stands for, or None (any other subject too)."""
    subject = syntax.subject_of(verb)
    if subject is None or subject.lower_ != "it":
        return None
    return references.resolve(site, [subject])


def _without_pointing_phrases(tokens: list) -> list:
    """ "water-saving basins beside them" -> "water-saving basins"."""
    dropped: set[int] = set()
    for token in tokens:
        objects = [c for c in token.children if c.dep_ == "pobj"]
        if token.dep_ == "prep" and objects and objects[0].lower_ in PERSONAL_PRONOUNS:
            dropped.update(t.i for t in token.subtree)
    return [t for t in tokens if t.i not in dropped]


def passive_subject(verb, site=None) -> str | None:
    """The subject of a passive clause for the active question ("How many people attended
    <it>?"): its noun phrase, with a relative clause whose own subject is a pronoun said as
    a participle ("the conference they organised in Geneva" -> "the conference organised
    in Geneva"), since the pronoun cannot be placed and the clause says which one."""
    subject = syntax.subject_of(verb)
    if subject is not None and subject.lower_ == "it" and site is not None:
        return resolved_it(verb, site)  # "It was attended by 36 people."
    if subject is None or subject.dep_ != "nsubjpass" or subject.pos_ == "PRON":
        return None
    tokens = syntax.noun_phrase(subject, keep_conj=False)
    relative = next((c for c in subject.children if c.dep_ == "relcl"), None)
    participle = _participle_phrase(relative) if relative is not None else None
    if participle is None:
        text_tokens = tokens
    elif all(t.i < relative.i for t in tokens):
        return " ".join([inversion.lower_first(tokens), participle])
    else:
        return None  # the relative clause sits inside the phrase: not rewritten
    if clause_facts.is_vague_reference(text_tokens):
        return None
    return inversion.lower_first(text_tokens)


def _participle_phrase(relative) -> str | None:
    """ "they organised in Geneva in 1863" -> "organised in Geneva in 1863"; None for a
    relative clause that is not one simple past verb with a pronoun subject."""
    subject = syntax.subject_of(relative)
    if subject is None or subject.lower_ not in PERSONAL_PRONOUNS or relative.tag_ != "VBD":
        return None
    if inversion.auxiliaries(relative) or any(c.dep_ == "neg" for c in relative.children):
        return None
    objects = [
        c
        for c in relative.children
        if c.dep_ in {"dobj", "ccomp", "xcomp"} or (c.dep_ == "dative" and c.pos_ != "ADP")
    ]
    if any(c.lower_ not in RELATIVE_WORDS for c in objects):
        return None  # "the plan they asked him to write": the gap is not the verb's object
    participle = getInflection(relative.lemma_, tag="VBN")
    if not participle:
        return None
    skipped = {subject.i, *(c.i for c in objects)}
    after = [
        t
        for c in relative.children
        if c.i > relative.i and c.i not in skipped and c.dep_ != "punct"
        for t in c.subtree
    ]
    if not after or any(t.lower_ in PERSONAL_PRONOUNS for t in after):
        return None  # "the house built": which house? "organised in Geneva" says
    return " ".join([participle[0], syntax.render(after)]).strip()
