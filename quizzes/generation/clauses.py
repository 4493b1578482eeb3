"""Reading a clause for a wh-question: which noun a participle describes, which parses
mix two clauses, and which coordinated phrases say something else."""

from __future__ import annotations

from quizzes.generation import inversion, syntax


def coordinated_phrases(verb) -> set[int]:
    """ "signed ... by X and in force from 12 December 1956": the second phrase says
    something else about the noun, not how it was signed."""
    dropped = set()
    for child in verb.children:
        for part in child.children:
            if part.dep_ == "conj" and part.pos_ in {"ADP", "VERB"}:
                dropped.add(part.i)
            if part.dep_ == "cc" and any(
                c.dep_ == "conj" and c.pos_ in {"ADP", "VERB"} for c in child.children
            ):
                dropped.add(part.i)
    return dropped


def participle_noun(verb):
    """The noun a past participle describes: "the Committee held in May 2007", or, set off
    by a comma, "led to the Treaty of Saint Petersburg, signed on 7 May 1875" (which the
    parser hangs on the main verb)."""
    if verb.tag_ != "VBN" or syntax.subject_of(verb) is not None or inversion.auxiliaries(verb):
        return None
    if verb.dep_ == "acl":
        return verb.head
    if verb.dep_ != "advcl" or verb.i < 2 or verb.doc[verb.i - 1].text != ",":
        return None
    noun = verb.doc[verb.i - 2]
    # Up from "Petersburg" in "the Treaty of Saint Petersburg" to "Treaty".
    while noun.dep_ in {"compound", "pobj"} and noun.head.i != noun.i:
        if noun.dep_ == "compound":
            noun = noun.head
        elif noun.head.lower_ == "of" and noun.head.head.pos_ in {"NOUN", "PROPN"}:
            noun = noun.head.head
        else:
            break
    return noun if noun.pos_ == "PROPN" else None


def garbled(verb) -> bool:
    """A parse that joins two clauses into one, so the question would mix them.

    Two subjects ("Proposals ..., after Balboa crossed the isthmus in 1513": the date is
    Balboa's, not the proposals'); a subordinating word after the subject; two direct
    objects apart ("launched the Program in 2007, and the Meeting ..."): a run-on object.
    """
    subjects = [c for c in verb.children if c.dep_ in syntax.SUBJECT_DEPS]
    if len(subjects) > 1:
        return True
    marks = [c for c in verb.children if c.dep_ == "mark"]
    if marks and (verb.dep_ == "ROOT" or any(s.i < m.i for s in subjects for m in marks)):
        return True
    objects = sorted((c for c in verb.children if c.dep_ == "dobj"), key=lambda c: c.i)
    return any(
        later.left_edge.i > earlier.right_edge.i + 1
        for earlier, later in zip(objects, objects[1:], strict=False)
    )
