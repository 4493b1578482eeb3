"""Choices that fit the question's slot, and sets of choices that do not point at the key.

A choice fits when it has the key's kind: a treaty for a treaty ("Which statement ...?" wants
statements), written with or without "the" as the key is, and, for a person, no role the
document gives them that differs from the role printed in the stem ("Which Japanese envoy"
rules out a name the text calls "the Russian foreign minister") and not only years far from
the question's. A set of choices gives the key away when the key alone differs from the
three others in one respect (only the key lacks "the"), or when the key is the only choice
in the largest group of two different respects ("30 October" thrice and "1910" twice).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from lemminflect import getAllLemmas

from quizzes.generation.distractors.common import Candidate, _is_acronym, _key
from quizzes.generation.distractors.dates import _parse_date
from quizzes.generation.question import AnswerType
from quizzes.language.dates import YEAR_PATTERN

# Names whose head noun says what they are: "the Treaty of X", "the Y Statement".
HEADED_TYPES = {AnswerType.LAW, AnswerType.EVENT, AnswerType.ORGANIZATION, AnswerType.TERM}
# Names written with or without "the" as part of the name.
ARTICLE_TYPES = HEADED_TYPES | {AnswerType.GROUP}
# A person the text only dates this many years from the question's years is of another era.
ERA_YEARS = 30

# Prepositions after a name's head noun: "Committee on ...", "Treaty of ...".
_HEAD_LINKS = {"of", "on", "for", "in", "to"}
_YEAR = re.compile(rf"\b{YEAR_PATTERN}\b")


def _has_the(text: str) -> bool:
    return text.strip().lower().startswith("the ")


def head_noun(text: str) -> str:
    """The noun a name is built on: "the Treaty of Shimoda" -> "treaty", "the Lisbon
    Strategy" -> "strategy"; "" for an acronym or a name not built on an English noun."""
    words = re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE).split()
    if not words or _is_acronym(" ".join(words)):
        return ""
    lowered = [w.lower() for w in words]
    linked = [i for i, w in enumerate(lowered) if i and w in _HEAD_LINKS]
    head = lowered[linked[0] - 1] if linked else lowered[-1]
    head = re.sub(r"[^a-z]", "", head)
    if not head or not getAllLemmas(head):
        return ""
    return head[:-1] if head.endswith("s") and not head.endswith("ss") else head


def with_article_of(option: str, answer: str, answer_type: AnswerType) -> str | None:
    """The option written with "the" as the key is: stripped when the key has none, kept
    only when it has one too (adding "the" to a name the text writes bare reads wrong)."""
    if answer_type not in ARTICLE_TYPES or _has_the(option) == _has_the(answer):
        return option
    if _has_the(option):
        return option.strip()[4:]
    return None


def _years_in(text: str) -> list[int]:
    return [int(y) for y in _YEAR.findall(text)]


def slot_filter(
    answer: str, answer_type: AnswerType, pool: list[Candidate], prompt: str
) -> Callable[[str], bool]:
    """Whether an option fits the slot the question prints."""
    if answer_type in HEADED_TYPES:
        head = head_noun(answer)
        if head:
            return lambda option: head_noun(option) == head
        return lambda option: True
    if answer_type != AnswerType.PERSON:
        return lambda option: True
    people = {_key(c.text): c for c in pool if c.type == AnswerType.PERSON}
    key = people.get(_key(answer))
    stem_role = _stem_role(prompt, key)
    years = _years_in(prompt) or list(key.years if key else ())

    def fits(option: str) -> bool:
        other = people.get(_key(option))
        if other is None:
            return True
        if stem_role and other.roles and not any(stem_role <= set(r.split()) for r in other.roles):
            return False  # the text gives them another role or nationality
        if years and other.years:
            gap = min(abs(a - b) for a in years for b in other.years)
            return gap <= ERA_YEARS
        return True

    return fits


def _stem_role(prompt: str, key: Candidate | None) -> set[str]:
    """The key's role words printed after "Which" in the stem ("japanese", "envoy")."""
    found = re.match(r"(?:\w+\s+)?which\s+(.*)", prompt.strip(), flags=re.IGNORECASE)
    if found is None or key is None or not key.roles:
        return set()
    role_words = {w for r in key.roles for w in r.split()}
    words = []
    for word in found.group(1).split():
        word = word.lower().strip(",.?")
        if word not in role_words:
            break
        words.append(word)
    return set(words)


# --- Giveaway structure --------------------------------------------------------------------


def _features(option: str, answer_type: AnswerType) -> dict[str, object]:
    """The respects in which choices can agree: a date's year, month and day; an amount's
    unit words; a name's article and head noun."""
    if answer_type in {AnswerType.DATE, AnswerType.YEAR}:
        when = _parse_date(option)
        if when is not None and when.fields != ("decade",):
            return {f: v for f, v in zip("ymd", when.value, strict=True) if f in when.fields}
    if answer_type == AnswerType.NUMBER:
        words = [w for w in option.lower().split() if not re.search(r"\d", w)]
        return {"unit": " ".join(_singular(w) for w in words)}
    if answer_type in HEADED_TYPES:
        return {"the": _has_the(option), "head": head_noun(option)}
    if answer_type in ARTICLE_TYPES:
        return {"the": _has_the(option)}
    return {}


def _singular(word: str) -> str:
    """ "countries" -> "country", "islands" -> "island": one thing and several agree."""
    return re.sub(r"s$", "", re.sub(r"ies$", "y", word)) if len(word) > 3 else word


def gives_away(answer: str, distractors: list[str], answer_type: AnswerType) -> bool:
    """True when the set's structure points at the key (see the module docstring)."""
    options = [answer, *distractors]
    features = [_features(o, answer_type) for o in options]
    names = set(features[0]).intersection(*features[1:])
    modal_groups: list[set[int]] = []
    for name in names:
        values = [f[name] for f in features]
        others = set(values[1:])
        if len(others) == 1 and values[0] not in others:
            return True  # the key alone differs
        (top, count), *rest = Counter(values).most_common()
        if count >= 2 and (not rest or rest[0][1] < count) and count < len(values):
            modal_groups.append({i for i, v in enumerate(values) if v == top})
    for i, first in enumerate(modal_groups):
        for second in modal_groups[i + 1 :]:
            if first & second == {0}:
                return True
    return False
