"""What the generator produces: questions grounded in one sentence of one block."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

# A question longer than this is no question a learner can take in; an answer longer
# than this, nothing to type or to pick. The bank stores both as text, so these are the
# only bounds on what a document's text can put into them.
MAX_PROMPT_CHARS = 500
MAX_ANSWER_CHARS = 100
# The gap a fill-in-the-blank prompt leaves for its answer.
BLANK = "_____"


class Kind(StrEnum):
    """The family of a question: what it asks about."""

    WHEN = "when"
    WHO = "who"
    HOW_MANY = "how_many"
    WHERE = "where"
    WHAT = "what"
    ACRONYM = "acronym"
    DEFINITION = "definition"
    FILL_BLANK = "fill_blank"
    TRUE_FALSE = "true_false"


class Format(StrEnum):
    """How the learner answers it."""

    SHORT_ANSWER = "short_answer"
    MULTIPLE_CHOICE = "multiple_choice"
    TRUE_FALSE = "true_false"
    FILL_BLANK = "fill_blank"


class AnswerType(StrEnum):
    """The semantic type of an answer; distractors must share it."""

    YEAR = "year"
    DATE = "date"
    NUMBER = "number"
    ORDINAL = "ordinal"
    PERSON = "person"
    ORGANIZATION = "organization"
    COUNTRY = "country"
    PLACE = "place"
    LAW = "law"
    EVENT = "event"
    GROUP = "group"  # nationalities, religious and political groups
    TERM = "term"  # an acronym's expansion, a defined term
    BOOLEAN = "boolean"
    PHRASE = "phrase"


@dataclass(frozen=True)
class SourceRef:
    """The exact sentence a question comes from.

    ``block`` is the block's index among its section's blocks; ``start`` and ``end``
    are character offsets of the sentence in that block's text.
    """

    section_path: str
    section_label: str
    section_title: str
    block: int
    start: int
    end: int
    sentence: str
    # Text printed before the sentence on the same line of the document and not part of
    # the block's text: a glossary box's "FATF: ". Shown with the sentence.
    lead: str = ""

    @property
    def as_printed(self) -> str:
        return self.lead + self.sentence


@dataclass
class GeneratedQuestion:
    kind: Kind
    format: Format
    prompt: str
    answer: str
    answer_type: AnswerType
    source: SourceRef
    rule: str
    score: float
    difficulty: float
    accepted_answers: list[str] = field(default_factory=list)
    choices: list[str] = field(default_factory=list)
    # For a fill-in-the-blank question: the sentence with a same-type wrong fact in the
    # blank, so a quiz can also ask it as true/false (the true statement is the source).
    false_statement: str = ""

    def as_json(self) -> dict:
        """The dry-run form read by the evaluation script."""
        item = {
            "question": self.prompt,
            "answer": self.answer,
            "accepted_answers": list(self.accepted_answers),
            "kind": self.kind.value,
            "section": {"label": self.source.section_label, "title": self.source.section_title},
            "source": self.source.as_printed,
            "score": round(self.score, 3),
        }
        if self.format == Format.MULTIPLE_CHOICE:
            item["choices"] = list(self.choices)
        return item
