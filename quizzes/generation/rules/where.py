"""Where-questions: a clause with a place adjunct, inverted around it.

"The Nobel Foundation was established in Stockholm in 1900." -> "Where was the Nobel
Foundation established in 1900?" (Stockholm). The date stays in the question: a meeting
held every year is only one place in a given year.
"""

from __future__ import annotations

from quizzes.generation import syntax
from quizzes.generation.distractors import country_of
from quizzes.generation.drafts import NO_CONTEXT, DocumentContext, Draft, Site
from quizzes.generation.question import AnswerType, Kind

KIND = Kind.WHERE

PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Prepositions that locate an event; "from" or "to" name a direction, not where it was.
PLACE_PREPOSITIONS = {"in", "at", "near"}
# What may stand in the place phrase besides the name: an article, a wider place in
# apposition ("Los Cabos, Mexico") or after "in" ("Valdivia in southern Chile").
PLACE_PHRASE_DEPS = {"det", "compound", "punct", "appos", "prep", "pobj", "amod", "npadvmod"}
# A passive's agent adds length but not identity to a where-question: "Where was the
# treaty signed?" needs no "by the foreign ministers of five countries".
LEFT_OUT_DEPS = {"agent"}
# What a where-question keeps after its verb besides short prepositional phrases.
OBJECT_DEPS = {"dobj", "attr", "acomp", "oprd", "dative", "prt", "xcomp", "ccomp"}
SHORT_PREP_TOKENS = 4
MAX_QUESTION_WORDS = 22


def drafts(site: Site, context: DocumentContext = NO_CONTEXT) -> list[Draft]:
    found = []
    for ent in site.sent.ents:
        prep = _place_adjunct(ent)
        if prep is None or _places_of(prep.head) != [prep]:
            continue  # two places on one verb ("near X in Y") give two right answers
        prompt = _where_prompt(site, prep)
        if prompt is None:
            continue
        found.append(
            Draft(
                kind=KIND,
                prompt=prompt,
                answer=ent.text,
                answer_type=AnswerType.COUNTRY if country_of(ent.text) else AnswerType.PLACE,
                rule="where",
                confidence=0.85,
                site=site,
                accepted=_accepted(ent, prep),
                answer_tokens=(ent.start, ent.end),
            )
        )
    return found


def _place_adjunct(ent):
    """The preposition that puts a clause at the place ``ent`` names, or None.

    Only a whole place name standing alone after "in", "at" or "near" qualifies; a name
    inside a larger name ("the University of Tokyo") or a list ("in Paris and Rome") does
    not.
    """
    root = ent.root
    if ent.label_ not in PLACE_LABELS or root.dep_ != "pobj":
        return None
    prep = root.head
    if prep.lower_ not in PLACE_PREPOSITIONS or prep.dep_ != "prep" or prep.ent_type_:
        return None
    if prep.head.pos_ not in {"VERB", "AUX"}:
        return None  # "the summit in Bali": a noun's place, not the clause's
    if any(c.dep_ in {"conj", "cc", "relcl", "acl"} for c in root.children):
        return None
    extra = [t for t in root.subtree if t.i not in range(ent.start, ent.end)]
    if any(t.dep_ not in PLACE_PHRASE_DEPS for t in extra) or syntax.is_part_of_range(ent):
        return None
    return prep


def _places_of(verb) -> list:
    """The place adjuncts of a verb, whichever entity they hold."""
    return [
        child
        for child in verb.children
        if child.dep_ == "prep"
        and child.lower_ in PLACE_PREPOSITIONS
        and any(t.ent_type_ in PLACE_LABELS for t in child.subtree)
    ]


def _where_prompt(site: Site, prep) -> str | None:
    verb = prep.head
    if syntax.is_hypothetical(verb) or syntax.is_negated(verb):
        return None
    subject = _subject(site, verb)
    if subject is None:
        return None
    dropped = {prep.i} | {t.i for t in subject}
    dropped |= {c.i for c in verb.children if c.dep_ in LEFT_OUT_DEPS}
    rest = _rest(verb, dropped, _relative_object_text(site, verb))
    subject_text = syntax.lower_first(subject)
    if verb.dep_ == "acl":
        # Reduced relative: "the Summit, held in Hanoi ..." -> "Where was the Summit held?"
        be = "were" if verb.head.tag_ in {"NNS", "NNPS"} else "was"
        question = syntax.question_text("Where", be, subject_text, verb.text, rest)
    else:
        question = syntax.invert(verb, subject_text, rest, "Where")
    if question is None or len(question.split()) > MAX_QUESTION_WORDS:
        return None
    return question


def _subject(site: Site, verb) -> list | None:
    """The words naming what happened where; None for a pronoun or a vague reference."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        tokens = syntax.noun_phrase(verb.head)
    elif verb.dep_ in {"ROOT", "relcl", "conj", "ccomp"} and verb.tag_ != "VBG":
        tokens = syntax.clause_subject_tokens(verb)
    else:
        return None
    if not tokens or not syntax.names_something(tokens):
        return None
    return tokens


def _relative_object_text(site: Site, verb) -> str:
    """What a relative pronoun object stands for: "a camp that Amundsen set up" -> "a camp",
    or the term a glossary box defines ("Polheim: A camp that ...")."""
    if syntax.relative_object(verb) is None or verb.dep_ != "relcl":
        return ""
    if site.term and site.first_in_block and verb.head.dep_ == "ROOT":
        return site.term
    return syntax.lower_first(syntax.noun_phrase(verb.head))


def _rest(verb, dropped: set[int], relative_object: str) -> str:
    """What follows the verb in the question: its particle, objects and short complements,
    then the date of the clause wherever the sentence put it."""
    after = []
    for child in verb.children:
        if child.i in dropped or (child.i < verb.i and child.dep_ != "prt"):
            continue
        phrase = syntax.subtree_without(child, dropped)
        if child.dep_ in OBJECT_DEPS or (child.dep_ == "prep" and _short_aside(phrase)):
            after.extend(phrase)
    if relative_object:
        # The object goes after a particle: "set up a camp", not "set a camp up".
        particles = [t for t in after if t.dep_ == "prt" and t.head.i == verb.i]
        after = [t for t in after if t not in particles]
        return " ".join(
            p
            for p in (syntax.render(particles), relative_object, syntax.render(after), _moved(verb))
            if p
        )
    return " ".join(p for p in (syntax.render(syntax.trim_punct(after)), _moved(verb)) if p)


def _short_aside(phrase: list) -> bool:
    """A short complement that reads as part of the action ("opened to shipping"), not a
    date (asked separately) or a long aside naming other people and things."""
    return len(phrase) <= SHORT_PREP_TOKENS and not any(
        t.ent_type_ in {"DATE", "PERSON", "MONEY", "CARDINAL"} for t in phrase
    )


def _moved(verb) -> str:
    """The clause's date, moved to the end: "In 1851 ..." -> "... in 1851"."""
    tokens = syntax.dated_adjuncts(verb)
    text = syntax.render(tokens)
    first = min(tokens, key=lambda t: t.i) if tokens else None
    if first is not None and first.i == first.sent.start and first.pos_ != "PROPN":
        return text[:1].lower() + text[1:]
    return text


def _accepted(ent, prep) -> list[str]:
    """ "near Valdivia" where the text says near; "Los Cabos, Mexico" where it adds the
    wider place. "in Geneva" needs no entry: grading ignores the preposition."""
    accepted = []
    if prep.lower_ == "near":
        accepted.append(f"near {ent.text}")
    wider = [c for c in ent.root.children if c.dep_ == "appos" and c.ent_type_ in PLACE_LABELS]
    if wider:
        accepted.append(f"{ent.text}, {syntax.render(syntax.noun_phrase(wider[0]))}")
    return accepted
