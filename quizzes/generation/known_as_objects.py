"""A thing a clause acts on, introduced as "a <kind> known as <Name>", asked for its name.

"In 1962 the Kessar government signed a deal known as the Orm Accord." -> "What was the
deal the Kessar government signed in 1962 known as?" (Orm Accord). When the subject shares
a word with the name ("the officer Wyse obtained a grant known as the Wyse Concession"), the
question leaves the subject out: "What was the grant obtained from X in 1878 known as?".

The words "a <kind> known as the <Name>" are found by their order, since the parser often
hangs a long object on the wrong word; the clause it belongs to is the first verb above
it that is not a relative clause and has no other object. General English only.
"""

from __future__ import annotations

from lemminflect import getInflection

from quizzes.generation import clause_facts, inversion, name_drafts, syntax, what_clauses
from quizzes.generation.drafts import Draft, Site

# The participle and the word after it that give a name: "known as", "called", "named".
NAMING_PARTICIPLES = {"known": "as", "called": "", "named": ""}
INDEFINITE_ARTICLES = {"a", "an"}
ASIDE_CLAUSE_DEPS = {"relcl", "acl", "advcl"}
MAX_QUESTION_WORDS = 20


def known_as_questions(site: Site) -> list[Draft]:
    found = []
    for token in site.sent:
        if token.lower_ in NAMING_PARTICIPLES and token.tag_ == "VBN" and token.dep_ == "acl":
            draft = _known_as_question(site, token)
            if draft is not None:
                found.append(draft)
    return found


def _known_as_question(site: Site, participle) -> Draft | None:
    kind_noun = participle.head
    name = _given_name(participle)
    if name is None or not _indefinite_kind(kind_noun, participle):
        return None
    verb = _governing_verb(kind_noun)
    if verb is None or verb.tag_ != "VBD" or what_clauses.refused(verb):
        return None
    dated = clause_facts.dated_adjuncts(verb)
    if not clause_facts.is_dated(dated):
        return None  # "the grant X obtained": which one, without the year?
    rest = what_clauses.rest_text(verb, {t.i for t in kind_noun.subtree})
    if rest is None:
        return None
    naming = " ".join(w for w in (participle.text, NAMING_PARTICIPLES[participle.lower_]) if w)
    name_words = {t.lower_ for t in syntax.noun_phrase(name) if t.pos_ == "PROPN"}
    subject = what_clauses.subject_text(verb)
    if subject is None:
        return None  # "the composer wrote a symphony called ...": whose?
    if name_words & set(subject.lower().split()):
        # "the officer Wyse obtained a grant known as the Wyse Concession": the subject
        # would give the name away; the year and the rest still say which grant.
        done = (getInflection(verb.lemma_, tag="VBN") or [verb.text])[0]
    else:
        done = f"{subject} {verb.text}"
    prompt = inversion.question_text("What was the", kind_noun.lower_, done, rest, naming)
    if len(prompt.split()) > MAX_QUESTION_WORDS:
        return None
    return name_drafts.name_draft(site, prompt, name, "what:known_as")


def _given_name(participle):
    """ "known as the Wyse Concession" -> "Concession"; "called the X" -> "X"."""
    link = NAMING_PARTICIPLES[participle.lower_]
    if link:
        prep = next((c for c in participle.children if c.dep_ == "prep" and c.lower_ == link), None)
        if prep is None or prep.i != participle.i + 1:
            return None
        name = next((c for c in prep.children if c.dep_ == "pobj"), None)
    else:
        name = next((c for c in participle.children if c.dep_ in {"oprd", "attr", "dobj"}), None)
    if name is None or name.pos_ != "PROPN":
        return None
    return name


def _indefinite_kind(noun, participle) -> bool:
    """ "a grant known as": an article, at most adjectives, the noun, then the participle."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or participle.i != noun.i + 1:
        return False
    before = [c for c in noun.children if c.i < noun.i]
    if not before or before[0].lower_ not in INDEFINITE_ARTICLES:
        return False
    return all(c.dep_ == "amod" for c in before[1:]) and noun.left_edge.i == before[0].i


def _governing_verb(noun):
    """The clause the object belongs to: its verb, or above a relative clause the parser
    wrongly made its home ("obtained from X, which governed Y, a grant ...")."""
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        return noun.head
    if noun.doc[noun.left_edge.i - 1].text != ",":
        return None
    for ancestor in noun.ancestors:
        if ancestor.pos_ != "VERB" or ancestor.dep_ in ASIDE_CLAUSE_DEPS:
            continue
        objects = [c for c in ancestor.children if c.dep_ == "dobj"]
        return ancestor if not objects and ancestor.i < noun.i else None
    return None
