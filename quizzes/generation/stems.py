"""A fill-in-the-blank stem: the clause of a sentence that carries one fact, not the whole
sentence with every other fact printed around the blank.

The sentence is cut along its parse, least informative parts first, until the stem is
short: brackets and fact-free openers ("For example,") always go; then clauses
(subordinate and coordinated ones), then asides on nouns (relative clauses,
appositions), then phrases before the subject. What someone said is never cut: "X stated
at the _____ session" without what was stated tests nothing worth knowing. When the fact
sits in a clause with its own subject ("..., and Foreign Minister Gemba said ..."), that
clause may stand alone. A stem that
stays too long, or whose subject only points back ("It", "the forum"), is refused.
"""

from __future__ import annotations

from quizzes.generation import syntax
from quizzes.generation.question import BLANK
from quizzes.generation.stem_asides import (
    after_colon,
    back_pointing_words,
    brackets_without,
    fact_free_openers,
    relative_asides,
)
from quizzes.generation.stem_checks import misparsed, stands_alone
from quizzes.generation.stem_cuts import CLAUSE_PARTS, COMMAS, LEADING_TARGET_WORDS, cuts

MAX_WORDS = 25  # refuse a stem that cannot be cut under this
SUBORDINATORS = {"mark"}
# Prepositions that open a phrase of their own after a comma (", with a budget of ...").
SET_OFF_PREPOSITIONS = {"with", "including", "despite", "unlike", "like"}


def cloze_stem(sent, start: int, end: int) -> str | None:
    """The stem that blanks doc[start:end] of the sentence ``sent``, or None."""
    answer = set(range(start, end))
    best = None
    for root in _possible_roots(sent, answer):
        if misparsed(root):
            continue
        kept = _clause_tokens(root, sent) - brackets_without(sent, answer)
        kept -= after_colon(sent, answer) | relative_asides(root, kept, answer)
        kept -= fact_free_openers(root, kept, answer)
        kept -= back_pointing_words(root, kept, answer)
        for cut, target in cuts(root, kept, answer):
            if _words(kept, sent.doc, start, end) <= target:
                continue
            kept -= cut
        kept = _tidy(_closing_commas(kept, root, sent.doc), sent.doc)
        if not stands_alone(root, kept, answer):
            continue
        words = _words(kept, sent.doc, start, end)
        if words <= MAX_WORDS and (best is None or words < best[0]):
            best = (words, kept)
        if words <= LEADING_TARGET_WORDS:
            break  # a clause deeper down would lose the main one's context
    return None if best is None else _render(best[1], sent.doc, start, end)


def _possible_roots(sent, answer: set[int]) -> list:
    """The sentence's root, then each clause on the way down to the answer that has a
    subject of its own and so can stand alone as a sentence."""
    roots = [sent.root]
    chain = []
    token = sent.doc[min(answer)]
    while token.i != sent.root.i and token.head.i != token.i:
        token = token.head
        chain.append(token)
    for clause in reversed(chain):
        # Not a reported clause ("pledged that Japan would ..."): alone it would state as
        # a fact what someone only said.
        if clause.i == sent.root.i or clause.dep_ not in CLAUSE_PARTS | {"relcl"}:
            continue
        subject = syntax.subject_of(clause)
        if clause.dep_ == "relcl" and clause.head.dep_ != "conj":
            continue  # only a main clause the parser hung on a noun ("and the astronomer X
            # published ...") stands alone; a real relative clause needs its noun
        if subject is None or subject.lower_ in syntax.RELATIVE_PRONOUNS:
            continue
        if clause.dep_ == "conj" and clause.head.i == sent.root.i:
            # "Donors sent aid, and a meeting was held on _____": the first clause is
            # another fact, not the blank's context; the blank's own clause comes first.
            roots.insert(0, clause)
        else:
            roots.append(clause)
    return roots


def _clause_tokens(root, sent) -> set[int]:
    """The root's subtree, without a subordinating word ("after", "when") heading it."""
    dropped = {c.i for c in root.children if c.dep_ in SUBORDINATORS}
    if root.i == sent.root.i:
        return {t.i for t in sent}
    return {t.i for t in syntax.subtree_without(root, dropped)}


def _closing_commas(kept: set[int], root, doc) -> set[int]:
    """Put back the comma that closed a cut aside when the sentence goes on with a new
    phrase: "took place in Leiden, Netherlands, chaired by ..." keeps its comma before
    "chaired"; "The engineer, Karl Lindau, died" joins subject and verb without one."""
    ordered = sorted(kept)
    restored = set(kept)
    for before, after in zip(ordered, ordered[1:], strict=False):
        if after - before < 4:
            continue  # nothing cut here, or too little to be an aside between commas
        opening, closing = doc[before + 1], doc[after - 1]
        if opening.text != "," or closing.text != "," or doc[before].is_punct:
            continue
        following = doc[after]
        joins_verb = following.i == root.i or (
            following.head.i == root.i and following.dep_ in {"aux", "auxpass", "neg"}
        )
        # The comma stays before a new phrase ("..., chaired by", "..., with"); a verb's
        # complement ("stated at the session that ...") takes none.
        complement = following.dep_ in {"mark", "dobj", "ccomp", "xcomp", "attr", "acomp"}
        # "marked 7 May as a holiday", "joins the Baltic to the North Sea": the verb's
        # own phrase, once the aside before it is cut, follows it without a comma.
        complement |= following.dep_ == "prep" and following.head.pos_ in {"VERB", "AUX"}
        complement &= following.lower_ not in SET_OFF_PREPOSITIONS
        # "Ada Brent, the surveyor, and Tom Ames met": a list of names goes on without it.
        complement |= following.dep_ == "cc" and following.head.pos_ in {"NOUN", "PROPN"}
        if not joins_verb and not complement:
            restored.add(closing.i)
    return restored


def _tidy(kept: set[int], doc) -> set[int]:
    """No punctuation left at the start, doubled, or before the end."""
    ordered = sorted(kept)
    tidy: list[int] = []
    for i in ordered:
        token = doc[i]
        if token.text in COMMAS and (not tidy or doc[tidy[-1]].text in COMMAS):
            continue
        tidy.append(i)
    while tidy and doc[tidy[-1]].is_punct and doc[tidy[-1]].text not in {")", '"', "”"}:
        tidy.pop()
    return set(tidy)


def _words(kept: set[int], doc, start: int, end: int) -> int:
    """Words as a reader counts them: the rendered stem split on spaces."""
    return len(_render(_tidy(kept, doc), doc, start, end).split())


def _render(kept: set[int], doc, start: int, end: int) -> str:
    parts: list[str] = []
    ordered = sorted(i for i in kept if not start <= i < end)
    ordered = sorted([*ordered, start])
    for position, i in enumerate(ordered):
        text = BLANK if i == start else doc[i].text
        last = end - 1 if i == start else i
        following = ordered[position + 1] if position + 1 < len(ordered) else None
        if following is None:
            parts.append(text)
            break
        next_token = doc[following]
        if following == last + 1:
            space = doc[last].whitespace_
        else:
            space = "" if next_token.is_punct and next_token.text not in {"(", '"', "“"} else " "
        parts.append(text + space)
    stem = "".join(parts).strip()
    if not stem.rstrip('"”’').endswith((".", "?", "!")):
        stem += "."  # '... the "Exchange Year".' keeps its full stop after the quote
    return stem[0].upper() + stem[1:] if stem[0].islower() else stem
