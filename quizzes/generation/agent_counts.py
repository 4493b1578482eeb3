"""How-many questions on the agent of a passive clause, asked in the active.

"The congress was attended by 240 delegates." -> "How many delegates attended the
congress?" The passive question ("By how many delegates was the congress attended?") is
what nobody asks. General English only.
"""

from __future__ import annotations

from lemminflect import getInflection

from quizzes.generation import clause_facts, inversion, syntax
from quizzes.generation.amount_clauses import POINTING_WORDS
from quizzes.generation.amount_subjects import passive_subject

FACT_DEPS = {"ROOT", "conj"}
# Verbs whose "by N" is a margin or a difference, not who did it: "reduced by 30 ships",
# "won by three goals", "passed by 345 votes".
MARGIN_VERBS = {
    "win",
    "lose",
    "beat",
    "defeat",
    "pass",
    "carry",
    "reject",
    "reduce",
    "increase",
    "raise",
    "cut",
    "lower",
    "delay",
    "postpone",
    "extend",
    "shorten",
    "lengthen",
    "exceed",
    "outnumber",
    "decrease",
    "expand",
    "shrink",
    "surpass",
}
# Nouns that count a score or a stretch of time, not people or things that act.
MARGIN_NOUNS = {"votes", "goals", "points", "runs", "seats", "lengths", "strokes", "wickets"}
PAST_AUXILIARIES = {"was", "were"}
PRESENT_AUXILIARIES = {"is", "are"}
NUMERIC_ENTITIES = {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"}


def agent_question(verb, counted: str, site, *, hedged: bool) -> str | None:
    """ "How many <counted> <verb, active> <the passive subject> <the rest>?" for a passive
    verb in the simple past or present, or None."""
    if verb.tag_ != "VBN" or verb.dep_ not in FACT_DEPS or not clause_facts.states_fact(verb):
        return None
    if verb.lemma_ in MARGIN_VERBS or counted.split()[-1].lower() in MARGIN_NOUNS:
        return None
    auxes = inversion.auxiliaries(verb)
    if len(auxes) != 1 or auxes[0].dep_ != "auxpass":
        return None
    tense = auxes[0].lower_
    if tense not in PAST_AUXILIARIES | PRESENT_AUXILIARIES:
        return None
    subject = passive_subject(verb, site)
    if subject is None:
        return None
    forms = getInflection(verb.lemma_, tag="VBD" if tense in PAST_AUXILIARIES else "VBP")
    if not forms:
        return None
    rest = _rest(verb)
    if rest is None:
        return None
    wh = f"{'About how' if hedged else 'How'} many {counted}"
    return inversion.question_text(wh, forms[0], subject, rest)


def _rest(verb) -> str | None:
    """The verb's other complements (a place, a date), without the subject and the agent;
    None when they hold another number."""
    dropped = {c.i for c in verb.children if c.dep_ in {"nsubjpass", "agent"}}
    tokens = clause_facts.until_break(inversion.complements(verb, dropped))
    if any(t.ent_type_ in NUMERIC_ENTITIES for t in tokens):
        return None
    if any(t.lower_ in POINTING_WORDS and t.pos_ in {"PRON", "DET"} for t in tokens):
        return None  # "on its first day": a reader flags the pronoun, whatever it means
    return syntax.render(tokens)
