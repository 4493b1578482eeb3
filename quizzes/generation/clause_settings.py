"""The place and time a "where" clause inherits from the clause it hangs on.

"In January 2003 the minister visited Oslo, where she and the king opened the Nansen
Institute." -> the opening happened "in Oslo in January 2003": a question built from the
where-clause alone would lose both.
"""

from __future__ import annotations

from quizzes.generation import clause_facts, syntax

PLACE_LABELS = {"GPE", "LOC", "FAC"}


def setting(verb) -> str:
    """ "in Oslo in January 2003" for a where-clause on a named place, else ""."""
    if verb.dep_ != "relcl" or not any(c.lower_ == "where" and c.i < verb.i for c in verb.children):
        return ""
    place = verb.head
    if place.pos_ != "PROPN" or place.ent_type_ not in PLACE_LABELS:
        return ""
    name = [t for t in syntax.noun_phrase(place) if t.i < verb.left_edge.i]
    main = place.head
    while main.pos_ not in {"VERB", "AUX"} and main.head.i != main.i:
        main = main.head
    if any(t.ent_type_ == "DATE" for t in verb.subtree):
        dates = ""  # the clause says when itself
    else:
        tokens = clause_facts.dated_adjuncts(main)
        dates = syntax.render(tokens)
        dates = dates[:1].lower() + dates[1:]
    return " ".join(part for part in (f"in {syntax.render(name)}", dates) if part)
