"""Names as a sentence or a title writes them: the named things a sentence mentions,
filed under their head noun ("the Treaty of Kiel" under "treaty"), and the name a title
gives ("Panama Canal" for "the canal"). Works on spaCy tokens; general English only.
"""

from __future__ import annotations

# Kinds of named things a definite description can point back to ("the treaty" -> "the
# Treaty of Kiel"). Not people (they have their own record), dates or numbers.
THING_LABELS = {"ORG", "FAC", "LAW", "EVENT", "WORK_OF_ART", "PRODUCT", "LOC", "GPE"}
# Entities that are never a thing's name.
PEOPLE_AND_NUMBERS = {"PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"}
# A title may hold a name for the section's subject: "The Treaty of Kiel", "Panama Canal".
MAX_TITLE_WORDS = 6
# Words that carry a name on: "Committee for Relief to the Wounded".
NAME_PREPOSITIONS = {"of", "for", "to", "on", "against"}
# "the Convention of Losby" takes a short place name, never a clause.
MAX_PLACE_WORDS = 4
# An argument introduced by these is a new thing of its kind: "a new canal", "another treaty".
INTRODUCING = {"a", "an", "another", "other"}
ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "dative"}
TITLE_LINKS = {"to", "and", "for", "in", "on", "at", "a", "an", "with", "from", "by", "after"}


def named_things(sent) -> list[tuple[str, str, bool]]:
    """(head noun, name as written, whether the name looks whole) for each named thing of
    the sentence: the entities, and capitalised phrases the tagger left out ("the
    Convention of Losby")."""
    found = []
    for ent in sent.ents:
        if ent.label_ in THING_LABELS and _has_common_head(ent):
            rest, sound = _rest_of_name(ent)
            found.append((_head_word(ent).lemma_.lower(), written_name(ent) + rest, sound))
    for token in sent:
        if token.i == sent.start or not token.is_title or token.ent_type_ in PEOPLE_AND_NUMBERS:
            continue
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        place = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if place is None or place.pos_ != "PROPN" or token.ent_type_ in THING_LABELS:
            continue
        place_words = sorted(place.subtree, key=lambda t: t.i)
        if len(place_words) > MAX_PLACE_WORDS or any(not t.is_alpha for t in place_words):
            continue  # "Conventions of 12 August 1949, which protect ...": no name
        words = [*_words_before(token), token.text, of.text, *(t.text for t in place_words)]
        found.append((token.lemma_.lower(), " ".join(words), True))
    return found


def introduced_kinds(sent) -> list[str]:
    """The head nouns of things the sentence brings in without a name ("proposals for a
    second canal", "another treaty"): after them, "the canal" may mean that one. Not a
    description of something named ("X is a canal that ...")."""
    return [
        token.lemma_.lower()
        for token in sent
        if token.pos_ == "NOUN"
        and token.dep_ in ARGUMENT_DEPS
        and any(c.lower_ in INTRODUCING and c.dep_ in {"det", "amod"} for c in token.lefts)
    ]


def _rest_of_name(ent) -> tuple[str, bool]:
    """The words that carry a name on past where the tagger ended it ("... for Relief"
    + " to the Wounded", "... of Red Cross" + " and Red Crescent Societies"), and whether
    the name as found can be trusted: not when it ends on "later" or "the", nor when
    capitalised words after it run into a common noun ("... Locks on the Pacific side")."""
    if ent[-1].pos_ not in {"NOUN", "PROPN", "NUM"}:
        return "", False
    doc = ent.doc
    link = doc[ent.end] if ent.end < len(doc) else None
    if link is None or not (
        link.lower_ in NAME_PREPOSITIONS or (link.dep_ == "cc" and ent[-1].i != ent.root.i)
    ):
        return "", True
    start = link.i + 1 + (link.i + 1 < len(doc) and doc[link.i + 1].lower_ == "the")
    end = start
    while end < len(doc) and (doc[end].is_title or (doc[end].text == "-" and end > start)):
        end += 1
    if end == start:
        return "", True  # "the Treaty of Kiel of 1814", "the Canal and its locks"
    if end < len(doc) and doc[end].pos_ in {"NOUN", "PROPN"}:
        return "", False
    return " " + doc[link.i : end].text, True


def _words_before(token) -> list[str]:
    """ "the" and the modifiers before a name's head: "the Grand Convention"."""
    kept = [c for c in token.lefts if c.dep_ in {"det", "compound", "amod"}]
    if any(c.dep_ == "det" and c.lower_ != "the" for c in kept):
        return []  # "a Convention of ..." or "this Convention of ...": not a name as written
    return [c.lower_ if c.dep_ == "det" else c.text for c in kept]


def _head_word(ent):
    """The noun a name is filed under: its root, or where the parser rooted it on a
    preposition ("the Northern Society | for Aid"), the last noun before that."""
    if ent.root.pos_ in {"NOUN", "PROPN"}:
        return ent.root
    nouns = [t for t in ent if t.pos_ in {"NOUN", "PROPN"} and t.i < ent.root.i]
    return nouns[-1] if nouns else ent.root


def _has_common_head(ent) -> bool:
    """ "the Treaty of Kiel", "the Panama Canal": a name of several words, which a later
    "the treaty" or "the canal" can stand for (matched on the head). Not "Kiel"."""
    return len(ent) > 1 and ent.root.is_alpha


def written_name(ent) -> str:
    """The name with the article the text gives it: "the Treaty of Kiel"."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    text = ent.text
    if text.lower().startswith("the "):
        return "the " + text[4:]
    if before is not None and before.lower_ == "the" and before.head.i == ent.root.i:
        return "the " + text
    return text


def same_name(one: str, other: str) -> bool:
    return _without_the(one).lower() == _without_the(other).lower()


def _without_the(name: str) -> str:
    return name[4:] if name.lower().startswith("the ") else name


def title_name(title: str, head: str) -> str | None:
    """A section titled "The Treaty of Kiel" or "Panama Canal" is what its "the treaty" or
    "the canal" means; "The canal" or "Building the canal" names nothing."""
    words = title.split()
    if not words or len(words) > MAX_TITLE_WORDS:
        return None
    core = words[: words.index("of")] if "of" in words else words
    if not core or core[-1].lower() != head:
        return None
    if any(w.lower() in TITLE_LINKS for w in words):
        return None  # "The Road to War" is no name for "the war"
    content = [w for w in words if w.lower() not in {"of", "the"}]
    if len(content) < 2 or not all(w[:1].isupper() for w in content):
        return None
    return "the " + (title[4:] if words[0].lower() == "the" else title)
