"""Distractors for amounts: the same unit and form, near in size and as round as the key."""

import re

import pytest

from quizzes.generation.distractors import pick_distractors
from quizzes.generation.question import AnswerType

SEEDS = ["a", "b", "c", "d", "e"]


def pick(answer: str, seed: str) -> list[str]:
    return pick_distractors(answer, AnswerType.NUMBER, [], seed=seed)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_price_in_steps_of_25_keeps_steps_of_25(seed):
    distractors = pick("375 million dollars", seed)

    assert len(distractors) == 3
    for text in distractors:
        value = int(re.fullmatch(r"(\d{3}) million dollars", text).group(1))
        assert value % 25 == 0
        assert 150 <= value <= 600


@pytest.mark.parametrize("seed", SEEDS)
def test_a_decimal_with_a_scale_never_drops_below_one(seed):
    distractors = pick("1.55 million square kilometres", seed)

    assert len(distractors) == 3
    assert all(re.fullmatch(r"[1-9]\.\d\d million square kilometres", t) for t in distractors)


@pytest.mark.parametrize(
    ("answer", "pattern"),
    [
        ("US$30.8 billion", r"US\$\d\d\.\d billion"),
        ("more than 500 billion yen", r"more than \d00 billion yen"),
        ("6,650 km", r"\d,\d\d0 km"),
        ("60 percent", r"\d0 percent"),
    ],
)
def test_amounts_keep_their_unit_currency_and_bound(answer, pattern):
    for seed in SEEDS:
        distractors = pick(answer, seed)
        assert len(distractors) == 3
        assert all(re.fullmatch(pattern, t) for t in distractors), distractors
