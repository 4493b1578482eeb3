"""Quiz assembly: which questions of a bank one quiz serves.

A quiz is drawn best-ranked first, but two rules are never broken:

- no two items come from the same source sentence (the second one is mostly the first
  one asked again, and its stem often prints the first one's answer);
- no item's stem shows another served item's answer (or a long accepted form of it).

Within those rules the draw spreads the quiz: a kind of question, a section or a
paragraph that already has its share of the quiz counts against further items of it.
Plain Python, no Django: the attempt service and the review scripts both call it.
"""

from __future__ import annotations

import heapq
import math
import random
import re
from collections import Counter, defaultdict
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

Item = TypeVar("Item")

# Letters and digits only: the underscores of a blank and all punctuation are spacing.
WORD = re.compile(r"[^\W_]+")
# Accepted answers shorter than this ("UN", "Lee") are too common as parts of other
# words and phrases to count as a giveaway; the key itself always counts.
MIN_ACCEPTED_CHARS = 4
# Score given up by each item of a kind beyond its fair share of the quiz.
KIND_PENALTY = 0.15
# Each item beyond a section's fair share is worth less than any item of a section that
# has not had its share: sections take turns while they have questions.
SECTION_PENALTY = 1.0
# Score given up for each item already drawn from the same paragraph.
BLOCK_PENALTY = 0.05
# Random nudge, far smaller than any real difference in rank, so equally ranked items
# take turns from one quiz to the next.
TIE_JITTER = 0.01


@dataclass(frozen=True)
class Span:
    """Where a source sentence is: a block (any hashable identity) and offsets in it."""

    block: Hashable
    start: int
    end: int

    def overlaps(self, other: Span) -> bool:
        return self.block == other.block and self.start < other.end and other.start < self.end


@dataclass(frozen=True)
class Candidate(Generic[Item]):
    """One question as assembly sees it; ``item`` is what the caller gets back."""

    item: Item
    score: float
    kind: str
    answer: str
    accepted: tuple[str, ...] = ()
    # Every text the learner may read with the item: the prompt and, for an item that
    # may be asked as true or false, both statements.
    stems: tuple[str, ...] = ()
    source: Span | None = None
    section: Hashable = None


def normalise(text: str) -> str:
    """Lower-case words separated by single spaces, padded so that a phrase matches
    only whole words: " 1989 " is not inside " 19890 "."""
    words = WORD.findall(text.casefold())
    return f" {' '.join(words)} " if words else ""


def revealing_phrases(candidate: Candidate) -> list[str]:
    """The answers whose sight in another stem gives this item away, normalised."""
    phrases = [normalise(candidate.answer)]
    phrases += [
        normalise(accepted)
        for accepted in candidate.accepted
        if len(accepted.strip()) >= MIN_ACCEPTED_CHARS
    ]
    return [phrase for phrase in dict.fromkeys(phrases) if phrase]


class _Quiz:
    """The items drawn so far, with what the next draw must avoid or pay for."""

    def __init__(self, candidates: Sequence[Candidate], count: int) -> None:
        kinds = {candidate.kind for candidate in candidates}
        sections = {candidate.section for candidate in candidates}
        self.kind_share = math.ceil(count / len(kinds))
        self.section_share = math.ceil(count / len(sections))
        self.indices: list[int] = []
        self.kinds: Counter = Counter()
        self.sections: Counter = Counter()
        self.blocks: Counter = Counter()
        self.spans: dict[Hashable, list[Span]] = defaultdict(list)
        self.phrases: list[str] = []
        self.stems: list[str] = []

    def penalty(self, candidate: Candidate) -> float:
        kind_excess = max(0, self.kinds[candidate.kind] + 1 - self.kind_share)
        section_excess = max(0, self.sections[candidate.section] + 1 - self.section_share)
        in_block = self.blocks[candidate.source.block] if candidate.source else 0
        return (
            KIND_PENALTY * kind_excess + SECTION_PENALTY * section_excess + BLOCK_PENALTY * in_block
        )

    def clashes_with(self, candidate: Candidate, phrases: list[str], stems: list[str]) -> bool:
        source = candidate.source
        if source and any(source.overlaps(span) for span in self.spans[source.block]):
            return True
        shown_here = any(phrase in stem for phrase in self.phrases for stem in stems)
        shown_there = any(phrase in stem for phrase in phrases for stem in self.stems)
        return shown_here or shown_there

    def add(self, index: int, candidate: Candidate, phrases: list[str], stems: list[str]) -> None:
        self.indices.append(index)
        self.kinds[candidate.kind] += 1
        self.sections[candidate.section] += 1
        if candidate.source:
            self.blocks[candidate.source.block] += 1
            self.spans[candidate.source.block].append(candidate.source)
        self.phrases += phrases
        self.stems += stems


def choose(
    candidates: Sequence[Candidate[Item]], count: int, *, rng: random.Random
) -> list[Candidate[Item]]:
    """Up to ``count`` candidates that can be served together, in their given order.

    Fewer come back when the rules leave fewer. Greedy: the best adjusted score first.
    Penalties only grow as items are drawn, so a candidate popped from the heap with an
    out-of-date score is pushed back with its current one (a lazy greedy), and each
    draw costs a logarithm of the bank, not a pass over it.
    """
    if count <= 0 or not candidates:
        return []
    quiz = _Quiz(candidates, count)
    ranked = [candidate.score + rng.random() * TIE_JITTER for candidate in candidates]
    heap = [(-rank, index) for index, rank in enumerate(ranked)]
    heapq.heapify(heap)
    while heap and len(quiz.indices) < count:
        negative_rank, index = heapq.heappop(heap)
        candidate = candidates[index]
        current = ranked[index] - quiz.penalty(candidate)
        if current < -negative_rank:
            heapq.heappush(heap, (-current, index))
            continue
        phrases = revealing_phrases(candidate)
        stems = [normalise(stem) for stem in candidate.stems]
        # A clash never goes away as the quiz grows, so the candidate is dropped for good.
        if not quiz.clashes_with(candidate, phrases, stems):
            quiz.add(index, candidate, phrases, stems)
    return [candidates[index] for index in sorted(quiz.indices)]
