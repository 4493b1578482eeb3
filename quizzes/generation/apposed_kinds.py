"""A thing introduced by its kind and then named beside it, asked as a what-question.

"In 1928 the laboratory isolated a new compound, the blue pigment." -> "What new compound
did the laboratory isolate in 1928?" (blue pigment). The indefinite object says what kind
of thing it is; the apposed phrase after the comma is its name, the key.

"Two sonatas followed in 1801, and a third created a new form, the scherzo sonata." The
ordinal subject "a third" stands for the noun the clause before counted ("Two sonatas"):
it is written "the third sonata", or the draft is refused when that noun is not there.
General English only.
"""

from __future__ import annotations

from lemminflect import getLemma

from quizzes.generation import clause_settings, inversion, syntax, what_clauses
from quizzes.generation.named_things import NamedThing
from quizzes.generation.question import AnswerType

INDEFINITE_ARTICLES = {"a", "an"}
# Words the kind phrase may hold besides its noun: "a new compound", "an additional emblem".
KIND_MODIFIER_DEPS = {"amod", "compound"}
# What the apposed name may be made of: "the red crystal", "the Kessar Medal".
NAME_POS = {"DET", "ADJ", "NOUN", "PROPN", "PUNCT"}
MAX_NAME_WORDS = 5
# A person is asked by the who-questions; a date or a count is no name.
REFUSED_LABELS = {"PERSON", "DATE", "CARDINAL"}
ORDINALS = {"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}


def apposed_kind_question(site, verb) -> tuple[str, NamedThing] | None:
    """The question and the named thing for "<verb> a <kind>, the <name>", or None."""
    kind_noun = _indefinite_object(verb)
    name = _apposed_name(kind_noun, verb) if kind_noun is not None else None
    if name is None:
        return None
    subject = what_clauses.subject_text(verb) or ordinal_subject(verb)
    if subject is None:
        return None
    rest = what_clauses.rest_text(verb, {t.i for t in kind_noun.subtree})
    if rest is None:
        return None
    rest = " ".join(part for part in (rest, clause_settings.setting(verb)) if part)
    kind_words = [t for t in kind_noun.subtree if t.i < kind_noun.i or t == kind_noun]
    kind_text = syntax.render([t for t in kind_words if t.dep_ != "det"])
    prompt = inversion.invert(verb, subject, rest, f"What {kind_text}")
    if not prompt:
        return None
    return prompt, NamedThing(name, kind_noun.lower_, AnswerType.TERM)


def _indefinite_object(verb):
    """ "an additional emblem": one object with "a"/"an", only adjectives or nouns before it."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) != 1:
        return None
    noun = objects[0]
    if noun.pos_ != "NOUN" or noun.tag_ != "NN":
        return None
    before = [c for c in noun.children if c.i < noun.i]
    if not before or before[0].lower_ not in INDEFINITE_ARTICLES or before[0].dep_ != "det":
        return None
    if any(c.dep_ not in KIND_MODIFIER_DEPS for c in before[1:]):
        return None
    if any(t.tag_ in {"JJS", "RBS"} for t in noun.subtree):
        return None  # "a record, the largest ...": a superlative is a claim, not a name
    after = [c for c in noun.children if c.i > noun.i and c.dep_ != "punct"]
    if after and [c.dep_ for c in after] != ["appos"]:
        return None
    return noun


def _apposed_name(noun, verb) -> list | None:
    """The words of the name after the comma, without "the": "red crystal"."""
    name = _name_head(noun, verb)
    if name is None:
        return None
    tokens = list(name.subtree)
    if any(not _name_word(t) or t.ent_type_ in REFUSED_LABELS for t in tokens):
        return None
    if tokens[0].lower_ == "the":
        tokens = tokens[1:]
    elif tokens[0].pos_ == "DET":
        return None  # "a scherzo", "this form": no name
    if not tokens or len(tokens) > MAX_NAME_WORDS or tokens[-1].pos_ not in {"NOUN", "PROPN"}:
        return None
    if any(t.lower_ in syntax.ANAPHORIC_WORDS for t in tokens):
        return None  # "a solution, the same one": no name
    if len(tokens) < 2 and tokens[0].pos_ != "PROPN":
        return None  # "a child, the boy": a bare noun is a description, not a name
    if name.lemma_.lower() == noun.lemma_.lower():
        return None  # "a prize, the Kessar prize": the kind word gives the key away
    return tokens


def _name_head(noun, verb):
    """The phrase right after "<kind>,": the kind's apposition, or, at the sentence's end,
    a noun the parser hung on the verb instead ("introduced a new form, the X")."""
    doc = noun.doc
    start = noun.i + 2
    if start >= len(doc) or doc[noun.i + 1].text != ",":
        return None
    candidates = [c for c in noun.children if c.dep_ == "appos"]
    if not candidates:
        candidates = [
            c
            for c in verb.children
            if c.dep_ in {"conj", "npadvmod", "dobj"} and c.pos_ in {"NOUN", "PROPN"}
        ]
    name = next((c for c in candidates if c.left_edge.i == start), None)
    if name is None:
        return None
    end = name.right_edge.i + 1
    following = doc[end] if end < len(doc) else None
    if following is not None and not following.is_punct:
        return None  # the name runs on; the parser's boundary is a guess
    if name.dep_ != "appos" and (following is None or following.text not in {".", ";"}):
        return None  # a noun hung on the verb: only sure when nothing follows it
    return name


def _name_word(token) -> bool:
    """A word a name may hold: "the red crystal", "the Order of Merit" (a preposition only
    before a capitalised name word)."""
    if token.pos_ in NAME_POS:
        return True
    objects = [c for c in token.children if c.dep_ == "pobj"]
    return (
        token.pos_ == "ADP"
        and token.is_lower
        and len(objects) == 1
        and objects[0].pos_ == "PROPN"
        and objects[0].i == token.i + 1
    )


def ordinal_subject(verb) -> str | None:
    """ "Two sonatas followed ..., and a third created ..." -> "the third sonata"."""
    subject = syntax.subject_of(verb)
    if subject is None or subject.lower_ not in ORDINALS or verb.dep_ != "conj":
        return None
    if [c.lower_ for c in subject.children if c.dep_ == "det"] not in (["a"], ["the"]):
        return None
    counted = syntax.subject_of(verb.head)
    if counted is None or counted.tag_ not in {"NNS", "NNPS"}:
        return None
    number = [c for c in counted.children if c.dep_ == "nummod"]
    if len(number) != 1 or not number[0].like_num:
        return None  # "Sonatas followed": no count, so "a third" may mean anything
    words = [
        t
        for t in counted.subtree
        if t.i <= counted.i and t.dep_ in KIND_MODIFIER_DEPS and t.head == counted
    ]
    singular = _singular(counted)
    if singular is None:
        return None
    return " ".join(["the", subject.lower_, *(t.text for t in words), singular])


def _singular(noun) -> str | None:
    """ "Protocols" -> "Protocol", keeping a capital the text gave."""
    lemmas = getLemma(noun.lower_, upos="NOUN")
    if not lemmas or lemmas[0] == noun.lower_:
        return None
    lemma = lemmas[0]
    return lemma[:1].upper() + lemma[1:] if noun.text[:1].isupper() else lemma
