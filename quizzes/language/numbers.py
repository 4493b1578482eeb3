"""Numbers in words and digits: writing 0-99 as words, and reading numbers out of words.

`number_word` and `ordinal_word` write what distractors and cloze answers show;
`read_number` and `find_numbers` read the same words back (and larger ones: "two hundred
and five thousand") out of a list of lower-case tokens, as grading needs.
"""

from __future__ import annotations

import re
from decimal import Decimal

from quizzes.language.lexicon import IRREGULAR_ORDINALS, ONES, SCALES, TENS


def number_word(n: int) -> str:
    """0-99 in words: 32 -> "thirty-two"."""
    if n < 20:
        return ONES[n]
    return TENS[n // 10] + (f"-{ONES[n % 10]}" if n % 10 else "")


def ordinal_word(n: int) -> str:
    """1-99 as an ordinal word: 3 -> "third", 62 -> "sixty-second"."""
    head, _, last = number_word(n).rpartition("-")
    if last in IRREGULAR_ORDINALS:
        last = IRREGULAR_ORDINALS[last]
    elif last.endswith("y"):
        last = last[:-1] + "ieth"
    else:
        last += "th"
    return f"{head}-{last}" if head else last


def ordinal_suffix(n: int) -> str:
    """The letters after an ordinal in digits: 1 -> "st", 12 -> "th", 22 -> "nd"."""
    if 10 <= n % 100 <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


# --- Reading numbers written in words ---------------------------------------------------------

_CARDINAL = re.compile(r"\d+(?:\.\d+)?")
_ORDINAL = re.compile(r"(\d+)(?:st|nd|rd|th)")


def _word_table() -> dict[str, tuple[str, int, bool]]:
    """word -> (kind, value, is_ordinal); the kind says which word may follow which."""
    table: dict[str, tuple[str, int, bool]] = {}
    for value in range(20):
        kind = "unit" if value < 10 else "teen"
        table[number_word(value)] = (kind, value, False)
        if value:
            table[ordinal_word(value)] = (kind, value, True)
    for value in range(20, 100, 10):
        table[number_word(value)] = ("tens", value, False)
        table[ordinal_word(value)] = ("tens", value, True)
    table["hundred"] = ("hundred", 100, False)
    table["hundredth"] = ("hundred", 100, True)
    for scale, power in SCALES.items():
        table[scale] = ("scale", 10**power, False)
        table[scale + "th"] = ("scale", 10**power, True)
    return table


_NUMBER_WORDS = _word_table()
# Which kind of word may come right before each kind ("twenty two", not "two twenty").
_MAY_FOLLOW = {
    "unit": {None, "tens", "hundred", "scale"},
    "teen": {None, "hundred", "scale"},
    "tens": {None, "hundred", "scale"},
    "hundred": {"unit", "teen"},
    "scale": {"unit", "teen", "tens", "hundred"},
}


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
        kind, value, is_ordinal_word = _NUMBER_WORDS[token]
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
        last, ordinal, index = kind, is_ordinal_word, index + 1
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
