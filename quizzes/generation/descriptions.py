"""Definite phrases that describe instead of pointing back: what a thing is taken as
("confirmed X as the basic document"), and the concepts inside a definition ("the boundary
between the crust and the mantle is called ..."). Works on spaCy tokens; general English.
"""

from __future__ import annotations

from quizzes.generation import references

# Verbs that give a name: "is called the Moho", "named it Pangaea", "known as ...".
NAMING_VERBS = {"call", "name", "term", "dub", "know"}
# How a noun inside a description hangs from the described noun: "the shell, made of
# the crust", "the boundary between the crust and the mantle".
DESCRIPTION_LINKS = {"pobj", "prep", "acl", "conj"}


def predicative_as(noun, run) -> bool:
    """ "confirmed the declaration as the basic legal document": what it was taken as,
    when the prompt shows all the words the description has."""
    link = noun.head
    if noun.dep_ != "pobj" or link.lower_ != "as" or link.head.pos_ != "VERB":
        return False
    return noun.right_edge.i in {t.i for t, _ in run}


def concept_in_definition(det, last, site, run) -> bool:
    """A "the <noun>" inside the description a definition gives ("X is the rigid outer
    shell, made of the crust"; "the boundary between the crust and the mantle is called
    Y"): a concept of the field, not a pointer, when the word is not one that stands for
    a name ("the treaty", "the engineer") and the document names nothing of its kind;
    and only as far as the prompt shows the description whole (``run``: the prompt's words
    from "the" on)."""
    lemma = last.lemma_.lower()
    if last.tag_ != "NN" or lemma in references.STAND_IN_NOUNS:
        return False
    discourse = site.discourse
    if discourse.names_any(lemma):
        return False
    if _named_by_verb(det.head):  # "named the ancient supercontinent Pangaea"
        if _introduced_before(lemma, discourse):
            return False  # "They found a wide valley. He named the valley Eden.": that one
        name = _name_given(det.head.head)
        return shown_to_its_end(last, run) or name.left_edge.i == last.i + 1
    described = det.head
    before = det.doc[det.i - 1] if det.i > det.sent.start else None
    if before is not None and before.dep_ == "cc":
        described = before.head  # "between the crust and the mantle", however parsed
    while described.dep_ in DESCRIPTION_LINKS and described.head.i != described.i:
        described = described.head
    if described.lemma_ == "be":  # "is the shell, made of X together with Y": the parser
        attr = next((c for c in described.children if c.dep_ == "attr"), None)
        described = attr if attr is not None else described  # hung "with Y" on the verb
    return described.i != det.head.i and _defined_by(described) and shown_to_its_end(last, run)


def _introduced_before(lemma: str, discourse) -> bool:
    """Whether the paragraph brought in a thing of that kind without a name."""
    return bool(discourse.block_things.get(lemma))


def _named_by_verb(noun) -> bool:
    """ "He named the ancient supercontinent Pangaea", "the boundary is called the Moho":
    the phrase is what a proper name is given to, a concept the sentence introduces (not
    "called the visit a disgrace", which says what someone thought of it)."""
    if noun.dep_ not in {"dobj", "nsubjpass"} or noun.head.lemma_ not in NAMING_VERBS:
        return False
    name = _name_given(noun.head)
    return name is not None and name.pos_ == "PROPN"


def _name_given(verb):
    return next((c for c in verb.children if c.dep_ == "oprd"), None)


def shown_to_its_end(noun, run) -> bool:
    """Whether the prompt shows the description through the noun's last words: not "the
    shell, made of the crust?" cut from "... made of the crust together with the mantle"."""
    following = noun.i + 1
    if following >= noun.sent.end or following in {t.i for t, _ in run}:
        return True
    after = noun.doc[following]
    if after.i <= noun.right_edge.i:
        return False  # "as the basic document | setting the terms for ...": its own words
    return after.is_punct or after.pos_ in {"AUX", "VERB", "CCONJ"}


def _defined_by(noun) -> bool:
    """Whether the noun is what a definition describes: the predicate of "X is a/the ..."
    said of a common-noun term, or what "... is called / was named Y" names."""
    verb = noun.head
    if noun.dep_ == "attr" and verb.lemma_ == "be":
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return subject is not None and subject.pos_ == "NOUN"
    if noun.dep_ in {"nsubjpass", "dobj"} and verb.lemma_ in NAMING_VERBS:
        return any(c.dep_ == "oprd" or c.lower_ == "as" for c in verb.children)
    return False
