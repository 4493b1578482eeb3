"""Names written after a common noun that says what kind of thing they name: "the steamship
SS Ancon", "the research vessel RV Polaris", "the Swiss glacier Aletsch".

"The steamship SS Polaris made the first crossing in 1902" -> "Which steamship made the
first crossing in 1902?" (SS Polaris). The kind noun is what the question asks by; a kind any
thing could be ("the company", "the man") is refused, and so are people (``rules.who``)
and dates or amounts. Works on spaCy tokens; general English only.
"""

from __future__ import annotations

from quizzes.generation import inversion, people, person_objects, references, syntax
from quizzes.generation.named_things import NamedThing
from quizzes.generation.question import AnswerType

# Entities whose names are asked elsewhere, or are no name of a thing.
NOT_THINGS = {"PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
GENERIC_KINDS = people.GENERIC_ROLE_NOUNS | {"item", "place", "area", "name", "word", "term"}
MAX_KIND_WORDS = 3


def kind_named(token) -> NamedThing | None:
    """ "the steamship SS Ancon" as a NamedThing (kind "steamship"), whichever way the parser
    hangs it: the name's head with the kind as compound, or the kind with the name apposed."""
    found = _name_after_kind(token) or _apposed_to_kind(token) or _kind_then_name(token)
    if found is None:
        return None
    kind, name = found
    if name[-1].ent_type_ in NOT_THINGS or not _plain_kind(kind):
        return None
    return NamedThing(name, syntax.render(kind), AnswerType.TERM)


def _name_after_kind(head):
    """The name's head with lowercase kind words before its capitalised words."""
    if head.pos_ != "PROPN":
        return None
    left = sorted((t for t in head.subtree if t.i < head.i), key=lambda t: t.i)
    if not left or left[0].lower_ != "the":
        return None
    words = [*left[1:], head]
    # "the French liner SS Norma": a nationality belongs to the kind, not the name.
    split = next(
        (n for n, t in enumerate(words) if t.text[:1].isupper() and t.ent_type_ != "NORP"), None
    )
    if split is None or split == 0:
        return None
    kind, name = words[:split], [*words[split:], *_after_head(head)]
    if not all(t.text[:1].isupper() or t.like_num for t in name):
        return None
    if kind[-1].pos_ != "NOUN" or kind[-1].dep_ != "compound":
        return None
    return kind, name


def _after_head(head) -> list:
    """Words of the name after its head: "Voyager 1", "Apollo 11"."""
    following = []
    for token in head.doc[head.i + 1 : head.right_edge.i + 1]:
        if token.head.i != head.i or not (token.like_num or token.pos_ == "PROPN"):
            break
        following.append(token)
    return following


def _apposed_to_kind(noun):
    """A lowercase kind noun with the name set right after it: "the steamship" + "SS Ancon"."""
    if noun.pos_ != "NOUN" or not noun.text.islower():
        return None
    name_head = next((c for c in noun.children if c.dep_ == "appos"), None)
    if name_head is None or name_head.pos_ != "PROPN" or name_head.left_edge.i != noun.i + 1:
        return None
    name = sorted(name_head.subtree, key=lambda t: t.i)
    if not all(t.text[:1].isupper() or t.like_num for t in name):
        return None
    kind = [t for t in syntax.noun_phrase(noun) if t.i <= noun.i]
    if not kind or kind[0].lower_ != "the":
        return None
    return kind[1:], name


def _kind_then_name(head):
    """The phrase read as written when the parser splits a name it does not know ("the
    container ship COSCO | Shipping Panama"): "the", lowercase kind words, then only
    capitalised words to the end of the phrase."""
    words = sorted(head.subtree, key=lambda t: t.i)
    if len(words) < 4 or words[-1].i - words[0].i + 1 != len(words) or words[0].lower_ != "the":
        return None
    split = next((n for n, t in enumerate(words) if t.text[:1].isupper()), None)
    if split is None or split < 2 or len(words) - split < 2:
        return None
    kind, name = words[1:split], words[split:]
    if not all(t.text[:1].isupper() or t.like_num for t in name) or kind[-1].pos_ != "NOUN":
        return None
    return kind, name


def _plain_kind(kind: list) -> bool:
    """Lowercase words, a noun last, and not a person's role or a kind of anything."""
    if not kind or len(kind) > MAX_KIND_WORDS:
        return False
    if not all(t.text.islower() or t.ent_type_ == "NORP" for t in kind):
        return False
    head = kind[-1].lower_
    return head not in GENERIC_KINDS and head not in references.ROLE_NOUNS


def subject_question(site, verb) -> tuple[str, NamedThing] | None:
    """ "..., when the steamship SS Ancon made the first official transit." -> "Which
    steamship made the first official transit on 15 August 1914?" (the date of the clause
    the when-clause belongs to)."""
    subject = syntax.subject_of(verb)
    thing = kind_named(subject) if subject is not None and subject.dep_ == "nsubj" else None
    if thing is None or any(c.dep_ == "neg" for c in verb.children):
        return None
    if verb.tag_ not in {"VBD", "VBZ", "VBP"} and not inversion.auxiliaries(verb):
        return None
    rest = inversion.complements(verb, set())
    if not rest or references.deictic(rest) or any(t.tag_ == "PRP$" for t in rest):
        return None
    words = [*(a.text for a in inversion.auxiliaries(verb)), verb.text, syntax.render(rest)]
    phrase = person_objects.with_leading_date(" ".join(words), verb)
    when = _time_of_main_clause(site, verb)
    singled_out = any(t.ent_type_ in {"DATE", "ORDINAL"} or t.tag_ == "JJS" for t in verb.subtree)
    if not (when or singled_out):
        return None  # "Which river flows into the North Sea?": one of several
    return f"Which {thing.kind} {phrase} {when}".strip() + "?", thing


def _time_of_main_clause(site, verb) -> str:
    """ "The bridge opened on 2 May 1932, when the ferry X crossed it": the when-clause
    happened at the main clause's time, written as the whole short clause ("when the bridge
    opened on 2 May 1932", for the final filter to name "the bridge") or as its date."""
    if not any(c.lower_ == "when" and c.i < verb.i for c in verb.children):
        return ""
    if any(t.ent_type_ == "DATE" for t in verb.subtree):
        return ""
    found = _main_clause_date(verb)
    if found is None:
        return ""
    main, date_prep = found
    inside = {t.i for t in verb.subtree}
    date = syntax.render(syntax.trim_punct([t for t in date_prep.subtree if t.i not in inside]))
    subject = syntax.subject_of(main)
    others = [
        c
        for c in main.children
        if c.dep_ not in {"punct", "advcl", "nsubj", "cc", "conj"} and c.i != date_prep.i
    ]
    if subject is None or subject.pos_ == "PRON" or others or main.tag_ != "VBD":
        return date
    tokens = syntax.noun_phrase(subject)
    named = any(t.pos_ == "PROPN" or t.like_num for t in tokens)
    if not named and references.resolve(site, tokens) is None:
        return date  # "when the canal opened" with no canal named before: the date says it
    return f"when {inversion.lower_first(tokens)} {main.text} {date}"


def _main_clause_date(verb):
    """The clause a when-clause belongs to and its one dated phrase: the when-clause hangs on
    the verb ("advcl") or, as the parser often reads it, on the date itself ("relcl")."""
    if verb.dep_ == "advcl":
        main = verb.head
        dates = [c for c in main.children if c.dep_ == "prep" and c.i < verb.i and _dated(c)]
        return (main, dates[0]) if len(dates) == 1 else None
    date, prep = verb.head, verb.head.head
    if verb.dep_ != "relcl" or date.ent_type_ != "DATE" or prep.dep_ != "prep":
        return None
    return prep.head, prep


def _dated(prep) -> bool:
    return any(t.ent_type_ == "DATE" for t in prep.subtree) and len(list(prep.subtree)) <= 5
