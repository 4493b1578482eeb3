"""Which facts of a sentence are worth a blank: names, numbers with their units, dates,
and terms the text defines or repeats; not filler phrases or half of a range."""

from __future__ import annotations

from quizzes.generation.descriptions import NAMING_VERBS
from quizzes.generation.distractors.countries import country_of
from quizzes.generation.distractors.names import names_a_place
from quizzes.generation.drafts import Site
from quizzes.generation.measures import APPROXIMATORS, EMPHASIS, read_amount
from quizzes.generation.question import AnswerType
from quizzes.language.names import family_name
from quizzes.language.numbers import number_word

DEFINING_VERBS = {"be", "consist", "comprise", "mean"}


def is_a_term(site: Site, head, text: str) -> bool:
    """A concept worth a blank: the sentence defines or names it ("Tectonic plates are
    ...", "... is called the Moho"), the paragraph repeats it, or the section title has it."""
    verb = head.head
    defines = verb.lemma_ != "be" or any(c.dep_ == "attr" for c in verb.children)
    if head.dep_ in {"nsubj", "nsubjpass"} and verb.lemma_ in DEFINING_VERBS and defines:
        return True
    if head.dep_ in {"oprd", "attr", "pobj"} and (
        verb.lemma_ in NAMING_VERBS or verb.head.lemma_ in NAMING_VERBS
    ):
        return True
    paragraph = site.sent.doc.text.lower()
    if paragraph.count(text.lower()) > site.sent.text.lower().count(text.lower()):
        return True
    title = site.source.section_title.lower()
    return head.lemma_.lower() in title or head.lower_ in title


# Words that may stand in an amount: "about 40,000", "more than 9,000", "at least 5".
AMOUNT_WORDS = APPROXIMATORS | {
    "over",
    "more",
    "less",
    "fewer",
    "than",
    "at",
    "least",
    "up",
    "to",
    "only",
}
NUMERIC_LABELS = {"CARDINAL", "QUANTITY", "MONEY", "PERCENT", "DATE"}
RANGE_WORDS = {"and", "to", "-", "–", "or"}
WORD_NUMBERS = {number_word(n): n for n in range(100)}


def worth_blanking(doc, start: int, end: int, label: str) -> bool:
    """A fact a learner could name from the blank alone: no verb or stray adverb caught by
    the tagger, no half of a range, no number whose unit or noun is not beside it."""
    span = doc[start:end]
    for token in span:
        if token.pos_ in {"VERB", "AUX"}:
            return False
        if token.pos_ == "ADV" and token.lower_ not in AMOUNT_WORDS:
            return False
    if label in NUMERIC_LABELS and half_of_a_range(doc, start, end):
        return False
    if label == "CARDINAL":
        root = span.root
        counted = root.dep_ == "nummod" and root.head.i >= end
        if counted and counts_a_group_named_before(root.head):
            return False
        return counted or root.head.i == end and root.head.pos_ == "NOUN"
    return True


# Determiners that make "the five men" a group the text described before.
DEFINITE = {"the", "these", "those", "its", "their", "his", "her"}
# What a noun may carry and still say nothing of which group it is.
BARE_NOUN_PARTS = {"det", "nummod", "amod", "poss", "punct", "quantmod"}


def counts_a_group_named_before(noun, blank: frozenset[int] = frozenset()) -> bool:
    """ "the _____ men renamed their group", "efforts on the _____ pillars": a definite
    count of a group the sentence does not describe is a count the reader must carry
    from earlier, not a fact; "the _____ Kuril islands" and "the _____ member states of
    the union" say which group they count. A phrase holding the blank says nothing of
    the group: "the four Conventions of _____"."""
    determiners = {c.lower_ for c in noun.children if c.dep_ in {"det", "poss"}}
    bare = all(c.dep_ in BARE_NOUN_PARTS or {t.i for t in c.subtree} & blank for c in noun.children)
    common = noun.pos_ == "NOUN" or noun.pos_ == "PROPN" and noun.tag_ == "NNPS"
    return bool(determiners & DEFINITE) and bare and common


def half_of_a_range(doc, start: int, end: int) -> bool:
    """ "between 2002 and 2006" is one fact; either year alone is not."""
    if doc[start].lower_ in {"between", "from"}:
        return True
    before = doc[start - 1].lower_ if start > 0 else ""
    if before in {"between", "from"}:
        return True
    after = doc[end] if end < len(doc) else None
    following = doc[end + 1] if end + 1 < len(doc) else None
    joined_after = after is not None and after.lower_ in RANGE_WORDS
    if joined_after and following is not None and following.like_num:
        return True
    return start > 1 and before in RANGE_WORDS and doc[start - 2].like_num


def measure_only(doc, start: int, end: int) -> tuple[int, int]:
    """The amount of a measurement without the words around it that are no part of the
    fact: "only about 7 kilometres thick" blanks "about 7 kilometres" and keeps "only" and
    "thick" in the stem, so the blank asks for a size and "thin" does not fit it."""
    while end - start > 1 and doc[end - 1].pos_ == "ADJ" and not doc[end - 1].like_num:
        end -= 1
    while end - start > 1 and doc[start].lower_ in EMPHASIS:
        start += 1
    return start, end


# Labels of names that may stand as a modifier of a common noun: "major _____ countries",
# "the _____ side", "_____ members" ask for an adjective, not a fact.
MODIFIER_LABELS = {"GPE", "LOC", "NORP", "ORG", "FAC", "EVENT", "LAW"}


def only_a_modifier(doc, start: int, end: int, label: str) -> bool:
    """The name only qualifies a common noun after it ("Asian countries"), or is itself
    qualified by a word before it that is no part of it ("the outer Earth")."""
    if label not in MODIFIER_LABELS:
        return False
    root = doc[start:end].root
    head = root.head
    if root.dep_ in {"amod", "compound", "nmod"} and head.i >= end and head.pos_ == "NOUN":
        return head.text[:1].islower()
    return any(
        child.dep_ == "amod" and child.i < start and child.text[:1].islower()
        for child in root.children
    )


def retyped(label: str, text: str, answer_type: AnswerType) -> AnswerType:
    """The answer's type as the name itself tells it, where the tagger's label misleads:
    "Gatun Lake" tagged a person is a place; so is a town tagged a country ("Solferino")."""
    if label in {"PERSON", "ORG"} and names_a_place(text):
        return AnswerType.PLACE
    if label == "GPE" and country_of(text) is None:
        return AnswerType.PLACE
    return answer_type


def accepted_forms(answer: str, answer_type: AnswerType) -> list[str]:
    """Other ways to write the key a learner would be right to type: a person's family
    name, an amount without its hedge or with its unit abbreviated, a count in figures
    or in words ("twelve" and "12")."""
    if answer_type == AnswerType.PERSON:
        family = family_name(answer)
        return [family] if family != answer else []
    if answer_type != AnswerType.NUMBER:
        return []
    forms: list[str] = []
    amount = read_amount(answer)
    if amount is not None:
        forms += [amount.key, *amount.variants()]
    words = answer.split()
    while len(words) > 1 and words[0].lower() in AMOUNT_WORDS:
        words = words[1:]  # "more than 150 million" -> "150 million"
    bare = " ".join(words)
    forms.append(bare)
    if bare.isdigit() and int(bare) < 100:
        forms.append(number_word(int(bare)))
    elif bare.lower() in WORD_NUMBERS:
        forms.append(str(WORD_NUMBERS[bare.lower()]))
    return [form for form in dict.fromkeys(forms) if form and form != answer]
