"""A thing the document renames answers to both names.

"The Harbour Bridge, renamed the Jubilee Bridge in 1935, ..." or "... the Harbour Bridge.
In 1935 it was renamed the Jubilee Bridge." makes "Jubilee Bridge" an accepted answer
wherever "Harbour Bridge" is the key, and back, except in a question that shows the other
name (that is the question about the renaming itself). Where the renamed thing is a
pronoun or a common noun ("it", "the bridge"), it is the nearest name before it in the same
block that ends with the new name's last word ("... Bridge").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from quizzes.generation.question import GeneratedQuestion
from quizzes.language.lexicon import ARTICLES

RENAMING_VERBS = frozenset({"rename", "rechristen", "retitle"})
_SMALL = frozenset({"of", "the", "and", "for", "de", "la", "del"})


def renamings(docs: Iterable) -> list[tuple[str, str]]:
    """(old name, new name) for every renaming the parsed blocks state."""
    pairs = []
    for doc in docs:
        for verb in doc:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in RENAMING_VERBS:
                continue
            old, new = _old_and_new(verb)
            new_name = _name(new) if new is not None else None
            if old is None or new_name is None:
                continue
            old_name = _name(old, until=new.left_edge.i) or _earlier_name(
                doc, old.i, new_name.split()[-1]
            )
            if old_name and old_name.lower() != new_name.lower():
                pairs.append((old_name, new_name))
    return pairs


def _old_and_new(verb):
    """The thing renamed and its new name, in the parses a renaming gets."""
    children = {c.dep_: c for c in verb.children}
    old = children.get("nsubjpass") or children.get("dobj")
    new = children.get("oprd") or children.get("attr")
    if old is None and verb.dep_ in {"acl", "relcl"}:
        old = verb.head  # "the Harbour Bridge, renamed the Jubilee Bridge in 1935"
    subject = children.get("nsubj")
    # The same, parsed as a clause of its own: "The Harbour Bridge, renamed ..." with a subject
    if (
        new is None
        and subject is not None
        and verb.doc[verb.i - 1].text == ","
        and subject.right_edge.i >= verb.i - 2
    ):
        return subject, children.get("dobj")
    if new is None and old is not None:  # "renamed the Ministry of Works the Department ..."
        new = next((c for c in old.children if c.dep_ == "appos"), None)
        if new is not None and verb.doc[new.left_edge.i - 1].is_punct:
            new = None  # "renamed Mill Road, a lane ...": a description, not a second name
    return old, new


def with_other_names(
    questions: list[GeneratedQuestion], pairs: list[tuple[str, str]]
) -> list[GeneratedQuestion]:
    other: dict[str, str] = {}
    for old, new in pairs:
        other.setdefault(plain_name(old), new)
        other.setdefault(plain_name(new), old)
    for question in questions:
        name = other.get(plain_name(question.answer))
        if name is None or plain_name(name) in plain_name(question.prompt):
            continue
        if name not in question.accepted_answers:
            question.accepted_answers = [*question.accepted_answers, name]
    return questions


def _name(token, until: int | None = None) -> str | None:
    """The proper name a noun heads, without its article: every word capitalised."""
    words = [t for t in token.subtree if not t.is_punct and (until is None or t.i < until)]
    if words and words[0].lower_ in ARTICLES:
        words = words[1:]
    if not words or token.pos_ != "PROPN" or len(words) > 8:
        return None
    if not all(t.text[:1].isupper() or t.lower_ in _SMALL for t in words):
        return None
    return " ".join(t.text for t in words)


def _earlier_name(doc, before: int, head: str) -> str | None:
    """The last name before token `before` whose last word is `head`: "Culebra Cut"."""
    for index in range(before - 1, 0, -1):
        if doc[index].text != head:
            continue
        start = index
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
            start -= 1
        if start < index:
            return doc[start : index + 1].text
    return None


def plain_name(name: str) -> str:
    """ "The United Nations" and "United Nations" are the same name."""
    return re.sub(r"^the\s+", "", " ".join(name.split()), flags=re.IGNORECASE).lower()
