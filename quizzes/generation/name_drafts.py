"""Drafts of what-questions whose key is a name given to a thing: the name's words without
its article, and the phrases (a named thing, a date) such a question states."""

from __future__ import annotations

from quizzes.generation import clause_facts, inversion, references, syntax
from quizzes.generation.drafts import Draft, Site
from quizzes.generation.named_things import SMALL_WORDS
from quizzes.generation.question import AnswerType, Kind
from quizzes.generation.quoted_descriptions import QUOTES

# A new name is of the type its entity says: a town renamed gets other places as choices.
NAME_TYPES = {
    "GPE": AnswerType.PLACE,
    "LOC": AnswerType.PLACE,
    "FAC": AnswerType.PLACE,
    "ORG": AnswerType.ORGANIZATION,
    "LAW": AnswerType.LAW,
    "EVENT": AnswerType.EVENT,
}


def named_text(noun) -> str | None:
    """A phrase naming the thing renamed or declared: with a name or a number in it."""
    return named_text_of(syntax.noun_phrase(noun))


def named_text_of(tokens: list) -> str | None:
    if not tokens or references.unresolved(tokens) or syntax.is_anaphoric(tokens):
        return None
    if not any(t.pos_ == "PROPN" or t.like_num for t in tokens):
        return None  # "the college": which one?
    if tokens[0].lower_ in {"a", "an"}:
        return None  # "a grant known as ...": no thing to ask about
    return inversion.lower_first(tokens)


def dates_text(verb) -> str:
    """The clause's date as the end of a question: "In 1925 ..." -> "in 1925"."""
    tokens = clause_facts.dated_adjuncts(verb)
    text = syntax.render(tokens)
    return text[:1].lower() + text[1:] if tokens and tokens[0].pos_ == "ADP" else text


def name_draft(
    site: Site, prompt: str, new, rule: str, answer_type: AnswerType | None = None
) -> Draft | None:
    """The new name as the key: without its article, with it accepted."""
    tokens = [t for t in syntax.noun_phrase(new) if t.text not in QUOTES]
    articles = [t.i for t in tokens if t.dep_ == "det" and t.head.i == new.i]
    if articles:  # "1979 the International Year ...": the name starts after its article
        tokens = [t for t in tokens if t.i > articles[0]]
    while tokens and tokens[0].dep_ == "det":
        tokens = tokens[1:]
    if not tokens or new.ent_type_ in {"PERSON", "DATE", "CARDINAL"}:
        return None
    if not all(t.text[:1].isupper() or t.lower_ in SMALL_WORDS for t in tokens if t.is_alpha):
        return None  # "called it a partnership": a description, not a name
    answer = syntax.render(tokens)
    written_with_the = tokens[0].i > 0 and tokens[0].doc[tokens[0].i - 1].lower_ == "the"
    accepted = [f"the {answer}"] if written_with_the else []
    acronym = next((c for c in new.children if c.dep_ == "appos" and c.text.isupper()), None)
    if acronym is not None:
        accepted.append(acronym.text)
    return Draft(
        kind=Kind.WHAT,
        prompt=prompt,
        answer=answer,
        answer_type=answer_type or NAME_TYPES.get(new.ent_type_, AnswerType.TERM),
        rule=rule,
        confidence=0.8,
        site=site,
        accepted=accepted,
        answer_tokens=(tokens[0].i, tokens[-1].i + 1),
    )
