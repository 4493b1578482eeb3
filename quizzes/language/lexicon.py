"""Word lists of general English, one copy each.

Nothing here is specific to a document or a field: only closed classes (months, pronouns,
number words, small words) and the few open-class words every rule treats alike (forms of
address, the head nouns of laws). Sets are frozen so that no caller can grow a shared list.
"""

from __future__ import annotations

# --- Calendar -------------------------------------------------------------------------------

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MONTH_NAMES = frozenset(month.lower() for month in MONTHS)
# Every written month, full or abbreviated, lower case -> 1-12 ("sept" is as common as "sep").
MONTH_NUMBERS: dict[str, int] = {
    spelling: number
    for number, month in enumerate(MONTHS, start=1)
    for spelling in (month.lower(), month[:3].lower())
} | {"sept": 9}
# Day names and their abbreviations: a date may name its weekday ("Tuesday, 11 September").
WEEKDAYS = frozenset(
    spelling
    for day in (
        "monday mon",
        "tuesday tue tues",
        "wednesday wed",
        "thursday thu thurs",
        "friday fri",
        "saturday sat",
        "sunday sun",
    )
    for spelling in day.split()
)

# --- People ---------------------------------------------------------------------------------

# Forms of address written before a name and never part of it ("Dr Jenner" is Jenner).
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "madam"})
# Titles of rank and sainthood: also before a name, but "Lord Howe Island" or "St Louis" is
# a place, so only code that already knows it holds a person's name drops them.
RANK_AND_SAINT_TITLES = frozenset({"lady", "lord", "professor", "saint", "st"})
# Generation markers after a family name ("Martin Luther King Jr.", "Henry VIII" is not one).
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})

# --- Function words -------------------------------------------------------------------------

ARTICLES = frozenset({"the", "a", "an"})
# Small words inside names of bodies and works ("Bank for International Settlements").
NAME_LINK_WORDS = frozenset({"of", "for", "and", "the", "on", "in", "to"})
# Words that point at something said before rather than name it.
PRONOUNS = frozenset(
    {
        "he",
        "she",
        "it",
        "they",
        "this",
        "these",
        "those",
        "that",
        "his",
        "her",
        "its",
        "their",
        "we",
        "i",
        "you",
        "him",
        "them",
        "one",
    }
)
RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})

# --- Numbers --------------------------------------------------------------------------------

# 0-19 and the tens, in order: ONES[7] == "seven", TENS[3] == "thirty".
ONES = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
# Ordinals not made by adding "th" (or "ieth" after a "y").
IRREGULAR_ORDINALS = {
    "one": "first",
    "two": "second",
    "three": "third",
    "five": "fifth",
    "eight": "eighth",
    "nine": "ninth",
    "twelve": "twelfth",
}
# Words multiplying the number before them, by power of ten ("2.5 million").
SCALES = {"thousand": 3, "million": 6, "billion": 9, "trillion": 12}
# Words before a number that make it approximate ("about 2,000"), and words that only
# emphasise it ("only 7"): neither is part of the fact.
APPROXIMATORS = frozenset(
    {"about", "around", "roughly", "some", "approximately", "nearly", "almost"}
)
EMPHASIS = frozenset({"only", "just"})

# --- Law ------------------------------------------------------------------------------------

# Head nouns of an instrument of law: an ORG entity ending in one is a law, not a body.
LAW_WORDS = frozenset(
    {"law", "act", "treaty", "convention", "protocol", "charter", "agreement", "accord"}
)

# "do their utmost to conclude", "did his best to stop": the effort idiom wraps the act it
# promises; a question can ask about the act alone.
EFFORT_NOUNS = frozenset({"utmost", "best"})

# Phrasal verbs and the single verb that says the same in a question: "When did she go
# back to Oslo?" reads better as "When did she return to Oslo?". Only pairs that mean the
# same with every object ("set up" and "carry out" do not: "establish a tent", "conduct a
# plan").
PHRASAL_VERBS = {
    ("go", "back"): "return",
    ("come", "back"): "return",
}
