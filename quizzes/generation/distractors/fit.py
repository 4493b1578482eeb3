"""Choices that fit the question's slot, and sets of choices that do not point at the key.

A choice fits when it has the key's kind: a treaty for a treaty ("Which statement ...?" wants
statements), written with or without "the" as the key is, and, for a person, no role the
document gives them that differs from the role printed in the stem ("Which Japanese envoy"
rules out a name the text calls "the Russian foreign minister") and not only years far from
the question's. A set of choices gives the key away when the key alone differs from the
three others in one respect (only the key lacks "the"), or when the key is the only choice
in the largest group of two different respects ("30 October" thrice and "1910" twice), or
when the key's day and month recur in some choices but not in all; or when the key is the
only choice that echoes a distinctive word of what the learner reads beside the choices
(the stem and the section's title: "1956" in a title over four dates that differ only in
their year).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from lemminflect import getAllLemmas

from quizzes.generation.distractors.common import Candidate, _is_acronym, _key
from quizzes.generation.distractors.countries import country_of
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
    if answer_type == AnswerType.PLACE:
        return _place_kind_filter(answer, pool, prompt)
    if answer_type != AnswerType.PERSON:
        return lambda option: True
    people = {_key(c.text): c for c in pool if c.type == AnswerType.PERSON}
    key = people.get(_key(answer))
    stem_role = _stem_role(prompt, key)
    nationality = _stem_nationality(prompt)
    years = _years_in(prompt) or list(key.years if key else ())

    def fits(option: str) -> bool:
        other = people.get(_key(option))
        roles = other.roles if other is not None else ()
        # A role or nationality the stem prints must be one the text gives the option:
        # a name it gives no role could be anyone ("Which engineer ...?": a general).
        if stem_role and not any(stem_role <= set(r.split()) for r in roles):
            return False
        if nationality and not any(nationality & _nationality_marks(r) for r in roles):
            return False  # "Cambodia's Deputy Prime Minister" among Japanese ministers
        if other is None:
            return True
        if years and other.years:
            gap = min(abs(a - b) for a in years for b in other.years)
            return gap <= ERA_YEARS
        return True

    return fits


_WHICH_NOUN = re.compile(r"\b[Ww]hich (\w+)")
# Kinds of place smaller than the towns and cities the pool holds: a capital among
# villages would give the key away.
SMALL_PLACE_KINDS = {"village", "town", "hamlet", "suburb", "parish"}


def _place_kind_filter(answer: str, pool: list[Candidate], prompt: str) -> Callable[[str], bool]:
    """A question that asks "In which village ...?" is offered only places the text also
    calls villages; so is one asking for a kind the text gives the key ("which port")."""
    places = {_key(c.text): c for c in pool if c.type == AnswerType.PLACE}
    key = places.get(_key(answer))
    asked = _WHICH_NOUN.search(prompt)
    kind = asked.group(1).lower() if asked else ""
    if kind not in SMALL_PLACE_KINDS and (key is None or kind not in key.roles):
        return lambda option: True

    def fits(option: str) -> bool:
        other = places.get(_key(option))
        return other is not None and kind in other.roles

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


# "Who was Cambodia's minister", "Which Japanese envoy", "Which US Secretary": the word
# before the role names a country or a nationality.
_STEM_NATIONALITY = re.compile(
    r"^(?:which|who (?:was|is|were|are))\s+(?:the\s+)?(?P<word>[A-Z][\w.]*?)(?:['’]s)?\s",
    flags=re.IGNORECASE,
)
_NATIONALITY_ENDINGS = ("an", "ese", "ish", "ch", "i")
# Enough of a word to tell "Japan" and "Japanese" apart from "Jordan": a shared stem.
_NATION_STEM = 4


def _stem_nationality(prompt: str) -> set[str]:
    found = _STEM_NATIONALITY.match(prompt.strip())
    if found is None or not found["word"][:1].isupper():
        return set()
    return _nationality_marks(found["word"])


def _nationality_marks(text: str) -> set[str]:
    """The stems of the country and nationality words of a role: "cambodia's deputy prime
    minister" -> {"camb"}, "japanese envoy" -> {"japa"}; only words that name a country
    or end like a nationality ("-an", "-ese", "-ish")."""
    marks = set()
    for word in re.findall(r"[A-Za-z.]+", text):
        bare, country = word.strip("."), country_of(word.strip("."))
        ending = bare.lower().endswith(_NATIONALITY_ENDINGS) and not bare.lower().endswith("man")
        if country:
            marks.add(re.sub(r"^the ", "", country.lower())[:_NATION_STEM])
        if country or (len(bare) > _NATION_STEM and ending):
            marks.add(bare.lower()[:_NATION_STEM])
    return marks


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


def _day_shared_in_part(features: list[dict[str, object]]) -> bool:
    """The key's day and month recur in some choices but not all ("25 March 2001 | 25 March
    2002 | 25 March 1997 | 13 October 1993"): only the key's date is copied into other
    years, so the group that shares it holds the key. All four or none is fair."""
    days = [(f.get("m"), f.get("d")) for f in features]
    if days[0][1] is None:
        return False
    sharing = sum(day == days[0] for day in days[1:])
    return 0 < sharing < len(days) - 1


def gives_away(answer: str, distractors: list[str], answer_type: AnswerType) -> bool:
    """True when the set's structure points at the key (see the module docstring)."""
    options = [answer, *distractors]
    features = [_features(o, answer_type) for o in options]
    if _day_shared_in_part(features):
        return True
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


# A number or a capitalised word of three letters or more: words that identify, not "the".
_DISTINCTIVE = re.compile(r"\b(?:\d{3,}|[A-Z][\w'-]{2,})\b")


def echoes_only_the_key(answer: str, distractors: list[str], shown: str) -> bool:
    """Whether the key alone shares a distinctive word with ``shown`` (what the learner
    reads beside the choices), so that the question's own text points at it."""
    seen = {w.lower() for w in _DISTINCTIVE.findall(shown)}
    if not seen:
        return False

    def echoes(option: str) -> bool:
        return any(w.lower() in seen for w in _DISTINCTIVE.findall(option))

    return echoes(answer) and not any(echoes(d) for d in distractors)
