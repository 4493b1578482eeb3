"""How-much questions for the how-many rule: money, percentages and amounts with units.

"The American project cost almost 375 million dollars." -> "About how much did the
American project cost?" (375 million dollars)
"About 60 percent of the population lives in cities." -> "About how much of the
population lives in cities?" (60 percent)
"Lake Victoria covers some 68,800 square kilometres." -> "About how many square
kilometres does Lake Victoria cover?" (68,800 square kilometres)
Lengths and depths are asked in ``dimension_questions``.

The key keeps the unit and any bound ("more than 500 billion yen") and drops a hedge
("about"), which the question says instead. A range ("5 to 10 kilometres", "between 2002
and 2006") is never asked by one of its ends.
"""

from __future__ import annotations

from quizzes.generation import clause_facts, inversion, syntax
from quizzes.generation.amount_clauses import (
    AMOUNT_LABELS,
    clause_dates,
    clause_rest,
    hedged,
    intending_verb,
    is_date_adjunct,
    is_fact,
    join,
    subject_ids,
)
from quizzes.generation.amount_subjects import subject_for
from quizzes.generation.dimension_questions import dimension_question, length_question
from quizzes.generation.drafts import Draft, Site
from quizzes.generation.measures import DIMENSIONS, Amount, read_amount
from quizzes.generation.question import AnswerType, Kind

# A price or a measure as the object of a preposition: "bought ... for $40 million",
# "budgeted at ...", "rose by 12%". The question strands it: "How much ... for?"
STRANDED_PREPOSITIONS = {"for", "at", "by"}
# Nouns that name a measure, so "The total cost was $5 million" asks "What was the total
# cost?" and nothing vaguer.
MEASURE_NOUNS = {
    "cost",
    "price",
    "budget",
    "value",
    "area",
    "length",
    "height",
    "depth",
    "width",
    "distance",
    "size",
    "capacity",
    "revenue",
    "income",
    "debt",
    "deficit",
    "surplus",
    "spending",
    "expenditure",
    "profit",
    "salary",
    "wage",
    "speed",
    "weight",
    "mass",
    "elevation",
    "altitude",
    "diameter",
    "volume",
    "turnout",
    "unemployment",
    "inflation",
}
MAX_QUESTION_WORDS = 24
SHORT_PARTICIPLE_TOKENS = 5


def amount_drafts(site: Site) -> list[Draft]:
    found = []
    for ent in site.sent.ents:
        if ent.label_ not in AMOUNT_LABELS or clause_facts.is_part_of_range(ent):
            continue
        amount = read_amount(syntax.render(t for t in ent if t.lower_ not in DIMENSIONS))
        if amount is None or not _well_formed(ent, amount):
            continue
        prompt = _question(ent, amount, site)
        if prompt is None or len(prompt.split()) > MAX_QUESTION_WORDS:
            continue
        found.append(
            Draft(
                kind=Kind.HOW_MANY,
                prompt=prompt,
                answer=amount.key,
                answer_type=AnswerType.NUMBER,
                rule="how_many:amount",
                confidence=0.85,
                site=site,
                accepted=[*amount.variants(), *_apposed_amounts(ent), *_bare(amount, prompt)],
            )
        )
    return found


def _well_formed(ent, amount: Amount) -> bool:
    """A money amount, a percentage, or a number with a unit that is a noun ("82
    kilometres"), not a tagging slip ("9,472 twenty-foot")."""
    if amount.is_money or amount.is_percentage:
        return True
    unit_tokens = [t for t in ent if t.text in amount.unit.split()]
    return bool(unit_tokens) and unit_tokens[-1].pos_ in {"NOUN", "PROPN"}


def _bare(amount: Amount, prompt: str) -> list[str]:
    """The number alone, where the question names its unit ("How many metres ...?")."""
    if not amount.unit_plural or f"many {amount.unit_plural.lower()}" not in prompt.lower():
        return []
    return [" ".join(p for p in (amount.bound, amount.number, amount.scale) if p)]


def _apposed_amounts(ent) -> list[str]:
    """The same amount in other units, in brackets: "82 kilometres (51 miles)"."""
    apposed = [c for c in ent.root.children if c.dep_ == "appos" and c.ent_type_ == "QUANTITY"]
    found = []
    for token in apposed:
        amount = read_amount(syntax.render(token.subtree))
        if amount is not None and amount.unit:
            found.append(amount.key)
    return found


def _question(ent, amount: Amount, site: Site) -> str | None:
    root = ent.root
    if root.dep_ == "npadvmod" and root.head.lower_ in DIMENSIONS:
        return dimension_question(root.head, amount, site)
    if root.lower_ in DIMENSIONS:  # the tagger took the adjective in: "7 kilometres thick"
        return dimension_question(root, amount, site)
    if root.dep_ == "npadvmod" and root.head.dep_ == "prep" and amount.unit_plural:
        # "rises 8,849 metres above sea level" -> "How many metres above sea level ...?"
        prep = root.head
        phrase = syntax.render(t for t in prep.subtree if t.i != root.i and t not in ent)
        wh = hedged(amount, f"how many {amount.unit_plural} {phrase}")
        return _inverted(prep.head, {prep.i}, wh, site) if is_fact(prep.head) else None
    if root.dep_ == "pobj" and root.head.lower_ in STRANDED_PREPOSITIONS:
        prep = root.head
        return _clause_question(prep.head, root, amount, site, stranded=prep)
    return _clause_question(root.head, root, amount, site, stranded=None)


def _clause_question(verb, root, amount: Amount, site: Site, *, stranded) -> str | None:
    if verb.dep_ == "xcomp" and root.dep_ == "dobj" and stranded is None:
        return _intended(verb, root, amount, site)
    if verb.pos_ not in {"VERB", "AUX"} or not is_fact(verb):
        return None
    slot = stranded if stranded is not None else root
    if (slot.dep_ in {"dobj", "npadvmod"} or slot.lower_ == "for") and (
        length := length_question(verb, slot, amount, site)
    ):
        return length
    slot = stranded if stranded is not None else root
    wh = _wh(root, amount, stranded=stranded)
    if wh is None:
        return None
    dropped = {slot.i}
    measured = _measured_by(root)
    if slot.dep_ in syntax.SUBJECT_DEPS:
        # "About 60 percent of the population lives in cities": the amount is the subject.
        middle = [*inversion.auxiliaries(verb), verb]
        rest = clause_rest(verb, dropped, [])
        if rest is None:
            return None
        return inversion.question_text(
            wh, syntax.render(middle), rest, clause_dates(verb, after=False)
        )
    if slot.dep_ == "attr" and verb.lemma_ == "be":
        subject = syntax.subject_of(verb)
        if subject is None or subject.lemma_.lower() not in MEASURE_NOUNS or _is_rate(root):
            return None
        return _inverted(verb, dropped, _measure_wh(amount), site)
    if slot.dep_ not in {"dobj", "prep"}:
        return None
    stranding = stranded.lower_ if stranded is not None and not _is_by(stranded) else ""
    return _inverted(verb, dropped, wh, site, measured=measured, stranding=stranding)


def _is_rate(root) -> bool:
    """ "320 kilometres per hour", "2 centimetres a year": the key would lose the "per"."""
    return any(
        c.dep_ == "npadvmod" or (c.dep_ == "prep" and c.lower_ == "per") for c in root.children
    )


def _measure_wh(amount: Amount) -> str:
    """ "The combined area is about 5,003 square kilometres" -> "About how many square
    kilometres is the combined area ...?"; "The total cost was $5 million" -> "How much
    was the total cost ...?". A share stays "What was the turnout?": "how much" of what?"""
    if amount.is_money:
        return hedged(amount, "how much")
    if amount.unit_plural and not amount.is_percentage:
        return hedged(amount, f"how many {amount.unit_plural}")
    return "What"


def _intended(verb, root, amount: Amount, site: Site) -> str | None:
    """ "Japan agreed to forgive 303.5 billion yen of Myanmar's debt" -> "How much of
    Myanmar's debt did Japan agree to forgive?" """
    main = intending_verb(verb)
    wh = _wh(root, amount, stranded=None)
    if main is None or wh is None or not is_fact(main):
        return None
    subject = subject_for(main, site)
    rest = clause_rest(verb, {root.i}, _measured_by(root))
    if subject is None or rest is None:
        return None
    return inversion.invert(main, subject, join("to", verb.text, rest, clause_dates(main)), wh)


def _inverted(
    verb, dropped: set[int], wh: str, site: Site, *, measured: list = (), stranding: str = ""
) -> str | None:
    """ "How much ODA did Japan commit over three years from fiscal 2010?" """
    subject = subject_for(verb, site)
    # The dates go last, after a stranded preposition: "... buy the shares for in 1875?"
    dated = {c.i for c in verb.children if is_date_adjunct(c)} if stranding else set()
    rest = clause_rest(verb, dropped | subject_ids(verb) | dated, list(measured))
    if subject is None or rest is None:
        return None
    dates = clause_dates(verb, after=bool(stranding))
    return inversion.invert(verb, subject, join(rest, stranding, dates), wh)


def _wh(root, amount: Amount, *, stranded) -> str | None:
    """ "how much ODA", "how much of the water" (a share), "how many kilometres".

    A share is asked "how much of ...", which reads as naturally as "what percentage of"
    and names the question's type the way readers and scorers look for it."""
    of_object = _of_object(root)
    if amount.is_percentage:
        if of_object:
            return hedged(amount, f"how much of {of_object}")
        return hedged(amount, "by how much") if _is_by(stranded) else None
    if _is_by(stranded):
        return None  # "rose by $5 million": asked as a percentage or not at all
    if amount.is_money:
        # "how much ODA", but "how much of Myanmar's debt"
        of = "of" if of_object and _is_definite(root) else ""
        return hedged(amount, join("how much", of, of_object))
    if not amount.unit_plural:
        return None
    counted = join(amount.unit_plural, f"of {of_object}" if of_object else "")
    return hedged(amount, f"how many {counted}")


def _is_by(stranded) -> bool:
    return stranded is not None and stranded.lower_ == "by"


def _of_object(root) -> str:
    """What an amount is of: "500 billion yen of ODA" -> "ODA"."""
    of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    target = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    if target is None:
        return ""
    return syntax.render([*syntax.noun_phrase(target, keep_conj=True), *_short_participle(target)])


def _is_definite(root) -> bool:
    """Whether what the amount is "of" is a definite whole: "of the debt", "of Japan's aid"."""
    of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    target = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    return target is not None and any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ != "a") for c in target.children
    )


def _short_participle(noun) -> list:
    """ "the water used in each transit": a short past participle that says which part of
    the thing the amount is of, kept with it (without it, "what percentage of the water")."""
    for child in noun.children:
        tokens = list(child.subtree)
        if (
            child.dep_ == "acl"
            and child.tag_ == "VBN"
            and len(tokens) <= SHORT_PARTICIPLE_TOKENS
            and not any(t.pos_ in {"PRON", "NUM"} or t.ent_type_ for t in tokens)
        ):
            return tokens
    return []


def _measured_by(root) -> list:
    """Phrases on the amount that belong to the verb's meaning: "runs 1,500 kilometres
    across northern Turkey"."""
    return [
        t
        for c in root.children
        if c.dep_ == "prep" and c.lower_ != "of" and c.i > root.i
        for t in c.subtree
    ]
