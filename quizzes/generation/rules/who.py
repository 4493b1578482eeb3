"""Who-questions about named people, with their role as context when the text gives one.

"US Secretary of Defense Robert Gates, who visited Japan in November 2007"
    -> "Which US Secretary of Defense visited Japan in November 2007?"  (Robert Gates)
"The Treaty of Kiel was signed on 14 January 1814 by the Danish envoy Edmund Bourke."
    -> "Which Danish envoy signed the Treaty of Kiel on 14 January 1814?"  (Edmund Bourke)
"Yoshiro Mori, special Envoy of the Prime Minister, and ... visited New York ..."
    -> "Who, as special Envoy of the Prime Minister, visited New York ...?"  (Yoshiro Mori)
"In 2006 Ellen Johnson Sirleaf, the President of Liberia, ..."
    -> "Who was the President of Liberia in 2006?"  (Ellen Johnson Sirleaf)

Refused: pronoun subjects, "the meeting" and other things the sentence does not name, two
people a question could not tell apart, and "Who ...?" predicates that could fit anyone.
The key is the name without honorifics; the family name is offered as well (the engine keeps
it only where the document uses it alone).
"""

from __future__ import annotations

from lemminflect import getInflection

from quizzes.generation import clauses, inversion, passive_agents, people, references, syntax
from quizzes.generation.drafts import NO_CONTEXT, DocumentContext, Draft, Site
from quizzes.generation.question import AnswerType, Kind

KIND = Kind.WHO

MAX_QUESTION_WORDS = 25
MAX_ROLE_WORDS = 14
# Words that leave a question pointing at something the learner cannot see.
POINTING_WORDS = syntax.PRONOUNS - {"that", "one"}
# "Who ...?" without a role must say enough to single the person out.
MIN_IDENTIFYING_WORDS = 4


def drafts(site: Site, context: DocumentContext = NO_CONTEXT) -> list[Draft]:
    drafts = []
    for ent in site.sent.ents:
        name = people.name_tokens(ent)
        if ent.label_ != "PERSON" or len(name) < 2:
            continue  # a surname alone is usually a second mention: ask about the first
        made = [_clause_question(site, ent, name), _identity_question(site, ent, name)]
        drafts.extend(draft for draft in made if draft is not None)
    return drafts


def _verb_phrase(verb, dropped: frozenset[int] = frozenset()) -> str | None:
    """The predicate as written: auxiliaries, verb and what follows it."""
    auxes = inversion.auxiliaries(verb)
    rest = syntax.render(inversion.complements(verb, set(dropped)))
    if not rest or any(c.dep_ == "neg" for c in verb.children):
        return None  # "Who has been working?" says nothing worth asking
    words = [*(a.text for a in auxes), verb.text, rest]
    return " ".join(w for w in words if w)


def _clause_verb(head):
    """The verb this person is the subject of: through 'who' first (the more specific fact,
    "Ban Ki-moon, who assumed office in January"), else directly."""
    for child in head.children:
        if child.dep_ == "relcl" and any(
            c.dep_ == "nsubj" and c.lower_ in syntax.RELATIVE_PRONOUNS for c in child.children
        ):
            return child
    if head.dep_ == "nsubj" and head.head.pos_ in {"VERB", "AUX"}:
        return head.head
    return None


def _coordinated(slot) -> list:
    """The other people coordinated with this one ("Mori and Machimura visited")."""
    first = slot
    while first.dep_ == "conj":
        first = first.head
    return [t for t in (first, *first.conjuncts) if t.i != slot.i]


def _lead(ent, slot) -> str | None:
    """ "Which <role>" or "Who"; None when another person shares the slot and no role tells
    them apart ("Who won the prize?" would have two answers)."""
    role = people.role_tokens(ent)
    role_text = syntax.render(role).lower()
    for other in _coordinated(slot):
        other_role = [t for t in other.subtree if t.i < other.i and t.dep_ == "compound"]
        if not role or syntax.render(other_role).lower() == role_text:
            return None
    return f"Which {syntax.render(role)}" if role else "Who"


def _clause_question(site: Site, ent, name: list) -> Draft | None:
    slot = people.person_slot(ent)
    if slot.tag_ in {"NNS", "NNPS"} and slot.i != ent.root.i:
        return None  # "the seismologists Hanks and Kanamori defined ...": two answers
    found = _as_subject(slot) or passive_agents.agent_predicate(slot, site)
    if found is None:
        return _as_partner(site, ent, name, slot) or _as_apposed(site, ent, name, slot)
    phrase, rule = found
    lead = _lead(ent, slot)
    if lead is None or lead == "Who" and not _identifies(phrase):
        return _as_apposed(site, ent, name, slot)
    return _draft(site, name, f"{lead} {phrase}?", rule + (":role" if lead != "Who" else ""))


def _as_subject(slot) -> tuple[str, str] | None:
    verb = _clause_verb(slot)
    if verb is None or verb.tag_ not in {"VBD", "VBZ", "VBP"} and not inversion.auxiliaries(verb):
        return None
    if verb.dep_ == "relcl" and inversion.relative_object(verb) is not None:
        return None  # "the camp that Amundsen set up": Amundsen is not the antecedent
    if _coordinated(slot) and not any(c.dep_ in {"dobj", "attr", "ccomp"} for c in verb.children):
        return None  # "Mori and Putin met in Irkutsk": the question is whom he met
    phrase = _verb_phrase(verb)
    if not phrase:
        return None
    return _with_leading_date(phrase, verb), "who:subject"


def _with_leading_date(phrase: str, verb) -> str:
    """A date written before the subject still says when: "In 1905 the engineer X became
    chief engineer" -> "... became chief engineer in 1905"."""
    dates = [
        c
        for c in verb.children
        if c.i < verb.i
        and c.dep_ in {"prep", "npadvmod"}
        and any(t.ent_type_ == "DATE" for t in c.subtree)
        and len(list(c.subtree)) <= 5
    ]
    if not dates or any(t.ent_type_ == "DATE" for t in verb.subtree if t.i > verb.i):
        return phrase
    if any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children):
        return phrase  # the date would seem to belong to the reported clause
    date = syntax.render(list(dates[0].subtree))
    if dates[0].pos_ == "ADP":
        date = date[0].lower() + date[1:]  # "In 1905" opened the sentence
    return f"{phrase} {date}"


def _as_partner(site: Site, ent, name: list, slot) -> Draft | None:
    """ "In 1901 he shared the prize with the campaigner X" -> "With which campaigner did
    <the person named before> share the prize in 1901?": the person someone acted with."""
    prep = slot.head
    verb = prep.head
    if slot.dep_ != "pobj" or prep.lower_ != "with" or prep.dep_ != "prep":
        return None
    if verb.tag_ != "VBD" or inversion.auxiliaries(verb) or clauses.garbled(verb):
        return None  # do-support is only sure for a plain past: "shared" -> "did ... share"
    if _coordinated(slot) or any(c.dep_ == "neg" for c in verb.children):
        return None
    subject = syntax.subject_of(verb)
    if subject is None or subject.lower_ in syntax.RELATIVE_PRONOUNS:
        return None
    tokens = [subject] if subject.pos_ == "PRON" else syntax.noun_phrase(subject, keep_conj=True)
    subject_text = references.resolve(site, tokens)
    if subject_text is None:
        named = references.named_subject(subject, tokens)  # "the composer Emil Varga"
        if not named or not any(t.pos_ == "PROPN" for t in named):
            return None
        subject_text = inversion.lower_first(named)
    rest_tokens = inversion.complements(verb, {prep.i, *(t.i for t in subject.subtree)})
    if any(t.ent_type_ == "PERSON" for t in rest_tokens):
        return None  # "toured with X and met Y": keep to one person per question
    rest_tokens = [t for t in rest_tokens if t.i < prep.i or t.i > prep.right_edge.i]
    if not rest_tokens or references.deictic(rest_tokens):
        return None
    base = getInflection(verb.lemma_, tag="VB")
    clause = f"{subject_text} {base[0] if base else verb.lemma_} {syntax.render(rest_tokens)}"
    role = people.role_tokens(ent)
    lead = f"With which {syntax.render(role)}" if role else "With whom"
    prompt = f"{lead} did {_with_leading_date(clause, verb)}?"
    return _draft(site, name, prompt, "who:partner" + (":role" if role else ""))


def _identifies(phrase: str) -> bool:
    """Whether a predicate says enough to point at one person: a name, a number or date, or
    several content words ("Who was travelling in the area?" could be anyone)."""
    words = phrase.split()
    named = any(w[:1].isupper() or w[:1].isdigit() for w in words)
    content = [w for w in words if len(w) > 3 and w.lower() not in _FUNCTION_WORDS]
    return named or len(content) >= MIN_IDENTIFYING_WORDS


_FUNCTION_WORDS = {"were", "been", "being", "have", "that", "with", "from", "into", "this", "than"}


def _as_apposed(site: Site, ent, name: list, slot) -> Draft | None:
    """'NAME, ROLE, ... VERB ...' -> 'Who, as ROLE, VERB ...?'"""
    appos = people.apposed_role(ent)
    if appos is None:
        return None
    role = syntax.noun_phrase(appos)
    if not role or not any(t.text[0].isupper() for t in role):
        return None
    subject = slot
    while subject.dep_ == "conj":
        subject = subject.head
    if subject.dep_ != "nsubj":
        return None
    phrase = _verb_phrase(subject.head)
    if not phrase or not _identifies(phrase):
        return None
    return _draft(site, name, f"Who, as {syntax.render(role)}, {phrase}?", "who:apposition")


def _identity_question(site: Site, ent, name: list) -> Draft | None:
    """ "X, the Y of Z, ..." or "Z's Y, X, ..." -> "Who was the Y of Z?": only a definite role
    tied to something names one person; an office ("the President of Liberia") also needs
    the year the sentence is about."""
    slot = people.person_slot(ent)
    if slot.i != ent.root.i:
        head, role = slot, syntax.noun_phrase(slot)
    else:
        head = people.apposed_role(ent)
        role = syntax.balanced(syntax.trim_punct(list(head.subtree))) if head else []
    if not role or syntax.is_anaphoric(role) or len(role) > MAX_ROLE_WORDS:
        return None
    if role[0].lower_ != "the" and not any(t.dep_ == "poss" and t.head.i == head.i for t in role):
        return None  # "a businessman from Geneva" is one of many
    if not people.specific_role(role, head):
        return None
    when = ""
    office = {t.lower_ for t in role} & people.OFFICES or head.lemma_.lower() in people.OFFICES
    if office and not any(t.ent_type_ == "ORDINAL" for t in role):
        year = people.year_in(site.sent)
        if year is None:
            return None  # "Who was the President of Liberia?" depends on when
        when = f" in {year}"
    verb = "is" if site.sent.root.tag_ in {"VBZ", "VBP"} and not when else "was"
    role_text = inversion.lower_first(role)
    return _draft(site, name, f"Who {verb} {role_text}{when}?", "who:identity")


def _draft(site: Site, name: list, prompt: str, rule: str) -> Draft | None:
    prompt = " ".join(prompt.split())
    words = prompt.rstrip("?").split()
    if len(words) > MAX_QUESTION_WORDS or any(w.lower() in POINTING_WORDS for w in words):
        return None
    answer = syntax.render(name)
    surname = people.family_name(answer)
    return Draft(
        kind=Kind.WHO,
        prompt=prompt,
        answer=answer,
        answer_type=AnswerType.PERSON,
        rule=rule,
        confidence=0.85,
        site=site,
        accepted=[surname] if surname != answer else [],
    )
