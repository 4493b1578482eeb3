"""Noun phrases that name what they mean, and those that only point back to it.

"The railway engineer John Frank Stevens" names a person; "the railway engineer" alone, "the
company", "a third" or "it" only make sense after the sentence that introduced them, so a
question built on them cannot be answered on its own. Works on spaCy tokens; general English
only.
"""

from __future__ import annotations

from quizzes.generation import antecedents, event_nouns, groups, syntax

# Heads that describe a person by a role or a group of people: "the engineer", "the five men".
ROLE_NOUNS = {
    "man", "men", "woman", "women", "person", "people", "engineer", "officer", "minister",
    "president", "premier", "leader", "doctor", "official", "envoy", "ambassador",
    "delegate", "founder", "explorer", "king", "queen", "emperor", "prince", "princess",
    "general", "commander", "chairman", "chair", "secretary", "director", "head", "member",
    "author", "writer", "researcher", "inventor", "captain", "governor", "mayor", "judge",
    "merchant", "businessman", "soldier", "colonel", "admiral", "party", "side",
}  # fmt: skip
# Heads that call a thing by its kind after it was named: "the treaty", "the company".
KIND_NOUNS = {
    "company", "firm", "organisation", "organization", "association", "committee",
    "council", "commission", "forum", "group", "body", "agency", "institution", "society",
    "treaty", "agreement", "convention", "declaration", "pact", "law", "act", "protocol",
    "plan", "programme", "program", "project", "initiative", "framework", "meeting",
    "summit", "conference", "session", "talks", "visit", "trip", "war", "conflict",
    "battle", "island", "country", "state", "city", "town", "village", "region", "river",
    "lake", "ship", "vessel", "scale", "work", "works", "event", "document", "report",
    "deadline", "idea", "proposal", "question", "emblem",
}  # fmt: skip
# Words that stand for a name given before rather than say which one is meant.
STAND_IN_NOUNS = ROLE_NOUNS | KIND_NOUNS
DEFINITE = {"the", "this", "that", "these", "those"}
# Words that say the thing was mentioned just before: "the resulting programme".
# Not "former": "the former foreign minister" is a title.
BACK_POINTING = {"resulting", "latter", "aforementioned", "above", "said"}
DEICTIC = {"this", "these", "those", "there", "here"}


def unresolved(tokens: list) -> bool:
    """Whether a noun phrase (its tokens) points back instead of naming.

    A pronoun or "other talks"; a number standing for a noun ("a third"); or a definite
    description with no name in it whose head is a role ("the railway engineer") or a
    kind of thing ("the treaty", "the islands").
    """
    tokens = sorted(tokens, key=lambda t: t.i)
    if not tokens or syntax.is_anaphoric(tokens):
        return True
    if any(t.lower_ in BACK_POINTING or t.tag_ == "PRP$" for t in tokens):
        return True  # "the resulting programme", "the centenary of its founding"
    head = _head(tokens)
    if head.pos_ == "NUM" or head.ent_type_ == "ORDINAL":
        return True  # "a third", "the second": of what?
    if any(_names(t, head) for t in tokens):
        return False  # "the Geneva forum", "the islands of Etorofu"; not "the Convention"
    if any(t.text[:1].isdigit() for t in tokens if t.i < head.i):
        return False  # "the 1951 treaty"; not "the five men", not "the ship, 299 metres long"
    if tokens[0].lower_ not in DEFINITE:
        return False
    # "the visa-free exchange programme" describes enough to name it; "the railway
    # engineer" or "the British geologists" could be anyone.
    modifiers = [t for t in tokens if t.i < head.i and t.pos_ in {"NOUN", "ADJ"}]
    if len(modifiers) >= 2 or any(t.text == "-" for t in tokens if t.i < head.i):
        return False
    word = head.lower_
    lemma = head.lemma_.lower()
    return bool(
        {word, lemma} & STAND_IN_NOUNS
        or lemma.endswith(("ist", "ologer", "ician"))
        or word.endswith(("ists", "icians"))
    )


# Heads a nationality names on its own: "the Soviet side" is the Soviet Union.
COUNTRY_STAND_INS = {"side", "government", "delegation", "authorities", "party"}


def _names(token, head) -> bool:
    """Whether a word of a noun phrase names it: a proper noun that is no kind word, nor a
    nationality before a role ("the Croatian seismologist" could be anyone Croatian)."""
    if token.pos_ != "PROPN" or kind_word(token):
        return False
    return token.ent_type_ != "NORP" or head.lemma_.lower() in COUNTRY_STAND_INS


def kind_word(token) -> bool:
    """A capitalised word that only says what kind of thing is meant: "the Convention",
    "the four Conventions", "the Committee" stand for a name given before."""
    word = token.lower_
    singular = word[:-1] if token.tag_ in {"NNS", "NNPS"} and word.endswith("s") else word
    return token.pos_ in {"PROPN", "NOUN"} and bool({word, singular} & KIND_NOUNS)


def _head(tokens: list):
    """The token of the phrase whose head lies outside it."""
    ids = {t.i for t in tokens}
    return next((t for t in tokens if t.head.i not in ids or t.head.i == t.i), tokens[-1])


def apposed_name(noun) -> list | None:
    """The name apposed to a noun: "the railway engineer John Frank Stevens" -> the
    engineer's name tokens (with a coordinated second name), or None."""
    for child in noun.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            return sorted(
                (t for t in child.subtree if t.text not in {",", "(", ")"}), key=lambda t: t.i
            )
    return None


def named_subject(subject, tokens: list) -> list | None:
    """The subject's tokens with what names it, or None when it stays a bare reference.

    "the seismologists Thomas C. Hanks and Hiroo Kanamori" keeps role and names; "The
    engineer in charge of the cut, David Du Bose Gaillard," becomes the name alone.
    """
    tokens = without_back_pointing(tokens)
    name = apposed_name(subject)
    if name is None or any(_names(t, subject) for t in tokens):
        return None if unresolved(tokens) else tokens
    if syntax.is_anaphoric(tokens):
        return None
    adjacent = name[0].i == max(t.i for t in tokens) + 1
    return sorted(tokens + name, key=lambda t: t.i) if adjacent else name


PERSONAL = {"it", "they", "them", "he", "she", "him"}


def deictic(tokens, *, antecedents: bool = False) -> bool:
    """A word that points at the context instead of naming: "there", "this", "those", a
    personal pronoun. With ``antecedents``, a personal pronoun after a name in the same
    words is allowed ("Dunant ... because he hoped ...")."""
    named = False
    for token in tokens:
        if token.lower_ in DEICTIC and token.dep_ != "expl":
            return True
        if token.lower_ == "that" and token.dep_ == "det":
            return True  # "that year": which one?
        if token.lower_ in PERSONAL and token.pos_ == "PRON" and not (antecedents and named):
            return True
        named = named or token.pos_ == "PROPN"
    return False


def without_back_pointing(tokens: list) -> list:
    """ "the resulting visa-free exchange programme" still names it without "resulting"."""
    kept = [t for t in tokens if not (t.lower_ in BACK_POINTING and t.dep_ == "amod")]
    content = [t for t in kept if t.pos_ in {"NOUN", "PROPN", "ADJ"}]
    return kept if len(content) >= 2 else tokens


def resolve(site, tokens: list) -> str | None:
    """The name a reference stands for, to write in its place, or None when unsure.

    ``tokens`` is the referring noun phrase of ``site``'s sentence: "he" or "she" -> the one
    person the paragraph's latest sentence about people named; "it" as a clause's subject ->
    the named thing the previous sentence was about; "the treaty" -> the one "Treaty of ..."
    named before in the paragraph (else in the document, else the section's title).
    Anything else ("they", "this", "the engineer", "the new treaty"), or a second
    candidate, gives None.
    """
    tokens = sorted(tokens, key=lambda t: t.i)
    discourse = getattr(site, "discourse", None)
    if not tokens or discourse is None:
        return None
    if len(tokens) == 1 and tokens[0].pos_ == "PRON":
        return _resolve_pronoun(site, tokens[0], discourse)
    if tokens[-1].tag_ == "NNS" or tokens[-1].pos_ == "NUM":
        return _resolve_plural(site, tokens, discourse)
    if len(tokens) == 2 and tokens[0].lower_ == "the" and _resolvable_head(tokens[1]):
        head = tokens[1]
        name = discourse.thing(_thing_key(head))
        if name is None and head.pos_ == "NOUN":  # "the signing": of what the text told
            return event_nouns.event_phrase(head, discourse.previous_events, discourse.full_names)
        if name is None or _rival_named(site, head, name):
            return None
        if head.pos_ == "PROPN" and not _names_head_word(name, head):
            return None  # "the Conventions" is not "the Convention of ...": one or many?
        return name
    return None


def _resolvable_head(head) -> bool:
    """ "the treaty" (a singular common noun), or "the Conventions" (a capitalised kind word,
    whose number the name found must share)."""
    if head.pos_ == "NOUN" and head.tag_ == "NN":
        return True
    return head.pos_ == "PROPN" and kind_word(head)


def _thing_key(head) -> str:
    """The key names are filed under (``antecedents``: the head's lemma, lower-cased)."""
    return head.lemma_.lower()


def _names_head_word(name: str, head) -> bool:
    return head.lower_ in name.lower().split()


def _resolve_pronoun(site, pronoun, discourse) -> str | None:
    if pronoun.dep_ not in {"nsubj", "nsubjpass"}:
        return None  # an object "it" may as well be the clause's own subject
    word = pronoun.lower_
    before = [e for e in site.sent.ents if e.end <= pronoun.i]
    if word in antecedents.PERSON_PRONOUNS:
        person = discourse.person()
        named = antecedents.people_named(site.sent, discourse.full_names, before=pronoun.i)
        if person is None or any(name != person for name in named):
            return None  # "After Smith met Jones, he ...": either
        return person
    if word in antecedents.THING_PRONOUNS and _referential_it(pronoun):
        thing = discourse.subject_thing
        if thing is None or any(e.label_ in antecedents.THING_LABELS for e in before):
            return None
        return thing
    return None


def _referential_it(pronoun) -> bool:
    """ "It opened in 1914", not "It was decided to ..." or "It is likely that ..."."""
    verb = pronoun.head
    return not any(
        c.dep_ in {"ccomp", "xcomp", "csubj", "expl", "attr"} or c.lower_ in {"that", "to"}
        for c in verb.children
    )


def _rival_named(site, head, name: str) -> bool:
    """Whether the sentence itself names another thing of that kind before "the <head>".
    (One named after it is as often the same thing renamed: "..., and in 1915 it was
    renamed the Gaillard Cut".)"""
    lemma = head.lemma_.lower()
    return any(
        ent.root.lemma_.lower() == lemma
        and ent.end <= head.i
        and ent.text.lower() not in name.lower()
        for ent in site.sent.ents
    )


def _resolve_plural(site, tokens: list, discourse) -> str | None:
    """ "all four" and "the four islands" -> the one group of four listed ("the Kel
    Islands", or "Kel, Orm, Tav and Lund"); "the islands" -> the one plural name the
    paragraph gave ("the Kel Islands"), else the section's one named group of islands."""
    head, first = tokens[-1], tokens[0]
    if first.lower_ not in {"the", "all"}:
        return None
    middle = tokens[1:-1]
    if head.pos_ == "NUM" and not middle and head.dep_ != "nummod":
        sure = [g for g in discourse.section_groups if not g.shared_count]
        group = groups.the_one(sure, count=groups.count_of(head))
        return group.written() if group else None
    if head.pos_ != "NOUN":
        return None
    kind = head.lemma_.lower()
    if len(middle) == 1 and middle[0].dep_ == "nummod":
        count = groups.count_of(middle[0])
        group = groups.the_one(discourse.document_groups, count=count, noun=kind)
        return group.written() if group and count else None
    if middle or first.lower_ != "the" or _rival_plural(site, head):
        return None
    plural_name = discourse.plural_thing(head.lower_)
    if plural_name is not None:
        return plural_name
    named = [g for g in discourse.section_groups if g.name and g.members]
    group = groups.the_one(named, noun=kind)
    return group.name if group else None


def _rival_plural(site, head) -> bool:
    """Whether the sentence names a plural of that kind before "the <plurals>"."""
    return any(t.i < head.i and t.tag_ == "NNPS" and t.lower_ == head.lower_ for t in site.sent)


def possessed(site, tokens: list) -> str | None:
    """ "Their combined area" after a sentence about the Kel Islands -> "the combined area
    of the Kel Islands"; None when "their" could mean anything else."""
    tokens = sorted(tokens, key=lambda t: t.i)
    discourse = getattr(site, "discourse", None)
    if discourse is None or discourse.subject_group is None or len(tokens) < 2:
        return None
    owner, rest = tokens[0], tokens[1:]
    if owner.lower_ != "their" or owner.dep_ != "poss" or syntax.is_anaphoric(rest):
        return None
    ids = {t.i for t in rest}
    if any(t.head.i not in ids for t in rest[:-1]) or rest[-1].pos_ != "NOUN":
        return None  # words after the noun ("their area, which ...") do not go before "of"
    if any(t.tag_ in {"NNS", "NNPS", "PRP$", "PRP"} for t in rest[:-1]):
        return None
    if any(t.tag_ in {"NNS", "NNPS"} for t in site.sent if t.i < owner.i):
        return None  # "The ships' crews and their families": theirs
    return f"the {syntax.render(rest)} of {discourse.subject_group}"
