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

from quizzes.generation import inversion, passive_agents, people, person_objects, syntax
from quizzes.generation.drafts import NO_CONTEXT, DocumentContext, Draft, Site
from quizzes.generation.question import AnswerType, Kind
from quizzes.language.names import family_name

KIND = Kind.WHO

MAX_QUESTION_WORDS = 25
MAX_ROLE_WORDS = 14
# Words that leave a question pointing at something the learner cannot see.
POINTING_WORDS = syntax.PRONOUNS - {"that", "one"}
# "Who ...?" without a role must say enough to single the person out.
MIN_IDENTIFYING_WORDS = 4
# Names the parser may coordinate with a person's that are no person: "by X and Sweden by Y".
PLACE_LABELS = {"GPE", "LOC", "NORP"}


def drafts(site: Site, context: DocumentContext = NO_CONTEXT) -> list[Draft]:
    drafts = []
    for ent in site.sent.ents:
        name = people.name_tokens(ent)
        if not people.is_person(ent) or len(name) < 2:
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
    "Ban Ki-moon, who assumed office in January", also after a name apposed to a role: "the
    lawyer Anna Berg, who chaired the board"), else directly."""
    names = [c for c in head.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
    for child in (c for node in (head, *names) for c in node.children):
        if child.dep_ == "relcl" and any(
            c.dep_ == "nsubj" and c.lower_ in syntax.RELATIVE_PRONOUNS for c in child.children
        ):
            return child
    if head.dep_ == "nsubj" and head.head.pos_ in {"VERB", "AUX"}:
        return head.head
    return None


def _coordinated(slot) -> list:
    """The other people coordinated with this one ("Mori and Machimura visited"); not a
    place the parser joins to the name ("represented by X and Sweden by Y")."""
    first = slot
    while first.dep_ == "conj":
        first = first.head
    return [
        t for t in (first, *first.conjuncts) if t.i != slot.i and t.ent_type_ not in PLACE_LABELS
    ]


def _lead(ent, slot) -> str | None:
    """ "Which <role>" or "Who"; None when another person shares the slot and no role tells
    them apart ("Who won the prize?" would have two answers)."""
    role = people.role_tokens(ent)
    if people.generic_role(role):
        return None  # "Which man ...?" says nothing a "Who ...?" does not
    role_text = syntax.render(role).lower()
    for other in _coordinated(slot):
        other_role = [t for t in other.subtree if t.i < other.i and t.dep_ == "compound"]
        if not role or syntax.render(other_role).lower() == role_text:
            return None
    return f"Which {syntax.render(role)}" if role else "Who"


def _clause_question(site: Site, ent, name: list) -> Draft | None:
    slot = people.person_slot(ent)
    if slot.tag_ in {"NNS", "NNPS"} and slot.i != ent.root.i:
        return _pair_question(site, ent, slot)  # "the seismologists Hanks and Kanamori"
    found = _as_subject(slot) or passive_agents.agent_predicate(slot, site)
    if found is None:
        return _acted_on(site, ent, name, slot) or _as_apposed(site, ent, name, slot)
    phrase, rule = found
    lead = _lead(ent, slot)
    if lead is None or lead == "Who" and not _identifies(phrase):
        return _as_apposed(site, ent, name, slot)
    return _draft(site, name, f"{lead} {phrase}?", rule + (":role" if lead != "Who" else ""))


COUNT_WORDS = {2: "two", 3: "three"}


def _pair_question(site: Site, ent, slot) -> Draft | None:
    """ "the seismologists Thomas Hanks and Hiroo Kanamori defined the scale in 1979" ->
    "Which two seismologists defined the scale in 1979?", keyed with both names."""
    first = next((c for c in slot.children if c.dep_ == "appos"), None)
    if first is None or ent.root.i != first.i:
        return None  # asked once, from the first name
    names = [first, *first.conjuncts]
    if len(names) not in COUNT_WORDS or any(n.ent_type_ != "PERSON" for n in names):
        return None
    found = _as_subject(slot) or passive_agents.agent_predicate(slot, site)
    role = [
        t for t in syntax.noun_phrase(slot) if t.i <= slot.i and t.dep_ not in {"det", "nummod"}
    ]
    if found is None or people.generic_role(role) or any(t.dep_ == "poss" for t in role):
        return None
    phrase, rule = found
    prompt = f"Which {COUNT_WORDS[len(names)]} {syntax.render(role)} {phrase}?"
    draft = _draft(site, list(ent.doc[ent.start : names[-1].i + 1]), prompt, rule + ":pair")
    if draft is not None:
        spans = [e for e in site.sent.ents if any(e.start <= n.i < e.end for n in names)]
        families = [family_name(syntax.render(people.name_tokens(e))) for e in spans]
        draft.accepted = [" and ".join([", ".join(families[:-1]), families[-1]])]
    return draft


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
    return person_objects.with_leading_date(phrase, verb), "who:subject"


def _acted_on(site: Site, ent, name: list, slot) -> Draft | None:
    """The person a clause acts on: "shared the prize with X", "hoped to see the emperor X"."""
    role = bool(people.role_tokens(ent))
    prompt = person_objects.eponym_question(site, ent, slot)
    if prompt is not None:
        return _draft(site, name, prompt, "who:eponym" + (":role" if role else ""))
    prompt = person_objects.partner_question(site, ent, slot)
    if prompt is not None:
        return _draft(site, name, prompt, "who:partner" + (":role" if role else ""))
    prompt = person_objects.object_question(site, ent, slot)
    return _draft(site, name, prompt, "who:object:role") if prompt else None


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
    definite = role[0].lower_ == "the" or any(t.dep_ == "poss" and t.head.i == head.i for t in role)
    if not definite and not _bare_office(role, head):
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


def _bare_office(role: list, head) -> bool:
    """ "X, head of the Geneva Water Board, ...": an office written without its article,
    held in something the text names ("of the ..."), is as definite as "the head of"."""
    tied = any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
    return role[0].i == head.i and head.tag_ == "NN" and head.lower_ in people.OFFICES and tied


def _draft(site: Site, name: list, prompt: str, rule: str) -> Draft | None:
    prompt = " ".join(prompt.split())
    words = prompt.rstrip("?").split()
    if len(words) > MAX_QUESTION_WORDS or any(w.lower() in POINTING_WORDS for w in words):
        return None
    answer = syntax.render(name)
    surname = family_name(answer)
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
