"""Which facts of a sentence are worth a blank: names, numbers with their units, dates,
and terms the text defines or repeats; not filler phrases or half of a range."""

from __future__ import annotations

from quizzes.generation.drafts import Site

NAMING_VERBS = {"call", "name", "term", "know", "dub"}
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
AMOUNT_WORDS = {"about", "some", "nearly", "roughly", "almost", "approximately", "around"}
AMOUNT_WORDS |= {"over", "more", "less", "fewer", "than", "at", "least", "up", "to", "only"}
NUMERIC_LABELS = {"CARDINAL", "QUANTITY", "MONEY", "PERCENT", "DATE"}
RANGE_WORDS = {"and", "to", "-", "–", "or"}


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
        return counted or root.head.i == end and root.head.pos_ == "NOUN"
    return True


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
