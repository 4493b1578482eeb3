"""The parts of a sentence a fill-in-the-blank stem may lose while it is too long, least
informative first: clauses, asides on nouns, side facts ("with a budget of ..."), the
verb's time and place, the scene set before the subject, and a clause that says more about
the blank. What holds the answer, and what someone said, is never cut. What every stem
loses (brackets, fact-free openers, ...) is in ``stem_asides``.
"""

from __future__ import annotations

from quizzes.generation import syntax
from quizzes.generation.stem_asides import (
    COMMAS,
    LEADING_PARTS,
    commas_after,
    path_to,
    set_off,
    subtree_part,
)

TARGET_WORDS = 16  # cut until the stem is this short ...
LEADING_TARGET_WORDS = 20  # the scene set before the subject goes only above this
DESCRIPTION_TARGET_WORDS = 24  # "..., and it rises above sea level in Iceland" goes above this
NOUN_ASIDES = {"relcl", "appos", "acl"}
CLAUSE_PARTS = {"advcl", "conj", "parataxis"}
ADJUNCT_PREPOSITIONS = {"in", "on", "at", "during", "near", "after", "before"}
AMOUNT_LABELS = {"MONEY", "QUANTITY", "PERCENT", "CARDINAL"}
SETTING_LABELS = {"GPE", "LOC", "FAC", "DATE", "TIME", "EVENT"}
# Phrases that add a side fact to a verb or a noun: "in Lisbon", "by X", "with ...",
# "hosted by X", "on 3 May"; a by-phrase says who did it and stays.
SIDE_PARTS = {"prep", "npadvmod", "acl", "advcl"}


def cuts(root, kept: set[int], answer: set[int]):
    """Groups of tokens that may go, least informative first, one part at a time."""
    path = path_to(root, answer)
    for group in (_clauses, _noun_asides):
        for part in sorted(group(root, kept, answer, path), key=len, reverse=True):
            yield part, TARGET_WORDS
    yield from _side_facts(root, kept, answer, path)
    # A phrase before the subject sets the scene ("After the flood, ..."): it goes only
    # from a stem that stays long.
    for part in sorted(_leading(root, kept, answer, path), key=len, reverse=True):
        yield part, LEADING_TARGET_WORDS
    # A clause saying more about the blank ("..., and it rises above sea level in
    # Iceland") goes last.
    for clause in _blank_descriptions(root, kept, answer):
        clause_part = subtree_part(clause, kept, answer) | _conjunction_before(clause)
        yield clause_part, DESCRIPTION_TARGET_WORDS


def describes_the_blank(clause, root, answer: set[int]) -> bool:
    """ "The _____ widens by 2 cm a year, and it rises above sea level in Iceland": a
    clause coordinated with the main one whose subject is "it" or "they" for the blank
    (the main clause's subject) says which thing the blank is."""
    if clause.dep_ != "conj" or clause.head.i != root.i:
        return False
    subject, main_subject = syntax.subject_of(clause), syntax.subject_of(root)
    if subject is None or main_subject is None or main_subject.i not in answer:
        return False
    person = main_subject.ent_type_ == "PERSON"
    return subject.lower_ == "they" or subject.lower_ == "it" and not person


def _blank_descriptions(root, kept, answer):
    return [c for c in root.children if c.i in kept and describes_the_blank(c, root, answer)]


def _clauses(root, kept, answer, path):
    for token in root.subtree:
        if token.head.i not in path or token.i in path or token.i not in kept:
            continue
        if describes_the_blank(token, root, answer):
            continue  # goes last, only from a stem that stays too long
        # A coordinated clause or predicate ("signed ... and in force from ..."), never a
        # member of a list of names.
        verbal = {token.pos_, token.head.pos_} & {"VERB", "AUX", "ADP"}
        if token.dep_ == "advcl" and not (_subordinated(token) or set_off(token)):
            continue  # "working to reform the UN": the purpose is part of the fact
        if token.dep_ == "conj" and not _whole_clause(token):
            continue
        if token.dep_ in CLAUSE_PARTS and (verbal or token.dep_ != "conj"):
            yield subtree_part(token, kept, answer) | _conjunction_before(token)
        elif token.dep_ == "prep" and _after_comma(token):
            yield subtree_part(token, kept, answer)  # ", including regional conflicts ..."


def _noun_asides(root, kept, answer, path):
    subject = syntax.subject_of(root)
    for token in root.subtree:
        if token.dep_ not in NOUN_ASIDES or token.i in path or token.i not in kept:
            continue
        if not set_off(token):
            # "the Japanese envoy Enomoto Takeaki", "a year in which ...", "his desire to
            # strengthen ...": part of what the noun means, not an aside.
            continue
        if token.dep_ == "appos" and subject is not None and token.head.i == subject.i:
            bare = [t for t in subject.subtree if t.i not in {u.i for u in token.subtree}]
            if token.pos_ == "PROPN" and not any(t.pos_ == "PROPN" for t in bare):
                continue  # "The engineer in charge, David Gaillard, died": the name says who
        yield subtree_part(token, kept, answer)


def _side_facts(root, kept, answer, path):
    """Phrases on the way to the answer that print another fact around the blank: "in
    Lisbon", "with a budget of 40 million euros", "hosted by Mayor X", and the other
    members of a list the answer is titled in ("by Chancellor _____ and President X")."""
    subject = syntax.subject_of(root)
    answer_root = root.doc[min(answer) : max(answer) + 1].root
    after, before = [], []
    for token in root.subtree:
        if token.head.i not in path or token.i in path or token.i not in kept:
            continue
        if subject is not None and token.i < subject.i:
            continue  # phrases before the subject are the leading group's
        if token.dep_ == "conj" and token.head.i == answer_root.i:
            if answer_root.dep_ in syntax.SUBJECT_DEPS or not _titled_blank(answer_root, answer):
                continue  # "X and Y met": both are what the clause is about
        elif token.dep_ not in SIDE_PARTS or not _adjunct(token):
            continue
        if token.dep_ == "prep":  # the commas around it belong to the clause
            part = {t.i for t in token.subtree} & kept
        else:
            part = subtree_part(token, kept, answer) | _conjunction_before(token)
        if not _holds_a_fact(token) or not part:
            continue
        # When and where it happened tells which event the blank is about ("clashed
        # near Solferino", "launched in 2007"): it goes only from a stem that stays long.
        target = LEADING_TARGET_WORDS if _setting(token) else TARGET_WORDS
        (after if token.i > max(answer) else before).append((part, target))
    yield from sorted(after, key=lambda cut: len(cut[0]), reverse=True)
    yield from sorted(before, key=lambda cut: len(cut[0]), reverse=True)


def _leading(root, kept, answer, path):
    subject = syntax.subject_of(root)
    if subject is None:
        return
    for child in root.children:
        if child.i < subject.i and child.dep_ in LEADING_PARTS and child.i not in path:
            yield subtree_part(child, kept, answer) | commas_after(child)


def _adjunct(token) -> bool:
    """A phrase the clause reads well without: a verb's "in Lisbon", "with a grant of ...",
    "by X", or a participle set off by a comma; never part of a name ("the Ring of Fire")
    nor a complement ("marked it as a holiday", "moved to Lyon")."""
    if token.head.pos_ not in {"VERB", "AUX"}:
        return False
    if token.dep_ in {"acl", "advcl"}:
        return set_off(token) and token.right_edge.i + 1 < len(token.doc)
    if token.dep_ == "prep":
        before = token.doc[token.i - 1]
        named = any(t.is_title and t.pos_ != "PROPN" for t in token.subtree)
        if before.pos_ == "PROPN" and named:
            return False  # "the Convention for ... in Armies in the Field": a title goes on
        labels = {t.ent_type_ for t in token.subtree}
        if token.lower_ == "with":
            return bool(labels & AMOUNT_LABELS)  # "with a grant of 12 million lats"
        # "in Lisbon", "on 3 May"; not "in talks with X", which says what was taken up.
        return token.lower_ in ADJUNCT_PREPOSITIONS and any(
            t.ent_type_ in SETTING_LABELS and not _through_with(t, token) for t in token.subtree
        )
    return token.dep_ == "npadvmod"


def _setting(token) -> bool:
    """A verb's time or place: "in 2007", "near the town of Solferino", "at the summit"."""
    return (
        token.dep_ == "prep"
        and token.lower_ in ADJUNCT_PREPOSITIONS
        and any(t.ent_type_ in SETTING_LABELS for t in token.subtree)
    )


def _through_with(token, top) -> bool:
    while token.i != top.i:
        if token.lower_ == "with":
            return True
        token = token.head
    return False


def _holds_a_fact(token) -> bool:
    return any(t.pos_ in {"PROPN", "NUM"} or t.ent_type_ for t in token.subtree)


def _titled_blank(answer_root, answer: set[int]) -> bool:
    """ "Prime Minister _____": a title before the blank says who alone."""
    first = min(answer)
    return first > 0 and answer_root.doc[first - 1].pos_ == "PROPN"


def _whole_clause(conj) -> bool:
    """A coordinated clause with its own subject, or a predicate in the same form as the
    one before it ("left ... and reached ..."); not "working to reform and strengthen",
    which the parser splits wrongly."""
    if conj.pos_ not in {"VERB", "AUX"}:
        return True
    return syntax.subject_of(conj) is not None or conj.tag_ == conj.head.tag_


def _subordinated(clause) -> bool:
    """A clause opened by "because", "while", "after" ...: it adds to the main clause."""
    return any(c.dep_ == "mark" and c.lower_ not in {"to", "that"} for c in clause.children)


def _conjunction_before(token) -> set[int]:
    """The "and"/"but" joining a coordinated clause to the one before it."""
    return {
        c.i for c in token.head.children if c.dep_ in {"cc", "preconj"} and c.i < token.left_edge.i
    } & set(range(token.left_edge.i - 3, token.left_edge.i))


def _after_comma(token) -> bool:
    """A phrase opened by its own comma (", including ..."), not one that follows the
    comma closing an aside before it ("marked 7 May, the day of the treaty, as a
    holiday"; "joins the Baltic, by way of the Sound, to the North Sea"), which the
    verb still needs."""
    before = token.left_edge.i - 1
    doc = token.doc
    return before >= 0 and doc[before].text == "," and not _closes_aside(doc, before)


def _closes_aside(doc, comma: int) -> bool:
    """The comma ends a phrase that an earlier comma opened: the words between the two
    commas are one whole phrase of the clause."""
    opening = comma - 1
    while opening >= 0 and doc[opening].text not in COMMAS:
        opening -= 1
    if opening < 0 or opening + 1 >= comma:
        return False
    phrase = doc[opening + 1 : comma]
    head = phrase.root
    whole = head.left_edge.i == phrase.start and head.right_edge.i == phrase.end - 1
    return whole and head.dep_ != "ROOT" and head.pos_ not in {"VERB", "AUX"}
