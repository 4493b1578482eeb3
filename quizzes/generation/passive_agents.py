"""Who did a thing written in the passive: "The summit was chaired by X" or "..., signed by
X" gives the predicate "chaired the summit" for a who-question, with the verb turned active
and the thing done named as the text names it."""

from __future__ import annotations

from lemminflect import getInflection

from quizzes.generation import inversion, occasions, person_objects, references, syntax
from quizzes.generation.drafts import Site

# Names of a place, time, person, group or count: where or when a thing was done, or by
# whom, never the thing a participle clause says was done ("in Kiel, signed by X").
NOT_THINGS = {"GPE", "LOC", "DATE", "TIME", "PERSON", "NORP", "CARDINAL"}
# What a gapped second clause may be about: "... and Sweden by Y", "... and the union by Y".
GAPPED_SUBJECTS = {"GPE", "ORG", "NORP", "LOC"}


def agent_predicate(slot, site: Site | None = None) -> tuple[str, str] | None:
    """ "The summit was chaired by X" / "..., chaired by X" -> "chaired the summit"."""
    agent = slot.head
    verb = agent.head
    if slot.dep_ != "pobj" or agent.dep_ != "agent" or verb.tag_ != "VBN":
        return None
    gapped = _gapped_clause(verb)
    if gapped is not None and agent.i == gapped[1].i:
        done = syntax.noun_phrase(gapped[0])  # "... and Sweden by Y": Y represented Sweden
    else:
        done = _passive_object(verb)
    if done is None or any(c.dep_ == "neg" for c in verb.children):
        return None
    done_text = inversion.lower_first(done)
    if _vague(done) or references.unresolved(done):
        # "The treaty was drafted by X": the treaty the paragraph named, or no question.
        done_text = references.resolve(site, done) if site is not None else None
        if done_text is None:
            return None
    active = active_verb(verb)
    if active is None:
        return None
    agents = {c.i for c in verb.children if c.dep_ == "agent"} if gapped else {agent.i}
    kept = inversion.complements(verb, agents)
    if verb.dep_ in {"acl", "advcl"}:
        kept = [t for t in kept if t.i < agent.i]  # what follows belongs to the main clause
    if any(t.lower_ == "by" for t in kept):
        return None  # two agents the question could not tell apart
    rest = syntax.render(kept)
    if occasions.needs_occasion(verb):
        occasion = occasions.occasion_before(verb.sent)
        if occasion is None:
            return None  # "Who represented Norway?": on which occasion?
        rest = " ".join(w for w in (rest, occasion) if w)
    phrase = " ".join(w for w in (active, done_text, rest) if w)
    return person_objects.with_leading_date(phrase, verb), "who:agent"


def _gapped_clause(verb):
    """ "Norway was represented by X and Sweden by Y": the second subject ("Sweden"), which
    the parser coordinates with X, and the second agent; None without that shape."""
    agents = sorted((c for c in verb.children if c.dep_ == "agent"), key=lambda c: c.i)
    if len(agents) != 2:
        return None
    first, second = agents
    subject = next(
        (
            t
            for t in first.subtree
            if t.dep_ == "conj" and first.i < t.i < second.i and t.ent_type_ in GAPPED_SUBJECTS
        ),
        None,
    )
    return (subject, second) if subject is not None else None


def _passive_object(verb) -> list | None:
    """What the passive verb is about: its subject, the noun a participle hangs on, or the
    subject of the clause a participle clause adds to."""
    if verb.dep_ == "acl" and verb.head.ent_type_ not in {"DATE", "TIME", "CARDINAL"}:
        return syntax.noun_phrase(verb.head)
    if verb.dep_ == "acl":  # "held on 6 November 2009, hosted by ...": hangs on the date
        verb = verb.head
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
    elif verb.dep_ == "advcl":
        named = _named_thing_before(verb)
        if named is not None:
            return named  # "... led to the Treaty of Kiel, signed by X": the treaty
        verb = verb.head
    subject = syntax.subject_of(verb)
    if subject is None or subject.lower_ in syntax.RELATIVE_PRONOUNS:
        return None
    tokens = syntax.noun_phrase(subject)
    return None if syntax.is_anaphoric(tokens) else tokens


def _named_thing_before(participle) -> list | None:
    """The name a participle clause follows directly ("the Treaty of Kiel, signed by X"):
    what it is about, rather than the subject of the clause. Not a place or a date."""
    doc = participle.doc
    if participle.i < 2 or doc[participle.i - 1].text != ",":
        return None
    head = doc[participle.i - 2]
    while head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ == "PROPN":
        head = head.head.head  # "Kiel" -> "Treaty" in "the Treaty of Kiel"
    if head.pos_ != "PROPN" or head.ent_type_ in NOT_THINGS:
        return None
    return syntax.noun_phrase(head)


def _vague(tokens: list) -> bool:
    """ "the meeting" alone could be any meeting; "the 1998 meeting", "the Geneva summit" and
    "the first meeting of the council" say which."""
    content = [t for t in tokens if t.dep_ not in {"det", "punct"}]
    return len(content) < 2 and not any(t.pos_ in {"PROPN", "NUM"} for t in tokens)


def active_verb(verb) -> str | None:
    """The active form of a passive verb in the tense of its auxiliary."""
    auxes = inversion.auxiliaries(verb)
    passive = next((a for a in auxes if a.dep_ == "auxpass"), None)
    others = [a for a in auxes if a.dep_ == "aux"]
    if others:  # "has been signed" -> "has signed"; "will be opened" -> "will open"
        tag = "VBN" if others[-1].lemma_ == "have" else "VB"
        prefix = " ".join(a.text for a in others) + " "
    else:
        tag = "VBZ" if passive is not None and passive.tag_ in {"VBZ", "VBP"} else "VBD"
        prefix = ""
    forms = getInflection(verb.lemma_, tag=tag)
    return prefix + forms[0] if forms else None
