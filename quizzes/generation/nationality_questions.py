"""A nationality said of a group's members, asked as "What nationality ...?".

"The Kessar Orchestra was founded in 1880: its players have always been Austrian
nationals." -> "What nationality have the players of the Kessar Orchestra always held?"
(Austrian). The owner behind "its" or "their" must be named: the one named subject before
it in the sentence (or, for "their", the group the sentence before was about), or
nothing is asked.
General English only.
"""

from __future__ import annotations

from quizzes.generation import inversion, references, syntax, what_clauses
from quizzes.generation.named_things import NamedThing
from quizzes.generation.question import AnswerType

# Nouns that make a nationality the predicate: "were Swiss citizens".
CITIZEN_NOUNS = {"citizen", "national"}
OWNER_WORDS = {"its", "their"}
# Adverbs the question can keep before its verb: "have always held".
KEPT_ADVERBS = {"always"}


def nationality_question(site, copula) -> tuple[str, NamedThing] | None:
    """ "its members have always been Swiss citizens" -> the question and the key "Swiss"."""
    if copula.lemma_ != "be" or what_clauses.refused(copula):
        return None
    predicate = next((c for c in copula.children if c.dep_ == "attr"), None)
    subject = syntax.subject_of(copula)
    if any(c.dep_ in {"prep", "npadvmod", "neg", "predet"} for c in copula.children):
        return None  # "were Austrian citizens until 1938": the question would drop "until"
    adverbs = [c for c in copula.children if c.dep_ == "advmod"]
    if any(a.lower_ not in KEPT_ADVERBS or a.i > copula.i for a in adverbs):
        return None  # "were mostly Austrian citizens": not the whole fact
    if predicate is None or subject is None or subject.tag_ != "NNS":
        return None
    if predicate.lemma_.lower() not in CITIZEN_NOUNS or predicate.tag_ != "NNS":
        return None
    nationality = [c for c in predicate.children if c.dep_ != "det"]
    if len(nationality) != 1 or nationality[0].ent_type_ != "NORP":
        return None  # "Swiss and French citizens", "former citizens": not one nationality
    members = _members_text(site, subject)
    if members is None:
        return None
    prompt = _prompt(copula, members)
    if prompt is None:
        return None
    key = NamedThing([nationality[0]], "nationality", AnswerType.GROUP)
    return prompt, key


def _members_text(site, subject) -> str | None:
    """ "its members" -> "the members of the Kessar Orchestra"; a named subject as it is."""
    tokens = syntax.noun_phrase(subject)
    if [t for t in tokens if t.dep_ not in {"poss", "amod"} and t != subject]:
        return None  # "its members in Geneva": more than the group's members
    owner = next((t for t in tokens if t.dep_ == "poss"), None)
    if owner is None or owner.lower_ not in OWNER_WORDS:
        return None  # "Her parents", "The players": whose?
    if owner.lower_ == "their":
        return references.possessed(site, tokens)
    named = _owner_named(site, owner)
    if named is None:
        return None
    return f"the {syntax.render(t for t in tokens if t != owner)} of {named}"


def _owner_named(site, owner) -> str | None:
    """What "its" stands for: the one singular subject before it in the sentence, named or
    resolved ("The committee has kept ...: its members ..."); else None."""
    before = [
        t
        for t in site.sent
        if t.i < owner.i and t.dep_ in {"nsubj", "nsubjpass"} and t.tag_ in {"NN", "NNP"}
    ]
    if len(before) != 1 or before[0].ent_type_ in {"PERSON", "GPE"}:
        return None
    thing = before[0]
    phrase = [t for t in thing.subtree if t.i <= thing.i]
    if len(phrase) == 2 and phrase[0].lower_ == "the" and thing.pos_ == "NOUN":
        return references.resolve(site, phrase)
    if thing.pos_ == "PROPN" and all(t.pos_ in {"DET", "PROPN"} for t in phrase):
        return inversion.lower_first(phrase)
    return None


def _prompt(copula, members: str) -> str | None:
    """ "have always been" -> "What nationality have X always held?"; "were" -> "What
    nationality were X?"."""
    auxes = [c for c in copula.children if c.dep_ == "aux" and c.i < copula.i]
    adverbs = [c.text for c in copula.children if c.dep_ == "advmod" and c.i < copula.i]
    if copula.dep_ not in {"ROOT", "conj", "ccomp"}:
        return None
    if not auxes and copula.tag_ in {"VBD", "VBP"}:
        return " ".join(["What nationality", copula.lower_, members, *adverbs]) + "?"
    if [a.lower_ for a in auxes] in (["have"], ["has"]) and copula.tag_ == "VBN":
        return " ".join(["What nationality", auxes[0].lower_, members, *adverbs, "held"]) + "?"
    return None
