"""An event or body a question names only by its kind: "an informal summit", "a special
ministerial meeting", "national societies", "two Additional Protocols".

Such a phrase is indefinite (an article, a number or a bare plural) and its words are
general English, so a learner cannot tell which summit or which societies are meant
unless the question says so itself. The question is kept when the phrase carries a
proper name ("an ASEAN-Japan meeting", "a conference of the Red Cross"), when the
clause names who took part ("Hashimoto and Yeltsin met at an informal summit"), or when
the question gives both a date and a place ("an informal summit in Krasnoyarsk in
1997"). Works on the source sentence's parse; general English only.
"""

from __future__ import annotations

import re

from quizzes.generation import syntax
from quizzes.generation.mentions import ARGUMENT_DEPS
from quizzes.language.lexicon import MONTH_NAMES

# Kinds of event or body that a document names by a proper name when it means one.
EVENT_NOUNS = {
    "meeting", "summit", "conference", "agreement", "protocol", "society", "treaty",
    "convention", "declaration", "accord", "pact", "congress", "assembly", "session",
    "talk", "negotiation", "council", "committee", "commission", "association",
    "federation", "alliance", "forum", "dialogue", "ceremony", "referendum", "election",
    "conflict", "uprising", "revolt", "rebellion", "revolution", "crisis", "organisation",
    "organization", "union", "league", "coalition", "symposium", "workshop",
}  # fmt: skip
# Capitalised in a title, but general words that name no one: "Additional Protocols".
GENERAL_ADJECTIVES = {
    "additional", "joint", "special", "informal", "formal", "national", "international",
    "general", "extraordinary", "annual", "regional", "global", "final", "first",
    "second", "third", "new", "optional", "bilateral", "multilateral", "ministerial",
    "preliminary", "permanent", "supplementary", "interim", "peace", "trade",
}  # fmt: skip
# Bodies a classifying adjective sorts into a class: "national societies" are all of them,
# and a question may name them as the document did ("national Red Cross societies").
BODY_NOUNS = {
    "society", "association", "organisation", "organization", "union", "league",
    "council", "committee", "commission", "federation",
}  # fmt: skip
CLASSIFYING = {"national", "regional", "local", "municipal", "provincial"}
INDEFINITE = {"a", "an", "another", "some", "several", "many", "various", "numerous"}
PLACE_PREPS = {"in", "at", "near", "on"}
NO_NAME_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"}
MONTHS = "|".join(sorted(MONTH_NAMES))
DATE = re.compile(rf"\b(1[0-9]{{3}}|20[0-9]{{2}}|{MONTHS})\b", re.I)


def unnamed_event(prompt: str, sent) -> bool:
    """Whether the prompt shows an event or body by its kind alone and says nothing else
    that tells which one."""
    lowered = " ".join(prompt.lower().split())
    for head in sent:
        if _kind(head) not in EVENT_NOUNS or head.pos_ not in {"NOUN", "PROPN"}:
            continue
        if head.dep_ not in ARGUMENT_DEPS:
            continue  # "X was a conference of ...": a description of a named X
        start = _indefinite_start(head)
        if start is None:
            continue
        words = " ".join(t.lower_ for t in sent.doc[start : head.i + 1])
        if not re.search(rf"(?<![\w-]){re.escape(words)}(?![\w-])", _spaced(lowered)):
            continue
        if not _pinned(head, start, lowered):
            return True
    return False


def _class_of_bodies(head) -> bool:
    """ "national societies", "regional councils": a bare plural whose only word before it
    sorts bodies into a class (unlike "two Additional Protocols", "talks")."""
    if head.tag_ not in {"NNS", "NNPS"} or _kind(head) not in BODY_NOUNS:
        return False
    lefts = list(head.lefts)
    return bool(lefts) and all(t.dep_ == "amod" and t.lower_ in CLASSIFYING for t in lefts)


def named_classes(sent) -> list[tuple[str, str]]:
    """(class words, the class as the sentence names it) for each class of bodies the
    sentence gives a name: "the national Red Cross societies" -> ("national societies",
    "national Red Cross societies")."""
    found = []
    for head in sent:
        if head.tag_ not in {"NNS", "NNPS"} or _kind(head) not in BODY_NOUNS:
            continue
        adjective = next((t for t in head.lefts if t.lower_ in CLASSIFYING), None)
        if adjective is None:
            continue
        between = head.doc[adjective.i + 1 : head.i]
        if between and all(t.pos_ == "PROPN" for t in between):
            found.append(
                (f"{adjective.lower_} {head.lower_}", head.doc[adjective.i : head.i + 1].text)
            )
    return found


def with_classes_named(prompt: str, sent, discourse) -> str:
    """The prompt with a class of bodies named as the document named it before: "joining
    national societies" -> "joining national Red Cross societies"."""
    for head in sent:
        if not _class_of_bodies(head):
            continue
        words = " ".join(t.text for t in sent.doc[head.left_edge.i : head.i + 1])
        name = discourse.class_name(words.lower())
        pattern = rf"(?<![\w-]){re.escape(words)}(?![\w-])"
        if name is not None:
            prompt = re.sub(pattern, name, prompt, count=1)
    return prompt


def _spaced(text: str) -> str:
    """The prompt with hyphens spaced as the parse splits them ("ASEAN - Japan")."""
    return re.sub(r"\s*-\s*", " - ", text)


def _indefinite_start(head) -> int | None:
    """Where the indefinite phrase ending at ``head`` begins, or None when it is definite
    ("the summit", "its council", "Japan's treaty") and so another check's business."""
    lefts = list(head.lefts)
    determiners = [t for t in lefts if t.dep_ in {"det", "poss", "nummod"} or t.like_num]
    for det in determiners:
        if det.dep_ == "poss" or (det.dep_ == "det" and det.lower_ not in INDEFINITE):
            return None
        if det.dep_ != "det" and not det.like_num:
            return None
    if not determiners and head.tag_ not in {"NNS", "NNPS"}:
        return None  # a bare singular is a mass use or a title: "Congress", "peace"
    return min([t.left_edge.i for t in lefts], default=head.i)


def _pinned(head, start, lowered: str) -> bool:
    doc = head.doc
    for token in doc[start : head.i]:
        if _names_someone(token):
            return True  # "an ASEAN-Japan meeting"
    place = False
    for child in head.rights:
        shown = " ".join(t.lower_ for t in child.subtree)
        if shown not in _spaced(lowered):
            continue
        names = [t for t in child.subtree if _names_someone(t)]
        if child.dep_ == "prep" and child.lower_ in PLACE_PREPS:
            place = place or bool(names)
        elif names:
            return True  # "a conference of the Red Cross", "talks with Britain"
    if _participants_named(head, lowered):
        return True
    return place and bool(DATE.search(lowered))


def _names_someone(token) -> bool:
    if token.pos_ != "PROPN" and (not token.ent_type_ or token.ent_type_ in NO_NAME_ENTS):
        return False
    return token.lower_ not in GENERAL_ADJECTIVES and _kind(token) not in EVENT_NOUNS


def _kind(token) -> str:
    """The noun's lemma, a capitalised plural included ("Conventions" -> "convention")."""
    lemma = token.lemma_.lower()
    if token.tag_ == "NNPS" and lemma.endswith("s"):
        return lemma[:-1]
    return lemma


def _participants_named(head, lowered: str) -> bool:
    """ "Hashimoto and Yeltsin agreed at an informal summit": the clause's subject, shown
    in the prompt, says who met."""
    verb = head.head
    while verb.dep_ in {"prep", "pobj", "conj"} and verb.head.i != verb.i:
        if verb.pos_ in {"VERB", "AUX"}:
            break
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    # "A and B agreed to conclude a peace treaty": the treaty of the ones who agreed.
    while verb.dep_ in {"xcomp", "advcl"} and syntax.subject_of(verb) is None:
        verb = verb.head
    for child in verb.children:
        if child.dep_ not in {"nsubj", "nsubjpass", "agent"} or child.i == head.i:
            continue
        names = [t for t in child.subtree if _names_someone(t)]
        if any(re.search(rf"(?<!\w){re.escape(t.lower_)}(?!\w)", lowered) for t in names):
            return True
    return False
