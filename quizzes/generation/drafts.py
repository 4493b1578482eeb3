"""A question before filtering and ranking, and the sentence it comes from."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from quizzes.generation.antecedents import EMPTY, Discourse
from quizzes.generation.question import AnswerType, Kind, SourceRef


@dataclass
class Site:
    """One sentence of one block, parsed, with where it lives in the document."""

    sent: object  # a spaCy Span
    source: SourceRef
    block_kind: str
    term: str = ""  # the defined term, for a sentence of a glossary box
    first_in_block: bool = False
    # What the sentences before this one in its section named, for ``references.resolve``.
    discourse: Discourse = EMPTY


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


@dataclass(frozen=True)
class DocumentContext:
    """What a rule may know about the whole document beyond its one sentence."""

    # How often each named entity (lower-cased, without "the") occurs in the document:
    # a name the text repeats is worth asking about, one it only mentions is not.
    frequency: Counter = field(default_factory=Counter)
    # The text of every block, one a line: whether an acronym or a name is used again.
    text: str = ""


NO_CONTEXT = DocumentContext()
