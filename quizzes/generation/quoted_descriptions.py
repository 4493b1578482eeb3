"""Quoted descriptions: "Senator Ruiz called the tariff "a tax on bread" in 1932." ->
"How did Senator Ruiz describe the tariff in 1932?" (a tax on bread).

Only a quotation, said by a named speaker about a thing the question can name: "called
the strike "a disgrace"" is asked about "the strike" only when the final filter can write
in which strike the paragraph told of.
"""

from __future__ import annotations

from quizzes.generation import clause_facts, inversion, references, syntax, what_clauses
from quizzes.generation.drafts import Draft, Site
from quizzes.generation.question import AnswerType, Kind

DESCRIBING_VERBS = {"call", "describe", "label", "term", "dub"}
QUOTES = {'"', "“", "”"}
MAX_QUOTE_WORDS = 8


def quoted_description(site: Site, verb, lemma: str) -> Draft | None:
    """ "Senator Ruiz called the tariff "a tax on bread"" -> "How did Senator Ruiz describe
    the tariff?"; only a quotation, only a named speaker and a named thing."""
    if lemma not in DESCRIBING_VERBS or verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None
    described = next((c for c in verb.children if c.dep_ == "dobj"), None)
    quote = _quotation(verb)
    subject = what_clauses.subject_text(verb)
    if described is None or quote is None or subject is None:
        return None
    thing = _described_text(described)
    if thing is None:
        return None
    support = {"VBD": "did", "VBZ": "does", "VBP": "do"}[verb.tag_]
    rest = what_clauses.rest_text(
        verb,
        {t.i for c in verb.children if c.dep_ != "prep" or c.lower_ == "as" for t in c.subtree},
    )
    if rest is None:
        return None
    prompt = inversion.question_text("How", support, subject, "describe", thing, rest)
    words = syntax.render(quote)
    accepted = [words.split(" ", 1)[1]] if words.lower().startswith(("a ", "an ")) else []
    return Draft(
        kind=Kind.WHAT,
        prompt=prompt,
        answer=words,
        answer_type=AnswerType.PHRASE,
        rule="what:described",
        confidence=0.75,
        site=site,
        accepted=accepted,
        answer_tokens=(quote[0].i, quote[-1].i + 1),
    )


def _quotation(verb) -> list | None:
    """The quoted words a describing verb predicates: "called it "very regrettable"",
    "described it as "a turning point""."""
    for child in verb.children:
        if child.dep_ in {"oprd", "acomp", "xcomp"}:
            phrase = list(child.subtree)
        elif child.dep_ == "prep" and child.lower_ == "as":
            phrase = [t for t in child.subtree if t.i != child.i]
        else:
            continue
        quoted = _quoted_part(sorted(phrase, key=lambda t: t.i))
        if quoted is not None:
            return quoted
    return None


def _quoted_part(phrase: list) -> list | None:
    """The words between quotation marks that make up the whole phrase, but for an article
    before them (a "turning point"); the marks may stand just outside the parsed phrase."""
    if not phrase:
        return None
    doc = phrase[0].doc
    first, last = phrase[0].i, phrase[-1].i
    if first > 0 and doc[first - 1].text in QUOTES:
        first -= 1
    if last + 1 < len(doc) and doc[last + 1].text in QUOTES:
        last += 1
    span = doc[first : last + 1]
    marks = [t.i for t in span if t.text in QUOTES]
    if len(marks) != 2 or marks[1] != last:
        return None
    if any(t.dep_ != "det" for t in doc[first : marks[0]]):
        return None  # "called it "X" and more": the quotation is only part of what is said
    words = list(doc[marks[0] + 1 : marks[1]])
    words = [t for t in words if not (t.is_punct and t.i == marks[1] - 1)]
    return words if 0 < len(words) <= MAX_QUOTE_WORDS else None


def _described_text(noun) -> str | None:
    """The thing described as the question shows it. A name, or a definite description
    ("the strike") that the final filter writes out with the name the paragraph gave it
    or refuses; never a pronoun, "his strike" or "a strike"."""
    tokens = syntax.noun_phrase(noun)
    if not tokens or syntax.is_anaphoric(tokens) or any(t.tag_ == "PRP$" for t in tokens):
        return None
    named = any(t.pos_ == "PROPN" or t.ent_type_ or t.like_num for t in tokens)
    if named and not references.unresolved(tokens) and clause_facts.names_something(tokens):
        return inversion.lower_first(tokens)
    definite = tokens[0].lower_ == "the" and noun.pos_ == "NOUN"
    return inversion.lower_first(tokens) if definite else None
