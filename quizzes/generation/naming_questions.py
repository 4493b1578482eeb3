"""Names given to things and words quoted about them, asked as what-questions.

Renaming:   "The Pavlov Institute was renamed the Institute of Physiology in 1925." ->
            "What was the Pavlov Institute renamed in 1925?"
Also called: "The Vienna Observatory, commonly known as the Old Tower, ..." -> "What is the
            Vienna Observatory commonly known as?"
A name taken: "In 1902 the Hanover club adopted the name Arminia." -> "What name did the
            Hanover club adopt in 1902?"
Declared:   "The assembly proclaimed 2009 the International Year of Astronomy." -> "What
            did the assembly proclaim 2009 to be?"
Quoted words ("How did X describe Y?") are asked in ``quoted_descriptions``.

"X is called Y" with its own subject is a definition (rules/definition.py), not asked here.
"""

from __future__ import annotations

from lemminflect import getInflection

from quizzes.generation import (
    described_names,
    inversion,
    name_drafts,
    named_things,
    place_phrases,
    syntax,
    what_clauses,
)
from quizzes.generation.drafts import Draft, Site
from quizzes.generation.question import AnswerType
from quizzes.generation.quoted_descriptions import quoted_description

RENAMING_VERBS = {"rename", "rechristen", "retitle", "nickname"}
# Verbs of a name set beside the thing: "X, usually called Y", "X, known as Y".
APPOSED_NAMING_VERBS = {"call", "know", "name", "nickname", "dub", "rename", "term"}
# Adverbs saying the name belongs to the past: "X, later called Y" -> "What was X ...".
# A place renamed keeps being a place, whatever the tagger makes of its new name.
PLACE_NOUNS = {
    "town",
    "village",
    "city",
    "capital",
    "port",
    "harbour",
    "harbor",
    "island",
    "river",
    "lake",
    "mountain",
    "street",
    "square",
    "province",
    "colony",
    "territory",
    "district",
    "county",
    "region",
}
NAMING_ADVERBS = {
    "usually",
    "commonly",
    "also",
    "now",
    "today",
    "often",
    "popularly",
    "locally",
    "sometimes",
    "simply",
    "officially",
    "informally",
    "widely",
    "generally",
    "better",
    "later",
    "then",
    "formerly",
    "originally",
    "once",
    "soon",
    "briefly",
}
PAST_ADVERBS = {"later", "then", "formerly", "originally", "once", "soon", "briefly"}
NAME_TAKING_VERBS = {"adopt", "take", "assume", "choose", "receive", "acquire", "get"}
DECLARING_VERBS = {"declare", "proclaim", "designate"}


def drafts(site: Site) -> list[Draft]:
    found = []
    for token in site.sent:
        if token.pos_ != "VERB" or what_clauses.refused(token):
            continue
        lemma = token.lemma_.lower()
        for maker in (_renamed, _apposed_name, _name_taken, _declared, quoted_description):
            draft = maker(site, token, lemma)
            if draft is not None:
                found.append(draft)
    return found


def _renamed(site: Site, verb, lemma: str) -> Draft | None:
    """ "X was renamed Y in 1925" or "A renamed X Y in 1925" -> "What was X renamed in 1925?"."""
    if lemma not in RENAMING_VERBS:
        return None
    if verb.tag_ == "VBN" and inversion.auxiliaries(verb):
        old = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    else:
        old = next((c for c in verb.children if c.dep_ == "dobj"), None)
    new = next((c for c in verb.children if c.dep_ in {"oprd", "attr"}), None)
    if old is None or new is None:
        return None
    old_text = name_drafts.named_text(old) or _owned_by_subject(verb, old)
    if old_text is None:
        return None
    participle = (getInflection(lemma, tag="VBN") or [verb.text])[0]
    prompt = inversion.question_text("What was", old_text, participle, name_drafts.dates_text(verb))
    place = old.ent_type_ in place_phrases.PLACE_LABELS or old.lemma_.lower() in PLACE_NOUNS
    return name_drafts.name_draft(
        site, prompt, new, "what:renamed", AnswerType.PLACE if place else None
    )


def _owned_by_subject(verb, old) -> str | None:
    """ "The Hanover Club renamed its boathouse ..." -> "the Hanover Club's boathouse": the
    possessive written out with the subject it stands for, when that subject is named."""
    owner = next((c for c in old.children if c.dep_ == "poss"), None)
    subject = syntax.subject_of(verb)
    if owner is None or owner.tag_ != "PRP$" or subject is None or old.tag_ != "NN":
        return None
    plural = subject.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in subject.children)
    if owner.lower_ != ("their" if plural else "its"):
        return None  # "his", "her": a person's, asked elsewhere
    subject_text = what_clauses.subject_text(verb)
    rest = [t for t in syntax.noun_phrase(old) if t.i > owner.i]
    if subject_text is None or not rest or not any(t.pos_ == "PROPN" for t in subject.subtree):
        return None  # "the four sisters' shop": which sisters?
    mark = "'" if subject_text.endswith("s") else "'s"
    return f"{subject_text}{mark} {syntax.render(rest)}"


def _apposed_name(site: Site, verb, lemma: str) -> Draft | None:
    """ "X, usually called Y," -> "What is X usually called?"."""
    if lemma not in APPOSED_NAMING_VERBS or verb.tag_ not in {"VBN", "VBD"}:
        return None
    if inversion.auxiliaries(verb):
        return None  # "X is called Y": a definition
    adverbs = [c for c in verb.children if c.dep_ == "advmod" and c.i < verb.i]
    if any(a.lower_ not in NAMING_ADVERBS for a in adverbs):
        return None  # "The minister, however, called ...": a speaker, not a name
    start = min([verb.i, *(a.i for a in adverbs)])
    if start < 2 or verb.doc[start - 1].text != ",":
        return None
    subject = syntax.subject_of(verb)
    if subject is not None and subject.right_edge.i not in {start - 2, start - 1}:
        return None  # the parser read "X, called Y" as a clause; any other subject is one
    named = _phrase_before(verb.doc[start - 2])
    new, as_phrase = _given_name(verb)
    if named is None or new is None:
        return None
    long_name = _whole_name_before(verb.doc[start - 2]) or []
    named = described_names.described(long_name, new) or named
    past = any(a.lower_ in PAST_ADVERBS for a in adverbs) or lemma in {"name", "rename", "dub"}
    words = [a.text for a in adverbs] + [verb.text] + (["as"] if as_phrase else [])
    extra = [
        c for c in verb.children if c.dep_ == "prep" and c.lower_ != "as" and c.i < new.i
    ]  # "known in English as ...": the language the name is in
    if any(t.ent_type_ in {"LANGUAGE", "NORP"} for c in extra for t in c.subtree):
        return None  # "known in English as ...": a translation tests the language, not the text
    extra_text = syntax.render([t for c in extra for t in c.subtree])
    prompt = inversion.question_text(
        "What", "was" if past else "is", named, " ".join(words), extra_text
    )
    return name_drafts.name_draft(site, prompt, new, "what:also_called")


def _given_name(verb):
    """The name a naming verb gives, and the "as" that introduces it, if any."""
    direct = next((c for c in verb.children if c.dep_ in {"oprd", "dobj", "attr"}), None)
    if direct is not None:
        return direct, None
    as_phrase = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    name = next((c for c in as_phrase.children if c.dep_ == "pobj"), None) if as_phrase else None
    return name, as_phrase


def _phrase_before(token) -> str | None:
    """The named phrase ending at ``token``, as a question states it."""
    tokens = _whole_name_before(token)
    return name_drafts.named_text_of(tokens) if tokens else None


def _whole_name_before(token) -> list | None:
    """The name ending at ``token``, through a "the" inside it: "the Statement on Trade for
    the Northern Seas" is one name, not "the Northern Seas"; None when the words say the
    name goes on to the left but the parser hung the phrase elsewhere."""
    tokens = named_things.name_before(token)
    doc = token.doc
    while tokens and tokens[0].i - 2 >= token.sent.start:
        link, before = doc[tokens[0].i - 1], doc[tokens[0].i - 2]
        if link.pos_ != "ADP" or not link.is_lower or not before.text[:1].isupper():
            break  # "began with the Treaty of ...": the name starts here
        if link.head.i != before.i and link.head not in before.ancestors:
            return None  # "the Plan for X for the Northern Coast", the last "for" on the verb
        outer = named_things.name_before(before)
        if not outer:
            return None
        tokens = [*outer, link, *tokens]
    return tokens


def _name_taken(site: Site, verb, lemma: str) -> Draft | None:
    """ "In 1902 the club adopted the name Arminia." -> "What name did the club adopt in
    1902?"."""
    if lemma not in NAME_TAKING_VERBS:
        return None
    name_noun = next(
        (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "name"), None
    )
    if name_noun is None or any(c.dep_ == "poss" for c in name_noun.children):
        return None  # "took its name from ...": where a name comes from, not what it is
    new = next((c for c in name_noun.children if c.dep_ in {"appos", "compound", "oprd"}), None)
    if new is None or new.i < name_noun.i:
        new = _capitalised_after(name_noun)
    subject = what_clauses.subject_text(verb)
    if new is None or subject is None:
        return None
    prompt = inversion.invert(verb, subject, name_drafts.dates_text(verb), "What name")
    return name_drafts.name_draft(site, prompt, new, "what:name_taken") if prompt else None


def _capitalised_after(noun):
    """ "the name Royal Society": the parser may hang the name anywhere; take the capitalised
    word right after "name" when it heads a phrase of its own."""
    doc = noun.doc
    following = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if following is None or not following.text[:1].isupper() or following.pos_ != "PROPN":
        return None
    head = following
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    return head


def _declared(site: Site, verb, lemma: str) -> Draft | None:
    """ "The assembly proclaimed 2009 the International Year of Astronomy." -> "What did
    the assembly proclaim 2009 to be?" (International Year of Astronomy)."""
    if lemma not in DECLARING_VERBS or verb.tag_ != "VBD":
        return None
    found = _declared_parts(verb)
    subject = what_clauses.subject_text(verb)
    if found is None or subject is None:
        return None
    year, name = found
    if name.ent_type_ in {"PERSON", "GPE", "LOC"}:
        return None
    # "What did the assembly proclaim 2009?" reads as a list of things proclaimed.
    prompt = inversion.invert(verb, subject, f"{year.text} to be", "What")
    return name_drafts.name_draft(site, prompt, name, "what:declared") if prompt else None


def _declared_parts(verb):
    """The year declared and the name given to it, in either shape the parser reads:
    "2009" with the name in apposition, or the name with "2009" as its number."""
    declared = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if declared is None:
        return None
    if declared.like_num and declared.ent_type_ == "DATE":
        name = next((c for c in declared.children if c.dep_ == "appos"), None)
        name = name or _name_beside(verb, declared)
        return (declared, name) if name is not None else None
    year = next((c for c in declared.children if c.dep_ == "nummod" and c.i < declared.i), None)
    if year is None or year.ent_type_ != "DATE" or declared.pos_ != "PROPN":
        return None
    if verb.doc[year.i + 1].lower_ != "the":
        return None  # "declared 1979 International Year": no sure boundary
    return year, declared


def _name_beside(verb, year):
    """ "declared 2009 the "Kessar Heritage Year"": the name hung on the verb, right after
    the year and its article."""
    following = year.doc[year.i + 1] if year.i + 1 < len(year.doc) else None
    name = next(
        (
            c
            for c in verb.children
            if c.dep_ in {"npadvmod", "oprd", "attr"} and c.pos_ == "PROPN" and c.i > year.i
        ),
        None,
    )
    if name is None or following is None or following.lower_ != "the":
        return None
    return name if name.left_edge.i == following.i else None
