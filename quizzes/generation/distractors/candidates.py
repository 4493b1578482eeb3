"""Typed candidates from a parsed document, with tagging debris cleaned away."""

from __future__ import annotations

import re
from dataclasses import replace

from lemminflect import getAllLemmas

from quizzes.generation import people
from quizzes.generation.distractors.common import _ACRONYM_SKIP, Candidate, _key
from quizzes.generation.distractors.countries import country_of
from quizzes.generation.distractors.dates import _parse_date
from quizzes.generation.distractors.names import looks_like_person, names_a_place
from quizzes.generation.distractors.numbers import _parse_number, _parse_ordinal
from quizzes.generation.question import MAX_ANSWER_CHARS, AnswerType
from quizzes.language.lexicon import HONORIFICS, LAW_WORDS

_NAME_TYPES = {
    "PERSON": AnswerType.PERSON,
    "ORG": AnswerType.ORGANIZATION,
    "GPE": AnswerType.COUNTRY,  # or PLACE, when it is not a country
    "LOC": AnswerType.PLACE,
    "FAC": AnswerType.PLACE,
    "LAW": AnswerType.LAW,
    "EVENT": AnswerType.EVENT,
    "NORP": AnswerType.GROUP,
}
_BRACKETS = ("()", "[]", "{}", "“”")


def _balanced(text: str) -> bool:
    if text.count('"') % 2:
        return False
    for opening, closing in _BRACKETS:
        depth = 0
        for char in text:
            depth += (char == opening) - (char == closing)
            if depth < 0:
                return False
        if depth:
            return False
    return True


_TAKES_THE = {"ORG", "LOC", "FAC", "LAW", "EVENT"}


def _entity_text(ent) -> str:
    """The entity's words, with a "the" just before a name of several words ("the United
    Nations", but not "the Toyota" from "the Toyota plant") and a counted noun just after a
    cardinal ("32 countries")."""
    doc, start, end = ent.doc, ent.start, ent.end
    if ent.label_ in _TAKES_THE and len(ent) > 1 and start and doc[start - 1].lower_ == "the":
        start -= 1
    if ent.label_ == "CARDINAL" and end < len(doc) and doc[end].tag_ == "NNS":
        end += 1
    text = " ".join(doc[start:end].text.split())
    text = re.sub(r"(?:['’]s|(?<=s)['’])$", "", text)
    return "the" + text[3:] if text.startswith("The ") else text


def _common_words(text: str) -> list[str]:
    """The words of ``text`` that are ordinary dictionary words, or [] if any is not."""
    words = [w for w in re.findall(r"[A-Za-z]+", text) if w.lower() not in _ACRONYM_SKIP]
    return words if words and all(getAllLemmas(w.lower()) for w in words) else []


def _name_is_clean(ent) -> bool:
    """Rejects typical tagging debris: "CHAPTER 3Japan", "Organization for ... and", "G8",
    headings tagged as people ("Diplomatic Fields") or organizations ("Regional Security"),
    and bare back-references ("the Council")."""
    if re.search(r"\d[A-Za-z]{2,}", ent.text) or ent[-1].pos_ in {"CCONJ", "ADP", "DET"}:
        return False
    common = _common_words(ent.text)
    if ent.label_ == "PERSON":
        if _written_as_a_place(ent):
            return False
        words = [t for t in ent if t.is_alpha and t.lower_ not in HONORIFICS]
        proper = bool(words) and words[0].pos_ == "PROPN"
        proper = proper and all(t.pos_ in {"PROPN", "NOUN"} for t in words)  # "Ki-moon": NOUN
        return proper and looks_like_person(ent.text) and len(common) < 2
    if ent.label_ == "ORG" and common:
        return len(common) > 1 and _entity_text(ent).lower().startswith("the ")
    return not (ent.label_ in {"GPE", "LOC", "FAC"} and re.search(r"\d", ent.text))


# Prepositions that put a name in a place: "held in Siem Reap", "a base near Port Lockroy".
_PLACE_PREPOSITIONS = {"in", "at", "near", "outside", "around", "across"}


def _written_as_a_place(ent) -> bool:
    """A "person" the text writes as a place: after "in" or "near", or followed by its
    country ("Siem Reap, Cambodia")."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start else None
    if before is not None and before.lower_ in _PLACE_PREPOSITIONS:
        return True
    after = doc[ent.end : ent.end + 2]
    return len(after) == 2 and after[0].text == "," and after[1].ent_type_ == "GPE"


def _candidate(ent) -> Candidate | None:
    label = ent.label_
    text = _entity_text(ent)
    key = _key(text)
    if len(text) > MAX_ANSWER_CHARS or not _balanced(text) or len(key.replace(" ", "")) <= 1:
        return None  # too long to be a choice, tagging debris, or a single letter
    if label in _NAME_TYPES:
        if not _name_is_clean(ent):
            return None
        if label == "GPE" and country_of(text) is None:
            return Candidate(text, AnswerType.PLACE)
        if label == "ORG" and key.split()[-1] in LAW_WORDS:  # "the ... Special Measures Law"
            return Candidate(text, AnswerType.LAW)
        return Candidate(text, _NAME_TYPES[label])
    if label == "DATE" and (when := _parse_date(text)) is not None:
        if when.fields == ("y",):
            return Candidate(when.match.group("y"), AnswerType.YEAR)
        return Candidate(text, AnswerType.DATE)
    if label == "CARDINAL" and _parse_number(text) is not None:
        return Candidate(text, AnswerType.NUMBER)
    if label == "ORDINAL" and _parse_ordinal(text) is not None:
        return Candidate(text, AnswerType.ORDINAL)
    return None


def _place_evidence(docs: list) -> dict[str, int]:
    """How strongly the documents write each name as a place: one point per GPE, LOC or
    FAC tag, two when a place preposition stands before it ("held in Hanoi")."""
    points: dict[str, int] = {}
    for parsed in docs:
        for ent in parsed.ents:
            if ent.label_ in {"GPE", "LOC", "FAC"}:
                before = parsed[ent.start - 1].lower_ if ent.start else ""
                gain = 2 if before in _PLACE_PREPOSITIONS else 1
                points[_key(ent.text)] = points.get(_key(ent.text), 0) + gain
    return points


def _short_forms_of_features(docs: list) -> set[str]:
    """ "Mekong" where the text also writes "Mekong River": the bare name is the river's."""
    return {
        _key(" ".join(ent.text.split()[:-1]))
        for parsed in docs
        for ent in parsed.ents
        if len(ent.text.split()) > 1 and names_a_place(ent.text)
    }


def _is_settlement(candidate: Candidate, evidence: dict[str, int]) -> bool:
    """A place choice must look like the places where-questions ask for: a capitalised
    name, written as a place at least twice or once after "in"/"at"/"near", and not a
    river, a lake or a building ("Mekong River", "Wounded" are tagging debris)."""
    words = candidate.text.removeprefix("the ").split()
    if not words or not all(w[:1].isupper() for w in words if w.isalpha() and len(w) > 3):
        return False
    if names_a_place(candidate.text) or candidate.text.startswith("the "):
        return False
    return evidence.get(_key(candidate.text), 0) >= 2


def candidates_from_doc(doc) -> list[Candidate]:
    """Typed candidates from a spaCy ``Doc`` (or several), once each, in document order.

    A name seen both with and without "the" keeps the form with it. Places (not
    countries) are kept only when they look like towns and cities: choices of one sort.
    """
    docs = [doc] if hasattr(doc, "ents") else list(doc)
    evidence = _place_evidence(docs)
    for short_form in _short_forms_of_features(docs):
        evidence.pop(short_form, None)
    found: dict[tuple[AnswerType, str], Candidate] = {}
    roles: dict[str, list[str]] = {}
    years: dict[str, list[int]] = {}
    for parsed in docs:
        for ent in parsed.ents:
            candidate = _candidate(ent)
            if candidate is None:
                continue
            if candidate.type == AnswerType.PERSON:
                _note_person(ent, _key(candidate.text), roles, years)
            if candidate.type == AnswerType.PLACE:
                _note_place_kind(ent, _key(candidate.text), roles)
            if candidate.type == AnswerType.PLACE and not _is_settlement(candidate, evidence):
                continue
            slot = (candidate.type, _key(candidate.text))
            earlier = found.get(slot)
            if earlier is None or (
                candidate.text.startswith("the ") and not earlier.text.startswith("the ")
            ):
                found[slot] = candidate
    return [_with_context(c, roles, years) for c in found.values()]


def _note_person(ent, key: str, roles: dict, years: dict) -> None:
    """The role written before this mention ("the Japanese envoy") and the years of its
    sentence, kept by the name's key. A sentence without a year ("Later that year, ...")
    is dated by the sentence before it in the paragraph: the narrative's time carries on."""
    role = " ".join(t.lower_ for t in people.role_tokens(ent) or _words_before(ent) if t.is_alpha)
    if role:
        roles.setdefault(key, []).append(role)
    found = _years_of(ent.sent)
    if not found and ent.sent.start > 0:
        found = _years_of(ent.doc[ent.sent.start - 1].sent)
    years.setdefault(key, []).extend(found)


def _note_place_kind(ent, key: str, roles: dict) -> None:
    """The kind of place the text calls this one ("the village of X" -> "village"), so
    that "In which village ...?" is offered villages, not capitals."""
    doc, i = ent.doc, ent.start
    if i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].pos_ == "NOUN":
        roles.setdefault(key, []).append(doc[i - 2].lemma_.lower())


def _years_of(sent) -> list[int]:
    found = []
    for other in sent.ents:
        when = _parse_date(other.text) if other.label_ == "DATE" else None
        if when is not None and when.value[0] is not None and "decade" not in when.fields:
            found.append(when.value[0])
    return found


def _words_before(ent) -> list:
    """ "the German meteorologist Alfred Wegener" when the parser split the phrase: the
    adjectives and the common noun written just before the name."""
    doc, i = ent.doc, ent.start - 1
    if i < 0 or doc[i].pos_ != "NOUN" or doc[i].ent_type_:
        return []
    while i >= 0 and doc[i].pos_ in {"NOUN", "ADJ"} and doc[i].ent_type_ in {"", "NORP"}:
        i -= 1
    return list(doc[i + 1 : ent.start])


def _with_context(candidate: Candidate, roles: dict, years: dict) -> Candidate:
    if candidate.type == AnswerType.PLACE:
        return replace(candidate, roles=tuple(dict.fromkeys(roles.get(_key(candidate.text), []))))
    if candidate.type != AnswerType.PERSON:
        return candidate
    key = _key(candidate.text)
    return replace(
        candidate,
        roles=tuple(dict.fromkeys(roles.get(key, []))),
        years=tuple(sorted(set(years.get(key, [])))),
    )
