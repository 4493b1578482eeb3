"""Kinds: "X is a <kind> <thing>" -> "What kind of <thing> is X?" when the document uses
the kind again."""

import pytest

from quizzes.generation.drafts import DocumentContext
from quizzes.generation.rules.definition import drafts as definition_drafts
from tests.generation.conftest import make_site


def kinds_asked(sentence: str, *others: str) -> list[tuple[str, str, list[str]]]:
    context = DocumentContext(text="\n".join([sentence, *others]))
    return [
        (d.prompt, d.answer, d.accepted)
        for d in definition_drafts(make_site(sentence), context)
        if d.rule == "definition:kind"
    ]


def test_a_name_of_a_kind_the_document_repeats_asks_for_the_kind():
    assert kinds_asked("Hamlet is a revenge tragedy.", "Revenge tragedies were popular.") == [
        ("What kind of tragedy is Hamlet?", "revenge", ["revenge tragedy"])
    ]


def test_a_ranking_word_before_the_kind_is_left_out():
    assert kinds_asked("Lake Taupo is the largest caldera lake.", "Caldera lakes are deep.") == [
        ("What kind of lake is Lake Taupo?", "caldera", ["caldera lake"])
    ]


@pytest.mark.parametrize(
    ("sentence", "other"),
    [
        # the kind is never used again: a passing description
        ("Hamlet is a revenge tragedy.", "The play opened in 1601."),
        # an adjective may belong to the kind ("tropical rain"): not asked
        ("The Ituri is a tropical rain forest.", "Rain forests cover the basin."),
        # a description tied to a phrase is the definition rule's, not a kind
        ("Hamlet is the revenge tragedy of the age.", "Revenge tragedies were popular."),
        # a person's kind is a role
        ("Thomas Kyd was a revenge playwright.", "Revenge playwrights were popular."),
    ],
)
def test_no_kind_question_without_a_kind_the_document_uses(sentence, other):
    assert kinds_asked(sentence, other) == []
