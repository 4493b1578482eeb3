"""Where-questions: a clause with a place adjunct, inverted around it.

"The Nobel Foundation was established in Stockholm in 1900." -> "Where was the Nobel
Foundation established in 1900?" (Stockholm). The date stays in the question: a meeting
held every year is only one place in a given year. A place followed by the wider place it
lies in is asked "Where in <wider place> ...?"; a "where" clause, a landform placed by its
position and a body "meeting in" a place give questions of their own (``where_clauses``,
``place_positions``, ``place_phrases``).
"""

from __future__ import annotations

from quizzes.generation import (
    clause_facts,
    clauses,
    inversion,
    object_passives,
    place_adjuncts,
    place_phrases,
    place_positions,
    references,
    syntax,
    where_clauses,
)
from quizzes.generation.drafts import NO_CONTEXT, DocumentContext, Draft, Site
from quizzes.generation.question import AnswerType, Kind

KIND = Kind.WHERE

# A passive's agent adds length but not identity to a where-question: "Where was the
# treaty signed?" needs no "by the foreign ministers of five countries".
LEFT_OUT_DEPS = {"agent"}
# What a where-question keeps after its verb besides short prepositional phrases.
OBJECT_DEPS = {"dobj", "attr", "acomp", "oprd", "dative", "prt", "xcomp", "ccomp"}
SHORT_PREP_TOKENS = 4
MAX_QUESTION_WORDS = 22


def drafts(site: Site, context: DocumentContext = NO_CONTEXT) -> list[Draft]:
    found = []
    for prep in site.sent:
        if prep.dep_ != "prep":
            continue
        place = place_adjuncts.place_of(prep)
        if place is None:
            continue
        asked = _adjunct_question(site, prep, place)
        if asked is None:
            continue
        prompt, wider = asked
        found.append(
            Draft(
                kind=KIND,
                prompt=prompt,
                answer=place.text,
                answer_type=AnswerType.COUNTRY if place.is_country else AnswerType.PLACE,
                rule="where",
                confidence=0.85,
                site=site,
                accepted=place_adjuncts.accepted_answers(place, prep, wider),
                answer_tokens=(place.tokens[0].i, place.tokens[-1].i + 1),
            )
        )
    placed = [
        (prompt, words, "where:position")
        for prompt, words in place_positions.positioned_landforms(site.sent)
    ]
    placed += [
        (prompt, place.tokens, "where:relative")
        for prompt, place in where_clauses.relative_places(site.sent)
    ]
    found += [
        _divided_draft(site, divided) for divided in place_positions.divided_places(site.sent)
    ]
    for prompt, words, rule in placed:
        found.append(
            Draft(
                kind=KIND,
                prompt=prompt,
                answer=syntax.render(words),
                answer_type=AnswerType.PLACE,
                rule=rule,
                confidence=0.8,
                site=site,
                answer_tokens=(words[0].i, words[-1].i + 1),
            )
        )
    return [draft for draft in found if draft is not None]


def _divided_draft(site: Site, divided: place_positions.Divided) -> Draft | None:
    """ "The treaty confirmed a border running between the islands of A and B" -> "Between
    which two islands did the Treaty of X confirm a border?" (A and B, in either order)."""
    verb = divided.verb
    if clause_facts.is_hypothetical(verb) or clause_facts.is_negated(verb):
        return None
    shared = verb.dep_ == "conj" and syntax.subject_of(verb) is None  # "opened ... and confirmed"
    found = _subject(site, verb.head if shared else verb)
    if found is None:
        return None
    article = "an" if divided.line.lower_[0] in "aeiou" else "a"
    wh = f"Between which two {divided.kind}"
    prompt = clauses.invert(verb, found[1], f"{article} {divided.line.lower_}", wh)
    if prompt is None or len(prompt.split()) > MAX_QUESTION_WORDS:
        return None
    first, second = (syntax.render(name) for name in divided.places)
    return Draft(
        kind=KIND,
        prompt=prompt,
        answer=f"{first} and {second}",
        answer_type=AnswerType.PLACE,
        rule="where:between",
        confidence=0.8,
        site=site,
        accepted=[f"{second} and {first}"],
        answer_tokens=(divided.places[0][0].i, divided.places[1][-1].i + 1),
    )


def _adjunct_question(site: Site, prep, place: place_phrases.Place) -> tuple | None:
    """The question a place phrase answers, and the wider place it is asked within if
    any: on its clause's verb, on a body's meeting, on an event noun, or on the named
    object of a one-off act."""
    verb, measure = place_adjuncts.verb_of(prep)
    if verb is not None:
        places = place_adjuncts.places_of(verb)
        on_verb = prep.head.i == verb.i
        wider = place_phrases.wider_place(prep, places) if on_verb else None
        if places != ([prep] if on_verb else []) and wider is None:
            return None  # two places on one verb ("near X or in Y") give two right answers
        wh = place.wh if wider is None or place.wh != "Where" else place_phrases.where_in(wider)
        also = {wider.i} if wider is not None else set()
        prompt = _where_prompt(site, prep, wh, verb=verb, measure=measure, also=also)
        return (prompt, wider) if prompt else None
    if prep.lower_ not in place_adjuncts.PLACE_PREPOSITIONS:
        return None
    if place_phrases.gathering_body(prep) is not None:
        prompt = place_phrases.gathering_question(prep)  # a body met there, no event noun
    elif place_phrases.event_noun(prep) is not None and not _indefinite(prep.head):
        prompt = place_phrases.event_question(prep.head, prep)
    else:
        prompt = None
    setting = place_phrases.event_setting(prep) if prompt is None else None
    if setting is not None:
        # "At an informal summit in Oslo in 1990, A and B agreed ..." (a summit with no
        # name) -> "Where did A and B agree ... in 1990?": where its event was held.
        prompt = _where_prompt(site, setting, place.wh, verb=setting.head)
    named_object = object_passives.on_named_object(prep) if prompt is None else None
    if named_object is not None:
        prompt = object_passives.where_prompt(named_object, place.wh, prep)
    return (prompt, None) if prompt else None


def _indefinite(noun) -> bool:
    """ "a conference in Berlin": no one event a question could name."""
    return any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children)


def _where_prompt(
    site: Site,
    prep,
    wh: str = "Where",
    *,
    verb=None,
    measure=None,
    also: set[int] = frozenset(),
) -> str | None:
    verb = verb if verb is not None else prep.head
    if clause_facts.is_hypothetical(verb) or clause_facts.is_negated(verb):
        return None
    found = _subject(site, verb)
    if found is None:
        # No subject to name ("in Paris it signed the Treaty of ..."): the named object of
        # a one-off act can stand for the clause.
        passive = object_passives.object_passive(verb)
        return (
            object_passives.where_prompt((passive, verb), wh)
            if passive and measure is None
            else None
        )
    subject, subject_text = found
    dropped = {prep.i} | {t.i for t in subject} | ({measure.i} if measure is not None else set())
    dropped |= set(also)
    dropped |= {c.i for c in verb.children if c.dep_ in LEFT_OUT_DEPS}
    dropped |= (clauses.trailing_asides(verb) - {prep.i}) | clauses.stray_subject_words(verb)
    rest = _rest(verb, dropped, _relative_object_text(site, verb))
    if verb.dep_ == "acl" or _misread_participle(verb, subject):
        # Reduced relative: "the Summit, held in Hanoi ..." -> "Where was the Summit held?"
        noun = verb.head if verb.dep_ == "acl" else syntax.subject_of(verb)
        be = "were" if noun.tag_ in {"NNS", "NNPS"} else "was"
        question = inversion.question_text(wh, be, subject_text, verb.text, rest)
    else:
        question = clauses.invert(verb, subject_text, rest, wh)
    if question is None or len(question.split()) > MAX_QUESTION_WORDS:
        return None
    return question


def _subject(site: Site, verb) -> tuple[list, str] | None:
    """The words naming what happened where, and how the question writes them: as the
    text does, or by the name a pronoun or "the treaty" stands for when the paragraph
    makes that certain; None for a reference nobody could follow out of context."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        if _lost_main_verb(verb):
            return None
        tokens = syntax.noun_phrase(verb.head)
    elif verb.dep_ in {"ROOT", "relcl", "conj", "ccomp"} and verb.tag_ != "VBG":
        tokens = syntax.clause_subject_tokens(verb)
        subject = syntax.subject_of(verb)
        if tokens is None and subject is not None and subject.pos_ == "PRON":
            tokens = [subject]
    else:
        return None
    role_and_name = clauses.role_and_name(verb)
    if role_and_name is not None:
        return role_and_name, inversion.lower_first(role_and_name)
    coordinated = clauses.coordinated_subject(verb)
    if coordinated is not None:
        return tokens or [], inversion.lower_first(coordinated)
    stray = clauses.stray_subject(verb)
    if stray is not None and not tokens:
        tokens = syntax.noun_phrase(stray)
    if not tokens or _swallowed_date(tokens):
        return None
    if clause_facts.names_something(tokens):
        head = syntax.subject_of(verb) if verb.dep_ != "acl" else verb.head
        tokens = clauses.with_superlative_scope(head, tokens) if head is not None else tokens
        return tokens, inversion.lower_first(tokens)
    name = references.resolve(site, tokens)
    return (tokens, name) if name else None


def _lost_main_verb(verb) -> bool:
    """ "The Berlin Philharmonic, touring in 1900, played in Paris": the parser made the
    main verb a participle of a subject left with no verb; it was not "played" there."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    return verb.head.dep_ == "ROOT" and before is not None and before.text == ","


def _misread_participle(verb, subject: list) -> bool:
    """ "The Battle of Hastings, fought near ...": the parser took the participle for the
    main verb, but a battle is fought, it does not fight."""
    head = syntax.subject_of(verb) if subject else None
    participle = place_phrases.EVENT_PARTICIPLES.get(head.lower_) if head is not None else None
    return verb.lower_ == participle and not inversion.auxiliaries(verb)


def _swallowed_date(tokens: list) -> bool:
    """ "In 1415 English armies ...": the parser made the year part of the subject, and the
    question would lose the preposition it hangs on."""
    first = tokens[0]
    before = first.doc[first.i - 1] if first.i > first.sent.start else None
    return first.ent_type_ == "DATE" and before is not None and before.pos_ == "ADP"


def _relative_object_text(site: Site, verb) -> str:
    """What a relative pronoun object stands for: "a camp that Amundsen set up" -> "a camp",
    or the term a glossary box defines ("Polheim: A camp that ...")."""
    if inversion.relative_object(verb) is None or verb.dep_ != "relcl":
        return ""
    if site.term and site.first_in_block and verb.head.dep_ == "ROOT":
        return site.term
    return inversion.lower_first(syntax.noun_phrase(verb.head))


def _rest(verb, dropped: set[int], relative_object: str) -> str:
    """What follows the verb in the question: its particle, objects and short complements,
    then the date of the clause wherever the sentence put it."""
    after = []
    for child in verb.children:
        if child.i in dropped or (child.i < verb.i and child.dep_ != "prt"):
            continue
        phrase = syntax.subtree_without(child, dropped)
        if child.dep_ == "xcomp":
            phrase = clause_facts.promised_act(child, dropped)
        if child.dep_ in OBJECT_DEPS or (child.dep_ == "prep" and _short_aside(phrase)):
            after.extend(phrase)
    if relative_object:
        # The object goes after a particle: "set up a camp", not "set a camp up".
        particles = [t for t in after if t.dep_ == "prt" and t.head.i == verb.i]
        after = [t for t in after if t not in particles]
        return " ".join(
            p
            for p in (
                syntax.render(particles),
                relative_object,
                syntax.render(after),
                clause_facts.moved_dates(verb),
            )
            if p
        )
    rendered = syntax.render(syntax.trim_punct(after))
    dates = clause_facts.moved_dates(verb)
    if dates and rendered.startswith("to ") and dates.split()[0] in {"in", "on"}:
        # "agree in 1993 to conclude a pact by 1995": the date of agreeing, not of the pact.
        return f"{dates} {rendered}"
    return " ".join(p for p in (rendered, dates) if p)


def _short_aside(phrase: list) -> bool:
    """A short complement that reads as part of the action ("opened to shipping"), not a
    date (asked separately) or a long aside naming other people and things."""
    return len(phrase) <= SHORT_PREP_TOKENS and not any(
        t.ent_type_ in {"DATE", "PERSON", "MONEY", "CARDINAL"} for t in phrase
    )
