"""A long name given a short one, asked through what was done with it and when.

"At the 3rd Kessar Forum in Orm in May 2004 the ministers adopted the Joint Statement on
Trade and Fisheries Cooperation for the Northern Seas, usually called the Orm Statement."
Writing the long name out makes a question hard to read; the occasion says which one:
"What is the joint statement adopted at the 3rd Kessar Forum in May 2004 usually called?"
(Orm Statement). A phrase on the occasion that shares a word with the short name ("in
Orm") is left out, since it would give the key away. General English only.
"""

from __future__ import annotations

from lemminflect import getInflection

from quizzes.generation import clause_facts

# A name longer than this is described instead of written out.
MAX_NAME_WORDS = 7
OCCASION_PREPOSITIONS = {"at", "during"}
OCCASION_LABELS_REFUSED = {"PERSON", "GPE", "LOC"}
# Prepositions that go on an occasion's name ("Conference on Women"); "in" gives a place.
NAME_PREPOSITIONS = {"on", "of", "for", "against"}


def described(name_tokens: list, short_name) -> str | None:
    """ "the joint statement adopted at the 3rd Kessar Forum in May 2004" for a long name
    the clause acted on, or None when the name is short or nothing says which one."""
    if len(name_tokens) <= MAX_NAME_WORDS:
        return None
    ids = {t.i for t in name_tokens}
    head = next((t for t in name_tokens if t.head.i not in ids), None)
    if head is None or head.dep_ != "dobj" or head.head.pos_ != "VERB":
        return None
    verb = head.head
    if verb.tag_ != "VBD":
        return None
    kind = _kind_words(head)
    key_words = {t.lower_ for t in short_name.subtree if t.pos_ == "PROPN"}
    when = _occasion_and_date(verb, key_words)
    participle = getInflection(verb.lemma_, tag="VBN")
    if kind is None or not when or not participle:
        return None
    return " ".join(["the", kind, participle[0], when])


def _kind_words(head) -> str | None:
    """ "Joint Declaration" -> "joint declaration": the name's head and the words before it."""
    before = [c for c in head.children if c.dep_ in {"compound", "amod"} and c.i < head.i]
    words = [*before, head]
    if any(not t.is_alpha for t in words) or len(words) > 3:
        return None
    return " ".join(t.lower_ for t in words)


def _occasion_and_date(verb, key_words: set[str]) -> str:
    """ "at the 14th Kessar Forum in May 2004": the named occasion and the date, without a
    phrase naming a word of the key."""
    parts = []
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is None:
            continue
        if prep.lower_ in OCCASION_PREPOSITIONS and _occasion(noun):
            parts.append(_span_text(prep, _name_end(noun)))
            parts.extend(
                _span_text(c, c.right_edge)
                for c in noun.children
                if c.dep_ == "prep" and clause_facts.is_dated(list(c.subtree))
            )
        elif clause_facts.is_dated(list(prep.subtree)):
            parts.append(_span_text(prep, prep.right_edge))
    text = " ".join(parts)
    if any(word in key_words for word in text.lower().split()):
        return ""
    return text[:1].lower() + text[1:]


def _occasion(noun) -> bool:
    return noun.pos_ == "PROPN" and noun.ent_type_ not in OCCASION_LABELS_REFUSED


def _name_end(noun):
    """The last word of an occasion's name: "Conference on Women", not "... in Beijing"."""
    end = noun
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.i > noun.i):
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if prep.i != end.i + 1 or prep.lower_ not in NAME_PREPOSITIONS or len(objects) != 1:
            break
        named = objects[0]
        if named.pos_ != "PROPN" or named.ent_type_ in {"GPE", "LOC", "DATE"}:
            break
        end = _name_end(named)  # "on Fisheries", not "on Fisheries in Orm"
    return end


def _span_text(first, last) -> str:
    """The words from ``first`` to ``last`` as written (hyphens kept)."""
    return first.doc[first.i : last.i + 1].text
