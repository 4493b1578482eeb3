"""How-many questions: a counted noun that is the subject or object of its clause, and
amounts with units, money and percentages.

"A total of 32 countries and territories ... are members." -> "How many countries and
territories are members?" (32)
"The American project cost almost 375 million dollars." -> "About how much did the
American project cost?" (375 million dollars)
"""

from __future__ import annotations

from quizzes.generation import clause_facts, inversion, occasions, syntax
from quizzes.generation.agent_counts import agent_question
from quizzes.generation.amount_clauses import intending_verb
from quizzes.generation.amount_questions import amount_drafts
from quizzes.generation.amount_subjects import resolved_it
from quizzes.generation.apposed_counts import apposed_count_question
from quizzes.generation.drafts import NO_CONTEXT, DocumentContext, Draft, Site
from quizzes.generation.measures import APPROXIMATORS, BOUNDS, SCALES
from quizzes.generation.noun_amounts import noun_amount_drafts
from quizzes.generation.question import AnswerType, Kind
from quizzes.language.numbers import number_word

KIND = Kind.HOW_MANY

# Entities that pin a hedged count to one occasion, besides proper nouns.
PINNING_ENTITIES = {"NORP", "DATE", "EVENT", "GPE", "LOC", "FAC"}
COLLECTIVE_HEADS = {"total", "number", "group", "set", "maximum", "minimum"}
# Number words a count is spelt with in running text. Not every number word: "one" is as
# often a pronoun, and the rule has only ever asked about these (a wider list would change
# which sentences give questions).
NUMBER_WORDS = {number_word(n) for n in (*range(2, 13), 15, 20, 30, 40, 50)} | {
    "hundred",
    "thousand",
    "million",
}


def drafts(site: Site, context: DocumentContext = NO_CONTEXT) -> list[Draft]:
    drafts = amount_drafts(site) + noun_amount_drafts(site)
    for ent in site.sent.ents:
        hedge, count = _hedged_count(ent.text)
        if ent.label_ != "CARDINAL" or not _is_count(_without_bound(count)):
            continue
        number = ent.root
        noun = number.head
        if number.dep_ != "nummod" or noun.pos_ != "NOUN" or noun.tag_ != "NNS":
            continue
        widened = bool(hedge) or count != _without_bound(count) or len(count.split()) > 1
        prompt = _prompt(site, number, noun, hedged=bool(hedge), widened=widened)
        if prompt:
            answer = count
            drafts.append(
                Draft(
                    kind=Kind.HOW_MANY,
                    prompt=prompt,
                    answer=answer,
                    answer_type=AnswerType.NUMBER,
                    rule="how_many",
                    confidence=0.85,
                    site=site,
                    accepted=[f"{answer} {noun.text}", *([f"{hedge} {answer}"] if hedge else [])],
                )
            )
    return drafts


def _is_count(text: str) -> bool:
    """ "32", "1,200", "twelve", "220 million", "seven million"."""
    words = text.lower().split()
    if len(words) == 2 and words[1] in SCALES:
        words = words[:1]
    if len(words) != 1:
        return False
    return words[0].replace(",", "").replace(".", "", 1).isdigit() or words[0] in NUMBER_WORDS


def _without_bound(text: str) -> str:
    lowered = text.lower()
    bound = next((b for b in BOUNDS if lowered.startswith(b + " ")), "")
    return text[len(bound) + 1 :] if bound else text


def _hedged_count(text: str) -> tuple[str, str]:
    """ "about seven million" -> ("about", "seven million"); "more than 9,000" keeps its
    bound, which is part of the fact: ("", "more than 9,000")."""
    lowered = text.lower()
    for word in APPROXIMATORS:
        if lowered.startswith(word + " "):
            return word, text[len(word) + 1 :]
    for bound in BOUNDS:
        if lowered.startswith(bound + " "):
            return "", bound + text[len(bound) :]  # "More than 150" -> "more than 150"
    return "", text


def _prompt(site: Site, number, noun, *, hedged: bool = False, widened: bool = False) -> str | None:
    """With ``widened`` (a hedged, bounded or scaled count: "about 40,000 people"), the
    question must name something: "About how many people worked on the project?" does
    not say which project."""
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
        if t.i not in {n.i for n in number.subtree} and t.dep_ != "det"
    ]
    counted_text = syntax.render(syntax.trim_punct(counted))
    if _refers_back(noun, counted):
        return None
    verb = role_bearer.head
    if role_bearer.dep_ in syntax.SUBJECT_DEPS and verb.pos_ in {"VERB", "AUX"}:
        auxes = inversion.auxiliaries(verb)
        rest_tokens = clause_facts.until_break(inversion.complements(verb, set()))
        rest = syntax.render(rest_tokens)
        if any(c.dep_ == "neg" for c in verb.children) or clause_facts.has_relative_adverb(verb):
            return None  # "..., where more than 900 men had taken refuge": the place is lost
        if widened and not _names_something(counted + rest_tokens):
            return None
        middle = " ".join([*(a.text for a in auxes), verb.text, rest])
        question = f"{'About how' if hedged else 'How'} many {counted_text} {middle}"
    elif role_bearer.dep_ == "dobj" and verb.pos_ == "VERB":
        # "Japan planned to invite 30,000 people": asked through "plan", "to invite" kept.
        if sum(c.dep_ == "dobj" for c in verb.children) > 1:
            return None  # "expelled the merchants, some 400 families" read as two objects
        main, lead = _intending_verb(verb)
        subject = _object_count_subject(site, main, widened=widened)
        if subject is None:
            return None
        rest = syntax.render(clause_facts.until_break(inversion.complements(verb, {role_bearer.i})))
        rest = occasions.with_terms_occasion(verb, rest)  # "... cede under the Treaty of X"
        if lead and not rest:
            return None  # "How many people did Japan plan to invite?": to what?
        inverted = inversion.invert(
            main,
            subject,
            f"{lead} {rest}".strip(),
            f"{'About how' if hedged else 'How'} many {counted_text}",
        )
        return _with_context(site, inverted)
    elif noun.dep_ == "appos":
        # "deported all of their residents, about 17,000 people": the count sizes the object.
        return _with_context(site, apposed_count_question(site, number, noun, hedged=hedged))
    elif role_bearer.dep_ == "pobj" and verb.dep_ == "agent":
        # "The congress was attended by 240 delegates": asked in the active.
        return _with_context(site, agent_question(verb.head, counted_text, site, hedged=hedged))
    else:
        return None
    return _with_context(site, inversion.question_text(question))


def _object_count_subject(site: Site, verb, *, widened: bool) -> str | None:
    """Who has or does the counted things, as the question writes it: the subject, or
    the one named thing a subject "it" stands for."""
    subject = syntax.clause_subject_tokens(verb)
    if not subject or subject[0].lower_ in syntax.PRONOUNS:
        return resolved_it(verb, site)
    if widened and not _names_something(subject):
        return None  # "About how many members does the committee have?": which one?
    return inversion.lower_first(subject)


def _intending_verb(verb) -> tuple:
    """The verb a question inverts and the words it keeps before the complements: the
    verb itself, or for "to invite" after "planned", "planned" and "to invite"."""
    main = intending_verb(verb)
    if main is not None:
        return main, f"to {verb.text}"
    return verb, ""


def _names_something(tokens: list) -> bool:
    """A name, or a word the tagger reads as part of a named period, people or place:
    "during the French period", "in the 1990s" say which, as "in the project" does not."""
    return any(t.pos_ == "PROPN" or t.ent_type_ in PINNING_ENTITIES for t in tokens)


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
