"""The named body a passive clause says did something, asked by the kind its name ends in:

"From 1920 the two valleys were governed by the Varna District Council." -> "Which council
governed the two valleys from 1920?" (Varna District Council)

People are asked in ``rules.who``; places and countries ("administered by France") are no
body with a kind to ask by. The name must end in a general English noun ("Council",
"Subregion") after a name of its own ("Varna District"), so that "Which council" does
not give the answer away. What was done to must be named, or named through the paragraph.
"""

from __future__ import annotations

from dataclasses import replace

from lemminflect import getAllLemmas

from quizzes.generation import (
    inversion,
    naming_questions,
    occasions,
    passive_agents,
    people,
    person_objects,
    references,
    syntax,
    what_clauses,
)
from quizzes.generation.named_things import NamedThing, named_thing
from quizzes.generation.question import AnswerType
from quizzes.generation.quoted_descriptions import DESCRIBING_VERBS, QUOTES

# Names of people, places and amounts: asked elsewhere, or no body at all.
NOT_BODIES = {"PERSON", "GPE", "LOC", "NORP", "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT"}
# Prefixes of English nouns a dictionary may not list whole: "Subregion".
NOUN_PREFIXES = ("sub", "super", "inter", "vice", "co")
# Kinds that name a stretch of time: "the International Polar Year" is no body.
TIME_NOUNS = {"year", "decade", "century", "day", "week", "month", "era", "age", "period"}
# Words that may stand inside a longer name: one right before a name found cuts it short.
NAME_PARTS_OF_SPEECH = {"NOUN", "PROPN", "ADJ", "VERB", "NUM"}
# Verbs whose object the naming questions ask for ("What name did the club adopt?").
NAMING_VERBS = (
    naming_questions.NAME_TAKING_VERBS
    | naming_questions.DECLARING_VERBS
    | naming_questions.RENAMING_VERBS
    | naming_questions.APPOSED_NAMING_VERBS
    | DESCRIBING_VERBS
)
# Named things that act: bodies, and laws ("the Varna Charter created ...").
BODY_TYPES = {AnswerType.ORGANIZATION, AnswerType.LAW}
# Words that make a body's name a state's: "the Union of Andean Republics".
STATE_WORDS = {"republic", "republics", "kingdom", "states", "emirates", "commonwealth"}
# Verbs after which a body is no fact to learn: "the council had ...", "... included".
EMPTY_VERBS = {"be", "have", "include", "contain", "become", "remain", "say"}


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
    if occasions.needs_occasion(verb):
        occasion = occasions.occasion_before(verb.sent)
        if occasion is None:
            return None  # "Which party represented the district?": when?
        rest = " ".join(w for w in (rest, occasion) if w)
    return inversion.question_text(f"Which {thing.kind}", active, done, rest), thing


def subject_question(site, verb) -> tuple[str, NamedThing] | None:
    """ "In 1950 the Varna District Council funded a new library." -> "Which council funded
    a new library in 1950?": a dated clause whose subject is a named body; not when its
    object is a name, which the object question asks about."""
    subject = syntax.subject_of(verb)
    if subject is None or subject.dep_ != "nsubj" or verb.lemma_.lower() in EMPTY_VERBS:
        return None
    if verb.tag_ not in {"VBD", "VBZ", "VBP"} or inversion.auxiliaries(verb):
        return None
    if verb.lemma_.lower() in NAMING_VERBS and _gives_a_name(verb):
        return None  # "the club adopted the name X": the name is asked, not who took it
    if any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children):
        return None  # "the bank noted that ...": what was noted is the fact, not who noted it
    thing = _named_body(subject)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if thing is None or any(named_thing(o) or o.pos_ == "PROPN" for o in objects):
        return None
    if any(c.dep_ == "appos" for o in objects for c in o.children):
        return None  # "hired a conductor, Gustav Mahler": the object's name is the fact
    rest = inversion.complements(verb, set())
    if not rest or references.deictic(rest) or any(t.tag_ == "PRP$" for t in rest):
        return None
    if not any(t.ent_type_ == "DATE" for t in verb.subtree if t.i not in subject.subtree):
        return None  # "Which council funded a library?": one of many
    phrase = person_objects.with_leading_date(f"{verb.text} {syntax.render(rest)}", verb)
    return f"Which {thing.kind} {phrase}?", thing


def _gives_a_name(verb) -> bool:
    """A name or a quotation after the verb: "adopted the name Arminia", "called it "..."."""
    after = [t for c in verb.children if c.i > verb.i for t in c.subtree]
    return any(t.pos_ == "PROPN" or t.text in QUOTES for t in after)


def _named_body(noun) -> NamedThing | None:
    """ "the Varna District Council", "the Tarsk Subregion of Velm": a body's name
    ending in a common noun, with a name of its own before that noun."""
    if noun.ent_type_ in NOT_BODIES or any(c.dep_ == "conj" for c in noun.children):
        return None
    ent = next((e for e in noun.sent.ents if e.start <= noun.i < e.end), None)
    if ent is not None and people.is_person(ent):
        return None
    known = named_thing(noun)
    if known is not None:
        if known.answer_type not in BODY_TYPES or _cut_short(noun, known.tokens):
            return None  # "the ... Healthcare products Regulatory Agency": a name's tail
        if any(t.lower_ in STATE_WORDS for t in known.tokens):
            return replace(known, kind="country")  # "the Union of Andean Republics": a state
        return known
    before = [t for t in noun.lefts if t.dep_ == "compound"]
    if noun.tag_ != "NNP" or noun.ent_type_ != "ORG" or not before or _cut_short(noun, before):
        return None
    if not all(t.text[:1].isupper() for t in before) or not _common_noun(noun.lower_):
        return None  # "the Kessar Valdez": no kind to ask by
    if noun.lower_ in TIME_NOUNS:
        return None  # "Which year ran from ...?" asks for a number
    tokens = [t for t in syntax.noun_phrase(noun) if t.dep_ != "det"]
    if not all(t.text[:1].isupper() or t.lower_ == "of" for t in tokens):
        return None
    return NamedThing(tokens, noun.lower_, AnswerType.ORGANIZATION)


def _cut_short(noun, name: list) -> bool:
    """Words of the noun's phrase before the name found, or a word that could begin it
    right before it, however parsed: the name began earlier."""
    if any(t.i < name[0].i and t.dep_ not in {"det", "poss", "case"} for t in noun.subtree):
        return True
    first = name[0]
    before = first.doc[first.i - 1] if first.i > first.sent.start else None
    return before is not None and before.pos_ in NAME_PARTS_OF_SPEECH


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
    named = any(t.pos_ == "PROPN" or t.like_num for t in tokens)
    if references.unresolved(tokens) or not named:
        return references.resolve(site, tokens)  # "The land was bought by ...": which land?
    return inversion.lower_first(tokens)
