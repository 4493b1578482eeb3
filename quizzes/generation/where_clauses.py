"""Where-questions from a relative clause opened by "where": the place is its antecedent.

"The team reached the town of Lukla, where most climbers begin the trek" -> "In which town
do most climbers begin the trek?" (Lukla). The clause must name its own subject; a clause
about "they" or "it" is left alone. General English only.
"""

from __future__ import annotations

from quizzes.generation import clause_facts, clauses, inversion, place_phrases, references, syntax

MAX_QUESTION_WORDS = 20


def relative_places(sent) -> list[tuple[str, place_phrases.Place]]:
    """(question, place) for each "..., where <clause>" hanging on a place in ``sent``."""
    found = []
    for verb in sent:
        if verb.dep_ != "relcl" or not clause_facts.has_relative_adverb(verb):
            continue
        if not any(c.lower_ == "where" and c.i < verb.i for c in verb.children):
            continue
        place = _antecedent_place(verb.head)
        question = _question(verb, place.wh) if place is not None else None
        if question is not None:
            found.append((question, place))
    return found


def _antecedent_place(name) -> place_phrases.Place | None:
    """ "the village of Brienz, where ..." (a village) or "Lyon, where ..." (a place
    name); None for anything else ("the year when", "the hall where")."""
    if name.pos_ != "PROPN" or any(c.dep_ in {"conj", "cc"} for c in name.children):
        return None
    of = name.head if name.dep_ == "pobj" else None
    kind = of.head if of is not None and of.lower_ == "of" else None
    tokens = sorted(
        [name, *(t for c in name.children if c.dep_ in place_phrases.NAME_DEPS for t in c.subtree)],
        key=lambda t: t.i,
    )
    tokens = syntax.trim_punct(tokens)
    if kind is not None and kind.lemma_.lower() in place_phrases.PLACE_TYPE_NOUNS:
        noun = kind.lemma_.lower()
        return place_phrases.Place(tokens=tokens, wh=f"In which {noun}", is_country=False)
    ent = next((e for e in name.sent.ents if e.root.i == name.i), None)
    if ent is None or ent.label_ not in {"GPE", "LOC"}:
        return None
    return place_phrases.Place(tokens=list(ent), wh="Where", is_country=False)


def _question(verb, wh: str) -> str | None:
    if clause_facts.is_hypothetical(verb) or clause_facts.is_negated(verb):
        return None
    subject = syntax.clause_subject_tokens(verb)
    if not subject or not clause_facts.names_something(subject):
        return None
    adverb = {c.i for c in verb.children if c.lower_ == "where"}
    dropped = adverb | {t.i for t in subject} | clauses.trailing_asides(verb)
    rest = clause_facts.until_break(inversion.complements(verb, dropped))
    if references.deictic([*subject, *rest]):
        return None
    question = clauses.invert(verb, inversion.lower_first(subject), syntax.render(rest), wh)
    if question is None or len(question.split()) > MAX_QUESTION_WORDS:
        return None
    return question
