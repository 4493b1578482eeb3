"""The named body a passive clause says did something, asked by the kind its name ends in:

"From 1920 the two valleys were governed by the Varna District Council." -> "Which council
governed the two valleys from 1920?" (Varna District Council)

People are asked in ``rules.who``; places and countries ("administered by France") are no
body with a kind to ask by. The name must end in a general English noun ("Council",
"Subregion") after a name of its own ("Varna District"), so that "Which council" does
not give the answer away. What was done to must be named, or named through the paragraph.
"""

from __future__ import annotations

from lemminflect import getAllLemmas

from quizzes.generation import inversion, passive_agents, people, references, syntax, what_clauses
from quizzes.generation.named_things import NamedThing, named_thing
from quizzes.generation.question import AnswerType

# Names of people, places and amounts: asked elsewhere, or no body at all.
NOT_BODIES = {"PERSON", "GPE", "LOC", "NORP", "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT"}
# Prefixes of English nouns a dictionary may not list whole: "Subregion".
NOUN_PREFIXES = ("sub", "super", "inter", "vice", "co")


def agent_question(site, verb) -> tuple[str, NamedThing] | None:
    """ "X was governed by the Varna District Council in 1920" -> ("Which council governed X
    in 1920?", the council's name)."""
    agents = [c for c in verb.children if c.dep_ == "agent"]
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    passive = any(a.dep_ == "auxpass" for a in inversion.auxiliaries(verb))
    if len(agents) != 1 or subject is None or not passive or verb.tag_ != "VBN":
        return None
    body = next((c for c in agents[0].children if c.dep_ == "pobj"), None)
    thing = _named_body(body) if body is not None else None
    if thing is None:
        return None
    done = _done_text(site, subject)
    active = passive_agents.active_verb(verb)
    dropped = {t.i for t in agents[0].subtree} | {t.i for t in subject.subtree}
    rest = what_clauses.rest_text(verb, dropped)
    if done is None or active is None or rest is None:
        return None
    return inversion.question_text(f"Which {thing.kind}", active, done, rest), thing


def _named_body(noun) -> NamedThing | None:
    """ "the Varna District Council", "the Tarsk Subregion of Velm": a body's name
    ending in a common noun, with a name of its own before that noun."""
    if noun.ent_type_ in NOT_BODIES or any(c.dep_ == "conj" for c in noun.children):
        return None
    ent = next((e for e in noun.sent.ents if e.start <= noun.i < e.end), None)
    if ent is not None and people.is_person(ent):
        return None
    known = named_thing(noun)
    if known is not None and known.answer_type == AnswerType.ORGANIZATION:
        return known
    before = [t for t in noun.lefts if t.dep_ == "compound"]
    if noun.tag_ != "NNP" or not before or not all(t.text[:1].isupper() for t in before):
        return None
    if not _common_noun(noun.lower_):
        return None  # "the Kessar Valdez": no kind to ask by
    tokens = [t for t in syntax.noun_phrase(noun) if t.dep_ != "det"]
    if not all(t.text[:1].isupper() or t.lower_ == "of" for t in tokens):
        return None
    return NamedThing(tokens, noun.lower_, AnswerType.ORGANIZATION)


def _common_noun(word: str) -> bool:
    """A word English dictionaries list as a noun, or such a noun with a prefix."""
    if getAllLemmas(word, upos="NOUN"):
        return True
    return any(
        word.startswith(prefix) and getAllLemmas(word[len(prefix) :], upos="NOUN")
        for prefix in NOUN_PREFIXES
    )


def _done_text(site, subject) -> str | None:
    """What the body acted on: as named, or the name the paragraph gave it ("the islands")."""
    tokens = syntax.noun_phrase(subject)
    if not tokens:
        return None
    if references.unresolved(tokens):
        return references.resolve(site, tokens)
    if not any(t.pos_ == "PROPN" or t.like_num for t in tokens):
        return None  # "The land was bought by ...": which land?
    return inversion.lower_first(tokens)
