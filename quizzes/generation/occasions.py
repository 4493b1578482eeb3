"""The occasion a clause of representation belongs to, told by the sentence before it.

"The Treaty of Lund was signed in Lund on 2 May 1690. Sweden was represented by the envoy
Karl Dahl." -> Dahl represented Sweden "at the signing of the Treaty of Lund". "Who
represented Sweden?" alone asks about every occasion the country ever had a representative
at, so a question about representation states its occasion or is not asked.

Only the one law or event the sentence before names (a second name it is "usually called"
counts as the same thing); a signing only when that sentence says the law was signed.
"""

from __future__ import annotations

from quizzes.generation import named_things
from quizzes.generation.naming_questions import APPOSED_NAMING_VERBS
from quizzes.generation.question import AnswerType

# Verbs whose fact depends on an occasion the clause may leave to the sentence before.
OCCASION_VERBS = {"represent"}
# Prepositions that give a clause its own occasion: "represented Sweden at the congress".
OCCASION_PREPOSITIONS = {"at", "during", "in"}
OCCASION_TYPES = {AnswerType.LAW, AnswerType.EVENT}
SIGNING_VERBS = {"sign"}


def needs_occasion(verb) -> bool:
    """A verb of representation whose clause names no occasion of its own."""
    if verb.lemma_.lower() not in OCCASION_VERBS:
        return False
    return not any(
        c.dep_ == "prep" and c.lower_ in OCCASION_PREPOSITIONS and c.i > verb.i
        for c in verb.children
    )


def occasion_before(sent) -> str | None:
    """ "at the signing of the Treaty of Lund" or "at the Congress of Aachen": the one law
    or event the previous sentence of the paragraph names, or None."""
    if sent.start == 0:
        return None  # the paragraph opens here: no sentence before it in this block
    before = sent.doc[sent.start - 1].sent
    name = _one_named_occasion(before)
    if name is None:
        return None
    thing, tokens = name
    text = f"the {thing.text}" if _written_with_the(tokens) else thing.text
    if thing.answer_type == AnswerType.EVENT:
        return f"at {text}"
    if any(t.lemma_.lower() in SIGNING_VERBS and t.pos_ == "VERB" for t in before):
        return f"at the signing of {text}"
    return None


def _one_named_occasion(sent):
    """The sentence's one named law or event; of a thing named twice ("the Treaty of X,
    usually called the Treaty of Y"), the name it is usually called by."""
    found = _named_occasions(sent)
    if len(found) == 1:
        return found[0]
    if len(found) == 2 and _given_as_a_name(found[1][1]):
        return found[1]
    return None


def _named_occasions(sent) -> list:
    found = []
    covered: set[int] = set()
    for token in sent:
        if token.i in covered:
            continue
        thing = named_things.named_thing(token)
        if thing is None or thing.answer_type not in OCCASION_TYPES:
            continue
        covered.update(t.i for t in thing.tokens)
        found.append((thing, thing.tokens))
    return found


def _given_as_a_name(tokens: list) -> bool:
    """The name follows a naming verb: "..., usually called the Treaty of Y"."""
    head = next((t for t in tokens if t.head.i not in {u.i for u in tokens}), None)
    return (
        head is not None
        and head.dep_ in {"dobj", "oprd", "attr"}
        and head.head.lemma_.lower() in APPOSED_NAMING_VERBS
    )


def _written_with_the(tokens: list) -> bool:
    first = tokens[0]
    return first.i > 0 and first.doc[first.i - 1].lower_ == "the"


# Verbs whose object changes hands by the terms of an agreement: "Russia ceded the islands".
TRANSFER_VERBS = {"cede", "surrender", "relinquish", "renounce"}
# "in exchange", "in return": the clause is one side of a bargain struck just before.
BARGAIN_NOUNS = {"exchange", "return"}
# Prepositions that give a clause its own legal ground: "ceded under the Treaty of X".
GROUND_PREPOSITIONS = {"under", "by"}


def terms_occasion(verb) -> str | None:
    """ "under the 1875 Treaty of Kiel": the one law the previous sentence of the paragraph
    names, when the clause of ``verb`` reads as one of its terms ("in exchange Denmark
    ceded the three islands"). "How many islands did Denmark cede?" alone asks about
    every cession the country ever made."""
    if not _states_terms(verb) or _has_own_ground(verb):
        return None
    sent = verb.sent
    if sent.start == 0 or _named_occasions(sent):
        return None  # no sentence before in this block, or the clause names its own
    before = sent.doc[sent.start - 1].sent
    name = _one_named_occasion(before)
    if name is None or name[0].answer_type != AnswerType.LAW:
        return None
    thing, tokens = name
    if not _written_with_the(tokens):
        return f"under {thing.text}"
    year = _one_year(before)
    dated = f"{year} " if year and not any(ch.isdigit() for ch in thing.text) else ""
    return f"under the {dated}{thing.text}"


def with_terms_occasion(verb, rest: str) -> str:
    """``rest`` of a question about ``verb``, with its law added when it needs one."""
    occasion = terms_occasion(verb)
    return " ".join(w for w in (rest, occasion) if w)


def _states_terms(verb) -> bool:
    if verb.lemma_.lower() in TRANSFER_VERBS:
        return True
    return any(
        c.dep_ == "prep"
        and c.lower_ == "in"
        and any(o.dep_ == "pobj" and o.lower_ in BARGAIN_NOUNS for o in c.children)
        for c in verb.children
    )


def _has_own_ground(verb) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in GROUND_PREPOSITIONS for c in verb.children)


def _one_year(sent) -> str | None:
    """The year of the sentence's one date ("signed on 7 May 1875" -> "1875"), or None."""
    years = {
        t.text
        for ent in sent.ents
        if ent.label_ == "DATE"
        for t in ent
        if len(t.text) == 4 and t.text.isdigit()
    }
    return years.pop() if len(years) == 1 else None
