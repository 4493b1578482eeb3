"""Checks that refuse a fill-in-the-blank stem: a parse that joined two clauses, and a
stem that does not read as a sentence on its own (its subject only points back, or the
clause starts in the middle of a story: "Investors had lost _____.").
"""

from __future__ import annotations

from quizzes.generation import references, syntax
from quizzes.generation.blank_values import counts_a_group_named_before
from quizzes.generation.stem_cuts import AMOUNT_LABELS, describes_the_blank

TIME_LABELS = {"DATE", "TIME"}
INDEFINITE_DETERMINERS = {"a", "an", "some", "several", "many", "few", "two", "no"}
# Verbs whose clause says nothing without what they relate to: "followed" (what?),
# "attended" (what?), "was represented" (at what?).
RELATIVE_VERBS = {
    "follow",
    "precede",
    "succeed",
    "respond",
    "reply",
    "attend",
    "participate",
    "represent",
    "accompany",
}
PASSIVE_RELATIVE_VERBS = {"represent"}
# Verbs of saying: "X stated." without what was stated tests nothing.
SPEECH_VERBS = {
    "say",
    "state",
    "announce",
    "stress",
    "emphasise",
    "emphasize",
    "express",
    "note",
    "add",
    "explain",
    "claim",
    "argue",
    "insist",
    "reaffirm",
    "remark",
    "mention",
    "declare",
}
SAID = {"dobj", "ccomp", "xcomp", "attr", "oprd"}  # what was said
COMPLEMENTS = {"dobj", "prep", "dative", "attr", "xcomp", "ccomp", "oprd"}


def misparsed(root) -> bool:
    """Two clauses joined by a colon or a semicolon and parsed as one: the verb has two
    subjects ("the chemist X obtained ...: a firm received ..."), or a clause before the
    colon hangs on the verb after it. Any cut of such a parse garbles one of them."""
    doc = root.doc
    subjects = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if len(subjects) > 1:
        return True
    for child in root.children:
        if child.dep_ in {"ccomp", "nsubj", "nsubjpass"} and child.right_edge.i < root.i:
            between = doc[child.right_edge.i + 1 : root.i]
            if any(t.text in {":", ";"} for t in between):
                return True
    return False


def stands_alone(root, kept: set[int], answer: set[int]) -> bool:
    """The stem reads as a sentence on its own: its verb, a subject that names something
    (or is the blank), and no word pointing at the context."""
    if root.i not in kept:
        return False
    subject = syntax.subject_of(root)
    if subject is None:
        return root.dep_ == "ROOT" and root.pos_ == "AUX"  # "There were ..."
    subject_tokens = [t for t in subject.subtree if t.i in kept]
    if not {t.i for t in subject_tokens} & answer and references.unresolved(subject_tokens):
        return False
    # "..., and it rises above sea level in Iceland": an "it" that stands for the blank.
    standing_for_blank = {
        syntax.subject_of(c).i for c in root.children if describes_the_blank(c, root, answer)
    }
    others = [root.doc[i] for i in sorted(kept) if i not in answer | standing_for_blank]
    if references.deictic(others, antecedents=True):
        return False
    blank = frozenset(answer)
    counted = [t for t in others if _counted(t, kept, answer)]
    if any(counts_a_group_named_before(t, blank) for t in counted):
        return False  # "Japan and the five countries declared ...": which five?
    return not _mid_story(root, subject, kept, answer)


def _mid_story(root, subject, kept: set[int], answer: set[int]) -> bool:
    """A clause that starts in the middle of a story: "Investors had lost _____." (which
    investors?), "Two treaties followed on _____." (followed what?), "Spain was represented
    by _____." (at what?). It stands alone only if it names its topic elsewhere in it."""
    subject_ids = {t.i for t in subject.subtree} if subject is not None else set()
    if _lacks_complement(root, kept, answer) or _says_nothing(root, kept):
        return True  # the missing "what" is never in the subject
    if subject is None or not _past(root) or not _indefinite(subject):
        return False
    if subject_ids & answer and not _counts(subject, answer):
        return False  # the blank names the subject: it is what the story is about
    # The topic may be the blank itself ("Crews took seven years to dig the _____."), not
    # an amount or a date, which say nothing of what the story is.
    return not any(
        root.doc[i].pos_ == "PROPN" and root.doc[i].ent_type_ not in TIME_LABELS
        for i in kept - subject_ids
    )


def _lacks_complement(root, kept: set[int], answer: set[int]) -> bool:
    """A verb that only means something with what it relates to ("followed", "was
    represented") and whose only complement is the blank or a time."""
    lemma = root.lemma_.lower()
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in root.children)
    if lemma not in RELATIVE_VERBS or passive and lemma not in PASSIVE_RELATIVE_VERBS:
        return False
    for child in root.children:
        if child.dep_ not in COMPLEMENTS or child.i not in kept:
            continue
        phrase = {t.i for t in child.subtree}
        if phrase & answer or any(t.ent_type_ in TIME_LABELS for t in child.subtree):
            continue
        return False
    return True


def _says_nothing(root, kept: set[int]) -> bool:
    """A verb of saying that ends the stem, left without what was said or where: "In
    his address, the minister _____ stated." ("stated at the _____ session" still says
    where the words were spoken)."""
    if root.lemma_.lower() not in SPEECH_VERBS:
        return False
    said = any(c.dep_ in SAID and c.i in kept for c in root.children)
    return not said and not any(i > root.i and root.doc[i].is_alpha for i in kept)


def _counts(subject, answer: set[int]) -> bool:
    """The blank is only the count of the subject ("_____ soldiers were killed"): the
    subject is still unnamed, whatever the number."""
    if subject.i in answer:
        return False
    count = [c for c in subject.children if c.dep_ == "nummod" and c.i in answer]
    return bool(count) and answer <= {t.i for t in count[0].subtree}


def _counted(noun, kept: set[int], answer: set[int]) -> bool:
    """A noun counted by a number the stem prints (not by the blank)."""
    return any(c.dep_ == "nummod" and c.i in kept and c.i not in answer for c in noun.children)


def _past(verb) -> bool:
    """A past event, not a general truth ("Glaciers carve valleys")."""
    return verb.tag_ == "VBD" or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in verb.children
    )


def _indefinite(subject) -> bool:
    """ "Volunteers", "Two ships", "A delegation": not yet introduced, unlike "the
    volunteers" or "Portugal"."""
    if any(c.dep_ in {"poss"} for c in subject.children):
        return False
    determiners = [c for c in subject.children if c.dep_ in {"det", "predet"}]
    if any(d.lower_ not in INDEFINITE_DETERMINERS for d in determiners):
        return False
    own_name = {subject.i} | {c.i for c in subject.children if c.dep_ == "compound"}
    placed = any(
        (t.pos_ == "PROPN" or t.ent_type_ and t.ent_type_ not in TIME_LABELS | AMOUNT_LABELS)
        and t.i not in own_name
        for t in subject.subtree
    )
    if placed:
        return False  # "Miners in Cornwall", "Danish voters": placed by a name
    counted = any(c.dep_ == "nummod" for c in subject.children)
    return subject.pos_ == "NOUN" or counted or bool(determiners)
