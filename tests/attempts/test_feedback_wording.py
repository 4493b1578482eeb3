"""The player states the verdict and the key itself: the grader's message keeps only what
it adds (quizzes/feedback.py)."""

import pytest

from quizzes.feedback import explanation
from quizzes.models import AttemptItem
from quizzes.models.attempts import Presentation


def typed(feedback: str, key: str = "Masahiko Koumura") -> AttemptItem:
    return AttemptItem(presentation=Presentation.TYPED, feedback=feedback, answer=key)


@pytest.mark.parametrize(
    ("feedback", "shown"),
    [
        ("", ""),
        ("Correct.", ""),
        (
            "Correct — watch the spelling: Masahiko Koumura.",
            "Watch the spelling: Masahiko Koumura.",
        ),
        (
            "Correct: 'Koumura' is accepted for Masahiko Koumura.",
            "'Koumura' is accepted for Masahiko Koumura.",
        ),
        (
            "Correct — more precise than needed: the answer is Masahiko Koumura.",
            "More precise than needed.",
        ),
        ("Not quite: the answer is Masahiko Koumura.", ""),
        (
            "Not quite: that is Taro Aso, not Masahiko Koumura.",
            "That is Taro Aso, not Masahiko Koumura.",
        ),
        ("Not precise enough: the answer is Masahiko Koumura.", "Not precise enough."),
        ("No answer given: the answer is Masahiko Koumura.", "No answer given."),
    ],
)
def test_the_explanation_drops_the_verdict_and_the_key(feedback, shown):
    assert explanation(typed(feedback)) == shown


def test_a_key_with_a_full_stop_is_still_recognised():
    item = typed("Not quite: the answer is U.S.", key="U.S.")
    assert explanation(item) == ""
