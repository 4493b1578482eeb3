"""How-many rule: a counted noun that is the subject or object of its clause."""

import pytest

from quizzes.generation.question import AnswerType, Kind
from quizzes.generation.rules.how_many import drafts as how_many_drafts


def asked(drafts) -> list[tuple[str, str]]:
    return [(draft.prompt, draft.answer) for draft in drafts]


def test_how_many_question_for_a_counted_subject(site):
    (draft,) = how_many_drafts(site("Seven countries claim parts of Antarctica."))

    assert (draft.prompt, draft.answer) == (
        "How many countries claim parts of Antarctica?",
        "Seven",
    )
    assert draft.kind == Kind.HOW_MANY
    assert draft.answer_type == AnswerType.NUMBER
    assert draft.accepted == ["Seven countries"]


def test_how_many_question_for_a_counted_object_inverts_with_does(site):
    drafts = how_many_drafts(site("The human body has 206 bones."))

    assert asked(drafts) == [("How many bones does the human body have?", "206")]


@pytest.mark.parametrize(
    ("sentence", "prompt", "answer"),
    [
        (
            "The Olympic flag shows five rings.",
            "How many rings does the Olympic flag show?",
            "five",
        ),
        (
            "Amundsen's team used 52 dogs on the journey to the pole.",
            "How many dogs did Amundsen's team use on the journey to the pole?",
            "52",
        ),
        (
            "Jenner vaccinated 23 patients in 1798.",
            "How many patients did Jenner vaccinate in 1798?",
            "23",
        ),
        (
            "The vaccine trial enrolled 1,800,000 children.",
            "How many children did the vaccine trial enrol?",
            "1,800,000",
        ),
    ],
)
def test_how_many_question_for_a_counted_object(site, sentence, prompt, answer):
    assert asked(how_many_drafts(site(sentence))) == [(prompt, answer)]


@pytest.mark.parametrize(
    ("sentence", "answer"),
    [
        ("Twelve countries signed the Antarctic Treaty in 1959.", "Twelve"),
        ("A total of 12 countries signed the Antarctic Treaty in 1959.", "12"),
    ],
)
def test_how_many_question_counts_through_a_total_of(site, sentence, answer):
    assert asked(how_many_drafts(site(sentence))) == [
        ("How many countries signed the Antarctic Treaty in 1959?", answer)
    ]


def test_how_many_question_in_a_glossary_box_names_the_body(site):
    drafts = how_many_drafts(site("A total of 211 national associations are members.", term="FIFA"))

    assert asked(drafts) == [("How many national associations are members of FIFA?", "211")]


def test_how_many_question_counts_only_the_first_of_two_counted_groups(site):
    drafts = how_many_drafts(site("The expedition lost 5 ponies and 2 men."))

    assert asked(drafts) == [("How many ponies did the expedition lose?", "5")]


def test_refuses_a_year(site):
    assert how_many_drafts(site("Scott died in 1912 on the way back.")) == []
    assert how_many_drafts(site("The 1924 Games were held in Paris.")) == []


def test_refuses_a_sum_like_2_plus_2(site):
    assert how_many_drafts(site("The children learned that 2+2 equals four.")) == []


@pytest.mark.parametrize("sentence", ["He scored 3 goals.", "They signed 12 agreements."])
def test_refuses_when_subject_is_a_pronoun(site, sentence):
    assert how_many_drafts(site(sentence)) == []


def test_refuses_a_negated_clause(site):
    assert how_many_drafts(site("Only 3 patients did not recover.")) == []


def test_refuses_an_approximate_number(site):
    assert how_many_drafts(site("The committee has about 100 members.")) == []
