"""Answers that sit where a sentence puts a side detail, not the fact it is about.

A person's affiliation: "Lena Ames and Tom Brook of the Royal Institute of Science
photographed the comet": a blank on "Royal Institute of Science" asks who employed them,
not what they did; the section is about the comet.
"""

from __future__ import annotations

from quizzes.generation.drafts import Draft

AFFILIATION_PREPOSITIONS = frozenset({"of", "at", "from"})


def is_side_detail(draft: Draft) -> bool:
    root = _answer_root(draft)
    return root is not None and _affiliation(root)


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
