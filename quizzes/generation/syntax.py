"""Reading a parsed sentence: the text of a group of tokens, a noun phrase's core, a
clause's subject. Works on spaCy tokens.

Turning a clause into a question is in ``inversion``; what a clause says about its fact
(hypothetical, negated, dated, vague) is in ``clause_facts``.
"""

from __future__ import annotations

from collections.abc import Iterable

from quizzes.language.lexicon import PRONOUNS, RELATIVE_PRONOUNS

SUBJECT_DEPS = {"nsubj", "nsubjpass"}
# Parts of a noun phrase left out when it becomes the subject of a question: they add
# length, not identity (appositions, relative clauses, asides in brackets).
NP_DROPPED_DEPS = {"appos", "relcl", "acl", "cc", "conj", "advmod"}
BREAKING_PUNCT = {",", ";", ":", "—", "–", "."}
# Determiners that point back to something said before: "other talks", "such measures".
ANAPHORIC_WORDS = {"other", "such", "another", "same", "said", "both", "each", "latter", "former"}


def render(tokens: Iterable) -> str:
    """Text of tokens in document order, spaced as in the source."""
    ordered = sorted(set(tokens), key=lambda token: token.i)
    parts: list[str] = []
    for position, token in enumerate(ordered):
        parts.append(token.text)
        following = ordered[position + 1] if position + 1 < len(ordered) else None
        if following is not None:
            adjacent = following.i == token.i + 1
            parts.append(token.whitespace_ if adjacent else " ")
    text = "".join(parts)
    return " ".join(text.split())


def subtree_without(token, dropped: set[int]) -> list:
    """The token's subtree, minus every subtree rooted at a token whose index is in dropped."""
    kept = []
    stack = [token]
    while stack:
        current = stack.pop()
        if current.i in dropped and current.i != token.i:
            continue
        kept.append(current)
        stack.extend(current.children)
    return kept


SHORT_MODIFIER_TOKENS = 5


def noun_phrase(token, *, keep_conj: bool = False) -> list:
    """A noun phrase's core tokens: determiners, modifiers, compounds, short prepositional
    phrases ("the first vaccine against measles"); with keep_conj, coordinated nouns too."""
    dropped = set()
    kept_coordination = {"cc", "conj"} if keep_conj else set()
    for child in token.children:
        if child.dep_ in NP_DROPPED_DEPS - kept_coordination:
            dropped.add(child.i)
        if child.dep_ == "punct" and child.text in BREAKING_PUNCT and not keep_conj:
            dropped.add(child.i)
        long_or_temporal = len(list(child.subtree)) > SHORT_MODIFIER_TOKENS or _temporal(child)
        if (
            child.dep_ == "prep"
            and child.lower_ != "of"
            and long_or_temporal
            and not _part_of_name(token, child)
        ):
            dropped.add(child.i)
    tokens = subtree_without(token, dropped)
    return balanced(trim_punct(tokens))


def _part_of_name(head, prep) -> bool:
    """ "the Convention for the Conservation of ... Resources": the phrase is the name."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return head.pos_ == "PROPN" and bool(objects) and all(o.pos_ == "PROPN" for o in objects)


def _temporal(prep) -> bool:
    return any(t.ent_type_ in {"DATE", "TIME"} for t in prep.subtree)


def trim_punct(tokens: list) -> list:
    ordered = sorted(tokens, key=lambda t: t.i)
    while ordered and ordered[-1].is_punct and ordered[-1].text not in {")", '"'}:
        ordered.pop()
    while ordered and ordered[0].is_punct and ordered[0].text not in {"(", '"'}:
        ordered.pop(0)
    return ordered


def balanced(tokens: list) -> list:
    """Drop brackets left without a partner or with nothing between them."""
    tokens = sorted(tokens, key=lambda t: t.i)
    text = [t.text for t in tokens]
    if text.count("(") != text.count(")"):
        tokens = [t for t in tokens if t.text not in {"(", ")"}]
    if text.count('"') % 2:
        tokens = [t for t in tokens if t.text != '"']
    empty = {
        i for i in range(len(tokens) - 1) if tokens[i].text == "(" and tokens[i + 1].text == ")"
    }
    return [t for i, t in enumerate(tokens) if i not in empty and i - 1 not in empty]


def subject_of(verb):
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            return child
    return None


def is_anaphoric(tokens: list) -> bool:
    """Starts with a pronoun or a word pointing back ("other talks"): unclear out of context."""
    words = [t.lower_ for t in tokens[:2]]
    return bool(words) and (words[0] in PRONOUNS or any(w in ANAPHORIC_WORDS for w in words))


def prune_asides(tokens: list) -> list:
    """Drop relative clauses and appositions nested in a phrase, to shorten a question."""
    kept_ids = {t.i for t in tokens}
    dropped = set()
    for token in tokens:
        if token.dep_ in {"relcl", "appos"} and token.head.i in kept_ids:
            dropped.update(t.i for t in token.subtree)
    return balanced(trim_punct([t for t in tokens if t.i not in dropped]))


def clause_subject_tokens(verb) -> list | None:
    """The subject's words; for a relative clause, its antecedent ("Gates, who visited")."""
    subject = subject_of(verb)
    if subject is None:
        return None
    if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return noun_phrase(verb.head, keep_conj=False)
    if subject.lower_ in PRONOUNS or subject.pos_ == "PRON":
        return None
    if subject.dep_ == "nsubj" and subject.tag_ in {"WDT", "WP"}:
        return None
    # "Edmund Hillary and Tenzing Norgay reached ...": both are the subject.
    return noun_phrase(subject, keep_conj=True)
