"""The parts of a clause a what-question keeps: who did it, and when, where and to what.

"In 2004 the council adopted the Lisbon Strategy for growth." asks for the object and
keeps the rest: subject "the council", qualifiers "for growth in 2004". Every helper
returns None when the part would need the sentence before to make sense.
"""

from __future__ import annotations

from quizzes.generation import clause_facts, clauses, inversion, references, syntax

# What may follow the verb in the question besides the asked phrase.
REST_DEPS = {"prt", "dative", "prep", "npadvmod", "agent"}
# A prepositional phrase longer than this is an aside, unless it holds the date.
MAX_PREP_TOKENS = 5
MAX_SUBJECT_WORDS = 9
# A subject that does something by itself; "the work" or "the result" do not.
ASIDE_DEPS = {"relcl", "acl", "appos", "advcl"}


def clause_of(verb):
    """The verb whose subject a coordinated verb shares: "met in Irkutsk and adopted ..."."""
    clause = verb
    while clause.dep_ == "conj" and syntax.subject_of(clause) is None and clause.head.i != clause.i:
        clause = clause.head
    return clause


def subject_text(verb) -> str | None:
    """The subject as a question states it, or None for a pronoun, a bare reference ("the
    leaders") or a subject too long to read."""
    clause = clause_of(verb)
    tokens = syntax.clause_subject_tokens(clause)
    subject = syntax.subject_of(clause)
    if not tokens or subject is None:
        return None
    if subject.lower_ in syntax.RELATIVE_PRONOUNS:
        subject = clause.head
    named = references.named_subject(subject, tokens) or _national_side(tokens)
    if named is None or not clause_facts.names_something(named):
        return None
    if len(named) > MAX_SUBJECT_WORDS:
        named = syntax.prune_asides(named)
    if len(named) > MAX_SUBJECT_WORDS or _points_back(named) or clause_facts.is_dated(named):
        return None
    return inversion.lower_first(named)


# Nouns for one party to talks or a treaty, named by its nationality: "the Danish side".
SIDE_NOUNS = {"side", "delegation"}


def _national_side(tokens: list) -> list | None:
    """ "the Danish side", "the Finnish delegation": a party the nationality names."""
    words = [t.lower_ for t in tokens]
    if len(tokens) != 3 or words[0] != "the" or words[2] not in SIDE_NOUNS:
        return None
    return tokens if tokens[1].ent_type_ == "NORP" and tokens[2].tag_ == "NN" else None


def rest_text(verb, dropped: set[int]) -> str | None:
    """What follows the verb in the question: particle, indirect object, short phrases and
    the clause's date moved to the end; None when a pronoun would be left in it."""
    after, moved = [], []
    for child in verb.children:
        if child.i in dropped or child.dep_ not in REST_DEPS:
            continue
        phrase = syntax.subtree_without(child, dropped | _asides(child))
        dated = clause_facts.is_dated(phrase)
        if child.i < verb.i:
            if dated and child.dep_ in {"prep", "npadvmod"}:
                moved.extend(clause_facts.date_phrase(child))
            else:
                moved.extend(_occasion(child))
            continue
        if dated and child.dep_ in {"prep", "npadvmod"}:
            after.extend(clause_facts.date_phrase(child))
        elif child.dep_ == "npadvmod":
            continue  # an undated bare noun phrase after the verb: often a misparsed aside
        elif child.dep_ in {"prt", "dative", "agent"} or len(phrase) <= MAX_PREP_TOKENS:
            after.extend(phrase)
    if not moved and not after:
        clause = clause_of(verb)
        if clause.i != verb.i:  # "met in Irkutsk on 25 March and adopted ...": same day
            moved = clause_facts.dated_adjuncts(clause)
    after = syntax.balanced(syntax.trim_punct(after))
    if _points_back(after + moved):
        return None
    text = syntax.render(after)
    fronted = syntax.render(moved)
    if moved and moved[0].i == moved[0].sent.start:
        fronted = fronted[:1].lower() + fronted[1:]
    return " ".join(part for part in (text, fronted) if part)


OCCASION_PREPOSITIONS = {"at", "during"}
MAX_OCCASION_TOKENS = 7


def _occasion(prep) -> list:
    """A named occasion before the clause ("At the Second Asia-Africa Summit, held in
    ..."), without what hangs on it: it tells which time the clause is about."""
    if prep.dep_ != "prep" or prep.lower_ not in OCCASION_PREPOSITIONS:
        return []
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if noun is None or noun.pos_ != "PROPN" or noun.ent_type_ in {"PERSON", "GPE", "LOC"}:
        return []
    tokens = [prep, *syntax.noun_phrase(noun)]
    return tokens if len(tokens) <= MAX_OCCASION_TOKENS else []


def _asides(token) -> set[int]:
    return {t.i for t in token.subtree if t.dep_ in ASIDE_DEPS and t.i != token.i}


def _points_back(tokens: list) -> bool:
    """ "in his honour", "at its meeting", "there": the words need an earlier sentence."""
    return any(
        t.pos_ == "PRON" and t.lower_ not in {"whom", "who"} or t.tag_ == "PRP$" for t in tokens
    ) or references.deictic(tokens)


def refused(verb) -> bool:
    """A clause that denies, supposes or mixes two clauses: no fact to ask about."""
    if clause_facts.is_negated(verb) or clause_facts.is_hypothetical(verb):
        return True
    if apposed_object(verb) is not None:
        # "signed the Convention for ..., the first Geneva Convention": the parser makes
        # the second name a second object; only two subjects or a subordinator mix clauses.
        subjects = [c for c in verb.children if c.dep_ in syntax.SUBJECT_DEPS]
        return len(subjects) > 1 or any(c.dep_ == "mark" for c in verb.children)
    return clauses.garbled(verb)


def apposed_object(verb):
    """The second of two objects when it only renames the first after a comma: the same
    kind of thing ("Convention ..., the first Geneva Convention")."""
    objects = sorted((c for c in verb.children if c.dep_ == "dobj"), key=lambda c: c.i)
    if len(objects) != 2:
        return None
    first, second = objects
    before = verb.doc[second.left_edge.i - 1]
    if before.text != "," or second.lemma_.lower() != first.lemma_.lower():
        return None
    return second
