"""Kinds: "The Alpine Fault is the best-known transform boundary" -> "What kind of boundary
is the Alpine Fault?" (transform).

A name said to be a thing of a kind, the kind written as a noun before the thing's noun
("transform boundary", "shield volcano"), is a fact worth asking where the document uses
that kind again: it is a term of the subject, not a passing description. A helper of the
definition rule.
"""

from __future__ import annotations

import re

from quizzes.generation import inversion, syntax
from quizzes.generation.drafts import DocumentContext, Draft, Site
from quizzes.generation.question import AnswerType, Kind
from quizzes.generation.text_counts import count_matches

CONFIDENCE = 0.75
# "What kind of boundary is X?": a kind the document names at least this often.
TERM_USES = 2


def kind_of(site: Site, verb, context: DocumentContext) -> Draft | None:
    if verb.lemma_ != "be" or verb.dep_ != "ROOT" or verb.tag_ not in {"VBZ", "VBD"}:
        return None
    subject = syntax.subject_of(verb)
    thing = next((c for c in verb.children if c.dep_ == "attr" and c.i > verb.i), None)
    if subject is None or thing is None or thing.pos_ != "NOUN" or thing.tag_ != "NN":
        return None
    if subject.pos_ != "PROPN" or subject.ent_type_ in {"PERSON", "NORP"}:
        return None  # a person's kind is their role, which the who-questions ask
    kind = _kind_words(thing)
    if not kind or any(c.dep_ in {"prep", "relcl", "acl"} for c in thing.children):
        return None  # "the longest river in Europe": a description, not a kind
    others = [c for c in thing.lefts if c.dep_ != "det" and c not in kind]
    if not all(_ranks(c) for c in others):
        return None  # "a tropical rain forest": the kind may be "tropical rain"
    named = syntax.trim_punct(syntax.noun_phrase(subject))
    if not named or any(t.lower_ in syntax.PRONOUNS for t in named):
        return None
    modifier = syntax.render(kind)
    if _uses(modifier, thing.lemma_, context.text) < TERM_USES:
        return None
    prompt = f"What kind of {thing.lemma_} {verb.lower_} {inversion.lower_first(named)}?"
    return Draft(
        kind=Kind.DEFINITION,
        prompt=prompt,
        answer=modifier,
        answer_type=AnswerType.TERM,
        rule="definition:kind",
        confidence=CONFIDENCE,
        site=site,
        accepted=[f"{modifier} {thing.text}"],
    )


def _kind_words(thing) -> list:
    """The common nouns written just before the thing's noun: "transform" in "the
    best-known transform boundary"; [] when anything else stands between them."""
    words = []
    for token in reversed(list(thing.lefts)):
        if token.dep_ != "compound" or token.pos_ != "NOUN" or token.ent_type_:
            break
        if token.i != (words[0].i if words else thing.i) - 1:
            break
        words.insert(0, token)
    return words


def _ranks(token) -> bool:
    """ "the largest", "the best-known": a word that ranks the thing, no part of its kind."""
    if token.tag_ in {"JJS", "RBS"} or token.ent_type_ == "ORDINAL":
        return True
    return token.lower_ == "known" and any(c.lower_ in {"best", "well"} for c in token.children)


def _uses(modifier: str, head: str, text: str) -> int:
    """How often the document writes the kind with the noun, in the singular or plural
    ("transform boundary", "transform boundaries")."""
    stem = head[:-1] if head.endswith("y") else head
    pattern = rf"(?<![\w-]){re.escape(modifier)} {re.escape(stem)}\w*"
    return count_matches(pattern, text, flags=re.IGNORECASE)
