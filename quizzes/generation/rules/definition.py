"""Questions from glossary boxes: name the term from its definition.

"FATF: An international framework that was created at 1989 G8 ... as a measure to fight
money laundering." -> "Which international framework was created at 1989 G8 ... as a measure
to fight money laundering?" (FATF)
"""

from __future__ import annotations

from quizzes.generation import syntax
from quizzes.generation.drafts import NO_CONTEXT, DocumentContext, Draft, Site
from quizzes.generation.question import AnswerType, Kind

KIND = Kind.DEFINITION

MAX_QUESTION_WORDS = 35


def drafts(site: Site, context: DocumentContext = NO_CONTEXT) -> list[Draft]:
    if not site.term or not site.first_in_block:
        return []
    root = site.sent.root
    if root.pos_ not in {"NOUN", "PROPN"}:
        return []  # a full sentence, not the "A thing that ..." definition shape
    # Only the "A thing that does ..." shape: the relative clause is what the term does.
    relative = next((c for c in root.children if c.dep_ == "relcl"), None)
    if relative is None or not any(
        c.dep_ in syntax.SUBJECT_DEPS and c.lower_ in syntax.RELATIVE_PRONOUNS
        for c in relative.children
    ):
        return []
    head_words = [t for t in root.subtree if t.i <= root.i and t.dep_ not in {"det", "punct"}]
    if not head_words:
        return []
    clause = [
        t
        for t in syntax.subtree_without(root, {c.i for c in root.children if c.dep_ == "det"})
        if t.i > root.i
        and not (t.dep_ in syntax.SUBJECT_DEPS and t.lower_ in syntax.RELATIVE_PRONOUNS)
    ]
    clause_text = syntax.render(syntax.balanced(syntax.trim_punct(clause)))
    if clause_text.lower().startswith(("that ", "which ", "who ")):
        return []
    prompt = f"Which {syntax.render(head_words)} {clause_text}?"
    if len(prompt.split()) > MAX_QUESTION_WORDS or site.term.lower() in prompt.lower():
        return []
    return [
        Draft(
            kind=Kind.DEFINITION,
            prompt=prompt,
            answer=site.term,
            answer_type=AnswerType.TERM,
            rule="definition:glossary",
            confidence=0.9,
            site=site,
        )
    ]
