"""What-questions: named things a clause acts on, and names given to things.

Objects:  "In 2004 the council adopted the Lisbon Strategy for growth." -> "Which strategy
          did the council adopt for growth in 2004?" (Lisbon Strategy)
Passives: "The Treaty of Nijmegen was signed by France and Spain in 1678." -> "Which
          treaty was signed by France and Spain in 1678?"
Titles:   "Rachel Carson published a book titled Silent Spring in 1962." -> "What was the
          title of the book Rachel Carson published in 1962?"
Names and descriptions are asked in ``naming_questions``.

The key is always a name of several capitalised words the learner can write; the question
names its subject (no pronoun, no "the leaders") and keeps the date that makes it unique.
"""

from __future__ import annotations

from quizzes.generation import (
    apposed_kinds,
    clause_facts,
    clause_settings,
    coordinated_objects,
    inversion,
    kind_names,
    known_as_objects,
    means_objects,
    named_agents,
    named_things,
    naming_questions,
    nationality_questions,
    person_objects,
    syntax,
    what_clauses,
)
from quizzes.generation.drafts import NO_CONTEXT, DocumentContext, Draft, Site
from quizzes.generation.named_things import NamedThing
from quizzes.generation.question import AnswerType, Kind

KIND = Kind.WHAT

MAX_QUESTION_WORDS = 20
# Verbs after which a bare title says nothing ("What did X have?").
EMPTY_VERBS = {"be", "have", "become", "include", "contain", "use", "follow", "mention"}
CLAUSE_DEPS = {"ROOT", "conj", "relcl", "ccomp"}


def drafts(site: Site, context: DocumentContext = NO_CONTEXT) -> list[Draft]:
    found: list[Draft] = []
    for token in site.sent:
        if token.pos_ != "VERB" or what_clauses.refused(token):
            continue
        if token.dep_ in CLAUSE_DEPS:
            makers = (
                _object_question,
                _passive_question,
                _title_question,
                _kind_subject_question,
                _means_question,
                _agent_question,
                _coordinated_question,
                _body_subject_question,
                _apposed_kind_question,
            )
        elif token.dep_ == "advcl":  # "..., when the steamship X made the first transit"
            makers = (_kind_subject_question,)
        elif token.dep_ == "xcomp":  # "agreed to transfer A and B to Y"
            makers = (_coordinated_question,)
        else:
            continue
        found.extend(draft for make in makers if (draft := make(site, token)) is not None)
    found.extend(naming_questions.drafts(site))
    found.extend(_nationality_questions(site))
    found.extend(known_as_objects.known_as_questions(site))
    return [d for d in found if len(d.prompt.split()) <= MAX_QUESTION_WORDS]


def _object_question(site: Site, verb) -> Draft | None:
    """ "X adopted the Lisbon Strategy in 2004" -> "Which strategy did X adopt in 2004?"."""
    apposed = what_clauses.apposed_object(verb)
    objects = [c for c in verb.children if c.dep_ == "dobj" and c != apposed]
    if len(objects) != 1 or any(c.dep_ in {"oprd", "ccomp", "xcomp"} for c in verb.children):
        return None  # "declared 2009 the Year of ...": asked as a name given
    thing = named_things.named_thing(objects[0]) or kind_names.kind_named(objects[0])
    if verb.lemma_ in naming_questions.DECLARING_VERBS:
        return None  # "declared 1979 the Year of ...": a name given, asked there
    if thing is None or (not thing.kind and verb.lemma_ in EMPTY_VERBS):
        return None
    subject = what_clauses.subject_text(verb) or _pronoun_subject(site, verb)
    if subject is None:
        return None
    dropped = {t.i for t in objects[0].subtree} | {t.i for t in thing.tokens}
    if apposed is not None:
        dropped |= {t.i for t in apposed.subtree}
    rest = what_clauses.rest_text(verb, dropped)
    if rest is None:
        return None
    rest = " ".join(part for part in (rest, clause_settings.setting(verb)) if part)
    prompt = inversion.invert(verb, subject, rest, _wh(thing))
    if not prompt:
        return None
    draft = _draft(site, prompt, thing, "what:object")
    for other in [apposed, *_apposed_in_name(thing)]:
        if other is not None:
            draft.accepted.extend(_other_name(other))
    return draft


def _apposed_in_name(thing: NamedThing) -> list:
    """A second name after a comma, hung on the name's last word by the parser."""
    head = thing.kind
    return [
        c
        for t in thing.tokens
        for c in t.children
        if c.dep_ == "appos" and c.lower_ == head and c.doc[c.left_edge.i - 1].text == ","
    ]


def _other_name(noun) -> list[str]:
    """ "the first Geneva Convention" -> "first Geneva Convention", "Geneva Convention"."""
    words = [t for t in syntax.noun_phrase(noun) if t.dep_ != "det"]
    names = [syntax.render(words)]
    proper = [t for t in words if t.text[:1].isupper()]
    if proper and proper[0].i != words[0].i:
        names.append(syntax.render([t for t in words if t.i >= proper[0].i]))
    return [name for name in names if len(name.split()) > 1]


def _passive_question(site: Site, verb) -> Draft | None:
    """ "The Treaty of X was signed by A and B in 1678" -> "Which treaty was signed by A and
    B in 1678?"; only with an agent or a date, since "Which treaty was signed?" has many
    answers."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    auxes = inversion.auxiliaries(verb)
    if subject is None or not auxes or verb.tag_ != "VBN":
        return None
    if any(c.dep_ in {"oprd", "attr"} for c in verb.children):
        return None  # "X was renamed Y": asked for the new name in naming_questions
    thing = named_things.named_thing(subject) or kind_names.kind_named(subject)
    if thing is None or not thing.kind:
        return None
    rest = what_clauses.rest_text(verb, {t.i for t in subject.subtree})
    has_agent = any(c.dep_ == "agent" for c in verb.children)
    if rest is None or not (has_agent or clause_facts.is_dated(clause_facts.dated_adjuncts(verb))):
        return None
    verb_words = " ".join([*(a.lower_ for a in auxes), verb.text])
    prompt = inversion.question_text(_wh(thing), verb_words, rest)
    return _draft(site, prompt, thing, "what:passive")


def _title_question(site: Site, verb) -> Draft | None:
    """ "X published a book titled Y in 1962" -> "What was the title of the book X published
    in 1962?" (Y)."""
    # The parser reads "published, at his own expense, a book titled ..." as an adverb.
    work = next((c for c in verb.children if c.dep_ in {"dobj", "npadvmod", "dep"}), None)
    found = named_things.titled_work(work) if work is not None else None
    if found is None or verb.tag_ != "VBD":
        return None
    title, noun, _ = found
    subject = what_clauses.subject_text(verb) or _pronoun_subject(site, verb)
    rest = what_clauses.rest_text(verb, {t.i for t in work.subtree})
    if rest is None:  # "at his own expense": an aside; the date still says which book
        rest = syntax.render(clause_facts.dated_adjuncts(verb))
        rest = rest[:1].lower() + rest[1:]
    if subject is None:
        return None
    prompt = inversion.question_text("What was the title of the", noun, subject, verb.text, rest)
    thing = NamedThing(title, noun, AnswerType.TERM)
    return _draft(site, prompt, thing, "what:title")


def _kind_subject_question(site: Site, verb) -> Draft | None:
    """ "the steamship SS Ancon made the first transit" -> "Which steamship made ...?"."""
    found = kind_names.subject_question(site, verb)
    return _draft(site, found[0], found[1], "what:kind_subject") if found else None


def _means_question(site: Site, verb) -> Draft | None:
    """ "X was created by damming the Y River" -> "Which river was dammed to create X?"."""
    found = means_objects.means_question(verb)
    return _draft(site, found[0], found[1], "what:means") if found else None


def _agent_question(site: Site, verb) -> Draft | None:
    """ "X was governed by the Varna District Council" -> "Which council governed X?"."""
    found = named_agents.agent_question(site, verb)
    return _draft(site, found[0], found[1], "what:agent") if found else None


def _body_subject_question(site: Site, verb) -> Draft | None:
    """ "In 1950 the Varna Council funded a library" -> "Which council funded a library in
    1950?"."""
    found = named_agents.subject_question(site, verb)
    return _draft(site, found[0], found[1], "what:body_subject") if found else None


def _apposed_kind_question(site: Site, verb) -> Draft | None:
    """ "X isolated a new compound, the blue pigment" -> "What new compound did X isolate?"."""
    found = apposed_kinds.apposed_kind_question(site, verb)
    return _draft(site, found[0], found[1], "what:apposed_kind") if found else None


def _nationality_questions(site: Site) -> list[Draft]:
    """ "its members have always been Swiss citizens" -> "What nationality have the members
    of X always held?" (Swiss)."""
    found = []
    for token in site.sent:
        if token.lemma_ != "be" or token.dep_ not in CLAUSE_DEPS:
            continue
        question = nationality_questions.nationality_question(site, token)
        if question is None:
            continue
        draft = _draft(site, question[0], question[1], "what:nationality")
        predicate = next(c for c in token.children if c.dep_ == "attr")
        draft.accepted.append(syntax.render(syntax.noun_phrase(predicate)))
        found.append(draft)
    return found


def _coordinated_question(site: Site, verb) -> Draft | None:
    """ "X agreed to transfer A and B to Y" -> "What did X agree to transfer to Y?"."""
    found = coordinated_objects.coordinated_question(site, verb)
    if found is None:
        return None
    prompt, thing, other_orders = found
    draft = _draft(site, prompt, thing, "what:coordinated")
    draft.accepted.extend(other_orders)
    return draft


def _pronoun_subject(site: Site, verb) -> str | None:
    """ "he" or "she" named through the paragraph, as the who-questions name them."""
    subject = syntax.subject_of(verb)
    if subject is None or subject.pos_ != "PRON":
        return None
    return person_objects.acting_subject(site, verb)


def _wh(thing: NamedThing) -> str:
    return f"Which {thing.kind}" if thing.kind else "What"


def _draft(site: Site, prompt: str, thing: NamedThing, rule: str) -> Draft:
    return Draft(
        kind=KIND,
        prompt=prompt,
        answer=thing.text,
        answer_type=thing.answer_type,
        rule=rule,
        confidence=0.8,
        site=site,
        accepted=thing.accepted(),
        answer_tokens=(thing.tokens[0].i, thing.tokens[-1].i + 1),
    )
