"""Fill-in-the-blank: a key sentence with its most specific named fact blanked out."""

from __future__ import annotations

from quizzes.generation import syntax
from quizzes.generation.blank_position import (
    appears_elsewhere,
    bracketed,
    glued,
    in_a_list,
    name_continues,
    titled,
)
from quizzes.generation.blank_values import (
    accepted_forms,
    is_a_term,
    measure_only,
    only_a_modifier,
    retyped,
    worth_blanking,
)
from quizzes.generation.drafts import NO_CONTEXT, DocumentContext, Draft, Site
from quizzes.generation.question import AnswerType, Kind
from quizzes.generation.stems import cloze_stem
from quizzes.language.dates import is_ordinal_in_digits, is_year
from quizzes.language.lexicon import LAW_WORDS

KIND = Kind.FILL_BLANK

MIN_WORDS, MAX_WORDS = 8, 60
# Which facts make good blanks, best first; a blanked "Japan" in a text about Japan is a
# giveaway, so very frequent facts are skipped by the caller's document counts.
ENTITY_TYPES = {
    "PERSON": (AnswerType.PERSON, 0.8),
    "ORDINAL": (AnswerType.ORDINAL, 0.8),
    "LAW": (AnswerType.LAW, 0.75),
    "EVENT": (AnswerType.EVENT, 0.75),
    "ORG": (AnswerType.ORGANIZATION, 0.75),
    "DATE": (AnswerType.DATE, 0.75),
    "CARDINAL": (AnswerType.NUMBER, 0.7),
    # Amounts carry their unit in the answer: "about 1,490 square kilometres".
    "QUANTITY": (AnswerType.NUMBER, 0.7),
    "MONEY": (AnswerType.NUMBER, 0.7),
    "PERCENT": (AnswerType.NUMBER, 0.7),
    "GPE": (AnswerType.COUNTRY, 0.6),
    "LOC": (AnswerType.PLACE, 0.6),
    "NORP": (AnswerType.GROUP, 0.5),
}


LONG_SENTENCE_WORDS = 25
MAX_NAME_WORDS = 8  # tokens of a name a learner may be asked to write in a blank
NUMERIC = {"DATE", "CARDINAL", "QUANTITY", "MONEY", "PERCENT", "ORDINAL"}
CONCEPT_POS = {"ADJ", "NOUN", "PROPN"}
VAGUE_MODIFIERS = {
    "such",
    "many",
    "several",
    "various",
    "some",
    "other",
    "own",
    "enormous",
    "major",
    "same",
    "certain",
    "much",
    "more",
    "most",
    "further",
    "new",
}
# Heads too general to test knowledge: "the international community", "various types".
GENERIC_NOUNS = {
    "community",
    "way",
    "issue",
    "issues",
    "thing",
    "things",
    "area",
    "areas",
    "field",
    "fields",
    "type",
    "types",
    "kind",
    "kinds",
    "part",
    "others",
    "efforts",
    "effort",
    "time",
    "world",
    "people",
    "nations",
    "countries",
    "country",
    "role",
    "range",
    "order",
}


def drafts(site: Site, context: DocumentContext = NO_CONTEXT) -> list[Draft]:
    """One blank per sentence, two for a long one (each its own question)."""
    frequency = context.frequency
    sent = site.sent
    words = [t for t in sent if not t.is_punct]
    if not MIN_WORDS <= len(words) <= MAX_WORDS or site.block_kind == "caption":
        return []
    if sent.root.pos_ not in {"VERB", "AUX"} or _opens_with_pronoun(sent):
        return []  # a fragment, or "It also created ...": unclear without what came before
    keys = sorted(_keys(site, frequency), key=lambda key: -key[0])
    if not keys:
        keys = list(_concept_keys(site, frequency))
    wanted = 2 if len(words) >= LONG_SENTENCE_WORDS else 1
    made = []
    for key in keys:
        draft = _draft(site, *key)
        if draft is not None:
            made.append(draft)
        if len(made) == wanted:
            break
    return made


def _concept_keys(site: Site, frequency: dict[str, int]):
    """For a sentence without names or numbers: its most specific multi-word concept,
    e.g. "the devastation of atomic bombings" -> "atomic bombings"."""
    sent = site.sent
    best = None
    for chunk in sent.noun_chunks:
        tokens = [t for t in chunk if t.dep_ not in {"det", "poss"} and t.pos_ != "PRON"]
        if not 2 <= len(tokens) <= 4 or any(t.pos_ not in CONCEPT_POS for t in tokens):
            continue
        start, end = tokens[0].i, tokens[-1].i + 1
        text = sent.doc[start:end].text
        if appears_elsewhere(sent.text, text) or in_a_list(sent.doc, start, end):
            continue
        if frequency.get(text.lower(), 0) > 1 or tokens[-1].lower_ in GENERIC_NOUNS:
            continue
        if any(t.lower_ in VAGUE_MODIFIERS for t in tokens):
            continue
        if not is_a_term(site, tokens[-1], text):
            continue  # "sharpest differences", "practical work": filler, not a term
        rarity = sum(1 for t in tokens if t.is_alpha and not t.is_stop and len(t) > 3)
        if best is None or rarity > best[0]:
            best = (rarity, (start, end), text)
    if best is not None:
        yield 0.45, best[1], AnswerType.PHRASE, best[2]


def _keys(site: Site, frequency: dict[str, int]):
    sent = site.sent
    seen = set()
    for label, (start, end) in _candidates(sent):
        text = sent.doc[start:end].text
        if text.lower() in seen or text.lower() == site.term.lower():
            continue
        seen.add(text.lower())
        answer_type, confidence = ENTITY_TYPES[label]
        if appears_elsewhere(sent.text, text) or frequency.get(text.lower(), 0) > 3:
            continue
        if label == "DATE":
            if not any(ch.isdigit() for ch in text):
                continue
            answer_type = AnswerType.YEAR if is_year(text) else AnswerType.DATE
        if label == "CARDINAL" and (
            len(text) == 1
            or not sent.doc[end - 1].is_alpha
            and end < sent.end
            and sent.doc[end].text in {"+", ")"}
        ):
            continue  # "2+2", list numbering
        if label == "ORG" and text.split()[-1].lower() in LAW_WORDS:
            answer_type, confidence = AnswerType.LAW, ENTITY_TYPES["LAW"][1]
        if label == "CARDINAL" and text.lower() == "one":
            continue  # "where one plate sinks beneath another": a pronoun, not a count
        if label == "ORDINAL" and not any(ch.isdigit() for ch in text):
            continue  # "was first held": an adverb, not a fact
        if bracketed(sent.doc, start, end) or glued(sent.doc, start, end):
            continue  # "(NATO)" spells itself out, "(2001)" is an aside; "Pfizer-BioNTech"
            # is one name
        if not worth_blanking(sent.doc, start, end, label):
            continue  # "red crescent later", "lava cools", "between 2002", "Kunashiri about 1,490"
        if only_a_modifier(sent.doc, start, end, label):
            continue  # "major _____ countries": an adjective, not a fact
        if label not in NUMERIC and end - start > MAX_NAME_WORDS:
            continue  # "Convention for the Amelioration of the Condition of ...": no one
            # writes such a name from memory into a blank
        if name_continues(sent.doc, end):
            continue  # "United States Centers" cut from "... Centers for Disease Control"
        if label == "NORP" and sent.doc[start].dep_ == "amod":
            continue  # "African development": an adjective, not a fact
        if in_a_list(sent.doc, start, end) and not titled(sent.doc, start):
            continue  # "the _____ and Africa": any member of the list would fit
        yield confidence, (start, end), retyped(label, text, answer_type), text


def _candidates(sent):
    """Named entities, plus ordinals the tagger missed ("the 62nd Session")."""
    covered = set()
    for ent in sent.ents:
        covered.update(range(ent.start, ent.end))
        if ent.label_ in ENTITY_TYPES:
            span = _answer_span(ent)
            if span and ent.label_ == "QUANTITY":
                span = measure_only(ent.doc, *span)
            if span:
                yield ent.label_, span
    for token in sent:
        if token.i not in covered and is_ordinal_in_digits(token.text):
            yield "ORDINAL", (token.i, token.i + 1)


def _draft(site: Site, confidence, span, answer_type, text) -> Draft | None:
    """The question, its stem cut to the clause holding the answer; None if it cannot be."""
    prompt = cloze_stem(site.sent, *span)
    if prompt is None:
        return None
    return Draft(
        kind=Kind.FILL_BLANK,
        prompt=prompt,
        answer=text,
        answer_type=answer_type,
        rule=f"fill_blank:{answer_type.value}",
        confidence=confidence,
        site=site,
        accepted=accepted_forms(text, answer_type),
        answer_tokens=span,
    )


def _answer_span(ent) -> tuple[int, int] | None:
    """The entity without a leading article or a trailing possessive, or None if it is ragged."""
    start, end = ent.start, ent.end
    doc = ent.doc
    if doc[start].lower_ == "the":
        start += 1
    if doc[start].lower_ == "year" and end - start > 1:
        start += 1  # "The year 2007": the fact is the year
    if doc[end - 1].pos_ in {"CCONJ", "ADP", "DET"}:
        return None  # a name cut short by the tagger: "Organization for ... and"
    if end - 1 > start and doc[end - 1].text in {"'s", "’s"}:
        end -= 1
    text = doc[start:end].text
    if not text or text.count("(") != text.count(")") or text.count('"') % 2:
        return None
    if end + 1 < len(doc) and doc[end].text == "(" and doc[end + 1].text.isupper():
        return None  # "the Financial Action Task Force (FATF)": asked as an acronym instead
    return start, end


def _opens_with_pronoun(sent) -> bool:
    subject = syntax.subject_of(sent.root)
    first = sent[0]
    return (subject is not None and subject.pos_ == "PRON") or first.lower_ in {
        "it",
        "this",
        "these",
        "they",
        "he",
        "she",
        "its",
        "their",
        "his",
        "her",
    }
