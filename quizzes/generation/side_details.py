"""Answers that sit where a sentence puts a side detail, not the fact it is about.

A person's affiliation: "Lena Ames and Tom Brook of the Royal Institute of Science
photographed the comet": a blank on "Royal Institute of Science" asks who employed them,
not what they did; the section is about the comet.

A person's death or birth, when the text only mentions that person: "The surveyor in
charge, Ada Brent, died in May 1871" in a section about the railway (asked as "when" or
as "which surveyor died in May 1871?"). A text that follows
the person ("She died in 1871", a section titled with the name) makes it worth asking.

A question asked of a clause set before the main one to give its background: "When did
the empire fall?" from "After the empire fell in 1918, the new republic ...".

A blank inside a relative clause set off by a comma: "Congress admitted the territory,
which became the 38th state in 1876," asks about the aside, not about the clause the
stem is built on.
"""

from __future__ import annotations

from quizzes.generation import syntax
from quizzes.generation.drafts import Draft
from quizzes.generation.question import Kind
from quizzes.language.lexicon import PRONOUNS

AFFILIATION_PREPOSITIONS = frozenset({"of", "at", "from"})
LIFE_EVENT_VERBS = frozenset({"die", "bear"})
TIME_LABELS = frozenset({"DATE", "TIME"})
ASIDE_PUNCTUATION = frozenset({",", "(", "—", "–"})
# Words opening a clause that sets the scene for the main one: "After the empire fell in
# 1918, the new republic ...".
SCENE_MARKERS = frozenset({"after", "before", "when", "once", "until"})


def is_side_detail(draft: Draft) -> bool:
    root = _answer_root(draft)
    if root is None:
        return False
    title = draft.site.source.section_title
    if _affiliation(root) or _passing_life_event(root, title, draft.kind):
        return True
    if draft.kind == Kind.FILL_BLANK and _in_relative_aside(root, draft.prompt):
        return True
    return _in_background_clause(root)


def _answer_root(draft: Draft):
    sent = draft.site.sent
    if draft.answer_tokens is not None:
        start, end = draft.answer_tokens
        return sent.doc[start:end].root if end > start else None
    found = sent.text.find(draft.answer)
    if found < 0:
        return None
    begin = sent.start_char + found
    span = sent.doc.char_span(begin, begin + len(draft.answer), alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _affiliation(root) -> bool:
    """The answer is the object of "of/at/from" right after a person's name."""
    preposition = root.head
    return (
        root.dep_ == "pobj"
        and preposition.lower_ in AFFILIATION_PREPOSITIONS
        and preposition.head.ent_type_ == "PERSON"
        and preposition.i == preposition.head.i + 1
    )


def _passing_life_event(root, section_title: str, kind: Kind) -> bool:
    """The answer dates the death or birth of someone the text does not follow (the
    subject is named, not referred to as "he" or "she", and the section title does not
    name them), or a question asks who it was that died then ("Which engineer died in
    May 1871?")."""
    named = root.head if root.dep_ == "appos" else root  # "The surveyor, Ada Brent, died"
    asks_who = kind == Kind.WHO and named.dep_ in syntax.SUBJECT_DEPS
    if root.ent_type_ not in TIME_LABELS and not asks_who:
        return False
    verb = _verb_of(root)
    if verb is None or verb.lemma_.lower() not in LIFE_EVENT_VERBS:
        return False
    subject = syntax.subject_of(verb)
    if subject is None or subject.lower_ in PRONOUNS:
        return False
    names = {t.lower_ for t in subject.subtree if t.pos_ == "PROPN" and t.is_alpha}
    if not names:
        return False
    title = {word.strip(".,:;()").lower() for word in section_title.split()}
    return not names & title


def _verb_of(token):
    while token.pos_ not in {"VERB", "AUX"}:
        if token.head.i == token.i:
            return None
        token = token.head
    return token


def _in_relative_aside(root, prompt: str):
    """The blank sits in a relative clause set off by a comma while the stem keeps the
    main clause before it: the question asks about the aside."""
    token = root
    while token.head.i != token.i:
        if token.dep_ == "relcl" and _set_off(token):
            main = token.sent.root
            return main.i < token.left_edge.i and main.text in prompt.split()
        token = token.head
    return False


def _in_background_clause(root) -> bool:
    """The answer dates or names something in a clause put before the main one to set
    the scene ("After the empire fell in 1918, the new republic ..."): the question, or
    the blank, asks about the background, not about what the sentence says."""
    token = root
    while token.head.i != token.i:
        if token.dep_ == "advcl" and token.head.dep_ == "ROOT" and token.i < token.head.i:
            markers = {c.lower_ for c in token.children if c.dep_ == "mark"}
            return bool(markers & SCENE_MARKERS)
        token = token.head
    return False


def _set_off(token) -> bool:
    before = token.left_edge.i - 1
    return before >= 0 and token.doc[before].text in ASIDE_PUNCTUATION
