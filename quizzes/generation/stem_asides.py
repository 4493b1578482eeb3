"""The parts of a sentence every fill-in-the-blank stem loses, whatever its length:
brackets that do not hold the answer, what follows a colon, relative asides set off by a
comma, openers that carry no fact or point back ("For example,", "A year later"), and
back-pointing words ("the resulting programme"). Also the pieces of a parse that the
cuts of ``stem_cuts`` share: a phrase with its commas, the path up to the answer.
"""

from __future__ import annotations

from quizzes.generation import references, syntax

COMMAS = {",", ";", "—", "–", ":"}
LEADING_PARTS = {"prep", "advmod", "npadvmod", "advcl", "ccomp"}
QUOTES = {'"', "“", "'", "‘"}
RELATIVE_TIME_WORDS = {"later", "earlier", "afterwards", "afterward", "following", "next"}


def brackets_without(sent, answer: set[int]) -> set[int]:
    """Bracketed asides that do not hold the answer: "(85 feet)", and "(EPAs)", which would
    give a blanked "Economic Partnership Agreements" away."""
    dropped: set[int] = set()
    opened = None
    for token in sent:
        if token.text == "(":
            opened = token.i
        elif token.text == ")" and opened is not None:
            inside = set(range(opened, token.i + 1))
            if not inside & answer:
                dropped |= inside
            opened = None
    return dropped


def after_colon(sent, answer: set[int]) -> set[int]:
    """What follows a colon after the answer: a list ("seven principles: humanity,
    impartiality, ...") or a second clause, each printing facts the blank does not need."""
    colon = next((t.i for t in sent if t.text == ":" and t.i > max(answer)), None)
    if colon is None or colon + 1 >= sent.end or sent.doc[colon + 1].text in QUOTES:
        return set()  # 'stated: "..."': what was said is never cut
    return set(range(colon, sent.end))


def relative_asides(root, kept: set[int], answer: set[int]) -> set[int]:
    """ ", which then ruled the colony,": a relative clause set off by a comma adds a fact
    about its noun but is never needed to tell which noun is meant."""
    path = path_to(root, answer)
    dropped: set[int] = set()
    for token in root.subtree:
        if token.dep_ == "relcl" and token.i not in path and set_off(token):
            dropped |= subtree_part(token, kept, answer)
    return dropped


def fact_free_openers(root, kept: set[int], answer: set[int]) -> set[int]:
    """Phrases before the subject that carry no fact ("For example,", "Moreover,", "In
    this context,") or point back ("At this meeting"): they only tie to what came before."""
    subject = syntax.subject_of(root)
    dropped: set[int] = set()
    for child in root.children:
        if subject is None or child.i > subject.i or child.dep_ not in LEADING_PARTS:
            continue
        phrase = {t.i for t in child.subtree}
        if phrase & answer or not phrase <= kept:
            continue
        tokens = list(child.subtree)
        factual = any(t.pos_ in {"PROPN", "NUM"} or t.ent_type_ for t in tokens)
        if not factual or references.deictic(tokens) or _relative_time(tokens):
            dropped |= phrase | commas_after(child)
    return dropped | _leading_relative_time(root, kept, answer)


def _leading_relative_time(root, kept: set[int], answer: set[int]) -> set[int]:
    """ "A year later the council ...", however the parser hung it (often on the subject):
    the run of time words that opens the clause."""
    ordered = sorted(i for i in kept if i >= root.left_edge.i)
    run = []
    for i in ordered:
        token = root.doc[i]
        if i in answer or token.ent_type_ not in {"DATE", "TIME"}:
            break
        run.append(token)
    if not run or not _relative_time(run) or run[-1].lower_ not in RELATIVE_TIME_WORDS:
        return set()
    following = run[-1].i + 1
    comma = {following} if following < len(root.doc) and root.doc[following].text == "," else set()
    return {t.i for t in run} | comma


def _relative_time(tokens) -> bool:
    """ "A year later", "Two weeks afterwards", "The following spring": a time counted
    from what the sentence before told, which the stem does not print."""
    words = {t.lower_ for t in tokens}
    return bool(words & RELATIVE_TIME_WORDS) and not any(t.like_num and len(t) == 4 for t in tokens)


def back_pointing_words(root, kept: set[int], answer: set[int]) -> set[int]:
    """ "The resulting visa-free exchange programme": named as well without "resulting"."""
    subject = syntax.subject_of(root)
    if subject is None:
        return set()
    tokens = [t for t in subject.subtree if t.i in kept and t.i not in answer]
    return {t.i for t in tokens} - {t.i for t in references.without_back_pointing(tokens)}


def path_to(root, answer: set[int]) -> set[int]:
    token = root.doc[min(answer)]
    path = {token.i}
    while token.i != root.i and token.head.i != token.i:
        token = token.head
        path.add(token.i)
    return path


def subtree_part(token, kept: set[int], answer: set[int]) -> set[int]:
    """A subtree with the commas around it; nothing if it holds the answer."""
    part = {t.i for t in token.subtree}
    if part & answer:
        return set()
    doc = token.doc
    left, right = token.left_edge.i - 1, token.right_edge.i + 1
    # ", who ... ," goes with both commas; "a geologist who ... ," keeps the comma that
    # closes the outer aside.
    if left >= 0 and doc[left].text in COMMAS:
        part.add(left)
        if right < len(doc) and doc[right].text in {",", "—", "–"}:
            part.add(right)
    return part & kept


def set_off(token) -> bool:
    """An aside set off from its noun by a comma or a bracket, not a name right after it."""
    before = token.left_edge.i - 1
    return before >= 0 and token.doc[before].text in COMMAS | {"("}


def commas_after(token) -> set[int]:
    following = token.right_edge.i + 1
    doc = token.doc
    return {following} if following < len(doc) and doc[following].text == "," else set()
