"""What a clause or a phrase says about its fact: whether it names something or only
points back, whether the clause is hypothetical or negated, which dates it carries, and
whether a number is one end of a range.
"""

from __future__ import annotations

from collections.abc import Iterable

from quizzes.generation import inversion, syntax
from quizzes.language.dates import is_year
from quizzes.language.lexicon import ARTICLES, EFFORT_NOUNS, MONTH_NAMES

# Modal auxiliaries that make a clause a possibility, a wish or a hypothesis, not a fact.
HYPOTHETICAL_MODALS = {"would", "could", "might", "may", "should", "can", "must", "shall"}
CONDITIONAL_MARKERS = {"if", "unless", "whether", "lest"}
# Words that join the two ends of a range: "between 2002 and 2006", "5 to 10 km", "1914-18".
RANGE_JOINERS = {"and", "to", "-", "–", "—", "or"}
RANGE_OPENERS = {"between", "from"}
NEGATIVE_WORDS = {"no", "neither", "nor", "never", "none", "nobody", "nothing", "hardly"}
NUMERIC_ENTITIES = {"DATE", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "TIME"}
CLAUSE_BREAK_PUNCT = {":", ";", "—", "–"}


def is_vague_reference(tokens: list) -> bool:
    """A phrase that points back instead of naming: a pronoun, "other talks", or a bare
    definite noun ("the forum", "the river", "investors") with no name in it.

    A learner reading one question cannot tell which forum is meant; a phrase with a name
    ("the Geneva forum") or a describing word ("the largest earthquake") says it itself.
    """
    if not tokens or syntax.is_anaphoric(tokens):
        return True
    if tokens[0].lower_ == "there":
        return True
    named = any(t.pos_ == "PROPN" or t.ent_type_ for t in tokens)
    content = [t for t in tokens if t.pos_ not in {"DET", "PUNCT", "CCONJ", "ADP"}]
    # A bare mass noun ("Unemployment rose ...") names a concept, not something said before.
    concept = len(tokens) == 1 and tokens[0].tag_ == "NN"
    return not named and len(content) <= 1 and not concept


def names_something(tokens: list) -> bool:
    """A phrase that picks out one thing by itself: it holds a name ("Sabin's vaccine"),
    or is a described definite ("the last natural case of smallpox"), not a bare plural
    ("elements of instability") that could mean anything of its kind."""
    if is_vague_reference(tokens):
        return False
    named = any(t.pos_ == "PROPN" or t.ent_type_ for t in tokens)
    return named or tokens[0].lower_ in ARTICLES


def is_hypothetical(verb) -> bool:
    """The clause states a possibility or a condition ("would be held", "if it is built"),
    so what it says did not necessarily happen."""
    if any(aux.lower_ in HYPOTHETICAL_MODALS for aux in inversion.auxiliaries(verb)):
        return True
    clause = verb
    while True:
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKERS for c in clause.children):
            return True
        if clause.dep_ not in {"conj", "advcl", "ccomp", "xcomp"} or clause.head.i == clause.i:
            return False
        clause = clause.head


def is_negated(verb) -> bool:
    """ "was not signed", "never met", "no treaty was signed": the clause denies a fact."""
    subject = syntax.subject_of(verb)
    words = [c for c in verb.children if c.dep_ in {"neg", "advmod"}]
    if subject is not None:
        words += [c for c in subject.children if c.dep_ == "det"]
    return any(w.dep_ == "neg" or w.lower_ in NEGATIVE_WORDS for w in words)


def is_dated(tokens: Iterable) -> bool:
    """Whether the words hold a calendar date: a year or a month name."""
    return any(
        t.ent_type_ == "DATE" and (t.lower_ in MONTH_NAMES or is_year(t.text)) for t in tokens
    )


def date_phrase(adjunct) -> list:
    """The words of a time adjunct that say the date, without what hangs on the date:
    "on 6 November 2009, hosted by ..." -> "on 6 November 2009"; [] when it has no date."""
    asides = {t.i for t in adjunct.subtree if t.dep_ in {"acl", "relcl", "appos", "advcl", "punct"}}
    phrase = syntax.subtree_without(adjunct, asides)
    if not is_dated(phrase):
        return []
    nested = _nested_date(adjunct)
    return nested if nested else syntax.trim_punct(syntax.balanced(phrase))


def _nested_date(adjunct) -> list:
    """ "at a conference in Berlin in 1884": when the phrase's object is not itself the
    date, the date is the time phrase inside it ("in 1884"), not the whole phrase. Only
    for a common noun ("a conference"); a name or a date keeps its phrase whole."""
    objects = [c for c in adjunct.children if c.dep_ == "pobj"]
    if len(objects) != 1 or objects[0].ent_type_:
        return []
    inner = [
        c
        for c in objects[0].children
        if c.dep_ == "prep" and any(o.ent_type_ == "DATE" for o in c.children if o.dep_ == "pobj")
    ]
    return date_phrase(inner[0]) if len(inner) == 1 else []


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


def _is_amount(token) -> bool:
    return token.like_num or token.ent_type_ in NUMERIC_ENTITIES


def until_break(tokens: list) -> list:
    """The tokens before the first colon, semicolon or dash: what follows is a list or
    another clause ("lie along the river: Cambodia, Laos ...") that would give away or
    blur a question."""
    ordered = sorted(tokens, key=lambda t: t.i)
    cut = next((n for n, t in enumerate(ordered) if t.text in CLAUSE_BREAK_PUNCT), len(ordered))
    return syntax.trim_punct(ordered[:cut])


def states_fact(verb) -> bool:
    """The clause says what happened, so a question may ask about it: not a clause opened
    by "where" or "when", not a denial, not a possibility."""
    return not (has_relative_adverb(verb) or is_negated(verb) or is_hypothetical(verb))


def has_relative_adverb(verb) -> bool:
    """A relative clause opened by "where" or "when": its place or time is the antecedent,
    which a question built from the clause alone would lose."""
    return verb.dep_ == "relcl" and any(c.tag_ == "WRB" and c.i < verb.i for c in verb.children)


def subject_text(verb) -> str | None:
    """The clause's subject as it reads inside a question, or None when it names nothing."""
    tokens = syntax.clause_subject_tokens(verb)
    if not tokens or is_vague_reference(tokens):
        return None
    return inversion.lower_first(tokens)


def moved_dates(verb) -> str:
    """The clause's date, moved to the end: "In 1851 ..." -> "... in 1851"."""
    return moved_text(dated_adjuncts(verb))


def moved_text(tokens: list) -> str:
    """Words moved from the start of the sentence to the end of a question: the capital
    of the sentence's first word goes, a name's stays."""
    text = syntax.render(tokens)
    first = min(tokens, key=lambda t: t.i) if tokens else None
    if first is not None and first.i == first.sent.start and first.pos_ != "PROPN":
        return text[:1].lower() + text[1:]
    return text


def promised_act(complement, dropped: set[int]) -> list:
    """The words of an infinitive complement a question keeps: "to do their utmost to
    conclude a pact by 1995 on the basis of that statement" -> "to conclude a pact by
    1995". The effort idiom wraps the act it promises, and a phrase pointing back ("that
    statement") qualifies the act without saying which; both go, the act stays."""
    head = _promised(complement)
    pointing = {
        t.i
        for child in head.subtree
        if child.dep_ == "prep" and _points_back(child)
        for t in child.subtree
    }
    return syntax.subtree_without(head, dropped | pointing)


def _promised(complement):
    """ "to do their utmost to conclude ..." -> "to conclude ..."."""
    effort = any(
        c.dep_ == "dobj" and c.lower_ in EFFORT_NOUNS and any(p.dep_ == "poss" for p in c.children)
        for c in complement.children
    )
    if complement.lemma_.lower() != "do" or not effort:
        return complement
    acts = [
        c
        for c in complement.children
        if c.dep_ in {"advcl", "xcomp"} and any(a.lower_ == "to" for a in c.children)
    ]
    return acts[0] if len(acts) == 1 else complement


POINTING_DETERMINERS = {"that", "this", "these", "those"}


def _points_back(prep) -> bool:
    return any(t.lower_ in POINTING_DETERMINERS and t.dep_ == "det" for t in prep.subtree)
