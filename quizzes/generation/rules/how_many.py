"""How-many questions: a counted noun that is the subject or object of its clause, and
amounts with units, money and percentages.

"A total of 32 countries and territories ... are members." -> "How many countries and
territories are members?" (32)
"The American project cost almost 375 million dollars." -> "About how much did the
American project cost?" (375 million dollars)
"""

from __future__ import annotations

from quizzes.generation import syntax
from quizzes.generation.amount_questions import amount_drafts
from quizzes.generation.drafts import NO_CONTEXT, DocumentContext, Draft, Site
from quizzes.generation.question import AnswerType, Kind

KIND = Kind.HOW_MANY

COLLECTIVE_HEADS = {"total", "number", "group", "set", "maximum", "minimum"}
NUMBER_WORDS = {
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "fifteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "hundred",
    "thousand",
    "million",
}


def drafts(site: Site, context: DocumentContext = NO_CONTEXT) -> list[Draft]:
    drafts = amount_drafts(site)
    for ent in site.sent.ents:
        if ent.label_ != "CARDINAL" or not _is_count(ent.text):
            continue
        number = ent.root
        noun = number.head
        if number.dep_ != "nummod" or noun.pos_ != "NOUN" or noun.tag_ != "NNS":
            continue
        prompt = _prompt(site, number, noun)
        if prompt:
            answer = ent.text
            drafts.append(
                Draft(
                    kind=Kind.HOW_MANY,
                    prompt=prompt,
                    answer=answer,
                    answer_type=AnswerType.NUMBER,
                    rule="how_many",
                    confidence=0.85,
                    site=site,
                    accepted=[f"{answer} {noun.text}"],
                )
            )
    return drafts


def _is_count(text: str) -> bool:
    return text.replace(",", "").isdigit() or text.lower() in NUMBER_WORDS


def _prompt(site: Site, number, noun) -> str | None:
    # "A total of 32 countries" is counted through its head: the clause's subject is "total".
    role_bearer = noun
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.lemma_ in COLLECTIVE_HEADS
    ):
        role_bearer = noun.head.head
    counted = [
        t
        for t in syntax.subtree_without(noun, _extras(noun, number))
        if t.i != number.i and t.dep_ != "det"
    ]
    counted_text = syntax.render(syntax.trim_punct(counted))
    if _refers_back(noun, counted):
        return None
    verb = role_bearer.head
    if role_bearer.dep_ in syntax.SUBJECT_DEPS and verb.pos_ in {"VERB", "AUX"}:
        auxes = syntax.auxiliaries(verb)
        rest = syntax.render(syntax.until_break(syntax.complements(verb, set())))
        if any(c.dep_ == "neg" for c in verb.children):
            return None
        middle = " ".join([*(a.text for a in auxes), verb.text, rest])
        question = f"How many {counted_text} {middle}"
    elif role_bearer.dep_ == "dobj" and verb.pos_ == "VERB":
        subject = syntax.clause_subject_tokens(verb)
        if not subject or subject[0].lower_ in syntax.PRONOUNS:
            return None
        rest = syntax.render(syntax.until_break(syntax.complements(verb, {role_bearer.i})))
        inverted = syntax.invert(
            verb, syntax.lower_first(subject), rest, f"How many {counted_text}"
        )
        return _with_context(site, inverted)
    else:
        return None
    return _with_context(site, syntax.question_text(question))


def _refers_back(noun, counted: list) -> bool:
    """ "the five men", "all 28 men": a group the text has introduced already, whose size
    it takes as known; unless a name says which group ("the 18 Kuril islands")."""
    determiners = {c.lower_ for c in noun.children if c.dep_ in {"det", "predet", "poss"}}
    named = any(t.pos_ == "PROPN" or t.ent_type_ for t in counted)
    return bool(determiners) and not named


def _extras(noun, number) -> set[int]:
    """Asides and other counted groups: "especially those ...", "and two organizations"."""
    counted_conjuncts = [
        c for c in noun.children if c.dep_ == "conj" and any(g.dep_ == "nummod" for g in c.children)
    ]
    extras = {c.i for c in noun.children if c.dep_ in {"appos", "relcl", "acl", "punct", "prep"}}
    extras.update(c.i for c in counted_conjuncts)
    if counted_conjuncts:  # "5 ponies and 2 men": the "and" goes with the second group
        extras.update(c.i for c in noun.children if c.dep_ == "cc")
    return extras


def _with_context(site: Site, question: str | None) -> str | None:
    """A glossary sentence leaves its topic implicit; name it so the question stands alone."""
    if question is None:
        return None
    if site.term and site.term.lower() not in question.lower():
        return f"{question[:-1]} of {site.term}?" if question.endswith("members?") else None
    return question
