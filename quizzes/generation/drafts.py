"""A question before filtering and ranking, and the sentence it comes from."""

from __future__ import annotations

from dataclasses import dataclass, field

from quizzes.generation.question import AnswerType, Kind, SourceRef


@dataclass
class Site:
    """One sentence of one block, parsed, with where it lives in the document."""

    sent: object  # a spaCy Span
    source: SourceRef
    block_kind: str
    term: str = ""  # the defined term, for a sentence of a glossary box
    first_in_block: bool = False


@dataclass
class Draft:
    kind: Kind
    prompt: str
    answer: str
    answer_type: AnswerType
    rule: str
    confidence: float
    site: Site
    accepted: list[str] = field(default_factory=list)
    answer_tokens: tuple[int, int] | None = None  # span of the answer in the sentence's doc
