"""How much an acronym the text defines ("Long Form (LF)") is worth asking about.

Writing the long form with its acronym in brackets is the text defining a term, and a
defined acronym is worth a question, ranked by how much the document leans on it:

- used again (the acronym, its plural or its long form), named by the section's title or
  defined in a glossary box: worth the most;
- defined once: a proper name ranks above a common phrase ("international humanitarian
  law (IHL)"); not asked when the sentence only uses it on the way to something else, which
  readers rejected as side details: a unit counting a number ("9,472 twenty-foot equivalent
  units (TEU) of cargo"), a body cited as a source ("according to the X (X)") or naming a
  qualifier ("the X (X) summit");
- known to every reader ("UN", "USA", "USSR"): not asked, unless a glossary box defines
  it; readers rejected every such item as general knowledge, not what the section teaches;
- guessable from the document itself: not asked. A long form each of whose words gives
  the acronym one letter and is a name word the document keeps writing elsewhere
  ("International", "Committee", "Red", "Cross" in a history of that body) is spelled
  out by the context the learner has just read.
"""

from __future__ import annotations

import re

from quizzes.generation.drafts import DocumentContext, Site
from quizzes.generation.text_counts import count_matches
from quizzes.language.lexicon import ARTICLES

REPEATED_CONFIDENCE = 0.95
PASSING_NAME_CONFIDENCE = 0.7
PASSING_PHRASE_CONFIDENCE = 0.5
# A word the document writes this often outside the long form is one the learner knows.
FAMILIAR_USES = 2

NUMBER = re.compile(r"[\d.,]*\d[\d.,]*")

# Acronyms any adult reader expands without the text: general English, not a subject's.
WELL_KNOWN = {
    "UN", "US", "USA", "UK", "EU", "USSR", "TV", "IT", "PC", "DNA", "GDP", "GPS", "CEO",
    "AIDS", "HIV", "FAQ", "ID", "VIP", "AM", "PM", "BC", "AD",
}  # fmt: skip


def worth(
    acronym: str,
    long_form: str,
    content_words: list[str],
    site: Site,
    context: DocumentContext,
    *,
    in_passing: bool,
) -> float | None:
    """The draft's confidence, or None when the question should not be asked at all."""
    if site.term:
        return REPEATED_CONFIDENCE  # a glossary box teaches it, however well known
    if acronym.upper() in WELL_KNOWN:
        return None
    if not context.text:
        return REPEATED_CONFIDENCE  # no document to judge by
    if _guessable(long_form, content_words, len(_letters(acronym)), context.text):
        return None
    title = site.source.section_title
    if _occurrences(acronym, title) or _occurrences(long_form, title):
        return REPEATED_CONFIDENCE
    used = _occurrences(acronym, context.text) + _occurrences(f"{acronym}s", context.text)
    if used > 1 or _occurrences(long_form, context.text) > 1:
        return REPEATED_CONFIDENCE
    if in_passing:
        return None
    proper = all(w[:1].isupper() for w in content_words)
    return PASSING_NAME_CONFIDENCE if proper else PASSING_PHRASE_CONFIDENCE


def cited_in_passing(words: list[str], expansion: list[str], after) -> bool:
    """The body is cited as a source (the words before its name end in "according to
    (the)"), its name qualifies the common noun after the bracket ("(NC) summit"), or the
    long form is the unit of a number before it ("8,000 cubic metres (CBM)")."""
    before = [w.lower() for w in words if w][: -len(expansion)]
    counts_a_number = bool(before) and bool(NUMBER.fullmatch(before[-1]))
    while before and before[-1] in ARTICLES:
        before.pop()
    qualifies = after is not None and after.pos_ == "NOUN" and after.text.islower()
    return before[-2:] == ["according", "to"] or qualifies or counts_a_number


def _letters(acronym: str) -> str:
    return "".join(c for c in acronym if c.isalpha())


def _guessable(long_form: str, content_words: list[str], letters: int, text: str) -> bool:
    """A name each of whose content words gives one letter and is written, capitalised,
    elsewhere in the document."""
    if not all(w[:1].isupper() for w in content_words):
        return False  # common words recur in any text without spelling a phrase out
    words = [p for w in content_words for p in w.split("-") if p]
    if len(words) != letters and len(content_words) != letters:
        return False  # words beyond the letters ("... and Red Crescent Societies")
    outside = _occurrences(long_form, text)
    return all(
        count_matches(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text) - outside >= FAMILIAR_USES
        for w in words
    )


def _occurrences(phrase: str, text: str) -> int:
    pattern = rf"(?<![\w-]){re.escape(phrase)}(?![\w-])"
    return count_matches(pattern, text, flags=re.IGNORECASE if " " in phrase else 0)
