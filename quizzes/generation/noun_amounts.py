"""Amounts inside noun phrases, for the how-many rule.

"Norway made a contribution of 2.5 billion kroner to the fund." -> "How much did Norway
contribute to the fund?"; "The ridge widens at an average rate of about 2.5 centimetres a
year." -> "At about what average rate does the ridge widen?"; "A storm of force 10 carries
about 30 times more energy than ..." -> "About how many times more energy does ...?".
General English only: nouns of giving and the verbs they come from.
"""

from __future__ import annotations

from lemminflect import getInflection

from quizzes.generation import clause_facts, inversion, syntax
from quizzes.generation.amount_clauses import AMOUNT_LABELS, CLAUSE_DEPS
from quizzes.generation.amount_subjects import subject_for
from quizzes.generation.distractors.countries import COUNTRY_NAMES
from quizzes.generation.drafts import Draft, Site
from quizzes.generation.measures import read_amount
from quizzes.generation.question import AnswerType, Kind

# A noun of giving and the verb a question asks with: "a contribution of X" -> contribute.
GIVING_VERBS = {
    "contribution": "contribute",
    "donation": "donate",
    "pledge": "pledge",
    "investment": "invest",
    "loan": "lend",
    "grant": "grant",
    "payment": "pay",
}
# Verbs that only carry a noun of giving: "made a contribution" is "contributed".
LIGHT_VERBS = {"make", "give", "provide", "extend", "announce"}
# How a nationality is made from its country's name: Japan-ese, Ital(y)-ian, Kenya-n.
NATIONALITY_ENDINGS = ("ese", "ian", "an", "n", "ish", "i")
RATE_NOUNS = {"rate", "speed", "pace"}
# How a rate says what it is per: "2 centimetres a year" (a noun modifier), "per year".
PER_PREPOSITIONS = {"per", "each", "every"}
COMPARATIVES = {"more", "less", "greater", "larger", "smaller", "faster", "slower", "higher"}
SUPPORT = {"VBD": "did", "VBZ": "does", "VBP": "do"}
MAX_QUESTION_WORDS = 22


def noun_amount_drafts(site: Site) -> list[Draft]:
    found = []
    for token in site.sent:
        if token.lower_ == "of" and token.dep_ == "prep":
            found.extend(_of_noun(site, token))
        if token.lower_ == "times":
            found.extend(_multiple(site, token))
    return found


def _draft(site: Site, prompt: str | None, answer: str, accepted: list[str]) -> list[Draft]:
    if prompt is None or len(prompt.split()) > MAX_QUESTION_WORDS:
        return []
    return [
        Draft(
            kind=Kind.HOW_MANY,
            prompt=prompt,
            answer=answer,
            answer_type=AnswerType.NUMBER,
            rule="how_many:noun_amount",
            confidence=0.8,
            site=site,
            accepted=accepted,
        )
    ]


def _of_noun(site: Site, of) -> list[Draft]:
    """An amount after "of" on a noun of giving ("a donation of 3 million euros") or on a
    rate ("at a rate of 2 centimetres a year")."""
    noun = of.head
    objects = [c for c in of.children if c.dep_ == "pobj"]
    if noun.lemma_ not in GIVING_VERBS and noun.lemma_ not in RATE_NOUNS or len(objects) != 1:
        return []
    measure = objects[0]
    per = [t for c in measure.children if _says_per(c) for t in c.subtree]
    phrase = [t for t in measure.subtree if t not in per]
    amount = read_amount(syntax.render(phrase))
    if amount is None or any(t.ent_type_ == "DATE" for t in phrase):
        return []
    if noun.lemma_ in GIVING_VERBS and noun.dep_ == "dobj" and noun.head.lemma_ in LIGHT_VERBS:
        verb = noun.head
        rest, subject = _rest(verb, {noun.i}), clause_facts.subject_text(verb)
        if rest is None or subject is None or not _is_fact(verb):
            return []
        wh = f"{'about ' if amount.hedge else ''}how much".capitalize()
        prompt = _asked_with(verb, GIVING_VERBS[noun.lemma_], wh, subject, rest)
        return _draft(site, prompt, amount.key, amount.variants())
    if noun.lemma_ in GIVING_VERBS and noun.dep_ == "pobj" and noun.head.lower_ == "with":
        return _draft(site, _giving_on_occasion(site, noun, amount), amount.key, amount.variants())
    at = noun.head
    if noun.lemma_ in RATE_NOUNS and noun.dep_ == "pobj" and at.dep_ == "prep" and per:
        verb = at.head
        rest, subject = _rest(verb, {at.i}), clause_facts.subject_text(verb)
        if rest is None or subject is None or not _is_fact(verb):
            return []
        per_text = syntax.render(per)
        key = f"{amount.key} {per_text}"
        written_forms = [amount.key, *amount.variants()]
        accepted = [f"{written} {per}" for written in written_forms for per in _per_forms(per_text)]
        prompt = inversion.invert(verb, subject, rest, _rate_wh(noun, at, amount, per_text))
        if prompt and amount.unit_plural:
            # The question names the unit: the number alone answers it.
            accepted.append(f"{amount.number} {amount.scale}".strip())
            if _said_on_average(noun):
                prompt = f"{prompt[:-1]} on average?"
        return _draft(site, prompt, key, accepted)
    return []


def _giving_on_occasion(site: Site, noun, amount) -> str | None:
    """ "The fund was established in Oslo in 2006 with a Norwegian contribution of 2 billion
    kroner." -> "How much did Norway contribute when the fund was established in Oslo in
    2006?". Only money, only a giver whose nationality names one country, only a past event."""
    verb = noun.head.head
    giver = _nationality_country(noun)
    if giver is None or not amount.is_money or verb.pos_ != "VERB" or not _is_fact(verb):
        return None
    auxes = inversion.auxiliaries(verb)
    past = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and [a.tag_ for a in auxes] == ["VBD"])
    subject = subject_for(verb, site)
    rest = _rest(verb, {noun.head.i})
    if not past or subject is None or rest is None or not _names_occasion(verb):
        return None
    occasion = " ".join([subject, *(a.text for a in auxes), verb.text, rest])
    wh = f"{'about ' if amount.hedge else ''}how much".capitalize()
    return inversion.question_text(wh, "did", giver, GIVING_VERBS[noun.lemma_], "when", occasion)


def _names_occasion(verb) -> bool:
    """Whether the clause's subject is a name (or an "it" written as one): "when the
    institute was founded" could be any institute."""
    tokens = syntax.clause_subject_tokens(verb) or []
    return any(t.pos_ == "PROPN" or t.lower_ == "it" for t in tokens)


def _nationality_country(noun) -> str | None:
    """The country a nationality before the noun names: "a Japanese contribution" -> Japan,
    read off the country list by the regular endings ("-ese", "-ian", "-an", "-ish", "-i");
    None when no country or two fit ("Nigerian": Niger or Nigeria)."""
    words = [c for c in noun.children if c.dep_ == "amod" and c.ent_type_ == "NORP"]
    if len(words) != 1:
        return None
    word = words[0].text.lower()
    if any(word in country.lower().split() for country in COUNTRY_NAMES):
        return None  # "Dominican": Dominica, or the Dominican Republic
    fitting = [
        country
        for country in COUNTRY_NAMES
        if " " not in country
        and any(
            word == stem + ending
            for stem in {country.lower(), country.lower().rstrip("aeiouy")}
            for ending in NATIONALITY_ENDINGS
        )
    ]
    return fitting[0] if len(fitting) == 1 else None


def _says_per(child) -> bool:
    """ "a year" in "2 centimetres a year", or "per year"."""
    return child.dep_ == "npadvmod" or (child.dep_ == "prep" and child.lower_ in PER_PREPOSITIONS)


def _rate_wh(noun, at, amount, per_text: str) -> str:
    """ "About how many centimetres a year" when the rate has a unit (a learner then knows
    what to answer in); "At about what rate" for any other rate."""
    about = "About how" if amount.hedge else "How"
    if amount.unit_plural:
        return f"{about} many {amount.unit_plural} {per_text}"
    described = " ".join(c.lower_ for c in noun.children if c.dep_ == "amod")
    hedge = "about" if amount.hedge else ""
    return inversion.question_text(at.lower_, hedge, "what", described, noun.lower_)[:-1]


def _said_on_average(noun) -> bool:
    return any(c.dep_ == "amod" and c.lower_ == "average" for c in noun.children)


def _per_forms(per_text: str) -> list[str]:
    """ "per year" and "a year" say the same; "an hour" for "per hour"."""
    words = per_text.split()
    if len(words) != 2 or words[0].lower() not in {"per", "a", "an"}:
        return [per_text]
    article = "an" if words[1][:1].lower() in "aeiou" else "a"
    return list(dict.fromkeys([per_text, f"per {words[1]}", f"{article} {words[1]}"]))


def _multiple(site: Site, times) -> list[Draft]:
    """ "releases about 32 times more energy than X" -> "About how many times more energy
    does ... release than X?" (32)."""
    number = times.head if times.head.like_num else None
    number = number or next((c for c in times.children if c.dep_ == "nummod"), None)
    if number is None or not number.like_num:
        return []
    noun = number.head if number.head.i != times.i else times.head
    between = noun.doc[times.i + 1 : noun.i]
    if noun.dep_ != "dobj" or not between or between[0].lower_ not in COMPARATIVES:
        return []
    verb = noun.head
    subject = clause_facts.subject_text(verb)
    if subject is None or not _is_fact(verb):
        return []
    hedged = any(t.lower_ in {"about", "roughly", "around", "some"} for t in number.subtree)
    counted = {t.i for t in number.subtree} | {t.i for t in times.subtree}
    than = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "than"]
    counted |= {t.i for c in than for t in c.subtree}
    phrase = syntax.render(t for t in noun.subtree if t.i not in counted and t.dep_ != "det")
    rest = _rest(verb, {noun.i})
    if rest is None:
        return []
    than_text = syntax.render(t for c in than for t in c.subtree)
    wh = f"{'About how' if hedged else 'How'} many times {phrase}"
    prompt = inversion.invert(verb, subject, f"{rest} {than_text}".strip(), wh)
    answer = number.text
    return _draft(site, prompt, answer, [f"{answer} times", f"{answer} times {between[0].text}"])


def _asked_with(verb, lemma: str, wh: str, subject: str, rest: str) -> str | None:
    """ "How much did Norway contribute ...?": the light verb's tense, the noun's verb."""
    support = SUPPORT.get(verb.tag_)
    if support is None or inversion.auxiliaries(verb):
        return None
    base = getInflection(lemma, tag="VB")
    return inversion.question_text(wh, support, subject, base[0] if base else lemma, rest)


def _rest(verb, dropped: set[int]) -> str | None:
    subject = syntax.subject_of(verb)
    if subject is not None:
        dropped = dropped | {subject.i}
    tokens = clause_facts.until_break(inversion.complements(verb, dropped))
    if any(t.ent_type_ in {"CARDINAL", *AMOUNT_LABELS} for t in tokens):
        return None  # a second number blurs which one is asked
    return syntax.render(tokens)


def _is_fact(verb) -> bool:
    return (
        verb.pos_ in {"VERB", "AUX"} and verb.dep_ in CLAUSE_DEPS and clause_facts.states_fact(verb)
    )
