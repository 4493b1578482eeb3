"""Turning a clause into a wh-question: the auxiliary moved before the subject (with
do-support where English needs it), the parts kept after the verb, and the subject's text
for the middle of a question. Refuses (returns None) rather than guess.
"""

from __future__ import annotations

from lemminflect import getAllLemmas, getInflection, getLemma

from quizzes.generation import syntax
from quizzes.language.lexicon import RELATIVE_PRONOUNS

AUX_DEPS = {"aux", "auxpass"}
# Parts of a clause a question keeps after the verb.
KEPT_DEPS = {
    "dobj",
    "attr",
    "acomp",
    "oprd",
    "dative",
    "prt",
    "xcomp",
    "ccomp",
    "prep",
    "agent",
    "advmod",
    "neg",
    "npadvmod",
}
# Sentence-opening connectives that make no sense once a clause stands alone.
DISCOURSE_ADVERBS = {
    "moreover",
    "furthermore",
    "however",
    "also",
    "thus",
    "therefore",
    "instead",
    "recently",
    "currently",
    "meanwhile",
    "nevertheless",
    "additionally",
    "consequently",
    "then",
    "still",
}


def invert(verb, subject_text: str, rest_text: str, wh: str) -> str | None:
    """Build "<wh> <aux> <subject> <verb> <rest>?" with do-support where English needs it."""
    auxes = auxiliaries(verb)
    negation = [c for c in verb.children if c.dep_ == "neg"]
    if negation:
        return None  # "When did X not ...?" questions are rarely what a teacher asks
    adverbs = " ".join(a.text for a in _inner_adverbs(verb, auxes))
    if auxes:
        first, others = auxes[0], auxes[1:]
        middle = " ".join([*(a.text for a in others), adverbs, verb.text])
        return question_text(wh, first.lower_, subject_text, middle, rest_text)
    if verb.lemma_ == "be":
        return question_text(wh, verb.lower_, subject_text, adverbs, rest_text)
    support = {"VBD": "did", "VBZ": "does", "VBP": "do"}.get(verb.tag_)
    if support is None:
        return None
    return question_text(wh, support, subject_text, adverbs, base_form(verb), rest_text)


def base_form(verb) -> str:
    """The bare verb for do-support ("did ... hope"): the first lemma that inflects back to
    the word as written."""
    # The tagger's lemma first ("enrolled" -> "enrol"), unless English has it as a noun or an
    # adjective ("premier", "hop"): then the dictionary's verb ("premiere", "hope") first.
    dictionary = getLemma(verb.lower_, upos="VERB")
    nominal = getAllLemmas(verb.lemma_, upos="NOUN") or getAllLemmas(verb.lemma_, upos="ADJ")
    ordered = (*dictionary, verb.lemma_) if nominal else (verb.lemma_, *dictionary)
    for lemma in ordered:
        doubled = {lemma + lemma[-1:] + "ed", lemma + lemma[-1:] + "ing"}  # "enrolled"
        if verb.lower_ in {*getInflection(lemma, tag=verb.tag_), *doubled}:
            base = getInflection(lemma, tag="VB")
            return base[0] if base else lemma
    base = getInflection(verb.lemma_, tag="VB")
    return base[0] if base else verb.lemma_


def auxiliaries(verb) -> list:
    return [child for child in verb.children if child.dep_ in AUX_DEPS and child.i < verb.i]


def _inner_adverbs(verb, auxes: list) -> list:
    """Adverbs between the subject and the verb that carry meaning: "was first held"."""
    subject = syntax.subject_of(verb)
    return [
        child
        for child in verb.children
        if child.dep_ == "advmod"
        and child.i < verb.i
        and child.lower_ not in DISCOURSE_ADVERBS
        and all(aux.i < child.i for aux in auxes)
        and (subject is None or subject.i < child.i)
    ]


def complements(verb, dropped: set[int]) -> list:
    """Everything after the verb a question keeps: objects, complements, prepositions."""
    tokens = []
    for child in verb.children:
        if child.i < verb.i and child.dep_ not in {"neg", "prt"}:
            continue
        if child.i in dropped or child.dep_ not in KEPT_DEPS:
            continue
        if child.dep_ == "advmod" and child.lower_ in DISCOURSE_ADVERBS:
            continue
        tokens.extend(syntax.subtree_without(child, dropped))
    return syntax.balanced(syntax.trim_punct(tokens))


def relative_object(verb):
    """The relative pronoun a clause has as its object ("the camp that Amundsen set up")."""
    return next(
        (c for c in verb.children if c.dep_ == "dobj" and c.lower_ in RELATIVE_PRONOUNS), None
    )


def question_text(*parts: str) -> str:
    text = " ".join(part for part in parts if part)
    text = " ".join(text.split())
    return text[0].upper() + text[1:] + "?"


def lower_first(tokens: list) -> str:
    """Subject text for the middle of a question: "The governments" -> "the governments"."""
    text = syntax.render(tokens)
    first = tokens[0] if tokens else None
    if first is None or first.i != first.sent.start:
        return text
    # Only words that are capitalised because they start the sentence: not "British",
    # "NATO" or a name.
    common = first.pos_ in {"DET", "NUM"} or (
        first.pos_ in {"ADJ", "NOUN"} and not first.ent_type_ and first.tag_ not in {"NNP", "NNPS"}
    )
    if common and (not first.text.isupper() or len(first.text) == 1):
        return text[0].lower() + text[1:]
    return text
