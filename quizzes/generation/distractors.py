"""Wrong answers that look right: distractors for multiple choice, false values for true/false.

Every distractor has the answer's type and form. Values (years, dates, numbers, ordinals) are
taken from the document when they are near the answer and otherwise synthesised near it;
names (people, organizations, places, ...) come only from the document, except countries,
which fall back to a built-in list. Nothing is returned that is a variant of the answer or of
another distractor, and when too few good values exist the answer is ``None``.
"""

from __future__ import annotations

import calendar
import random
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from lemminflect import getAllLemmas, getInflection

from quizzes.generation.question import AnswerType


@dataclass(frozen=True)
class Candidate:
    """A typed mention from the document, as it is written there (``"the United Nations"``)."""

    text: str
    type: AnswerType


# --- Countries ------------------------------------------------------------------------------

# One country a line: the display name first, then other names and short forms.
_COUNTRY_LINES = """
Afghanistan
Albania
Algeria
Andorra
Angola
Antigua and Barbuda
Argentina
Armenia
Australia
Austria
Azerbaijan
the Bahamas
Bahrain
Bangladesh
Barbados
Belarus|Byelorussia
Belgium
Belize
Benin
Bhutan
Bolivia
Bosnia and Herzegovina|Bosnia
Botswana
Brazil
Brunei|Brunei Darussalam
Bulgaria
Burkina Faso
Burundi
Cambodia
Cameroon
Canada
Cape Verde|Cabo Verde
the Central African Republic
Chad
Chile
China|People's Republic of China|PRC
Colombia
the Comoros
the Republic of the Congo|Congo|Congo-Brazzaville
the Democratic Republic of the Congo|DRC|DR Congo|Congo-Kinshasa|Zaire
Costa Rica
Côte d'Ivoire|Cote d'Ivoire|Ivory Coast
Croatia
Cuba
Cyprus
the Czech Republic|Czechia
Denmark
Djibouti
Dominica
the Dominican Republic
Ecuador
Egypt
El Salvador
Equatorial Guinea
Eritrea
Estonia
Eswatini|Swaziland
Ethiopia
Fiji
Finland
France
Gabon
the Gambia
Georgia
Germany
Ghana
Greece
Grenada
Guatemala
Guinea
Guinea-Bissau
Guyana
Haiti
Honduras
Hungary
Iceland
India
Indonesia
Iran|Islamic Republic of Iran
Iraq
Ireland
Israel
Italy
Jamaica
Japan
Jordan
Kazakhstan
Kenya
Kiribati
Kosovo
Kuwait
Kyrgyzstan
Laos|Lao PDR|Lao People's Democratic Republic
Latvia
Lebanon
Lesotho
Liberia
Libya
Liechtenstein
Lithuania
Luxembourg
Madagascar
Malawi
Malaysia
the Maldives
Mali
Malta
the Marshall Islands
Mauritania
Mauritius
Mexico
Micronesia|Federated States of Micronesia
Moldova|Republic of Moldova
Monaco
Mongolia
Montenegro
Morocco
Mozambique
Myanmar|Burma
Namibia
Nauru
Nepal
the Netherlands|Holland
New Zealand
Nicaragua
Niger
Nigeria
North Korea|DPRK|Democratic People's Republic of Korea
North Macedonia|Macedonia
Norway
Oman
Pakistan
Palau
Palestine
Panama
Papua New Guinea
Paraguay
Peru
the Philippines
Poland
Portugal
Qatar
Romania
Russia|Russian Federation
Rwanda
Saint Kitts and Nevis
Saint Lucia
Saint Vincent and the Grenadines
Samoa
San Marino
São Tomé and Príncipe|Sao Tome and Principe
Saudi Arabia
Senegal
Serbia
Seychelles
Sierra Leone
Singapore
Slovakia
Slovenia
the Solomon Islands
Somalia
South Africa
South Korea|Republic of Korea|ROK|Korea
South Sudan
Spain
Sri Lanka
Sudan
Suriname
Sweden
Switzerland
Syria|Syrian Arab Republic
Taiwan
Tajikistan
Tanzania|United Republic of Tanzania
Thailand
Timor-Leste|East Timor
Togo
Tonga
Trinidad and Tobago
Tunisia
Turkey|Türkiye
Turkmenistan
Tuvalu
Uganda
Ukraine
the United Arab Emirates|UAE
the United Kingdom|UK|Britain|Great Britain
the United States|US|USA|America|United States of America
Uruguay
Uzbekistan
Vanuatu
Vatican City|Holy See
Venezuela
Vietnam|Viet Nam
Yemen
Zambia
Zimbabwe
"""

COUNTRY_NAMES: tuple[str, ...] = tuple(
    line.split("|")[0] for line in _COUNTRY_LINES.strip().splitlines()
)


# --- Matching: keys, variants -----------------------------------------------------------------

_ARTICLES = {"the", "a", "an"}
_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "madam"}
_NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
_ACRONYM_SKIP = {"of", "and", "for", "the", "on", "in", "de", "to", "&"}


def _key(text: str) -> str:
    """Lower case, no leading article or honorific, no possessive, punctuation as spaces."""
    text = text.strip().lower().replace("’", "'")
    text = re.sub(r"'s\b|(?<=s)'(?!\w)", "", text)
    text = re.sub(r"(?<=[a-z])\.", "", text).replace("'", "")
    words = re.sub(r"[^\w\s]", " ", text).split()
    while words and words[0] in _ARTICLES | _HONORIFICS:
        words = words[1:]
    return " ".join(words)


_COUNTRY_BY_KEY: dict[str, str] = {
    _key(name): line.split("|")[0]
    for line in _COUNTRY_LINES.strip().splitlines()
    for name in line.split("|")
}


def country_of(text: str) -> str | None:
    """The built-in display name of the country ``text`` names, or None."""
    return _COUNTRY_BY_KEY.get(_key(text))


def _contains(words: list[str], part: list[str]) -> bool:
    size = len(part)
    return any(words[i : i + size] == part for i in range(len(words) - size + 1))


def _is_acronym(text: str) -> bool:
    """One word of 2-8 capitals (dots allowed) and maybe digits: "FATF", "U.S.", "G8"."""
    word = re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE).replace(".", "")
    return bool(re.fullmatch(r"[A-Z][A-Z0-9]{1,7}", word))


def _initials(text: str) -> set[str]:
    """The acronyms a multi-word name could have, with and without small words or hyphens."""
    spellings = set()
    for split_hyphens in (False, True):
        words = re.split(r"[\s-]+" if split_hyphens else r"\s+", text.strip())
        if words and words[0].lower() == "the":
            words = words[1:]
        for skip_small in (False, True):
            kept = [w for w in words if w and not (skip_small and w.lower() in _ACRONYM_SKIP)]
            if len(kept) >= 2:
                spellings.add("".join(w[0] for w in kept).upper())
    return spellings


def _acronym_of(short: str, long: str) -> bool:
    if not _is_acronym(short) or len(long.split()) < 2:
        return False
    letters = re.sub(r"^the\s+", "", short.strip(), flags=re.IGNORECASE).replace(".", "")
    return letters.upper() in _initials(long)


def _same_but_acronym_prefix(words_a: list[str], words_b: list[str]) -> bool:
    """ "un general assembly" and "united nations general assembly": same name, one part
    abbreviated."""
    shared = 0
    while shared < min(len(words_a), len(words_b)) and words_a[-1 - shared] == words_b[-1 - shared]:
        shared += 1
    if not shared:
        return False
    rest_a, rest_b = words_a[: len(words_a) - shared], words_b[: len(words_b) - shared]
    for short, long in ((rest_a, rest_b), (rest_b, rest_a)):
        if len(short) == 1 and len(long) >= 2 and short[0] == "".join(w[0] for w in long):
            return True
    return False


def _surname(key: str) -> str:
    words = [w for w in key.split() if w not in _NAME_SUFFIXES]
    return words[-1] if words else ""


def is_variant(a: str, b: str, *, people: bool = False) -> bool:
    """Whether ``a`` and ``b`` name the same thing or one is part of the other.

    Ignores case, articles, honorifics, possessives and punctuation; also catches an acronym
    of the other, the same country under another name, the same date or number in another
    spelling, and (with ``people``) the same surname.
    """
    key_a, key_b = _key(a), _key(b)
    if not key_a or not key_b:
        return key_a == key_b
    if key_a == key_b:
        return True
    if _same_value(a, b):
        return True
    words_a, words_b = key_a.split(), key_b.split()
    if _contains(words_a, words_b) or _contains(words_b, words_a):
        return True
    if _acronym_of(a, b) or _acronym_of(b, a) or _same_but_acronym_prefix(words_a, words_b):
        return True
    country_a = country_of(a)
    if country_a is not None and country_a == country_of(b):
        return True
    return people and _surname(key_a) == _surname(key_b)


def _value(text: str) -> tuple[tuple, str] | None:
    """What a date, number or ordinal in ``text`` means, and the words around it.

    ``"32 countries"`` -> ``(("number", 32.0), "countries")``; two spellings of the same date
    or number get the same value.
    """
    if (when := _parse_date(text)) is not None:
        return ("date", when.fields, when.value), ""
    for kind, parse in (("ordinal", _parse_ordinal), ("number", _parse_number)):
        if (amount := parse(text)) is not None:
            match = amount.match
            return (kind, amount.value), _key(
                match.string[: match.start()] + match.string[match.end() :]
            )
    return None


def _same_value(a: str, b: str) -> bool:
    """The same value with the same words around it, or one of them the bare value."""
    value_a, value_b = _value(a), _value(b)
    if value_a is None or value_b is None or value_a[0] != value_b[0]:
        return False
    return value_a[1] == value_b[1] or not value_a[1] or not value_b[1]


# --- Shared helpers -------------------------------------------------------------------------


def _same_case(word: str, like: str) -> str:
    """``word`` in the capitalisation of ``like`` ("Two" -> "Three", "MAY" -> "JUNE")."""
    if like.isupper() and len(like) > 1:
        return word.upper()
    if like[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _ranked(items: Iterable[str], rng: random.Random, key: Callable | None = None) -> list[str]:
    """Distinct items in a seeded random order, stably sorted by ``key`` (preferred first)."""
    unique = list(dict.fromkeys(items))
    rng.shuffle(unique)
    return sorted(unique, key=key) if key else unique


def _near_values(
    answer_value,
    pool_values: Iterable,
    synthetic: Iterable,
    near: Callable[[object], bool],
    render: Callable[[object], str],
    rng: random.Random,
) -> list[str]:
    """Rendered values: the document's own values near the answer first, then synthetic ones."""
    from_pool = [v for v in dict.fromkeys(pool_values) if v != answer_value and near(v)]
    made = [v for v in dict.fromkeys(synthetic) if v != answer_value and v not in from_pool]
    rng.shuffle(from_pool)
    rng.shuffle(made)
    return [render(v) for v in from_pool + made]


def _texts(pool: list[Candidate], *types: AnswerType) -> list[str]:
    return [c.text for c in pool if c.type in types]


# --- Years and dates ------------------------------------------------------------------------

_MONTHS = [calendar.month_name[m] for m in range(1, 13)]
_MONTH_NUMBERS = {name.lower(): m for m, name in enumerate(_MONTHS, start=1)} | {
    name[:3].lower(): m for m, name in enumerate(_MONTHS, start=1)
}
_MONTH_NUMBERS["sept"] = 9
_M = r"(?P<m>" + "|".join(sorted(_MONTH_NUMBERS, key=len, reverse=True)) + r")\.?"
_D = r"(?P<d>\d{1,2}(?:st|nd|rd|th)?)"
_Y = r"(?P<y>(?:1\d|20)\d\d)"
_DATE_PATTERNS = [
    re.compile(p, re.IGNORECASE)
    for p in (
        rf"(?:the\s+)?{_M}\s+{_D},?\s+{_Y}",  # September 11, 2001
        rf"(?:the\s+)?{_D}\s+(?:of\s+)?{_M},?\s+{_Y}",  # 11 September 2001
        rf"{_M},?\s+(?:of\s+)?{_Y}",  # November 2007
        rf"(?:the\s+)?{_M}\s+{_D}",  # September 28
        rf"(?:the\s+)?{_D}\s+(?:of\s+)?{_M}",  # 28 September
        rf"{_M}",  # January
        rf"(?:(?:the\s+)?year\s+)?{_Y}",  # 1989, the year 2007
        r"(?:the\s+)?(?P<decade>(?:1\d|20)\d0)'?s",  # the 1990s
    )
]


@dataclass(frozen=True)
class _When:
    """A parsed date: which parts it has, their values, and where they sit in the text."""

    match: re.Match
    fields: tuple[str, ...]  # a subset of ("y", "m", "d"), or ("decade",)
    value: tuple  # (year, month, day), None where absent


def _days_in(year: int | None, month: int) -> int:
    return calendar.monthrange(year or 2000, month)[1]


def _parse_date(text: str) -> _When | None:
    text = text.strip()
    for pattern in _DATE_PATTERNS:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        parts = match.groupdict()
        if parts.get("decade"):
            return _When(match, ("decade",), (int(parts["decade"]), None, None))
        year = int(parts["y"]) if parts.get("y") else None
        month = _MONTH_NUMBERS[parts["m"].lower()] if parts.get("m") else None
        day = int(re.match(r"\d+", parts["d"]).group()) if parts.get("d") else None
        if day is not None and not 1 <= day <= _days_in(year, month):
            return None
        fields = tuple(f for f, v in zip("ymd", (year, month, day), strict=True) if v is not None)
        return _When(match, fields, (year, month, day))
    return None


def _ordinal_suffix(n: int) -> str:
    if 10 <= n % 100 <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _render_date(when: _When, value: tuple) -> str:
    """``value`` written the way the parsed date was written."""
    year, month, day = value
    text = when.match.string
    names = [n for n in when.match.re.groupindex if when.match.start(n) >= 0]
    pieces, last = [], 0
    for (start, end), name in sorted((when.match.span(n), n) for n in names):
        old = text[start:end]
        if name in ("y", "decade"):
            new = str(year)
        elif name == "m":
            full = old.lower() in {m.lower() for m in _MONTHS}
            new = _same_case(_MONTHS[month - 1] if full else _MONTHS[month - 1][:3], old)
        else:
            new = f"{day}{_ordinal_suffix(day)}" if old[-1].isalpha() else str(day)
        pieces += [text[last:start], new]
        last = end
    return "".join(pieces) + text[last:]


def _year_ceiling(year: int | None) -> int:
    """No synthetic date later than this year (distractors in the future look wrong)."""
    return max(date.today().year, year or 0)


def _year_options(answer: str, pool: list[Candidate], rng: random.Random) -> list[str]:
    when = _parse_date(answer)
    if when is None or when.fields != ("y",):
        return []
    year = when.value[0]
    ceiling = _year_ceiling(year)
    in_pool = [_parse_date(t) for t in _texts(pool, AnswerType.YEAR, AnswerType.DATE)]
    return _near_values(
        year,
        [w.value[0] for w in in_pool if w is not None and w.fields == ("y",)],
        [year + k for k in range(-8, 9) if year + k <= ceiling],
        lambda y: abs(y - year) <= 8,
        lambda y: _render_date(when, (y, None, None)),
        rng,
    )


def _date_options(answer: str, pool: list[Candidate], rng: random.Random) -> list[str]:
    when = _parse_date(answer)
    if when is None:
        return []
    if when.fields == ("y",):
        return _year_options(answer, pool, rng)
    year, month, day = when.value
    ceiling = _year_ceiling(year)
    made: list[tuple] = []
    if when.fields == ("decade",):
        made = [(year + 10 * k, None, None) for k in range(-3, 4)]
    if "y" in when.fields:  # the same month (and day) in another year
        made += [
            (year + k, month, day and min(day, _days_in(year + k, month))) for k in range(-5, 6)
        ]
    if "m" in when.fields:  # another month of the same year, with another day
        made += [(year, m, day and rng.randint(1, 28)) for m in range(1, 13)]
    if "d" in when.fields and "y" not in when.fields:  # another day of the same month
        made += [
            (None, month, d) for d in range(day - 9, day + 10) if 1 <= d <= _days_in(None, month)
        ]
    made = [v for v in made if v[0] is None or v[0] <= ceiling]
    in_pool = [_parse_date(t) for t in _texts(pool, AnswerType.DATE, AnswerType.YEAR)]
    return _near_values(
        when.value,
        [w.value for w in in_pool if w is not None and w.fields == when.fields],
        made,
        lambda v: v[0] is None or abs(v[0] - year) <= 8,
        lambda v: _render_date(when, v),
        rng,
    )


# --- Numbers and ordinals -------------------------------------------------------------------

_ONES = (  # noqa: SIM905 - a word list reads better as one string
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_IRREGULAR_ORDINALS = {
    "one": "first",
    "two": "second",
    "three": "third",
    "five": "fifth",
    "eight": "eighth",
    "nine": "ninth",
    "twelve": "twelfth",
}


def number_word(n: int) -> str:
    """0-99 in words: 32 -> "thirty-two"."""
    if n < 20:
        return _ONES[n]
    return _TENS[n // 10] + (f"-{_ONES[n % 10]}" if n % 10 else "")


def ordinal_word(n: int) -> str:
    """1-99 as an ordinal word: 3 -> "third", 62 -> "sixty-second"."""
    head, _, last = number_word(n).rpartition("-")
    if last in _IRREGULAR_ORDINALS:
        last = _IRREGULAR_ORDINALS[last]
    elif last.endswith("y"):
        last = last[:-1] + "ieth"
    else:
        last += "th"
    return f"{head}-{last}" if head else last


def _word_pattern(words: Iterable[str]) -> re.Pattern:
    spellings = {s for w in words for s in (w, w.replace("-", " "))}
    alternatives = "|".join(sorted(spellings, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)


_NUMBER_WORDS = {number_word(n): n for n in range(100)}
_ORDINAL_WORDS = {ordinal_word(n): n for n in range(1, 100)}
_NUMBER_WORD_RE = _word_pattern(_NUMBER_WORDS)
_ORDINAL_WORD_RE = _word_pattern(_ORDINAL_WORDS)
_DIGITS_RE = re.compile(r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?!\w|[.,]\d)")
_ORDINAL_DIGITS_RE = re.compile(r"(?<![\w.,])(\d+)(st|nd|rd|th)\b", re.IGNORECASE)
_NOT_UNITS = {"hundred", "thousand", "million", "billion", "trillion", "percent", "per"}


@dataclass(frozen=True)
class _Amount:
    """The one number or ordinal in a text, and how to write another in its place."""

    match: re.Match
    value: float
    words: bool  # written in words ("two", "third") rather than digits


def _only_match(text: str, *patterns: re.Pattern) -> re.Match | None:
    matches = [m for p in patterns for m in p.finditer(text)]
    return matches[0] if len(matches) == 1 else None


def _parse_number(text: str) -> _Amount | None:
    match = _only_match(text.strip(), _DIGITS_RE, _NUMBER_WORD_RE)
    if match is None or _ORDINAL_DIGITS_RE.search(text) or _ORDINAL_WORD_RE.search(text):
        return None
    found = match.group()
    if found[0].isdigit():
        return _Amount(match, float(found.replace(",", "")), words=False)
    return _Amount(match, _NUMBER_WORDS[found.lower().replace(" ", "-")], words=True)


def _parse_ordinal(text: str) -> _Amount | None:
    match = _only_match(text.strip(), _ORDINAL_DIGITS_RE, _ORDINAL_WORD_RE)
    if match is None:
        return None
    found = match.group()
    if found[0].isdigit():
        return _Amount(match, int(match.group(1)), words=False)
    return _Amount(match, _ORDINAL_WORDS[found.lower().replace(" ", "-")], words=True)


def _unit(amount: _Amount) -> str | None:
    """The counted noun after the number ("countries" in "32 countries"), if any."""
    after = re.match(r"\s*([A-Za-z]+)", amount.match.string[amount.match.end() :])
    if after is None or after.group(1).lower() in _NOT_UNITS:
        return None
    return after.group(1)


def _render_number(amount: _Amount, value: float) -> str:
    text, match = amount.match.string, amount.match
    found = match.group()
    if amount.words:
        new = _same_case(number_word(int(value)), found)
    else:
        decimals = len(found.partition(".")[2])
        new = f"{value:,.{decimals}f}" if "," in found else f"{value:.{decimals}f}"
    rest = text[match.end() :]
    unit = _unit(amount)
    if unit and amount.value == 1 and value != 1:  # "1 country" -> "3 countries"
        plural = (getInflection(unit.lower(), tag="NNS") or (unit.lower() + "s",))[0]
        rest = rest.replace(unit, _same_case(plural, unit), 1)
    return text[: match.start()] + new + rest


_SCALE_FACTORS = (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 1.1, 1.15, 1.2, 1.25, 1.3, 1.4, 1.5)


def _nearby_numbers(value: float, decimals: int) -> list[float]:
    """Values of the same magnitude and roundness: 32 -> 28, 36, 45; 1,200 -> 1,000, 1,500."""
    if decimals:  # 3.5 -> 2.6, 4.2, but not 3.0
        made = [round(value * f, decimals) for f in _SCALE_FACTORS]
        return [v for v in made if v and f"{v:.{decimals}f}"[-1] != "0"]
    n = int(value)
    digits = len(str(n))
    zeros = len(str(n)) - len(str(n).rstrip("0")) if n else 0
    made: list[float] = []
    for step in (10**k for k in range(zeros, -1, -1)):
        made = list(dict.fromkeys(int(n * f / step + 0.5) * step for f in _SCALE_FACTORS))
        made = [v for v in made if len(str(v)) == digits and v != n]
        if len(made) >= 5:
            break
    return made


def _number_options(answer: str, pool: list[Candidate], rng: random.Random) -> list[str]:
    amount = _parse_number(answer)
    if amount is None:
        return []
    value, found = amount.value, amount.match.group()
    decimals = 0 if amount.words else len(found.partition(".")[2])
    if decimals == 0 and value <= 10:
        lowest = 2 if _unit(amount) and value != 1 else 1  # keeps "countries" plural
        made = [value + k for k in (-3, -2, -1, 1, 2, 3) if value + k >= lowest]
    else:
        made = _nearby_numbers(value, decimals)
    if re.match(r"\s*(%|per\s?cent)", amount.match.string[amount.match.end() :], re.I):
        made = [v for v in made if v <= 100]
    if amount.words:
        made = [v for v in made if v < 100 and v == int(v)]
    same_form = [_parse_number(t) for t in _texts(pool, AnswerType.NUMBER)]
    unit = (_unit(amount) or "").lower()
    return _near_values(
        value,
        [a.value for a in same_form if a and (_unit(a) or "").lower() == unit],
        made,
        lambda v: v in made,
        lambda v: _render_number(amount, v),
        rng,
    )


def _render_ordinal(amount: _Amount, value: int) -> str:
    text, match = amount.match.string, amount.match
    if amount.words:
        new = _same_case(ordinal_word(value), match.group())
    else:
        new = str(value) + _same_case(_ordinal_suffix(value), match.group(2))
    return text[: match.start()] + new + text[match.end() :]


def _ordinal_options(answer: str, pool: list[Candidate], rng: random.Random) -> list[str]:
    amount = _parse_ordinal(answer)
    if amount is None:
        return []
    n = int(amount.value)
    made = [n + k for k in range(-4, 5) if n + k >= 1 and not (amount.words and n + k > 99)]
    in_pool = [_parse_ordinal(t) for t in _texts(pool, AnswerType.ORDINAL)]
    return _near_values(
        n,
        [int(a.value) for a in in_pool if a],
        made,
        lambda v: v in made,
        lambda v: _render_ordinal(amount, v),
        rng,
    )


# --- Names ----------------------------------------------------------------------------------


def _name_words(text: str) -> list[str]:
    """The words of a name without titles: "Mr. Ban Ki-moon" -> ["Ban", "Ki-moon"]."""
    return [w for w in text.split() if w.lower().rstrip(".") not in _HONORIFICS]


def _has_honorific(text: str) -> bool:
    return text.strip().lower().replace(".", "").split(" ")[0] in _HONORIFICS


def _looks_like_person(text: str) -> bool:
    """No digits and no acronyms ("G8", "ASEM" are not people)."""
    return not re.search(r"\d", text) and not any(_is_acronym(w) for w in text.split())


def _person_options(answer: str, pool: list[Candidate], rng: random.Random) -> list[str]:
    size, titled = len(_name_words(answer)), _has_honorific(answer)
    people = [t for t in _texts(pool, AnswerType.PERSON) if _looks_like_person(t)]
    return _ranked(
        people, rng, key=lambda t: (len(_name_words(t)) != size, _has_honorific(t) != titled)
    )


def _organization_options(answer: str, pool: list[Candidate], rng: random.Random) -> list[str]:
    acronym = _is_acronym(answer)
    orgs = _texts(pool, AnswerType.ORGANIZATION)
    return _ranked(orgs, rng, key=lambda t: _is_acronym(t) != acronym)


def _country_options(answer: str, pool: list[Candidate], rng: random.Random) -> list[str]:
    return _ranked(_texts(pool, AnswerType.COUNTRY), rng) + _ranked(COUNTRY_NAMES, rng)


def _form_gap(text: str, answer: str) -> tuple[int, bool]:
    """How far ``text`` is from the answer's form: word count, then plural or not."""
    plural = (text.rstrip()[-1:] == "s") != (answer.rstrip()[-1:] == "s")
    return abs(len(text.split()) - len(answer.split())), plural


def _options_from_pool(answer_type: AnswerType) -> Callable:
    def options(answer: str, pool: list[Candidate], rng: random.Random) -> list[str]:
        return _ranked(_texts(pool, answer_type), rng, key=lambda t: _form_gap(t, answer))

    return options


_OPTIONS: dict[AnswerType, Callable[[str, list[Candidate], random.Random], list[str]]] = {
    AnswerType.YEAR: _year_options,
    AnswerType.DATE: _date_options,
    AnswerType.NUMBER: _number_options,
    AnswerType.ORDINAL: _ordinal_options,
    AnswerType.PERSON: _person_options,
    AnswerType.ORGANIZATION: _organization_options,
    AnswerType.COUNTRY: _country_options,
} | {
    kind: _options_from_pool(kind)
    for kind in (
        AnswerType.PLACE,
        AnswerType.LAW,
        AnswerType.EVENT,
        AnswerType.GROUP,
        AnswerType.TERM,
        AnswerType.PHRASE,
    )
}


# --- Public API -----------------------------------------------------------------------------


def pick_distractors(
    answer: str,
    answer_type: AnswerType,
    pool: Iterable[Candidate],
    *,
    count: int = 3,
    seed: str,
) -> list[str] | None:
    """Exactly ``count`` wrong answers of the answer's type and form, or None."""
    make_options = _OPTIONS.get(answer_type)
    if make_options is None or not answer.strip():
        return None
    people = answer_type == AnswerType.PERSON
    chosen: list[str] = []
    for option in make_options(answer, list(pool), random.Random(seed)):
        option = option.strip()
        if is_variant(option, answer, people=people):
            continue
        if any(is_variant(option, other, people=people) for other in chosen):
            continue
        chosen.append(option)
        if len(chosen) == count:
            return chosen
    return None


def false_value(
    answer: str, answer_type: AnswerType, pool: Iterable[Candidate], *, seed: str
) -> str | None:
    """One same-type value to put in place of ``answer`` in a false statement, or None."""
    picked = pick_distractors(answer, answer_type, pool, count=1, seed=seed)
    return picked[0] if picked else None


def shuffle_choices(answer: str, distractors: list[str], *, seed: str) -> list[str]:
    """The answer among the distractors, in a seeded random order."""
    choices = [answer, *distractors]
    random.Random(seed).shuffle(choices)
    return choices


# --- Candidates from a parsed document ------------------------------------------------------

_NAME_TYPES = {
    "PERSON": AnswerType.PERSON,
    "ORG": AnswerType.ORGANIZATION,
    "GPE": AnswerType.COUNTRY,  # or PLACE, when it is not a country
    "LOC": AnswerType.PLACE,
    "FAC": AnswerType.PLACE,
    "LAW": AnswerType.LAW,
    "EVENT": AnswerType.EVENT,
    "NORP": AnswerType.GROUP,
}
_BRACKETS = ("()", "[]", "{}", "“”")


def _balanced(text: str) -> bool:
    if text.count('"') % 2:
        return False
    for opening, closing in _BRACKETS:
        depth = 0
        for char in text:
            depth += (char == opening) - (char == closing)
            if depth < 0:
                return False
        if depth:
            return False
    return True


_TAKES_THE = {"ORG", "LOC", "FAC", "LAW", "EVENT"}


def _entity_text(ent) -> str:
    """The entity's words, with a "the" just before a name of several words ("the United
    Nations", but not "the Toyota" from "the Toyota plant") and a counted noun just after a
    cardinal ("32 countries")."""
    doc, start, end = ent.doc, ent.start, ent.end
    if ent.label_ in _TAKES_THE and len(ent) > 1 and start and doc[start - 1].lower_ == "the":
        start -= 1
    if ent.label_ == "CARDINAL" and end < len(doc) and doc[end].tag_ == "NNS":
        end += 1
    text = " ".join(doc[start:end].text.split())
    text = re.sub(r"(?:['’]s|(?<=s)['’])$", "", text)
    return "the" + text[3:] if text.startswith("The ") else text


_LAW_WORDS = {"law", "act", "treaty", "convention", "protocol", "charter", "agreement", "accord"}


def _common_words(text: str) -> list[str]:
    """The words of ``text`` that are ordinary dictionary words, or [] if any is not."""
    words = [w for w in re.findall(r"[A-Za-z]+", text) if w.lower() not in _ACRONYM_SKIP]
    return words if words and all(getAllLemmas(w.lower()) for w in words) else []


def _name_is_clean(ent) -> bool:
    """Rejects typical tagging debris: "CHAPTER 3Japan", "Organization for ... and", "G8",
    headings tagged as people ("Diplomatic Fields") or organizations ("Regional Security"),
    and bare back-references ("the Council")."""
    if re.search(r"\d[A-Za-z]{2,}", ent.text) or ent[-1].pos_ in {"CCONJ", "ADP", "DET"}:
        return False
    common = _common_words(ent.text)
    if ent.label_ == "PERSON":
        words = [t for t in ent if t.is_alpha and t.lower_ not in _HONORIFICS]
        proper = bool(words) and words[0].pos_ == "PROPN"
        proper = proper and all(t.pos_ in {"PROPN", "NOUN"} for t in words)  # "Ki-moon": NOUN
        return proper and _looks_like_person(ent.text) and len(common) < 2
    if ent.label_ == "ORG" and common:
        return len(common) > 1 and _entity_text(ent).lower().startswith("the ")
    return not (ent.label_ in {"GPE", "LOC", "FAC"} and re.search(r"\d", ent.text))


def _candidate(ent) -> Candidate | None:
    label = ent.label_
    text = _entity_text(ent)
    key = _key(text)
    if not _balanced(text) or len(key.replace(" ", "")) <= 1:
        return None
    if label in _NAME_TYPES:
        if not _name_is_clean(ent):
            return None
        if label == "GPE" and country_of(text) is None:
            return Candidate(text, AnswerType.PLACE)
        if label == "ORG" and key.split()[-1] in _LAW_WORDS:  # "the ... Special Measures Law"
            return Candidate(text, AnswerType.LAW)
        return Candidate(text, _NAME_TYPES[label])
    if label == "DATE" and (when := _parse_date(text)) is not None:
        if when.fields == ("y",):
            return Candidate(when.match.group("y"), AnswerType.YEAR)
        return Candidate(text, AnswerType.DATE)
    if label == "CARDINAL" and _parse_number(text) is not None:
        return Candidate(text, AnswerType.NUMBER)
    if label == "ORDINAL" and _parse_ordinal(text) is not None:
        return Candidate(text, AnswerType.ORDINAL)
    return None


def candidates_from_doc(doc) -> list[Candidate]:
    """Typed candidates from a spaCy ``Doc`` (or several), once each, in document order.

    A name seen both with and without "the" keeps the form with it.
    """
    docs = [doc] if hasattr(doc, "ents") else list(doc)
    found: dict[tuple[AnswerType, str], Candidate] = {}
    for parsed in docs:
        for ent in parsed.ents:
            candidate = _candidate(ent)
            if candidate is None:
                continue
            slot = (candidate.type, _key(candidate.text))
            earlier = found.get(slot)
            if earlier is None or (
                candidate.text.startswith("the ") and not earlier.text.startswith("the ")
            ):
                found[slot] = candidate
    return list(found.values())
