"""Two or three named things a clause acts on together, asked as one what-question:

"In 1921 the Alva Company agreed to sell the Rosmer Mill and the Hale Mill to the town."
-> "Which mills did the Alva Company agree to sell to the town in 1921?"
   (Rosmer Mill and Hale Mill; the other order is accepted too)

The question asks by the kind the names share ("mills"), else "What ...?". Every part of
the key is a name (no person: ``rules.who`` asks about people), and none of them may stand in
the question.
"""

from __future__ import annotations

from lemminflect import getInflection

from quizzes.generation import (
    inversion,
    name_drafts,
    people,
    person_objects,
    syntax,
    what_clauses,
)
from quizzes.generation.means_objects import KINDS
from quizzes.generation.named_things import HEAD_TYPES, SMALL_WORDS, NamedThing
from quizzes.generation.question import AnswerType

MAX_PARTS = 3
# Verbs after which a list of names is no fact to learn: "included A and B".
EMPTY_VERBS = {"be", "have", "include", "contain", "comprise", "mention", "list", "become"}
NOT_NAMES = {"PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Places and bodies often stand for the people in them ("Brazil beat Italy and Sweden",
# "the court fined Alva and Brenton"): "What did X beat?" is no English. They are asked
# only as what is owned, handed over, opened or made.
ACTOR_LABELS = PLACE_LABELS | {"ORG", "NORP"}
THING_VERBS = {
    "transfer", "cede", "sell", "buy", "acquire", "purchase", "return", "hand", "lease",
    "annex", "occupy", "capture", "conquer", "seize", "lose", "gain", "open", "close",
    "create", "establish", "found", "merge", "build", "rename",
}  # fmt: skip


def coordinated_question(site, verb) -> tuple[str, NamedThing, list[str]] | None:
    """ "X agreed to transfer A and B to Y" -> ("What did X agree to transfer to Y?", the
    names A and B as one key, the names in the other order)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or verb.lemma_.lower() in EMPTY_VERBS or verb.pos_ != "VERB":
        return None
    parts = _named_parts(obj)
    if parts is None:
        return None
    if any(_actor(part) for part in parts) and verb.lemma_.lower() not in THING_VERBS:
        return None
    chain = person_objects.infinitive_chain(verb)
    top = chain[0]
    if top.dep_ not in {"ROOT", "conj", "ccomp"} or any(what_clauses.refused(v) for v in chain):
        return None
    subject = what_clauses.subject_text(top) or person_objects.acting_subject(site, top)
    rest = what_clauses.rest_text(verb, {t.i for t in obj.subtree})
    if subject is None or rest is None:
        return None
    if top.i != verb.i:
        rest = " ".join(w for w in (rest, name_drafts.dates_text(top)) if w)
    infinitives = " ".join(f"to {v.text}" for v in chain[1:])
    prompt = inversion.invert(top, subject, f"{infinitives} {rest}".strip(), _wh(parts))
    if prompt is None or _shown(parts, prompt):
        return None
    tokens = list(obj.doc[parts[0][0].i : parts[-1][-1].i + 1])
    thing = NamedThing(tokens, "", _answer_type(parts))
    return prompt, thing, _other_orders(parts)


def _named_parts(obj) -> list[list] | None:
    """The names coordinated in the object, each without its article: "the Orva Islands
    and Tisel" -> [Orva Islands], [Tisel]; None unless each part is a name."""
    heads = [obj, *obj.conjuncts]
    if not 2 <= len(heads) <= MAX_PARTS or any(h.dep_ not in {"dobj", "conj"} for h in heads):
        return None
    parts = []
    for head in heads:
        ent = next((e for e in head.sent.ents if e.start <= head.i < e.end), None)
        if head.pos_ != "PROPN" or head.ent_type_ in NOT_NAMES:
            return None
        if ent is not None and people.is_person(ent):
            return None
        words = [t for t in syntax.noun_phrase(head) if t.dep_ != "det"]
        if not words or not all(t.text[:1].isupper() or t.lower_ in SMALL_WORDS for t in words):
            return None
        parts.append(sorted(words, key=lambda t: t.i))
    return parts


def _actor(part: list) -> bool:
    """A place or a body, which may stand for people; not a law, a plan or an event, however
    the tagger labels it ("the Nile Basin Initiative")."""
    head = part[-1]
    thing_kind = HEAD_TYPES.get(head.lower_) not in {None, AnswerType.ORGANIZATION}
    return head.ent_type_ in ACTOR_LABELS and not thing_kind


def _wh(parts: list[list]) -> str:
    """ "Which islands" when every name ends in the same kind word, else "What"."""
    kinds = {part[-1].lemma_.lower() for part in parts}
    kind = next(iter(kinds))
    if len(kinds) != 1 or kind not in KINDS and kind not in HEAD_TYPES:
        return "What"
    plural = getInflection(kind, tag="NNS")
    return f"Which {plural[0]}" if plural else "What"


def _shown(parts: list[list], prompt: str) -> bool:
    """A name of the key already stands in the question."""
    words = set(prompt.rstrip("?").split())
    return any(t.text in words for part in parts for t in part if t.lower_ not in KINDS)


def _answer_type(parts: list[list]) -> AnswerType:
    if all(part[-1].ent_type_ in PLACE_LABELS for part in parts):
        return AnswerType.PLACE
    return AnswerType.TERM


def _other_orders(parts: list[list]) -> list[str]:
    """The names in the other order, with and without the article the text gave them."""
    texts = [syntax.render(part) for part in reversed(parts)]
    joined = ", ".join(texts[:-1]) + " and " + texts[-1]
    return [joined]
