"""Named people in a parsed sentence: their names without honorifics, their family names,
and the roles the text gives them ("the Croatian seismologist", "the President of Liberia").

Works on spaCy tokens; the word lists are general English.
"""

from __future__ import annotations

from quizzes.generation import references, syntax
from quizzes.language.lexicon import HONORIFICS, NAME_SUFFIXES, RANK_AND_SAINT_TITLES

# A name known to be a person's sheds titles of rank and sainthood too ("Saint Augustine").
PERSON_TITLES = HONORIFICS | RANK_AND_SAINT_TITLES
# Nouns only a person is called, beyond the role words of ``references``: what the text
# calls a name the tagger took for a body ("the peace campaigner Odile Marchand"). No
# "-er" rule: "the tanker X", "the orbiter X" are things.
HUMAN_ROLE_NOUNS = {
    "campaigner", "activist", "builder", "architect", "designer", "lawyer", "banker",
    "financier", "entrepreneur", "diplomat", "politician", "statesman", "reformer",
    "philosopher", "poet", "painter", "composer", "sculptor", "teacher", "professor",
    "surgeon", "nurse", "missionary", "priest", "bishop", "monk", "pioneer", "navigator",
    "astronomer", "aviator", "pilot", "sailor", "traveller", "trader", "scholar",
    "playwright", "singer", "actor", "actress", "athlete", "player", "footballer",
    "lieutenant", "sergeant", "duke", "journalist", "economist", "scientist",
}  # fmt: skip
# Role words that name a group or a side, not one person.
GROUP_ROLE_NOUNS = {"men", "women", "people", "party", "side", "member"}
HUMAN_SUFFIXES = ("ist", "ician", "ologer")
MIN_SUFFIXED_LETTERS = 5  # "artist", not "list" or "wrist"
# Lowercase particles inside a person's name: "Jan van Ruysdael".
NAME_PARTICLES = {"de", "da", "di", "du", "del", "van", "von", "der", "la", "le", "bin", "ibn"}
MAX_NAME_WORDS = 4
# Labels a person's name is mistaken for; a date or an amount never is one.
MISTAKEN_LABELS = {"ORG", "GPE", "NORP", "PRODUCT", "WORK_OF_ART", "FAC", "LOC"}


def is_person(ent) -> bool:
    """A person's name: tagged so, or shaped like one and called by a role only a person
    has ("the peace campaigner Odile Marchand", "Pierre Lasalle, the builder of ...")."""
    if ent.label_ == "PERSON":
        return True
    if ent.label_ not in MISTAKEN_LABELS or not _shaped_like_a_name(list(ent)):
        return False
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and human_role(before):
        # "the campaigner X": the role hangs on the name, or the name on the role
        hangs = before.head.i in range(ent.start, ent.end)
        return hangs or (ent.root.dep_ == "appos" and ent.root.head.i == before.i)
    appos = next((c for c in ent.root.children if c.dep_ == "appos" and c.i >= ent.end), None)
    return (
        appos is not None
        and ent.end < len(ent.doc)
        and ent.doc[ent.end].text == ","
        and any(c.dep_ == "det" for c in appos.children)
        and human_role(appos)
    )


def _shaped_like_a_name(tokens: list) -> bool:
    """Two to four capitalised words, lowercase particles between them, no kind word."""
    if not 2 <= len(tokens) <= MAX_NAME_WORDS:
        return False
    if not (tokens[0].text[:1].isupper() and tokens[-1].text[:1].isupper()):
        return False
    return all(
        (t.is_alpha and t.text[:1].isupper() and not t.text.isupper()) or t.lower_ in NAME_PARTICLES
        for t in tokens
    ) and not any(references.kind_word(t) for t in tokens)


def human_role(noun) -> bool:
    """A noun only a person is called: "campaigner", "builder", "seismologist"."""
    if noun.pos_ != "NOUN" or not noun.text.islower():
        return False
    lemma = noun.lemma_.lower()
    if lemma in GROUP_ROLE_NOUNS:
        return False
    return (
        lemma in HUMAN_ROLE_NOUNS | references.ROLE_NOUNS
        or len(lemma) > MIN_SUFFIXED_LETTERS
        and lemma.endswith(HUMAN_SUFFIXES)
    )


def name_tokens(ent) -> list:
    """The name without a leading honorific: "Dr Edward Jenner" -> Edward Jenner."""
    tokens = list(ent)
    while tokens and tokens[0].lower_.rstrip(".") in PERSON_TITLES:
        tokens = tokens[1:]
    return tokens


def person_slot(ent):
    """The token standing for the person in the clause: the name's head, or the role noun
    the name is apposed to ("the engineer Joseph Strauss", "Panama's leader, Omar Torrijos")."""
    root = ent.root
    head = root.head
    if root.dep_ == "appos" and head.i < ent.start and head.pos_ == "NOUN" and not head.ent_type_:
        return head
    return root


def role_tokens(ent) -> list:
    """Title words written before the name in the same phrase: "US Secretary of Defense",
    "the Croatian seismologist"; or the role noun the name is apposed to."""
    slot = person_slot(ent)
    if slot.tag_ in {"NNS", "NNPS"}:
        return []  # "the seismologists Hanks and Kanamori": a role shared by several
    if slot.i != ent.root.i:
        return without_determiners([t for t in syntax.noun_phrase(slot) if t.i <= slot.i])
    role = [
        t
        for t in slot.subtree
        if t.i < ent.start
        and t.dep_ not in {"det", "cc", "poss", "case"}
        and not (t.dep_ == "punct" and t.text in syntax.BREAKING_PUNCT | {"(", ")"})
        and within_phrase(t, slot)
    ]
    if not role or all(t.lower_.rstrip(".") in PERSON_TITLES for t in role):
        return []  # "Lady Mary Wortley Montagu": a form of address, not a role
    if not any(t.pos_ in {"PROPN", "NOUN"} or t.text[0].isupper() for t in role):
        return []
    return role


# Heads of roles that say nothing about who is meant: "Which man ...?", "Which company ...?".
GENERIC_ROLE_NOUNS = {
    "man",
    "woman",
    "person",
    "people",
    "individual",
    "figure",
    "one",
    "friend",
    "colleague",
    "company",
    "firm",
    "group",
    "body",
    "organisation",
    "organization",
    "thing",
}


def generic_role(role: list) -> bool:
    """The role's head noun is one any person or body could be called."""
    nouns = [t for t in role if t.pos_ in {"NOUN", "PROPN"}]
    return bool(nouns) and nouns[-1].lemma_.lower() in GENERIC_ROLE_NOUNS


def without_determiners(tokens: list) -> list:
    if any(t.dep_ == "poss" for t in tokens):
        return []  # "Which Panama's leader" is no English
    return [t for t in tokens if t.dep_ != "det" and t.dep_ != "punct"]


def within_phrase(token, head) -> bool:
    node = token
    while node.i != head.i:
        if node.dep_ in {"conj", "appos", "relcl", "acl"}:
            return False
        node = node.head
    return True


def apposed_role(ent):
    """The role noun set off by commas after the name: "Henry Dunant, a businessman, ..."."""
    appos = next((c for c in ent.root.children if c.dep_ == "appos"), None)
    if appos is None or appos.i < ent.end or appos.pos_ not in {"NOUN", "PROPN"}:
        return None
    if _text_at(ent.doc, ent.end) != "," or appos.ent_type_ not in {"", "NORP"}:
        return None  # "(Caltech)", or a place or body apposed to the name
    tokens = syntax.noun_phrase(appos)
    return None if not tokens or syntax.is_anaphoric(tokens) else appos


def _text_at(doc, index: int) -> str:
    return doc[index].text if index < len(doc) else ""


# Roles held by one person at a time, so that asking who held one needs a date.
OFFICES = {
    "president",
    "president-elect",
    "vice-president",
    "minister",
    "premier",
    "chancellor",
    "king",
    "queen",
    "emperor",
    "empress",
    "pope",
    "leader",
    "head",
    "chairman",
    "chairwoman",
    "chair",
    "chairperson",
    "secretary",
    "secretary-general",
    "governor",
    "mayor",
    "director",
    "director-general",
    "ambassador",
    "envoy",
    "commander",
    "chief",
    "speaker",
    "captain",
    "coach",
    "manager",
    "rector",
    "dean",
}


def year_in(sent) -> str | None:
    for ent in sent.ents:
        if ent.label_ == "DATE":
            year = next((t.text for t in ent if t.text.isdigit() and len(t.text) == 4), None)
            if year is not None:
                return year
    return None


def specific_role(role: list, head) -> bool:
    """ "the President of Liberia", "Cambodia's foreign minister", "the first woman to win a
    Nobel Prize": the role is tied to something named; "the engineer in charge of the cut"
    and "the Croatian seismologist" are not."""
    tied = any(t.dep_ in {"prep", "poss", "relcl", "acl"} for t in role)
    named = any(
        t.i != head.i and (t.pos_ == "PROPN" or t.ent_type_ == "ORDINAL" or t.tag_ == "JJS")
        for t in role
        if t.dep_ != "amod" or t.ent_type_ == "ORDINAL" or t.tag_ == "JJS"
    )
    return tied and named


def name_words(name: str) -> list[str]:
    """The words of a person's name without suffixes ("Jr.", "III")."""
    return [w for w in name.split() if w.lower().rstrip(".") not in NAME_SUFFIXES] or name.split()
