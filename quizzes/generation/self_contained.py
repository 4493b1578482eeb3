"""The last check on every question, whatever its kind: does the text a learner reads name
what it is about?

A question keeps the words of its sentence, and a sentence leans on the ones before it:
"When did the canal first open?", "the association", "the islands' residents", "Panama
assumed full control" (of what?), "since then". For each such phrase the question still
shows, the one name the document gave it is written in ("the Panama Canal"), or the
question is refused. Works on the source sentence's parse (no second parse): the
question's words are matched back to the sentence's tokens. General English only.
"""

from __future__ import annotations

import re

from lemminflect import getInflection

from quizzes.generation import antecedents, descriptions, references
from quizzes.generation.unnamed_events import unnamed_event, with_classes_named

DEFINITE = references.DEFINITE
DEMONSTRATIVES = DEFINITE - {"the"}
POINTING_ADVERBS = {"there", "then"}
POINTING_WORDS = DEFINITE | POINTING_ADVERBS
# What everyone knows there is only one of: "the world", "the sun".
UNIQUE = {"world", "earth", "sun", "moon", "universe", "internet", "past", "future"}
UNIQUE_PLURALS = {"continents", "oceans", "planets"}
UNIQUE_PHRASES = {"international community"}
RELATIONAL = antecedents.RELATIONAL_NOUNS
COMPLEMENT_PREPS = {"of", "over", "to", "from", "for", "in"}
WORD = re.compile(r"[A-Za-z]+")
YEAR = re.compile(r"1[0-9]{3}|20[0-9]{2}")


def self_contained(prompt: str, site) -> str | None:
    """The prompt with each phrase that depends on context written out, or None when one
    cannot be. Phrases of the prompt that are not words of its sentence (a rule's own
    "When did ...?") are taken as they are."""
    sent = site.sent
    prompt = with_classes_named(prompt, sent, site.discourse)
    if unnamed_event(prompt, sent):
        return None  # "an informal summit", "national societies": which one?
    replacements: list[tuple[int, int, str]] = []
    for start, token, matched in _attributed(prompt, sent):
        found = _dependent(token, matched, site, prompt)
        if found is None:
            continue
        if found is False:
            return None
        end, name = found
        replacements.append((start, end, name))
    for start, end, name in sorted(set(replacements), reverse=True):
        if prompt[start:end][:1].isupper() and name[:1].islower():
            name = name[0].upper() + name[1:]
        prompt = prompt[:start] + name + prompt[end:]
    return prompt


def _attributed(prompt: str, sent) -> list[tuple[int, object, list]]:
    """(start in the prompt, token, run) for each place the prompt shows a word to check,
    read as the sentence's words that match it longest: in "reached the village of X,
    where ..." the prompt's "the village of X" is that phrase, not a later "the village"."""
    found = [(start, token, run) for token in sent for start, run in _occurrences(prompt, token)]
    longest: dict[int, int] = {}
    for start, _, run in found:
        longest[start] = max(longest.get(start, 0), len(run))
    return [(start, token, run) for start, token, run in found if len(run) == longest[start]]


def _occurrences(prompt: str, token) -> list[tuple[int, list[tuple[object, int]]]]:
    """Where the prompt shows ``token`` and the words after it: (start in the prompt,
    [(token, end in the prompt)] for the run of the sentence's tokens that follows)."""
    if token.lower_ not in POINTING_WORDS and token.lemma_.lower() not in RELATIONAL:
        return []
    found = []
    for match in re.finditer(rf"(?<![\w-]){re.escape(token.text)}(?![\w-])", prompt, re.I):
        run, position = [], match.start()
        for following in token.doc[token.i : token.sent.end]:
            while position < len(prompt) and prompt[position] == " ":
                position += 1
            if prompt[position : position + len(following.text)].lower() != following.lower_:
                break
            position += len(following.text)
            run.append((following, position))
        if len(run) >= 2 or token.lower_ in POINTING_ADVERBS or token.lemma_.lower() in RELATIONAL:
            found.append((match.start(), run))
    return found


def _dependent(token, run, site, prompt):
    """None when the words at ``token`` name what they mean (or are not a reference);
    (end, name) to write the name in; False when they depend on context beyond repair."""
    word = token.lower_
    if word == "there":
        return None if token.dep_ == "expl" else False
    if word == "then":  # "since then", "until then": since when? ("which then governed" is
        return False if token.dep_ == "pobj" else None  # the time the sentence gives)
    if token.lemma_.lower() in RELATIONAL and token.pos_ == "NOUN":
        return None if _has_complement(token, run) else _with_complement(token, run, site)
    if word in DEMONSTRATIVES and token.dep_ != "det":
        return False if token.tag_ == "DT" else None  # "This was ...", not "that" linking
    if token.dep_ != "det" or token.head.i <= token.i:
        return None
    return _description(token, run, site, prompt)


def _description(det, run, site, prompt):
    head = det.head
    if head.dep_ in {"attr", "oprd"} or descriptions.predicative_as(head, run):
        return None  # "X is the best-known boundary" says what X is; it points at nothing
    shown = _phrase_shown(det, run)
    if not shown or shown[-1].i < det.i + 1:
        return None
    last = shown[-1]
    if any(_names(t, last) for t in shown):
        return None  # "the Geneva forum", "the 1951 treaty"; not "the four Conventions"
    if not (last.pos_ == "NOUN" or references.kind_word(last)):
        return None
    if last.i == head.i and _unique(shown):
        return None
    if _members_of_named_body(shown, det):
        return None
    end = {t.i: e for t, e in run}[last.i]
    if re.match(r"\s*[\"“']?\s*_", prompt[end:]):
        return None  # "the French emperor _____": the blank is its name
    if last.pos_ == "PROPN" and (name := _name(det, shown, site)):
        return end, name  # "the four Conventions of 1949": the full name, restricted or not
    if last.i == head.i and (_restricted(head, run) or _participle_follows(head, prompt[end:])):
        return None
    if sum(t.pos_ == "NOUN" for t in shown[1:-1]) >= 2:
        return None  # "the moment magnitude scale": a term, named by its words
    if _named_earlier_in_stem(det, last, prompt):
        return None  # "... under the Fisheries Act (1994) until the expiry of the Act"
    if descriptions.concept_in_definition(det, last, site, run):
        return None  # "the boundary between the crust and the mantle"
    name = _name(det, shown, site)
    return (end, name) if name else False


def _phrase_shown(det, run) -> list:
    """The words of "the ..." the prompt shows, through its head noun, through nouns the
    parser split off after it ("the moment | magnitude scale" is one phrase) and through a
    name set beside it however parsed ("the economists | Ada Brenner and ...")."""
    head = det.head
    shown_ids = {t.i for t, _ in run}
    while head.dep_ == "compound" and head.head.i > head.i and head.head.i in shown_ids:
        head = head.head  # "the steamship | SS Ancon": the phrase goes on to its name
    shown = [t for t, _ in run if t.i <= head.i]
    for token, _ in run:
        if not shown or token.i != shown[-1].i + 1 or token.i <= head.i:
            continue
        if token.pos_ == "PROPN" or (token.pos_ == "NOUN" and shown[-1].pos_ == "NOUN"):
            shown.append(token)
        else:
            break
    return shown


def _names(token, last) -> bool:
    """Whether a word of "the ..." makes it a name: a proper name that is not a kind word
    ("the Geneva forum", not "the Convention"), a year ("the 1951 treaty", not a count as
    in "the four Conventions"), an entity; a nationality only before a singular noun
    that is not a kind of named thing ("the French emperor", not "the American project"
    or "the French assets")."""
    if token.pos_ == "PROPN":
        return not references.kind_word(token)
    if token.like_num or token.ent_type_ == "CARDINAL":
        return not (token.dep_ == "nummod" and not YEAR.fullmatch(token.text))
    if token.ent_type_ == "NORP":  # "the Eurasian and Anatolian plates" name two
        coordinated = any(c.dep_ == "conj" for c in token.children)
        return coordinated or (last.tag_ == "NN" and not references.kind_word(last))
    return bool(token.ent_type_)


def _named_earlier_in_stem(det, last, prompt: str) -> bool:
    """Whether the sentence named one thing of that kind before "the <noun>", and the
    prompt shows that name or asks for it with the blank in its place."""
    lemma = last.lemma_.lower()
    earlier = [
        ent
        for ent in det.sent.ents
        if ent.end <= det.i and len(ent) > 1 and ent.root.lemma_.lower() == lemma
    ]
    if len({ent.text.lower() for ent in earlier}) != 1:
        return False
    ent = earlier[0]
    if ent.text in prompt:
        return True
    doc = ent.doc
    before = doc[max(ent.sent.start, ent.start - 2) : ent.start].text
    after = doc[ent.end].text if ent.end < len(doc) else ""
    blank = r"_{3,}"
    return bool(
        (before and re.search(rf"{re.escape(before)}\s*(?:the\s+)?{blank}", prompt, re.I))
        or (after and re.search(rf"{blank}\s*{re.escape(after)}", prompt))
    )


def _restricted(head, run) -> bool:
    """ "the handover of ...", "the treaty signed in 1951", "the men who ...": the words
    after the noun, as the prompt shows them, say which one."""
    shown = {t.i for t, _ in run}
    for child in head.rights:
        if child.i not in shown:
            continue
        between = head.doc[head.i + 1 : child.left_edge.i]
        if any(t.is_punct for t in between) or head.doc[child.left_edge.i].is_punct:
            continue  # ", which ...": an aside, not a restriction
        if child.dep_ in {"relcl", "acl", "prep"}:
            return True  # the words after the noun are themselves checked as they come
        if child.dep_ == "appos" and any(t.pos_ == "PROPN" for t in child.subtree):
            return True
    return False


def _participle_follows(head, after: str) -> bool:
    """ "the conference organised in Geneva", written by a rule from "the conference they
    organised in Geneva": the relative clause, said as a participle, says which one."""
    words = after.split()
    for child in head.rights:
        if child.dep_ == "relcl" and words:
            participle = getInflection(child.lemma_, tag="VBN")
            if participle and words[0] == participle[0] and len(words) > 1:
                return True
    return False


def _members_of_named_body(shown, det) -> bool:
    """ "the member states" after the sentence named (or blanked) the body they belong to."""
    if not any(t.lemma_.lower() == "member" for t in shown):
        return False
    return any(e.label_ == "ORG" and e.end <= det.i for e in det.sent.ents)


def _unique(shown) -> bool:
    """ "the world", "the continents", "the international community"."""
    head = shown[-1]
    words = " ".join(t.lower_ for t in shown[1:])
    return (
        (head.tag_ == "NN" and head.lower_ in UNIQUE)
        or head.lower_ in UNIQUE_PLURALS
        or words in UNIQUE_PHRASES
    )


def _with_complement(noun, run, site):
    """ "Panama assumed full control" -> "full control of the Panama Canal", when the
    section said what control was of ("American control of the canal ...") and said
    nothing else; False otherwise."""
    name = site.discourse.complement(noun.lemma_.lower())
    if name is None or not run or run[0][0].i != noun.i:
        return False
    return run[0][1], f"{noun.text} of {name}"


def _has_complement(noun, run) -> bool:
    shown = {t.i for t, _ in run}
    return any(
        (c.dep_ == "prep" and c.lower_ in COMPLEMENT_PREPS and c.i in shown)
        or c.dep_ == "poss"
        or c.pos_ == "PROPN"
        for c in noun.children
    )


def _name(det, shown, site) -> str | None:
    """The one name the document gave a "the <noun>" (adjectives kept before it)."""
    head = shown[-1]
    if head.tag_ == "NNS" and head.pos_ == "NOUN":
        return references.resolve(site, shown)  # "the five countries": a group listed
    if head.tag_ != "NN" and not (head.pos_ == "PROPN" and references.kind_word(head)):
        return None
    name = references.resolve(site, [det, head])
    if name is None:
        return None
    modifiers = [t for t in shown[1:-1] if t.lower_ not in name.lower().split()]
    if not modifiers:
        return name
    if not name.lower().startswith("the ") or any(t.ent_type_ == "NORP" for t in modifiers):
        return None  # "the American canal" is no "the American Panama Canal"
    return "the " + "".join(t.text_with_ws for t in modifiers) + name[4:]
