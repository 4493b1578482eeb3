"""Numbers written in digits or words, cardinal or ordinal: "thirty-second" = "32nd"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from quizzes.grading.text import ARTICLES, STOPWORDS, word_set, words

_CARDINAL = re.compile(r"\d+(?:\.\d+)?")
_ORDINAL = re.compile(r"(\d+)(?:st|nd|rd|th)")

# word -> (kind, value, is_ordinal); kinds order which word may follow which.
_NUMBER_WORDS: dict[str, tuple[str, int, bool]] = {}
_CARDINALS = (
    ("unit", 0, "zero one two three four five six seven eight nine"),
    ("teen", 10, "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"),
)
_ORDINALS = (
    ("unit", 1, "first second third fourth fifth sixth seventh eighth ninth"),
    (
        "teen",
        10,
        "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth"
        " eighteenth nineteenth",
    ),
)
for _kind, _start, _names in _CARDINALS:
    for _value, _word in enumerate(_names.split(), start=_start):
        _NUMBER_WORDS[_word] = (_kind, _value, False)
for _kind, _start, _names in _ORDINALS:
    for _value, _word in enumerate(_names.split(), start=_start):
        _NUMBER_WORDS[_word] = (_kind, _value, True)
for _value, _word in zip(
    range(20, 100, 10),
    ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"],
    strict=True,
):
    _NUMBER_WORDS[_word] = ("tens", _value, False)
    _NUMBER_WORDS[_word[:-1] + "ieth"] = ("tens", _value, True)
_NUMBER_WORDS.update(
    {
        "hundred": ("hundred", 100, False),
        "hundredth": ("hundred", 100, True),
        "thousand": ("scale", 10**3, False),
        "thousandth": ("scale", 10**3, True),
        "million": ("scale", 10**6, False),
        "millionth": ("scale", 10**6, True),
        "billion": ("scale", 10**9, False),
        "billionth": ("scale", 10**9, True),
    }
)
# Which kind of word may come right before each kind ("twenty two", not "two twenty").
_MAY_FOLLOW = {
    "unit": {None, "tens", "hundred", "scale"},
    "teen": {None, "hundred", "scale"},
    "tens": {None, "hundred", "scale"},
    "hundred": {"unit", "teen"},
    "scale": {"unit", "teen", "tens", "hundred"},
}
# Words around a number that hedge it ("about 2,000") rather than name something else.
HEDGES = word_set(
    """
    about approximately approx around roughly some nearly almost over under more less
    fewer than least most up only just exactly circa total
    """
)


def _kind_of(tokens: list[str], index: int) -> str | None:
    word = _NUMBER_WORDS.get(tokens[index]) if index < len(tokens) else None
    return word[0] if word else None


def _scaled(digits: str, scale: int) -> Decimal:
    """`digits` times a power of ten, exactly: written as one literal, since Decimal
    arithmetic rounds to 28 digits ("12345678901234567890123456788 million" would equal
    the next number)."""
    return Decimal(f"{digits}E{len(str(scale)) - 1}")


def read_number(tokens: list[str], start: int) -> tuple[Decimal, bool, int] | None:
    """The number starting at tokens[start]: (value, is_ordinal, end index), or None."""
    token = tokens[start]
    if match := _ORDINAL.fullmatch(token):
        return Decimal(match[1]), True, start + 1
    if _CARDINAL.fullmatch(token):
        if _kind_of(tokens, start + 1) in ("hundred", "scale"):  # "2 million"
            _, scale, ordinal = _NUMBER_WORDS[tokens[start + 1]]
            return _scaled(token, scale), ordinal, start + 2
        return Decimal(token), False, start + 1
    total = current = 0
    last: str | None = None
    last_scale = 10**18
    ordinal = False
    index = start
    while index < len(tokens) and not ordinal:
        token, next_kind = tokens[index], _kind_of(tokens, index + 1)
        if token == "a" and last is None and next_kind in ("hundred", "scale"):
            current, last, index = 1, "unit", index + 1
            continue
        if (
            token == "and"
            and last in ("hundred", "scale")
            and next_kind in ("unit", "teen", "tens")
        ):
            index += 1
            continue
        if token not in _NUMBER_WORDS:
            break
        kind, value, ordinal_word = _NUMBER_WORDS[token]
        if last not in _MAY_FOLLOW[kind] or (value == 0 and last is not None):
            break
        if kind == "hundred":
            if current >= 100:
                break
            current *= 100
        elif kind == "scale":
            if value >= last_scale:
                break
            total, current, last_scale = total + current * value, 0, value
        else:
            current += value
        last, ordinal, index = kind, ordinal_word, index + 1
    if last is None:
        return None
    return Decimal(total + current), ordinal, index


def _may_start_number(token: str) -> bool:
    """A cheap test ruling out most words before `read_number` looks at them."""
    return token[:1].isdecimal() or token in _NUMBER_WORDS or token == "a"


def find_numbers(tokens: list[str]) -> list[tuple[int, int, Decimal, bool]]:
    """Every number in the tokens as (start, end, value, is_ordinal)."""
    found = []
    index = 0
    while index < len(tokens):
        number = read_number(tokens, index) if _may_start_number(tokens[index]) else None
        if number is None:
            index += 1
            continue
        value, ordinal, end = number
        found.append((index, end, value, ordinal))
        index = end
    return found


def number_token(value: Decimal, ordinal: bool) -> str:
    """One canonical spelling: "2000", "3.5", "32th" for any ordinal 32."""
    digits = format(value, "f")  # exact: `normalize()` would round to 28 digits
    if "." in digits:
        digits = digits.rstrip("0").rstrip(".")
    return digits + "th" if ordinal else digits


def digitise(tokens: list[str]) -> list[str]:
    """Numbers in words replaced by their canonical digits: "group of eight" -> "group of 8"."""
    result: list[str] = []
    previous = 0
    for start, end, value, ordinal in find_numbers(tokens):
        result += tokens[previous:start] + [number_token(value, ordinal)]
        previous = end
    return result + tokens[previous:]


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
    ignored = STOPWORDS | ARTICLES
    before = tuple(t for t in tokens[:start] if t not in ignored)
    after = tuple(t for t in tokens[end:] if t not in ignored)
    return Quantity(value, ordinal, before, after)
