"""Each kind of question comes from one rule module named after it, with its own tests."""

from pathlib import Path

from quizzes.generation.rules import RULES

TESTS = Path(__file__).resolve().parent


def test_every_rule_module_is_named_after_its_kind():
    assert [rule.name for rule in RULES] == [rule.kind.value for rule in RULES]


def test_no_two_rules_produce_the_same_kind():
    kinds = [rule.kind for rule in RULES]
    assert len(kinds) == len(set(kinds))


def test_every_rule_has_a_test_module_of_the_same_name():
    missing = [rule.name for rule in RULES if not (TESTS / f"test_rule_{rule.name}.py").exists()]
    assert missing == []
