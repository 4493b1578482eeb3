"""How often a pattern matches a document's text, counted once per pattern and text; and
where a phrase stands in it.

Rules ask how often a term occurs in the whole document for every sentence that holds
it; scanning a long document again each time costs seconds. Counts are kept per text,
and only for the last few texts, so a long-running process does not hold on to every
document it has read.
"""

from __future__ import annotations

import re
from functools import lru_cache

RECENT_TEXTS = 4


@lru_cache(maxsize=RECENT_TEXTS)
def _counts_in(text: str) -> dict[tuple[str, int], int]:
    # A str caches its hash, so finding the counts of a long text again is cheap.
    return {}


def count_matches(pattern: str, text: str, flags: int = 0) -> int:
    """The number of matches of ``pattern`` in ``text`` (as ``len(re.findall(...))``)."""
    counts = _counts_in(text)
    key = (pattern, flags)
    if key not in counts:
        counts[key] = len(re.findall(pattern, text, flags=flags))
    return counts[key]


def phrase_starts(phrase: str, text: str) -> list[int]:
    """Where ``phrase`` stands in ``text`` as whole words: found with ``str.find``, which
    runs far faster over a long text than a pattern that has to try every position."""
    found, start = [], text.find(phrase)
    while start >= 0:
        end = start + len(phrase)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before in "-_") and not (after.isalnum() or after == "_"):
            found.append(start)
        start = text.find(phrase, start + 1)
    return found
