"""Turning a parsed clause into a question: pick its parts, move the auxiliary, render text.

Works on spaCy tokens. Every function here refuses (returns None) rather than guess when
the clause has a shape it does not understand: a wrong question is worse than none.
"""

from __future__ import annotations

from collections.abc import Iterable

from lemminflect import getInflection

from quizzes.language.dates import is_year
from quizzes.language.lexicon import MONTH_NAMES, PRONOUNS, RELATIVE_PRONOUNS

SUBJECT_DEPS = {"nsubj", "nsubjpass"}
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
# Parts of a noun phrase left out when it becomes the subject of a question: they add
# length, not identity (appositions, relative clauses, asides in brackets).
NP_DROPPED_DEPS = {"appos", "relcl", "acl", "cc", "conj", "advmod"}
BREAKING_PUNCT = {",", ";", ":", "—", "–", "."}
# Determiners that point back to something said before: "other talks", "such measures".
ANAPHORIC_WORDS = {"other", "such", "another", "same", "said", "both", "each", "latter", "former"}
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


def render(tokens: Iterable) -> str:
    """Text of tokens in document order, spaced as in the source."""
    ordered = sorted(set(tokens), key=lambda token: token.i)
    parts: list[str] = []
    for position, token in enumerate(ordered):
        parts.append(token.text)
        following = ordered[position + 1] if position + 1 < len(ordered) else None
        if following is not None:
            adjacent = following.i == token.i + 1
            parts.append(token.whitespace_ if adjacent else " ")
    text = "".join(parts)
    return " ".join(text.split())


def subtree_without(token, dropped: set[int]) -> list:
    """The token's subtree, minus every subtree rooted at a token whose index is in dropped."""
    kept = []
    stack = [token]
    while stack:
        current = stack.pop()
        if current.i in dropped and current.i != token.i:
            continue
        kept.append(current)
        stack.extend(current.children)
    return kept


SHORT_MODIFIER_TOKENS = 5


def noun_phrase(token, *, keep_conj: bool = False) -> list:
    """A noun phrase's core tokens: determiners, modifiers, compounds, short prepositional
    phrases ("the first vaccine against measles"); with keep_conj, coordinated nouns too."""
    dropped = set()
    kept_coordination = {"cc", "conj"} if keep_conj else set()
    for child in token.children:
        if child.dep_ in NP_DROPPED_DEPS - kept_coordination:
            dropped.add(child.i)
        if child.dep_ == "punct" and child.text in BREAKING_PUNCT and not keep_conj:
            dropped.add(child.i)
        long_or_temporal = len(list(child.subtree)) > SHORT_MODIFIER_TOKENS or _temporal(child)
        if (
            child.dep_ == "prep"
            and child.lower_ != "of"
            and long_or_temporal
            and not _part_of_name(token, child)
        ):
            dropped.add(child.i)
    tokens = subtree_without(token, dropped)
    return balanced(trim_punct(tokens))


def _part_of_name(head, prep) -> bool:
    """ "the Convention for the Conservation of ... Resources": the phrase is the name."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return head.pos_ == "PROPN" and bool(objects) and all(o.pos_ == "PROPN" for o in objects)


def _temporal(prep) -> bool:
    return any(t.ent_type_ in {"DATE", "TIME"} for t in prep.subtree)


def trim_punct(tokens: list) -> list:
    ordered = sorted(tokens, key=lambda t: t.i)
    while ordered and ordered[-1].is_punct and ordered[-1].text not in {")", '"'}:
        ordered.pop()
    while ordered and ordered[0].is_punct and ordered[0].text not in {"(", '"'}:
        ordered.pop(0)
    return ordered


def balanced(tokens: list) -> list:
    """Drop brackets left without a partner or with nothing between them."""
    tokens = sorted(tokens, key=lambda t: t.i)
    text = [t.text for t in tokens]
    if text.count("(") != text.count(")"):
        tokens = [t for t in tokens if t.text not in {"(", ")"}]
    if text.count('"') % 2:
        tokens = [t for t in tokens if t.text != '"']
    empty = {
        i for i in range(len(tokens) - 1) if tokens[i].text == "(" and tokens[i + 1].text == ")"
    }
    return [t for i, t in enumerate(tokens) if i not in empty and i - 1 not in empty]


def subject_of(verb):
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            return child
    return None


def is_anaphoric(tokens: list) -> bool:
    """Starts with a pronoun or a word pointing back ("other talks"): unclear out of context."""
    words = [t.lower_ for t in tokens[:2]]
    return bool(words) and (words[0] in PRONOUNS or any(w in ANAPHORIC_WORDS for w in words))


def prune_asides(tokens: list) -> list:
    """Drop relative clauses and appositions nested in a phrase, to shorten a question."""
    kept_ids = {t.i for t in tokens}
    dropped = set()
    for token in tokens:
        if token.dep_ in {"relcl", "appos"} and token.head.i in kept_ids:
            dropped.update(t.i for t in token.subtree)
    return balanced(trim_punct([t for t in tokens if t.i not in dropped]))


def clause_subject_tokens(verb) -> list | None:
    """The subject's words; for a relative clause, its antecedent ("Gates, who visited")."""
    subject = subject_of(verb)
    if subject is None:
        return None
    if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return noun_phrase(verb.head, keep_conj=False)
    if subject.lower_ in PRONOUNS or subject.pos_ == "PRON":
        return None
    if subject.dep_ == "nsubj" and subject.tag_ in {"WDT", "WP"}:
        return None
    # "Edmund Hillary and Tenzing Norgay reached ...": both are the subject.
    return noun_phrase(subject, keep_conj=True)


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
        tokens.extend(subtree_without(child, dropped))
    return balanced(trim_punct(tokens))


def auxiliaries(verb) -> list:
    return [child for child in verb.children if child.dep_ in AUX_DEPS and child.i < verb.i]


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
    base = getInflection(verb.lemma_, tag="VB")
    base_form = base[0] if base else verb.lemma_
    return question_text(wh, support, subject_text, adverbs, base_form, rest_text)


def _inner_adverbs(verb, auxes: list) -> list:
    """Adverbs between the subject and the verb that carry meaning: "was first held"."""
    subject = subject_of(verb)
    return [
        child
        for child in verb.children
        if child.dep_ == "advmod"
        and child.i < verb.i
        and child.lower_ not in DISCOURSE_ADVERBS
        and all(aux.i < child.i for aux in auxes)
        and (subject is None or subject.i < child.i)
    ]


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
    text = render(tokens)
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


# --- Additions for where- and amount questions -------------------------------------------

# Modal auxiliaries that make a clause a possibility, a wish or a hypothesis, not a fact.
HYPOTHETICAL_MODALS = {"would", "could", "might", "may", "should", "can", "must", "shall"}
CONDITIONAL_MARKERS = {"if", "unless", "whether", "lest"}
# Words that join the two ends of a range: "between 2002 and 2006", "5 to 10 km", "1914-18".
RANGE_JOINERS = {"and", "to", "-", "–", "—", "or"}
RANGE_OPENERS = {"between", "from"}


def is_vague_reference(tokens: list) -> bool:
    """A phrase that points back instead of naming: a pronoun, "other talks", or a bare
    definite noun ("the forum", "the river", "investors") with no name in it.

    A learner reading one question cannot tell which forum is meant; a phrase with a name
    ("the Geneva forum") or a describing word ("the largest earthquake") says it itself.
    """
    if not tokens or is_anaphoric(tokens):
        return True
    if tokens[0].lower_ == "there":
        return True
    named = any(t.pos_ == "PROPN" or t.ent_type_ for t in tokens)
    content = [t for t in tokens if t.pos_ not in {"DET", "PUNCT", "CCONJ", "ADP"}]
    # A bare mass noun ("Unemployment rose ...") names a concept, not something said before.
    concept = len(tokens) == 1 and tokens[0].tag_ == "NN"
    return not named and len(content) <= 1 and not concept


def is_hypothetical(verb) -> bool:
    """The clause states a possibility or a condition ("would be held", "if it is built"),
    so what it says did not necessarily happen."""
    if any(aux.lower_ in HYPOTHETICAL_MODALS for aux in auxiliaries(verb)):
        return True
    clause = verb
    while True:
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKERS for c in clause.children):
            return True
        if clause.dep_ not in {"conj", "advcl", "ccomp", "xcomp"} or clause.head.i == clause.i:
            return False
        clause = clause.head


NEGATIVE_WORDS = {"no", "neither", "nor", "never", "none", "nobody", "nothing", "hardly"}


def is_negated(verb) -> bool:
    """ "was not signed", "never met", "no treaty was signed": the clause denies a fact."""
    subject = subject_of(verb)
    words = [c for c in verb.children if c.dep_ in {"neg", "advmod"}]
    if subject is not None:
        words += [c for c in subject.children if c.dep_ == "det"]
    return any(w.dep_ == "neg" or w.lower_ in NEGATIVE_WORDS for w in words)


def names_something(tokens: list) -> bool:
    """A phrase that picks out one thing by itself: it holds a name ("Sabin's vaccine"),
    or is a described definite ("the last natural case of smallpox"), not a bare plural
    ("elements of instability") that could mean anything of its kind."""
    if is_vague_reference(tokens):
        return False
    named = any(t.pos_ == "PROPN" or t.ent_type_ for t in tokens)
    return named or tokens[0].lower_ in {"the", "a", "an"}


def is_dated(tokens: Iterable) -> bool:
    """Whether the words hold a calendar date: a year or a month name."""
    return any(
        t.ent_type_ == "DATE" and (t.lower_ in MONTH_NAMES or is_year(t.text)) for t in tokens
    )


def date_phrase(adjunct) -> list:
    """The words of a time adjunct that say the date, without what hangs on the date:
    "on 6 November 2009, hosted by ..." -> "on 6 November 2009"; [] when it has no date."""
    asides = {t.i for t in adjunct.subtree if t.dep_ in {"acl", "relcl", "appos", "advcl", "punct"}}
    phrase = subtree_without(adjunct, asides)
    return trim_punct(balanced(phrase)) if is_dated(phrase) else []


def dated_adjuncts(verb) -> list:
    """The dates of a clause ("in 1995", "on 8 May 1945"), wherever they stand: the
    qualifier that keeps an answer unique ("Where did the leaders meet in 2001?")."""
    tokens = []
    for child in verb.children:
        if child.dep_ in {"prep", "npadvmod"}:
            tokens.extend(date_phrase(child))
    return tokens


def is_part_of_range(span) -> bool:
    """The span is one end of a range: "between 2002 and 2006", "5 to 10 kilometres",
    "from 1914 to 1918". A range is asked as a whole or not at all."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and before.lower_ in RANGE_OPENERS:
        return True  # "between 2002 ...", "from 1914 ...": the other end follows
    if after is not None and after.text.lower() in RANGE_JOINERS:
        following = doc[span.end + 1] if span.end + 1 < len(doc) else None
        if following is not None and _is_amount(following):
            return True
    if before is not None and before.text.lower() in RANGE_JOINERS and span.start > 1:
        return _is_amount(doc[span.start - 2])
    return False


NUMERIC_ENTITIES = {"DATE", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "TIME"}


def _is_amount(token) -> bool:
    return token.like_num or token.ent_type_ in NUMERIC_ENTITIES


CLAUSE_BREAK_PUNCT = {":", ";", "—", "–"}


def until_break(tokens: list) -> list:
    """The tokens before the first colon, semicolon or dash: what follows is a list or
    another clause ("lie along the river: Cambodia, Laos ...") that would give away or
    blur a question."""
    ordered = sorted(tokens, key=lambda t: t.i)
    cut = next((n for n, t in enumerate(ordered) if t.text in CLAUSE_BREAK_PUNCT), len(ordered))
    return trim_punct(ordered[:cut])


def has_relative_adverb(verb) -> bool:
    """A relative clause opened by "where" or "when": its place or time is the antecedent,
    which a question built from the clause alone would lose."""
    return verb.dep_ == "relcl" and any(c.tag_ == "WRB" and c.i < verb.i for c in verb.children)
