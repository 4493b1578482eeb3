"""Other ways to write a key that a learner would be right to give, found once for the
whole bank after generation.

- A count in words also in digits ("twelve" and "12"); two days of a month also as a
  range ("6 and 7 November 2009" and "6-7 November 2009").
- Money: "40 million dollars" also as "$40 million" (and "US$40 million" where the
  document writes its dollars as US dollars), "US$30.8 billion" also as "30.8 billion
  dollars"; the bare "40 million" where the question itself names the currency; the
  text's own hedge ("almost 375 million dollars").
- A name the document writes two ways that differ only in spaces, hyphens or case
  ("Hanoi" and "Ha Noi").
- An instrument named after its two parties, without them ("Neutrality Pact" for the
  "Japan-Soviet Neutrality Pact"), where the document names no other one so.
- A name with a generic head the document's short form drops ("San Andreas Fault" and
  "San Andreas"), only where the rest is itself a name of two words or more; a longer or
  shorter form the document itself writes ("Pacific Ring of Fire" beside "Ring of
  Fire"; "Tokyo Declaration" for "Tokyo Declaration on Japan-Russia Relations").
- A person keyed by a one-word name: the full name the document gives ("Vladimir Putin"
  for "Putin"), when only one person of the document has that name.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from lemminflect import getAllLemmas

from quizzes.generation.measures import APPROXIMATORS, CURRENCY_SYMBOLS, read_amount
from quizzes.generation.question import AnswerType, GeneratedQuestion, Kind
from quizzes.generation.short_names import family_of
from quizzes.generation.text_counts import phrase_starts
from quizzes.language.lexicon import LAW_WORDS, SCALES
from quizzes.language.numbers import digitise, find_numbers
from quizzes.language.text import word_set

# Generic nouns that end the name of a natural or built feature: general English.
GENERIC_HEADS = word_set(
    """Fault River Lake Mountains Mountain Range Ocean Sea Desert Valley Basin Glacier
    Volcano Trench Ridge Plateau Peninsula Island Islands Strait Bay Gulf Canyon Falls"""
)
SCALE_WORDS = frozenset(SCALES)
# Heads of the units a country is divided into: "Nemuro Subprefecture" is also "Nemuro".
ADMINISTRATIVE_HEADS = word_set("Province Prefecture Subprefecture County District Canton Parish")
_NAME_TYPES = frozenset(
    {
        AnswerType.ORGANIZATION,
        AnswerType.COUNTRY,
        AnswerType.PLACE,
        AnswerType.LAW,
        AnswerType.EVENT,
        AnswerType.TERM,
        AnswerType.GROUP,
    }
)
# Capitalised words that, put before a name, name another thing: ordinals, directions,
# "New", "Greater"; and words capitalised only at a sentence's start.
_DISTINGUISHING = word_set(
    """First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth Eleventh Twelfth
    Last Next Final Inaugural Annual Special Extraordinary New Old Former Greater Lesser
    Upper Lower Inner Outer Middle Central North South East West Northern Southern Eastern
    Western Great Little The In At On By Of"""
)
_SMALL = frozenset({"of", "the", "and", "for", "on", "de", "la", "del"})
# Head nouns of a named instrument, written "X Treaty" or "Treaty of X": general English.
INSTRUMENT_HEADS = LAW_WORDS | word_set(
    "declaration statement pact plan strategy communique resolution concession"
)
# Those written both ways: "Treaty of Paris" and "Paris Treaty", not "Strategy of Lisbon".
MOVABLE_HEADS = word_set("treaty convention protocol charter agreement accord pact declaration")
# A capitalised run of words (joined by spaces or hyphens), small words allowed inside.
_NAME_RUN = re.compile(r"[A-Z][\w'’]*(?:[ -](?:(?:of|the|and|for|on|de|la|del) )*[A-Z][\w'’]*)*")


def with_key_variants(
    questions: list[GeneratedQuestion], text: str, people: Iterable[str]
) -> list[GeneratedQuestion]:
    """Add to every question the other forms of its key the document supports."""
    spellings = _spellings(text)
    people = [p for p in people if len(p.split()) > 1]
    for question in questions:
        found: list[str] = []
        if question.answer_type == AnswerType.NUMBER:
            found += money_forms(question.answer, question.prompt, text)
            found += number_forms(question.answer)
        if question.answer_type == AnswerType.DATE:
            found += day_range_forms(question.answer)
        elif question.answer_type == AnswerType.PERSON:
            found += _full_names(question.answer, text, people)
        if question.answer_type in _NAME_TYPES or question.answer_type == AnswerType.PERSON:
            found += spellings.get(_compact(_bare(question.answer)), [])
        # What an acronym stands for is its whole long form, not a shorter name.
        if question.answer_type in _NAME_TYPES and question.kind != Kind.ACRONYM:
            found += name_forms(_bare(question.answer), text)
        _add(question, found)
    return questions


def _add(question: GeneratedQuestion, forms: list[str]) -> None:
    prompt = question.prompt.lower()
    seen = {a.lower() for a in (question.answer, *question.accepted_answers)}
    for form in forms:
        # A form the question itself shows would be given away by it: not offered.
        if form.lower() in seen or (len(form) > 3 and form.lower() in prompt):
            continue
        seen.add(form.lower())
        question.accepted_answers = [*question.accepted_answers, form]


DAY_PAIR = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)? and (\d{1,2})(?:st|nd|rd|th)? (.+)$")


def day_range_forms(answer: str) -> list[str]:
    """ "6 and 7 November 2009" is also written "6-7 November 2009" (or with a dash)."""
    match = DAY_PAIR.match(answer)
    if match is None:
        return []
    first, second, rest = match.groups()
    return [f"{first}-{second} {rest}", f"{first}\u2013{second} {rest}"]


def number_forms(answer: str) -> list[str]:
    """A count written in words is also right in digits: "twelve" -> "12",
    "about forty ships" -> "about 40 ships"."""
    tokens = answer.split()
    lowered = [t.lower() for t in tokens]
    found = find_numbers(lowered)
    if not found or all(tokens[start][:1].isdigit() for start, _, _, _ in found):
        return []
    if set(lowered) & SCALE_WORDS:
        return []  # "six million" stays in words: "6000000" is no way to write it
    digits = digitise(lowered)
    if len(digits) == len(tokens):  # keep the key's own case for the words it keeps
        digits = [d if d != t.lower() else t for d, t in zip(digits, tokens, strict=True)]
    return [" ".join(digits)]


def money_forms(answer: str, prompt: str, text: str) -> list[str]:
    """Other common ways to write a sum of money; [] for any other amount."""
    amount = read_amount(answer)
    if amount is None or not amount.is_money:
        return []
    head = f"{amount.bound} " if amount.bound else ""
    number = f"{amount.number} {amount.scale}".strip()
    currency = (CURRENCY_SYMBOLS.get(amount.symbol, "") if amount.symbol else amount.unit).lower()
    forms: list[str] = []
    us = "us$" in text.lower() or re.search(r"\bUS dollars?\b", text) is not None
    if currency in {"dollars", "dollar", "us dollars", "us dollar"}:
        forms += [f"{head}${number}", f"{head}{number} dollars"]
        if us or currency.startswith("us"):
            forms += [f"{head}US${number}", f"{head}{number} US dollars"]
    elif amount.symbol:
        forms.append(f"{head}{number} {currency}")
    words = {w.strip("?.,").lower() for w in prompt.split()}
    names_currency = bool(set(currency.split()) & words) or (
        amount.symbol and amount.symbol in prompt
    )
    if names_currency:
        forms.append(f"{head}{number}")
    if said := _hedge_said(answer, text):
        forms.append(f"{said} {answer}")
    return [f for f in dict.fromkeys(forms) if f != answer]


def _hedge_said(answer: str, text: str) -> str:
    """The hedge word the document writes before the amount: "almost", "nearly"."""
    for match in re.finditer(rf"\b(\w+) {re.escape(answer)}(?![\w-])", text):
        if match[1].lower() in APPROXIMATORS:
            return match[1]
    return ""


def name_forms(name: str, text: str) -> list[str]:
    """Shorter or longer forms of a name, as the document or a generic head allows."""
    words = name.split()
    forms: list[str] = []
    if len(words) >= 3 and words[-1] in GENERIC_HEADS and words[-2][:1].isupper():
        forms.append(" ".join(words[:-1]))  # "San Andreas Fault" -> "San Andreas"
    if len(words) >= 2 and words[-1] in ADMINISTRATIVE_HEADS and words[-2][:1].isupper():
        forms.append(" ".join(words[:-1]))  # "Nemuro Subprefecture" -> "Nemuro"
    # "Tokyo Declaration on Japan-Russia Relations" -> "Tokyo Declaration", where the
    # document writes that much alone, or where it ends in an instrument's head noun and
    # the document names no other instrument so: the head stays, its trailing phrase goes.
    for cut, word in enumerate(words):
        if cut >= 2 and word in {"on", "for", "of"} and all(w[:1].isupper() for w in words[:cut]):
            short = " ".join(words[:cut])
            if words[cut - 1] in ADMINISTRATIVE_HEADS:
                # "Nemuro Subprefecture of Hokkaido": the unit, and its name alone
                forms += [short, " ".join(words[: cut - 1])]
            elif _written_alone(short, text) or (
                words[cut - 1].lower() in INSTRUMENT_HEADS
                and _names_something(words[: cut - 1])
                and _one_instrument(short, name, text)
            ):
                forms.append(short)
            break
    forms += _head_moved(words)
    forms += _parties_dropped(words, text)
    # "Ring of Fire" -> "Pacific Ring of Fire": the one capitalised word the document puts
    # before the name (not at a sentence's start, where every word is capitalised), unless
    # it makes the name another thing ("Second ... Summit", "Northern Ireland").
    modifiers = {
        word for start in phrase_starts(name, text) if (word := _capitalised_before(text, start))
    }
    if len(modifiers) == 1 and not modifiers & _DISTINGUISHING:
        forms.append(f"{modifiers.pop()} {name}")
    # ... and back: "Pacific Ring of Fire" -> "Ring of Fire" where the document writes it
    # after a word that is no part of a name ("the Ring of Fire").
    if len(words) >= 3 and words[0][:1].isupper() and words[1][:1].isupper():
        rest = " ".join(words[1:])
        for start in phrase_starts(rest, text):
            window = text[max(0, start - 60) : start]
            before = window.rsplit(None, 1)[-1:] if window.endswith(" ") else []
            if before and (not before[0][:1].isupper() or before[0] in SMALL_CAPITALS):
                forms.append(rest)
                break
    return forms


# Capitalised only because a sentence starts with them.
SMALL_CAPITALS = {"The", "In", "At", "On", "By"}


def _capitalised_before(text: str, start: int) -> str:
    """The capitalised word written just before ``start`` ("Pacific" in "the Pacific Ring
    of Fire"), when the word before it is lower case or ends a clause: not a sentence's
    first word, where every word is capitalised."""
    head = text[max(0, start - 60) : start]
    match = re.search(r"(?<=[a-z,;] )([A-Z][a-z]+) $", head)
    return match[1] if match else ""


def _parties_dropped(words: list[str], text: str) -> list[str]:
    """ "Japan-Soviet Neutrality Pact" -> "Neutrality Pact": an instrument named after its
    parties is known by the rest, where the document names no other instrument so."""
    parties = words[0].split("-") if words else []
    if len(words) < 3 or len(parties) != 2 or not all(p[:1].isupper() for p in parties):
        return []
    rest = words[1:]
    if rest[-1].lower() not in INSTRUMENT_HEADS or not all(w[:1].isupper() for w in rest):
        return []
    short = " ".join(rest)
    others = {m[1] for m in re.finditer(rf"(\S+) {re.escape(short)}\b", text)}
    return [short] if others <= {words[0], "the", "The"} else []


def _names_something(words: list[str]) -> bool:
    """ "Tokyo", "Japan-Russia": a word no dictionary holds makes the short form a name;
    "Master Plan" or "Joint Statement" alone names nothing in particular."""
    return any(not getAllLemmas(part.lower()) for w in words for part in w.split("-") if part)


def _head_moved(words: list[str]) -> list[str]:
    """ "Treaty of Shimoda" <-> "Shimoda Treaty": an instrument named after a place or a
    person is written either way; only a name of one or two capitalised words after "of"."""
    if len(words) in {3, 4} and words[0].lower() in MOVABLE_HEADS and words[1] == "of":
        named = words[2:]
        if all(w[:1].isupper() for w in named):
            return [" ".join([*named, words[0]])]
    if len(words) in {2, 3} and words[-1].lower() in MOVABLE_HEADS:
        named = words[:-1]
        if all(w[:1].isupper() and w.isalpha() for w in named) and not _distinguished(named):
            return [f"{words[-1]} of {' '.join(named)}"]
    return []


def _distinguished(words: list[str]) -> bool:
    """ "Second Treaty", "New Charter": not a name to move behind "of"."""
    return bool(set(words) & _DISTINGUISHING)


def _one_instrument(short: str, name: str, text: str) -> bool:
    """No other name in the document begins with the short form ("Vienna Accord on
    Fishing" beside "Vienna Accord on Grain Prices")."""
    pattern = rf"(?<![\w-]){re.escape(short)} (?:on|for|of) [A-Z][\w'’-]*"
    prefix = name[: len(short) + 1]
    tails = {m[0] for m in re.finditer(pattern, text)}
    return all(name.startswith(tail) or not tail.startswith(prefix) for tail in tails)


def _written_alone(short: str, text: str) -> bool:
    return any(
        not re.match(r"\s+(?:on|of|for|[A-Z])", text[m.end() : m.end() + 5])
        for m in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-])", text)
    )


def _full_names(answer: str, text: str, people: list[str]) -> list[str]:
    """ "Vladimir Putin" for a key "Putin": the one person of the document so named."""
    if len(answer.split()) != 1:
        return []
    full = {p for p in people if family_of(p.split(), text) == answer}
    return list(full) if len(full) == 1 else []


def _spellings(text: str) -> dict[str, list[str]]:
    """Names of the document by their compact form: "hanoi" -> ["Hanoi", "Ha Noi"]."""
    forms: dict[str, set[str]] = defaultdict(set)
    for match in _NAME_RUN.finditer(text):
        words = match[0].split()
        # Every run of one to three words of the name, so "in Ha Noi on" finds "Ha Noi".
        for start in range(len(words)):
            for end in range(start + 1, min(start + 4, len(words) + 1)):
                part = " ".join(words[start:end])
                if part.split()[0].lower() not in _SMALL and part.split()[-1] not in _SMALL:
                    forms[_compact(part)].add(part)
    return {key: sorted(found) for key, found in forms.items() if len(found) > 1}


def _compact(name: str) -> str:
    return re.sub(r"[\s\-‐–]", "", name).casefold()


def _bare(name: str) -> str:
    return re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
