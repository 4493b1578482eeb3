"""When-questions about a date hung on a noun: an event ("the attacks on 11 September
2001" -> "When did the attacks take place?") or a nominalised action ("the creation of the
WHO in April 1948" -> "When was the WHO created?").
"""

from __future__ import annotations

from lemminflect import getAllLemmas, getInflection, getLemma

from quizzes.generation import inversion, references, syntax
from quizzes.generation.drafts import Site

# Nouns that name a quantity or a state, not something that happens at a time.
NON_EVENT_NOUNS = {
    "population",
    "number",
    "rate",
    "level",
    "price",
    "total",
    "share",
    "figure",
    "amount",
    "value",
    "year",
    "period",
    "time",
    "budget",
    "growth",
    "situation",
    "condition",
}
EVENT_NOUNS = {
    "summit",
    "conference",
    "war",
    "session",
    "crisis",
    "ceremony",
    "election",
    "festival",
    "earthquake",
    "eruption",
    "tournament",
    "games",
    "talks",
    "visit",
    "attack",
    "attacks",
    "meeting",
    "revolution",
    "battle",
    "treaty",
    "flood",
    "storm",
    "launch",
    "expedition",
}
# Verbs whose nominal names its subject, not its object: "the eruption of Krakatoa" is
# not "Krakatoa was erupted". Those events are asked with "take place" instead.
INTRANSITIVE_VERBS = {
    "erupt",
    "arrive",
    "emerge",
    "depart",
    "expire",
    "appear",
    "disappear",
    "survive",
    "migrate",
    "evolve",
    "collapse",
    "occur",
    "exist",
    "revolt",
    "resign",
    "retire",
    "rise",
}
NOMINAL_SUFFIXES = (("ment", ""), ("ation", "ate"), ("tion", "te"), ("ion", ""), ("al", ""))


def noun_event_question(site: Site, noun, dropped: set[int]) -> str | None:
    """A date attached to a noun: an event ("the attacks on September 11, 2001") or a
    nominalised action ("the enactment of the Law in January 2008")."""
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.lemma_.lower() in NON_EVENT_NOUNS:
        return None
    verb = _verb_for_nominal(noun)
    of_object = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    target = next((c for c in of_object.children if c.dep_ == "pobj"), None) if of_object else None
    if verb and target is not None and verb not in INTRANSITIVE_VERBS:
        # "the creation of the WHO in April 1948" -> "When was the WHO created?"
        tokens = syntax.noun_phrase(target)
        text = syntax.render(tokens)
        if references.unresolved(tokens):
            text = references.resolve(site, tokens)  # "the signing of the treaty in 1855"
            if text is None:
                return None
        participle = getInflection(verb, tag="VBN")
        be = "were" if target.tag_ in {"NNS", "NNPS"} else "was"
        return inversion.question_text("When", be, text, participle[0])
    if noun.lemma_.lower() in EVENT_NOUNS or noun.lower_ in EVENT_NOUNS or verb:
        kept = syntax.subtree_without(noun, dropped | _clausal_children(noun))
        tokens = list(syntax.balanced(syntax.trim_punct(kept)))
        if not tokens or references.unresolved(tokens):
            return None
        if tokens[0].dep_ != "det":
            return None  # "When did talks take place" needs its article to read well
        text = syntax.render(tokens)
        text = text[0].lower() + text[1:] if tokens[0].pos_ == "DET" else text
        return inversion.question_text("When", "did", text, "take place", "")
    return None


def _clausal_children(noun) -> set[int]:
    return {c.i for c in noun.children if c.dep_ in {"relcl", "acl", "appos", "punct", "conj"}}


def _verb_for_nominal(noun) -> str | None:
    """'enactment' -> 'enact', 'creation' -> 'create', when English has that verb."""
    word = noun.lower_
    for suffix, replacement in NOMINAL_SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix) + 3:
            stem = word[: -len(suffix)] + replacement
            if getInflection(stem, tag="VBN") and _is_known_verb(stem):
                return stem
    return None


def _is_known_verb(stem: str) -> bool:
    """Whether lemminflect's dictionary (not its guessing rules) knows the verb."""
    past = getInflection(stem, tag="VBD")
    if not past:
        return False
    lemmas = getAllLemmas(past[0], upos="VERB")
    return stem in lemmas.get("VERB", ())


# Kinds of document a date after "of" dates ("the Convention of 3 March 1980"), with the
# participle for what happened to the document on that date.
DATED_DOCUMENTS = {
    "treaty": "concluded",
    "convention": "concluded",
    "agreement": "concluded",
    "accord": "concluded",
    "pact": "concluded",
    "protocol": "concluded",
    "declaration": "adopted",
    "charter": "adopted",
    "constitution": "adopted",
    "act": "passed",
    "statute": "passed",
}


def dated_document_question(ent) -> str | None:
    """ "the two Hague Conventions of 29 July 1899" -> "When were the two Hague
    Conventions concluded?": the date after "of" is the date the document bears."""
    node = ent.root
    if node.dep_ != "pobj" or node.head.lower_ != "of" or node.head.dep_ != "prep":
        return None
    document = node.head.head
    # A name's word keeps its plural as its lemma ("Conventions"); the noun's lemma is asked.
    lemmas = getLemma(document.lower_, upos="NOUN") or (document.lower_,)
    participle = DATED_DOCUMENTS.get(lemmas[0])
    if participle is None or document.pos_ != "PROPN":
        return None
    tokens = [
        t for t in syntax.noun_phrase(document) if t.i not in {u.i for u in node.head.subtree}
    ]
    tokens = syntax.trim_punct(tokens)
    if not tokens or tokens[0].lower_ != "the" or references.unresolved(tokens):
        return None
    if not any(t.pos_ == "PROPN" and t.i != document.i for t in tokens):
        return None  # "the Treaty of 1903": which treaty?
    be = "were" if document.tag_ in {"NNS", "NNPS"} else "was"
    return inversion.question_text("When", be, inversion.lower_first(tokens), participle)
