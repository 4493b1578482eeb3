"""Wrong answers that look right: distractors for multiple choice, false values for true/false.

Every distractor has the answer's type and form. Values (years, dates, numbers, ordinals) are
taken from the document when they are near the answer and otherwise synthesised near it;
names (people, organizations, places, ...) come only from the document, except countries,
which fall back to a built-in list. Nothing is returned that is a variant of the answer or of
another distractor, and when too few good values exist the answer is ``None``.
"""

from quizzes.generation.distractors.candidates import Candidate, candidates_from_doc
from quizzes.generation.distractors.choices import false_value, pick_distractors, shuffle_choices
from quizzes.generation.distractors.countries import COUNTRY_NAMES, country_of
from quizzes.generation.distractors.variants import is_variant
from quizzes.language.numbers import number_word, ordinal_word

__all__ = [
    "COUNTRY_NAMES",
    "Candidate",
    "candidates_from_doc",
    "country_of",
    "false_value",
    "is_variant",
    "number_word",
    "ordinal_word",
    "pick_distractors",
    "shuffle_choices",
]
