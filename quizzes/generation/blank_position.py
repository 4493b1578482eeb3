"""Where a candidate blank falls in its sentence, and whether that spoils it: all that
stands in brackets, glued into a hyphenated word, cut from a longer name, one member of a
list, or written twice so the sentence gives it away."""

from __future__ import annotations


def bracketed(doc, start: int, end: int) -> bool:
    """The answer is all that stands in brackets: an aside ("the Special Measures Law
    (2001)"), or an acronym ("(NATO)") that repeats the name spelled out before it."""
    return start > 0 and end < len(doc) and doc[start - 1].text == "(" and doc[end].text == ")"


def glued(doc, start: int, end: int) -> bool:
    """The answer is part of a longer hyphenated word in the text."""
    before = start > 0 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_
    after = end < len(doc) and not doc[end - 1].whitespace_ and doc[end].text == "-"
    return before or after


def name_continues(doc, end: int) -> bool:
    """The tagger stopped short of the whole name: "United States Centers" | "for Disease ..."."""
    return (
        end + 1 < len(doc)
        and doc[end].lower_ in {"for", "of", "on"}
        and doc[end + 1].pos_ == "PROPN"
        and doc[end + 1].ent_type_ == ""
    )


def in_a_list(doc, start: int, end: int) -> bool:
    """The answer is one of several listed names, so any other member would fit the blank."""
    span = doc[start:end]
    root = span.root
    if root.dep_ == "conj" or any(child.dep_ == "conj" for child in root.children):
        return True
    if root.dep_ == "appos":
        return False  # "The surgeon in charge, Joseph Lister, began ...": a name, not a list
    before = doc[start - 1].text if start > 0 else ""
    after = doc[end].text if end < len(doc) else ""
    return before in {",", "and", "or"} or after in {",", "and", "or"} and _listy(doc, end)


def _listy(doc, end: int) -> bool:
    """A comma after the answer begins a list only if another name follows it; ", and"
    joining two clauses is no list."""
    following = doc[end + 1] if end + 1 < len(doc) else None
    if following is None:
        return False
    if following.lower_ == "and":
        return following.head.pos_ not in {"VERB", "AUX"}
    return following.pos_ == "PROPN"


def titled(doc, start: int) -> bool:
    """A role written just before a name identifies it even inside a list:
    "US Secretary of Defense _____" can only be one person."""
    return start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].ent_type_ != "PERSON"


def appears_elsewhere(sentence: str, answer: str) -> bool:
    """The sentence writes the answer a second time, so the stem would give it away."""
    return sentence.lower().count(answer.lower()) > 1
