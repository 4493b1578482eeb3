"""Amounts with units, money and percentages: reading them and writing them other ways.

General English only: units of measurement, currencies and the words that hedge an amount
("about 1,490 square kilometres"). Used by the how-many rule to build a key and its
accepted variants, and by the number distractors to keep a unit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizzes.language.lexicon import APPROXIMATORS, EMPHASIS, SCALES

# Phrases that make an amount approximate, as `APPROXIMATORS` do: dropped from the key, kept
# in the question as "About how many ...?".
APPROXIMATOR_PHRASES = ("an estimated", "approx.", "circa", "c.")
# Words that make an amount a bound: part of the fact ("more than 500 billion yen").
BOUNDS = ("more than", "less than", "fewer than", "at least", "at most", "up to", "over", "under")

# Written-out units (singular, plural) and the abbreviation a learner may write instead.
_UNITS = {
    ("millimetre", "millimetres"): "mm",
    ("millimeter", "millimeters"): "mm",
    ("centimetre", "centimetres"): "cm",
    ("centimeter", "centimeters"): "cm",
    ("metre", "metres"): "m",
    ("meter", "meters"): "m",
    ("kilometre", "kilometres"): "km",
    ("kilometer", "kilometers"): "km",
    ("foot", "feet"): "ft",
    ("inch", "inches"): "in",
    ("mile", "miles"): "mi",
    ("gram", "grams"): "g",
    ("kilogram", "kilograms"): "kg",
    ("tonne", "tonnes"): "t",
    ("hectare", "hectares"): "ha",
    ("litre", "litres"): "l",
    ("liter", "liters"): "l",
    ("kilowatt", "kilowatts"): "kW",
    ("megawatt", "megawatts"): "MW",
    ("gigawatt", "gigawatts"): "GW",
    ("percent", "percent"): "%",
    ("per cent", "per cent"): "%",
}
UNIT_ABBREVIATIONS = {written: short for forms, short in _UNITS.items() for written in forms}
PLURAL_UNITS = {form: forms[1] for forms in _UNITS for form in forms}
# Abbreviations written out, for an answer the text gives abbreviated ("4,800 km").
WRITTEN_UNITS = {
    "mm": "millimetres",
    "cm": "centimetres",
    "m": "metres",
    "km": "kilometres",
    "ft": "feet",
    "mi": "miles",
    "kg": "kilograms",
    "g": "grams",
    "ha": "hectares",
    "kW": "kilowatts",
    "MW": "megawatts",
    "GW": "gigawatts",
    "%": "percent",
}
# Units of length, written out or short: what "How long ...?" can be answered in.
LENGTH_UNITS = {
    form
    for forms, short in _UNITS.items()
    if short in {"mm", "cm", "m", "km", "ft", "in", "mi"}
    for form in (*forms, short)
}
# "square kilometres" -> "km²", "cubic metres" -> "m³".
POWERS = {"square": "²", "sq": "²", "cubic": "³"}
# Currency symbols and the word for them.
CURRENCY_SYMBOLS = {"US$": "US dollars", "$": "dollars", "€": "euros", "£": "pounds", "¥": "yen"}
CURRENCY_WORDS = {
    "dollar",
    "dollars",
    "euro",
    "euros",
    "pound",
    "pounds",
    "yen",
    "yuan",
    "franc",
    "francs",
    "rupee",
    "rupees",
    "peso",
    "pesos",
    "won",
    "rouble",
    "roubles",
    "ruble",
    "rubles",
}
# Adjectives of size an amount can measure: "82 kilometres long" -> "How long is ...?".
DIMENSIONS = {"long", "wide", "deep", "high", "tall", "thick", "broad"}

_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_AMOUNT = re.compile(
    rf"^(?P<symbol>US\$|[A-Z]{{0,2}}\$|[€£¥])?\s*(?P<number>{_NUMBER})"
    rf"(?:\s*(?P<scale>{'|'.join(SCALES)}))?"
    r"\s*(?P<unit>%|[^\d\s].*?)?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Amount:
    """An amount as the text writes it, split into what a key needs."""

    hedge: str  # "about" (approximate) or "" ; a bound ("more than") stays in ``key``
    key: str  # the answer: "1,490 square kilometres", "more than 500 billion yen"
    number: str  # "1,490"
    scale: str  # "billion" or ""
    symbol: str  # "US$" or ""
    unit: str  # "square kilometres", "yen", "%", or ""
    bound: str  # "more than" or ""

    @property
    def is_money(self) -> bool:
        return bool(self.symbol) or self.unit.split(" ")[-1].lower() in CURRENCY_WORDS

    @property
    def is_percentage(self) -> bool:
        return self.unit.lower() in {"%", "percent", "per cent"}

    @property
    def is_length(self) -> bool:
        """ "82 kilometres", "1,200 km"; not "82 square kilometres"."""
        return self.unit.lower() in LENGTH_UNITS or self.unit in LENGTH_UNITS

    @property
    def unit_plural(self) -> str:
        """The unit as a counted noun, written out: "square kilometres", "kilometres"
        for "km", "US gallons"."""
        words = self.unit.split()
        if not words:
            return ""
        last = words[-1]
        words[-1] = WRITTEN_UNITS.get(last) or PLURAL_UNITS.get(last.lower(), last)
        return " ".join(words)

    def variants(self) -> list[str]:
        """Other ways to write the key: units abbreviated or written out, money with its
        symbol or its currency word, the hedged form the text uses."""
        head = f"{self.bound} " if self.bound else ""
        number = f"{self.number} {self.scale}".strip()
        found: list[str] = []
        if self.symbol:
            found.append(f"{head}{number} {CURRENCY_SYMBOLS.get(self.symbol, 'dollars')}")
            if self.symbol != "$" and self.symbol.endswith("$"):
                found.append(f"{head}${number}")
        unit_words = self.unit.split()
        if unit_words:
            last = unit_words[-1]
            short = UNIT_ABBREVIATIONS.get(self.unit.lower()) or UNIT_ABBREVIATIONS.get(
                last.lower()
            )
            written = WRITTEN_UNITS.get(last) or WRITTEN_UNITS.get(last.lower())
            power = POWERS.get(unit_words[0].lower())
            if short and power:
                found.append(f"{head}{number} {short}{power}")
                if power == "²":
                    found.append(f"{head}{number} sq {short}")
            elif short:
                found.append(
                    f"{head}{number}{short}" if short == "%" else f"{head}{number} {short}"
                )
            elif written:
                found.append(" ".join([f"{head}{number}", *unit_words[:-1], written]))
        if self.hedge:
            found.append(f"{self.hedge} {self.key}")
        return [v for v in dict.fromkeys(found) if v != self.key]


def read_amount(text: str) -> Amount | None:
    """The parts of "about 1,490 square kilometres", "US$30.8 billion", "40 percent";
    None for anything else (a range, two numbers, a number without a unit or currency)."""
    words = " ".join(text.split())
    lowered = words.lower()
    hedge = bound = ""
    changed = True
    while changed:
        changed = False
        for phrase in (*EMPHASIS, *APPROXIMATORS, *APPROXIMATOR_PHRASES, *BOUNDS):
            if lowered.startswith(phrase + " "):
                if phrase in APPROXIMATORS or phrase in APPROXIMATOR_PHRASES:
                    hedge = hedge or "about"
                elif phrase in BOUNDS:
                    bound = bound or words[: len(phrase)]
                words, lowered = words[len(phrase) + 1 :], lowered[len(phrase) + 1 :]
                changed = True
    match = _AMOUNT.match(words)
    if match is None or len(re.findall(_NUMBER, words)) != 1:
        return None
    symbol, unit = match["symbol"] or "", (match["unit"] or "").strip()
    if re.search(r"\d", unit) or not (symbol or unit):
        return None
    key = f"{bound} {words}".strip() if bound else words
    return Amount(
        hedge=hedge,
        key=key,
        number=match["number"],
        scale=match["scale"] or "",
        symbol=symbol,
        unit=unit,
        bound=bound.lower(),
    )
