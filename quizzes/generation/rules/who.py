"""Who-questions about named people, with their role as context when the text gives one.

"US Secretary of Defense Robert Gates, who visited Japan in November 2007"
    -> "Which US Secretary of Defense visited Japan in November 2007?"  (Robert Gates)
"Yoshiro Mori, special Envoy of the Prime Minister, and ... visited New York ..."
    -> "Who, as special Envoy of the Prime Minister, visited New York ...?"  (Yoshiro Mori)
"""

from __future__ import annotations

from quizzes.generation import syntax
from quizzes.generation.drafts import NO_CONTEXT, DocumentContext, Draft, Site
from quizzes.generation.question import AnswerType, Kind

KIND = Kind.WHO

MAX_QUESTION_WORDS = 30
HONORIFICS = {
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "sir",
    "dame",
    "lady",
    "lord",
    "madam",
    "professor",
    "prof",
    "saint",
    "st",
}
NAME_SUFFIXES = {"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"}


def drafts(site: Site, context: DocumentContext = NO_CONTEXT) -> list[Draft]:
    drafts = []
    for ent in site.sent.ents:
        if ent.label_ != "PERSON" or len(ent) < 2:
            continue  # a surname alone is usually a second mention: ask about the first
        for draft in (_as_subject(site, ent), _as_apposed(site, ent)):
            if draft and len(draft.prompt.split()) <= MAX_QUESTION_WORDS:
                drafts.append(draft)
                break
    return drafts


def role_tokens(ent) -> list:
    """Title words written before the name in the same phrase: "US Secretary of Defense"."""
    head = ent.root
    role = [
        t
        for t in head.subtree
        if t.i < ent.start
        and t.dep_ not in {"det", "cc", "poss"}
        and not (t.dep_ == "punct" and t.text in syntax.BREAKING_PUNCT | {"(", ")"})
        and _within_phrase(t, head)
    ]
    if not role or not any(t.pos_ == "PROPN" or t.text[0].isupper() for t in role):
        return []
    if all(t.lower_.rstrip(".") in HONORIFICS for t in role):
        return []  # "Lady Mary Wortley Montagu": a form of address, not a role
    return role


def _within_phrase(token, head) -> bool:
    node = token
    while node.i != head.i:
        if node.dep_ in {"conj", "appos", "relcl", "acl"}:
            return False
        node = node.head
    return True


def _verb_phrase(verb) -> str | None:
    """The predicate as written: auxiliaries, verb and what follows it."""
    auxes = syntax.auxiliaries(verb)
    rest = syntax.render(syntax.complements(verb, set()))
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
        if any(c.dep_ == "conj" for c in head.children):
            return None  # "Mori and Machimura visited": 'who' would have two answers
        return head.head
    return None


def _as_subject(site: Site, ent) -> Draft | None:
    verb = _clause_verb(ent.root)
    if verb is None or verb.tag_ not in {"VBD", "VBZ", "VBP"} and not syntax.auxiliaries(verb):
        return None
    phrase = _verb_phrase(verb)
    if not phrase:
        return None
    relative_object = syntax.relative_object(verb) if verb.dep_ == "relcl" else None
    if relative_object is not None:
        return None  # "the camp that Amundsen set up": Amundsen is not the antecedent
    role = role_tokens(ent)
    lead = f"Which {syntax.render(role)}" if role else "Who"
    return _draft(site, ent, f"{lead} {phrase}?", "who:subject" + (":role" if role else ""))


def _as_apposed(site: Site, ent) -> Draft | None:
    """'NAME, ROLE, ... VERB ...' -> 'Who, as ROLE, VERB ...?'"""
    appos = next((c for c in ent.root.children if c.dep_ == "appos"), None)
    if appos is None or appos.i < ent.end:
        return None
    role = syntax.noun_phrase(appos)
    if not role or syntax.is_anaphoric(role) or not any(t.text[0].isupper() for t in role):
        return None
    subject = ent.root
    while subject.dep_ == "conj":
        subject = subject.head
    if subject.dep_ != "nsubj":
        return None
    phrase = _verb_phrase(subject.head)
    if not phrase:
        return None
    role_text = syntax.render(role)
    return _draft(site, ent, f"Who, as {role_text}, {phrase}?", "who:apposition")


def _draft(site: Site, ent, prompt: str, rule: str) -> Draft:
    prompt = " ".join(prompt.split())
    surname = _family_name(ent.text)
    return Draft(
        kind=Kind.WHO,
        prompt=prompt[0].upper() + prompt[1:],
        answer=ent.text,
        answer_type=AnswerType.PERSON,
        rule=rule,
        confidence=0.85,
        site=site,
        accepted=[surname] if surname != ent.text else [],
    )


def _family_name(name: str) -> str:
    """ "Robert Gates" -> "Gates"; "Ban Ki-moon" -> "Ban" (a hyphenated given name comes last)."""
    words = [w for w in name.split() if w.lower() not in NAME_SUFFIXES] or name.split()
    last = words[-1]
    if len(words) > 1 and "-" in last and last.split("-")[1][:1].islower():
        return words[0]
    return last
