"""Wh-questions made by transforming a declarative clause around one of its facts.

when     "Robert Gates, who visited Japan in November 2007" -> "When did ... visit Japan?"
who      "US Secretary of Defense Robert Gates, who visited Japan ..." -> "Which US Secretary
         of Defense visited Japan in November 2007?"
how many "A total of 32 countries and territories ... are members." -> "How many countries
         and territories are members?"
"""

from __future__ import annotations

import re

from quizzes.generation import (
    clause_facts,
    clauses,
    inversion,
    noun_events,
    object_passives,
    references,
    syntax,
)
from quizzes.generation.drafts import NO_CONTEXT, DocumentContext, Draft, Site
from quizzes.generation.question import AnswerType, Kind
from quizzes.language.dates import is_year
from quizzes.language.lexicon import MONTH_NAMES

KIND = Kind.WHEN

TIME_PREPOSITIONS = {"in", "on", "at", "during"}
GENERIC_MODALS = {"can", "could", "may", "might", "must", "should", "shall"}
MAX_QUESTION_WORDS = 32


def date_answer_type(text: str) -> AnswerType | None:
    words = text.replace(",", " ").split()
    if not words or not any(is_year(w) or w.lower() in MONTH_NAMES for w in words):
        return None  # "today", "every year", "recently": nothing to ask about
    if len(words) == 1 and is_year(words[0]):
        return AnswerType.YEAR
    return AnswerType.DATE


def _clean_date(ent) -> str:
    text = ent.text
    for prefix in ("the year ", "The year "):
        if text.startswith(prefix):
            text = text[len(prefix) :]
    return text


def drafts(site: Site, context: DocumentContext = NO_CONTEXT) -> list[Draft]:
    drafts = []
    for ent in site.sent.ents:
        if ent.label_ != "DATE":
            continue
        answer = _clean_date(ent)
        answer_type = date_answer_type(answer)
        if answer_type is None:
            continue
        container = _time_phrase(ent)
        if container is not None:
            prompt = _when_prompt(site, container)
        else:
            prompt = noun_events.dated_document_question(ent)
        if prompt and len(prompt.split()) <= MAX_QUESTION_WORDS and not _points_back(prompt):
            drafts.append(
                Draft(
                    kind=Kind.WHEN,
                    prompt=prompt,
                    answer=answer,
                    answer_type=answer_type,
                    rule=f"when:{container[1] if container else 'document'}",
                    confidence=0.9,
                    site=site,
                    accepted=[f"in {answer}"] if answer_type != AnswerType.DATE else [],
                )
            )
    return drafts


# Words left in a question that would need the text to read: a resolved subject may still
# bring "its" or "they" along in the rest of the clause.
POINTING_WORDS = {"it", "its", "they", "them", "their", "he", "she", "him", "this", "these"}


def _points_back(prompt: str) -> bool:
    return any(word in POINTING_WORDS for word in re.findall(r"[a-z]+", prompt.lower()))


def _time_phrase(ent):
    """The phrase carrying the date and what it attaches to: (phrase_root, how, head)."""
    root = ent.root
    # The date may sit inside a larger noun phrase: "at 1989 G8 Summit", "his January 2008 speech".
    node = root
    while node.dep_ in {"nummod", "nmod", "compound", "amod"} and node.head.i != node.i:
        node = node.head
    if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.lower_ in TIME_PREPOSITIONS:
        prep = node.head
        return (prep, "verb" if prep.head.pos_ in {"VERB", "AUX"} else "noun", prep.head)
    if node.dep_ == "npadvmod" and node.head.pos_ == "VERB":
        return (node, "verb", node.head)
    return None


def _when_prompt(site: Site, container) -> str | None:
    phrase, attachment, head = container
    if _across_clause_break(phrase, head):
        return None  # "... into the sky: Mount St Helens in 1980 ...": a misattached date
    dropped = {phrase.i}
    if attachment == "verb":
        return _clause_question(site, head, dropped, wh="When")
    return noun_events.noun_event_question(site, head, dropped)


def _across_clause_break(phrase, head) -> bool:
    low, high = sorted((phrase.i, head.i))
    return any(token.text in clause_facts.CLAUSE_BREAK_PUNCT for token in phrase.doc[low:high])


def _clause_question(site: Site, verb, dropped: set[int], *, wh: str) -> str | None:
    """Ask about an adjunct of `verb`: subject from the clause (or the relative's antecedent)."""
    noun = clauses.participle_noun(verb)
    if noun is not None:
        # Reduced relative: "the Committee held in May 2007" -> "When was the Committee held?"
        tokens = syntax.noun_phrase(noun)
        subject = references.named_subject(noun, tokens) if tokens else None
        subject_text = (
            inversion.lower_first(subject) if subject else references.resolve(site, tokens)
        )
        if not subject_text:
            return None
        be = "were" if noun.tag_ in {"NNS", "NNPS"} else "was"
        skipped = dropped | clauses.coordinated_phrases(verb) | _repeated(verb, subject_text)
        skipped |= _makers(verb, subject or tokens)
        rest_tokens = inversion.complements(verb, skipped)
        if references.deictic(rest_tokens):
            return None
        rest = syntax.render(rest_tokens)
        return inversion.question_text(wh, be, subject_text, verb.text, rest)
    if clauses.garbled(verb):
        return None
    auxes = inversion.auxiliaries(verb)
    if not auxes and verb.tag_ in {"VBZ", "VBP"}:
        return None  # "When do substances deplete ...?": a present-tense habit has no date
    if any(aux.lower_ in GENERIC_MODALS for aux in auxes):
        return None  # "When can eruptions be gentle?": a possibility has no date
    subject = _subject_for(site, verb)
    if subject is None:
        return _object_question(verb, dropped, wh)
    subject_tokens, subject_text = subject
    particles = [c for c in verb.children if c.dep_ == "prt"]
    skipped = dropped | {t.i for t in subject_tokens} | {p.i for p in particles}
    skipped |= clauses.trailing_asides(verb) | clauses.stray_subject_words(verb)
    skipped |= _makers(verb, subject_tokens)
    # What follows a colon or a semicolon is a list or another clause, not the fact.
    rest_tokens = clause_facts.until_break(inversion.complements(verb, skipped))
    if references.deictic(rest_tokens):
        return None  # "When did steam shovels meet there?": where is there?
    # A relative object goes after a particle: "set up Polheim", not "set Polheim up".
    lead = " ".join([*(p.text for p in particles), _object_text(site, verb)])
    question = clauses.invert(verb, subject_text, f"{lead} {syntax.render(rest_tokens)}", wh)
    question = clauses.with_single_verb(question, verb) if question else question
    if question and len(question.split()) > MAX_QUESTION_WORDS:
        rest = syntax.render(_without_asides(rest_tokens))
        if subject_text == syntax.render(subject_tokens):
            subject_text = inversion.lower_first(_without_asides(subject_tokens))
        question = clauses.invert(verb, subject_text, f"{lead} {rest}", wh)
    return question


def _object_question(verb, dropped: set[int], wh: str) -> str | None:
    """ "In 1920 it opened the Museum of Modern Art" -> "When was the Museum of Modern Art
    opened?": the named object of a one-off act stands for the clause when its subject
    cannot be named (see ``object_passives``)."""
    passive = object_passives.object_passive(verb)
    if passive is None:
        return None
    skipped = dropped | clauses.trailing_asides(verb) | {t.i for t in passive.thing}
    skipped |= {c.i for c in verb.children if c.dep_ in {"dobj", *syntax.SUBJECT_DEPS}}
    rest = clause_facts.until_break(inversion.complements(verb, skipped))
    if references.deictic([*rest, *passive.place]):
        return None
    thing = inversion.lower_first(passive.thing)
    place = syntax.render(passive.place)
    return inversion.question_text(
        wh, passive.be, thing, passive.participle, place, syntax.render(rest)
    )


def _makers(verb, subject_tokens: list) -> set[int]:
    """ "signed by Foreign Minister A and Ambassador B": the people or the several parties
    who made a thing made once add length, not identity, to when it was made. A single
    maker ("founded by the G7") stays, and so does any agent of an act done many times."""
    if verb.lemma_.lower() not in object_passives.ONE_OFF_VERBS:
        return set()
    if any(t.ent_type_ == "PERSON" for t in subject_tokens):
        return set()
    return {
        c.i
        for c in verb.children
        if c.dep_ == "agent" and any(t.dep_ == "conj" or t.ent_type_ == "PERSON" for t in c.subtree)
    }


def _repeated(verb, subject_text: str) -> set[int]:
    """A place phrase that only repeats the subject's name: "the Treaty of Kiel, signed at
    Kiel" is asked "When was the Treaty of Kiel signed?"."""
    return {
        c.i
        for c in verb.children
        if c.dep_ == "prep"
        and [o for o in c.children if o.dep_ == "pobj"]
        and all(
            f" {syntax.render(o.subtree)} " in f" {subject_text} "
            for o in c.children
            if o.dep_ == "pobj"
        )
    }


def _without_asides(tokens: list) -> list:
    """The phrase without what a comma or a bracket sets off inside it: "a magnitude scale,
    now known as ..., based on ..." -> "a magnitude scale"; "Vine (Cambridge)" -> "Vine"."""
    kept_ids = {t.i for t in tokens}
    dropped = set()
    for token in tokens:
        if token.head.i not in kept_ids or token.head.i == token.i:
            continue
        before = token.doc[token.left_edge.i - 1] if token.left_edge.i > 0 else None
        set_off = before is not None and before.text in {",", "("}
        if token.dep_ in {"relcl", "appos"} or (token.dep_ in {"acl", "advcl"} and set_off):
            dropped.update(t.i for t in token.subtree)
            if set_off:
                dropped.add(before.i)
    return syntax.balanced(syntax.trim_punct([t for t in tokens if t.i not in dropped]))


def _object_text(site: Site, verb) -> str:
    """What a relative pronoun object stands for: "A camp that Amundsen set up" -> the camp,
    or the defined term in a glossary box."""
    if inversion.relative_object(verb) is None or verb.dep_ != "relcl":
        return ""
    if _defines_term(site, verb):
        return site.term
    return syntax.render(syntax.noun_phrase(verb.head))


def _subject_for(site: Site, verb):
    role_and_name = clauses.role_and_name(verb)
    if role_and_name is not None:
        return role_and_name, inversion.lower_first(role_and_name)
    coordinated = clauses.coordinated_subject(verb)
    if coordinated is not None:
        return [syntax.subject_of(verb)], inversion.lower_first(coordinated)
    stray = clauses.stray_subject(verb)
    if stray is not None:
        tokens = syntax.noun_phrase(stray)
        if references.unresolved(tokens):
            return None
        return tokens, inversion.lower_first(tokens)
    tokens = syntax.clause_subject_tokens(verb)
    if tokens is None or syntax.is_anaphoric(tokens):
        return _resolved_subject(site, verb)
    if _defines_term(site, verb) and syntax.subject_of(verb).lower_ in syntax.RELATIVE_PRONOUNS:
        return tokens, site.term
    subject = syntax.subject_of(verb)
    if subject.lower_ in syntax.RELATIVE_PRONOUNS:
        subject = verb.head  # "Louis Pasteur, who tested ...": the antecedent
    # "the railway engineer" is named by "John Frank Stevens" beside it, or not at all.
    named = references.named_subject(subject, tokens)
    if named is None:
        return _resolved_subject(site, verb)
    named = clauses.with_superlative_scope(subject, named)
    return named, inversion.lower_first(named)


def _resolved_subject(site: Site, verb):
    """ "He published ...", "The treaty opened ...": the name the paragraph gave before,
    when there is exactly one (see ``references.resolve``)."""
    subject = syntax.subject_of(verb)
    if subject is None or subject.lower_ in syntax.RELATIVE_PRONOUNS:
        return None
    tokens = [subject] if subject.pos_ == "PRON" else syntax.noun_phrase(subject)
    name = references.resolve(site, tokens)
    return (tokens, name) if name else None


def _defines_term(site: Site, verb) -> bool:
    """In a glossary box the definition's head noun stands for the defined term:
    "FATF: An international framework that was created ..." is about FATF."""
    return bool(
        site.term and verb.dep_ == "relcl" and verb.head.dep_ == "ROOT" and site.first_in_block
    )
