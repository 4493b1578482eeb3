"""How-much questions for the how-many rule: money, percentages and amounts with units.

"The American project cost almost 375 million dollars." -> "About how much did the
American project cost?" (375 million dollars)
"About 60 percent of the population lives in cities." -> "About what percentage of the
population lives in cities?" (60 percent)
"The Nile runs for roughly 6,650 km." -> "About how many km does the Nile run for?"
"Lake Baikal is 1,642 metres deep." -> "How deep is Lake Baikal?" (1,642 metres)

The key keeps the unit and any bound ("more than 500 billion yen") and drops a hedge
("about"), which the question says instead. A range ("5 to 10 kilometres", "between 2002
and 2006") is never asked by one of its ends.
"""

from __future__ import annotations

from quizzes.generation import clause_facts, inversion, syntax
from quizzes.generation.drafts import Draft, Site
from quizzes.generation.measures import DIMENSIONS, Amount, read_amount
from quizzes.generation.question import AnswerType, Kind

AMOUNT_LABELS = {"MONEY", "PERCENT", "QUANTITY"}
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
CLAUSE_DEPS = {"ROOT", "conj", "ccomp", "relcl"}
MAX_QUESTION_WORDS = 24


def amount_drafts(site: Site) -> list[Draft]:
    found = []
    for ent in site.sent.ents:
        if ent.label_ not in AMOUNT_LABELS or clause_facts.is_part_of_range(ent):
            continue
        amount = read_amount(syntax.render(t for t in ent if t.lower_ not in DIMENSIONS))
        if amount is None or not _well_formed(ent, amount):
            continue
        prompt = _question(ent, amount)
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
                accepted=amount.variants(),
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


def _question(ent, amount: Amount) -> str | None:
    root = ent.root
    if root.dep_ == "npadvmod" and root.head.lower_ in DIMENSIONS:
        return _dimension_question(root.head, amount)
    if root.dep_ == "npadvmod" and root.head.dep_ == "prep" and amount.unit_plural:
        # "rises 8,849 metres above sea level" -> "How many metres above sea level ...?"
        prep = root.head
        phrase = syntax.render(t for t in prep.subtree if t.i != root.i and t not in ent)
        wh = _hedged(amount, f"how many {amount.unit_plural} {phrase}")
        return _inverted(prep.head, {prep.i}, wh) if _is_fact(prep.head) else None
    if root.dep_ == "pobj" and root.head.lower_ in STRANDED_PREPOSITIONS:
        prep = root.head
        return _clause_question(prep.head, root, amount, stranded=prep)
    return _clause_question(root.head, root, amount, stranded=None)


def _dimension_question(adjective, amount: Amount) -> str | None:
    """ "Lake Baikal is 1,642 metres deep." -> "How deep is Lake Baikal?" """
    verb = adjective.head
    if adjective.dep_ != "acomp" or verb.lemma_ != "be" or not _is_fact(verb):
        return None
    subject = clause_facts.subject_text(verb)
    if subject is None:
        return None
    wh = _hedged(amount, f"how {adjective.lower_}")
    return inversion.invert(verb, subject, _dates(verb), wh)


def _clause_question(verb, root, amount: Amount, *, stranded) -> str | None:
    if verb.pos_ not in {"VERB", "AUX"} or not _is_fact(verb):
        return None
    slot = stranded if stranded is not None else root
    wh = _wh(root, amount, stranded=stranded)
    if wh is None:
        return None
    dropped = {slot.i}
    measured = _measured_by(root)
    if slot.dep_ in syntax.SUBJECT_DEPS:
        # "About 60 percent of the population lives in cities": the amount is the subject.
        middle = [*inversion.auxiliaries(verb), verb]
        rest = _rest(verb, dropped, [])
        if rest is None:
            return None
        return inversion.question_text(wh, syntax.render(middle), rest, _dates(verb, after=False))
    if slot.dep_ == "attr" and verb.lemma_ == "be":
        subject = syntax.subject_of(verb)
        if subject is None or subject.lemma_.lower() not in MEASURE_NOUNS:
            return None
        return _inverted(verb, dropped, "What")
    if slot.dep_ not in {"dobj", "prep"}:
        return None
    stranding = stranded.lower_ if stranded is not None and not _is_by(stranded) else ""
    return _inverted(verb, dropped, wh, measured=measured, stranding=stranding)


def _inverted(
    verb, dropped: set[int], wh: str, *, measured: list = (), stranding: str = ""
) -> str | None:
    """ "How much ODA did Japan commit over three years from fiscal 2010?" """
    subject = clause_facts.subject_text(verb)
    # The dates go last, after a stranded preposition: "... buy the shares for in 1875?"
    dated = {c.i for c in verb.children if _is_date_adjunct(c)} if stranding else set()
    rest = _rest(verb, dropped | _subject_ids(verb) | dated, list(measured))
    if subject is None or rest is None:
        return None
    dates = _dates(verb, after=bool(stranding))
    return inversion.invert(verb, subject, _join(rest, stranding, dates), wh)


def _rest(verb, dropped: set[int], measured: list) -> str | None:
    """The verb's complements up to a clause break, or None when they hold another amount
    (a question with two numbers in it blurs which one is asked)."""
    tokens = clause_facts.until_break([*inversion.complements(verb, dropped), *measured])
    if any(t.ent_type_ in {"CARDINAL", *AMOUNT_LABELS} for t in tokens):
        return None
    return syntax.render(tokens)


def _join(*parts: str) -> str:
    return " ".join(p for p in parts if p)


def _wh(root, amount: Amount, *, stranded) -> str | None:
    """ "how much ODA", "what percentage of the water", "how many kilometres"."""
    of_object = _of_object(root)
    if amount.is_percentage:
        if of_object:
            return _hedged(amount, f"what percentage of {of_object}")
        return _hedged(amount, "by what percentage") if _is_by(stranded) else None
    if _is_by(stranded):
        return None  # "rose by $5 million": asked as a percentage or not at all
    if amount.is_money:
        return _hedged(amount, _join("how much", of_object))
    if not amount.unit_plural:
        return None
    counted = _join(amount.unit_plural, f"of {of_object}" if of_object else "")
    return _hedged(amount, f"how many {counted}")


def _is_by(stranded) -> bool:
    return stranded is not None and stranded.lower_ == "by"


def _hedged(amount: Amount, wh: str) -> str:
    return f"About {wh}" if amount.hedge else wh[:1].upper() + wh[1:]


def _of_object(root) -> str:
    """What an amount is of: "500 billion yen of ODA" -> "ODA"."""
    of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    target = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    return syntax.render(syntax.noun_phrase(target)) if target is not None else ""


def _measured_by(root) -> list:
    """Phrases on the amount that belong to the verb's meaning: "runs 1,500 kilometres
    across northern Turkey"."""
    return [
        t
        for c in root.children
        if c.dep_ == "prep" and c.lower_ != "of" and c.i > root.i
        for t in c.subtree
    ]


def _is_fact(verb) -> bool:
    return (
        verb.dep_ in CLAUSE_DEPS
        and not clause_facts.has_relative_adverb(verb)
        and not clause_facts.is_negated(verb)
        and not clause_facts.is_hypothetical(verb)
        and verb.tag_ != "VBG"
    )


def _subject_ids(verb) -> set[int]:
    subject = syntax.subject_of(verb)
    return {t.i for t in subject.subtree} if subject is not None else set()


def _subject_dates(verb) -> list:
    subject = syntax.subject_of(verb)
    if subject is None:
        return []
    return [t for c in subject.children if c.dep_ == "prep" for t in clause_facts.date_phrase(c)]


def _dates(verb, *, after: bool = True) -> str:
    """The clause's dates that a question would otherwise lose: before the verb, or on
    the subject ("investment in ASEAN between 2002 and 2006", cut from the subject to keep
    it short); with after, those after the verb as well."""
    before = [t for t in clause_facts.dated_adjuncts(verb) if t.i < verb.i]
    tokens = [*before, *_subject_dates(verb)]
    if after:
        tokens += [t for t in clause_facts.dated_adjuncts(verb) if t.i > verb.i]
    return _moved(tokens)


def _moved(tokens: list) -> str:
    text = syntax.render(tokens)
    first = min(tokens, key=lambda t: t.i) if tokens else None
    if first is not None and first.i == first.sent.start and first.pos_ != "PROPN":
        return text[:1].lower() + text[1:]
    return text


def _is_date_adjunct(child) -> bool:
    return child.dep_ in {"prep", "npadvmod"} and bool(clause_facts.date_phrase(child))
