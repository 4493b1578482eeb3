"""The question rules, one module per kind of question.

Each module is named after the kind it produces and declares ``KIND`` and
``drafts(site, context)``, which returns the drafts it finds in one sentence. Adding a
kind is one new module here plus its name in ``RULE_MODULES`` (and a test module
``tests/generation/test_rule_<kind>.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from quizzes.generation.drafts import DocumentContext, Draft, Site
from quizzes.generation.question import Kind
from quizzes.generation.rules import (
    acronym,
    definition,
    fill_blank,
    how_many,
    what,
    when,
    where,
    who,
)


@dataclass(frozen=True)
class Rule:
    kind: Kind
    name: str
    drafts: Callable[[Site, DocumentContext], list[Draft]]


# The order is the order drafts are made in; ranking decides what is kept.
RULE_MODULES = (acronym, definition, when, where, who, what, how_many, fill_blank)
RULES = tuple(
    Rule(kind=module.KIND, name=module.__name__.rsplit(".", 1)[-1], drafts=module.drafts)
    for module in RULE_MODULES
)


def drafts_for(site: Site, context: DocumentContext) -> list[Draft]:
    """Every rule's drafts for one sentence."""
    return [draft for rule in RULES for draft in rule.drafts(site, context)]
