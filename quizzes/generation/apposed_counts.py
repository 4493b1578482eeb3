"""A count apposed to the object it sizes, for the how-many rule.

"The Duchy annexed the Lake Provinces and by 1900 had resettled all of their farmers,
about 17,000 people." -> "About how many farmers of the Lake Provinces had the Duchy
resettled by 1900?" (17,000). The object is asked by its own words; the apposed count
("people") is the answer. A possessive "their" is written as the one plural thing the
sentence named before it (resolved to a name through ``references``), or as the group
the paragraph is about; anything else, and any object that names nothing, is refused.
General English only.
"""

from __future__ import annotations

from quizzes.generation import inversion, references, syntax
from quizzes.generation.amount_clauses import (
    clause_dates,
    clause_rest,
    is_fact,
    join,
    subject_ids,
)
from quizzes.generation.amount_subjects import subject_for
from quizzes.generation.drafts import Site
from quizzes.generation.measures import APPROXIMATORS

# Words that stand for the whole of what follows "of": "all of their residents".
WHOLE_WORDS = {"all", "most"}
PLURAL_TAGS = {"NNS", "NNPS"}


def apposed_count_question(site: Site, number, counted, *, hedged: bool) -> str | None:
    """``counted`` is the apposed plural ("people") whose ``number`` is the count."""
    anchor = counted.head
    if counted.dep_ != "appos" or number.i > counted.i:
        return None
    sized = _sized_object(anchor)
    verb = anchor.head
    if sized is None or anchor.dep_ != "dobj" or verb.pos_ != "VERB" or not is_fact(verb):
        return None
    described = _described(site, sized)
    subject = subject_for(verb, site)
    if described is None or subject is None or not _names_something(described):
        return None
    dropped = {t.i for t in anchor.subtree}
    rest = clause_rest(verb, dropped, [])
    if rest is None:
        return None
    # The tagger leaves "some" out of the number in "some 400 families": the question hedges.
    hedged = hedged or any(c.lower_ in APPROXIMATORS for c in number.children)
    wh = f"{'About how' if hedged else 'How'} many {described}"
    return inversion.invert(verb, subject, join(rest, clause_dates(verb)), wh)


def _sized_object(anchor):
    """The plural the count sizes: "all of their residents" -> "residents"; "Orman merchants"."""
    if anchor.lower_ in WHOLE_WORDS:
        of = next((c for c in anchor.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        anchor = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    if anchor is None or anchor.tag_ not in PLURAL_TAGS:
        return None
    return anchor


def _described(site: Site, sized) -> str | None:
    """The sized plural as a question writes it, without its article: "Japanese residents
    of the Kel Islands" for "their Japanese residents"."""
    tokens = [t for t in syntax.noun_phrase(sized) if t.dep_ != "det"]
    owner = tokens[0] if tokens and tokens[0].dep_ == "poss" else None
    if owner is None:
        return None if references.unresolved(tokens) else syntax.render(tokens)
    if owner.lower_ != "their":
        return None
    rest = syntax.render(tokens[1:])
    antecedents = [t for t in site.sent if t.i < owner.i and t.tag_ in PLURAL_TAGS]
    if not antecedents:
        whole = references.possessed(site, tokens)  # "the residents of <the group>"
        return whole.removeprefix("the ") if whole else None
    if len(antecedents) != 1 or antecedents[0].i in _subject_ids(sized):
        # "The farmers sold their cattle to the traders": whose? And the subject's own
        # ("The provinces lost all of their forests") is not asked "forests of the provinces".
        return None
    name = _plural_name(site, antecedents[0])
    return f"{rest} of {name}" if name else None


def _subject_ids(sized) -> set[int]:
    """The tokens of the subject of the clause the sized object is in (a conjoined verb's
    subject is its first verb's: "The provinces gained ... and lost all of their forests")."""
    verb = sized
    while verb.pos_ != "VERB" and verb.head.i != verb.i:
        verb = verb.head
    shared = subject_ids(verb.head) if verb.dep_ == "conj" else set()
    return subject_ids(verb) | shared


def _plural_name(site: Site, plural) -> str | None:
    """ "the Kel Islands" as written; "the islands" as the one group it stands for."""
    tokens = [t for t in syntax.noun_phrase(plural) if t.i <= plural.i]
    if plural.tag_ == "NNPS" or plural.pos_ == "PROPN":
        return inversion.lower_first(tokens)
    return references.resolve(site, tokens)


def _names_something(text: str | None) -> bool:
    return bool(text) and any(word[:1].isupper() for word in text.split())
