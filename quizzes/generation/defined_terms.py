"""Which noun is a term worth a definition question: not a kind of thing ("the country"),
not a person, not a word pointing back ("this process"), and one the document repeats or
titles a section with.
"""

from __future__ import annotations

import re

from quizzes.generation import syntax
from quizzes.generation.drafts import DocumentContext, Site
from quizzes.generation.text_counts import count_matches

# Nouns that name a kind of thing, not a term: "The treaty is the first ..." refers back.
GENERIC_NOUNS = {
    "country",
    "city",
    "town",
    "village",
    "state",
    "nation",
    "government",
    "treaty",
    "agreement",
    "company",
    "organisation",
    "organization",
    "group",
    "party",
    "body",
    "committee",
    "council",
    "war",
    "year",
    "day",
    "man",
    "woman",
    "people",
    "person",
    "area",
    "region",
    "island",
    "project",
    "plan",
    "meeting",
    "conference",
    "event",
    "work",
    "book",
    "place",
    "thing",
    "way",
    "part",
    "result",
    "system",
    "process",
}
NOT_TERMS = {"PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
POINTING = syntax.PRONOUNS - {"that", "one", "this", "these", "those"}


def points_back(tokens: list) -> bool:
    """A pronoun, or "this", "these", "such" anywhere: the phrase needs what came before."""
    words = {t.lower_ for t in tokens}
    demonstrative = any(
        t.lower_ in {"this", "these", "those", "that"} and t.dep_ == "det" for t in tokens
    )
    return bool(words & POINTING) or demonstrative or syntax.is_anaphoric(tokens)


def term(noun, site: Site, context: DocumentContext) -> str | None:
    """The term a noun names, without its article, when it is worth knowing."""
    # The tagger sometimes takes a rare noun for an adverb ("The troposphere is ...").
    determined = any(c.dep_ == "det" for c in noun.children)
    if noun.ent_type_ in NOT_TERMS or noun.pos_ not in {"NOUN", "PROPN"} and not determined:
        return None
    if any(c.dep_ == "conj" for c in noun.children):
        return None  # "Disarmament and non-proliferation are ...": two terms
    tokens = [t for t in syntax.noun_phrase(noun) if t.dep_ != "det"]
    if not tokens or syntax.is_anaphoric(tokens) or any(t.dep_ == "poss" for t in tokens):
        return None
    text = syntax.render(tokens)
    if noun.pos_ == "PROPN":
        return text if _not_a_person(tokens, noun) else None
    if noun.lemma_.lower() in GENERIC_NOUNS or noun.tag_ in {"NNS", "NNPS"}:
        return None
    repeated = _occurrences(text, context.text) >= 2
    titled = text.lower() in site.source.section_title.lower()
    return text if repeated or titled else None


def _not_a_person(tokens: list, noun) -> bool:
    """A name the tagger took for a body, defined as "the builder of ...": a person, which
    the who-questions ask about."""
    apposed = [c for c in noun.children if c.dep_ == "appos"]
    stated = [c for c in noun.head.children if c.dep_ == "attr"]
    definition = next(iter(apposed + stated), None)
    if noun.ent_type_ == "PERSON":
        return False
    head = definition.lemma_.lower() if definition is not None else ""
    return not head.endswith(("er", "or", "ist", "ian")) or len(tokens) < 2


def _occurrences(phrase: str, text: str) -> int:
    return count_matches(rf"\b{re.escape(phrase)}\b", text, flags=re.IGNORECASE)
