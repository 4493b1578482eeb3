"""Generation, distractors and grading read general English from one lexicon.

The modules must use the shared lists themselves, not equal copies that drift apart, and
no module outside `quizzes/language` may spell out a month or number-word list again.
"""

import ast
from pathlib import Path

from quizzes.generation import clause_facts, people, syntax
from quizzes.generation.distractors import common, dates, numbers
from quizzes.generation.rules import fill_blank
from quizzes.language import lexicon
from quizzes.language import names as shared_names
from quizzes.language import numbers as shared_numbers
from quizzes.language import text as shared_text

QUIZZES = Path(__file__).resolve().parents[2] / "quizzes"


def test_the_shared_lists_are_the_same_objects_everywhere():
    assert dates.MONTH_NUMBERS is lexicon.MONTH_NUMBERS
    assert clause_facts.MONTH_NAMES is lexicon.MONTH_NAMES
    assert syntax.PRONOUNS is lexicon.PRONOUNS
    assert shared_text.ARTICLES is lexicon.ARTICLES
    assert fill_blank.LAW_WORDS is lexicon.LAW_WORDS
    assert numbers.number_word is shared_numbers.number_word


def test_every_honorific_is_dropped_by_generation_distractors_and_grading():
    assert lexicon.HONORIFICS <= people.PERSON_TITLES
    assert lexicon.HONORIFICS <= shared_names.TITLES
    assert common._key("Dr. Ada Lovelace") == common._key("Ada Lovelace")


def _string_collections(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Set | ast.List | ast.Tuple):
            yield {
                e.value.lower()
                for e in node.elts
                if isinstance(e, ast.Constant) and isinstance(e.value, str)
            }
        elif isinstance(node, ast.Dict):
            yield {
                k.value.lower()
                for k in node.keys
                if isinstance(k, ast.Constant) and isinstance(k.value, str)
            }
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield set(node.value.lower().split())


def test_no_module_spells_out_its_own_months_honorifics_or_number_words():
    guarded = {
        "month names": lexicon.MONTH_NAMES,
        "honorifics": lexicon.HONORIFICS,
        "number words": set(lexicon.ONES[10:]),
    }
    copies = []
    for path in sorted(QUIZZES.rglob("*.py")):
        if "language" in path.relative_to(QUIZZES).parts or "migrations" in path.parts:
            continue
        for words in _string_collections(ast.parse(path.read_text())):
            for what, shared in guarded.items():
                if len(words & shared) >= 4:
                    copies.append(f"{path.relative_to(QUIZZES)}: {what}")
    assert copies == []
