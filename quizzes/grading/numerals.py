"""Answers that are a quantity: one number, maybe hedged ("about 2,000 troops").

The numbers themselves are read by `quizzes.language.numbers`, as generation writes them."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from quizzes.language.lexicon import APPROXIMATORS, EMPHASIS
from quizzes.language.numbers import find_numbers
from quizzes.language.text import ARTICLES, STOPWORDS, word_set, words

# Words around a number that hedge it ("about 2,000") rather than name something else:
# generation's approximators and emphasis, and the bounds a learner may add.
HEDGES = (
    APPROXIMATORS
    | EMPHASIS
    | word_set("approx over under more less fewer than least most up exactly circa total")
)
# Small words that neither hedge a number nor name what it counts.
_IGNORED = STOPWORDS | ARTICLES


@dataclass(frozen=True)
class Quantity:
    """A text holding exactly one number, with the other significant words around it."""

    value: Decimal
    ordinal: bool
    before: tuple[str, ...]
    after: tuple[str, ...]

    @property
    def is_answer_shaped(self) -> bool:
        """A count or rank, maybe hedged, maybe with a short noun: "about 2,000 troops"."""
        return all(t in HEDGES for t in self.before) and len(self.after) <= 3


def read_quantity(text: str) -> Quantity | None:
    tokens = words(text)
    numbers = find_numbers(tokens)
    if len(numbers) != 1:
        return None
    start, end, value, ordinal = numbers[0]
    before = tuple(t for t in tokens[:start] if t not in _IGNORED)
    after = tuple(t for t in tokens[end:] if t not in _IGNORED)
    return Quantity(value, ordinal, before, after)
