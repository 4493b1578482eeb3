"""Who rule: a named person doing something becomes "Who/Which <role> ...?"."""

import pytest

from quizzes.generation.question import AnswerType, Kind
from quizzes.generation.rules.who import drafts as who_drafts


def asked(drafts) -> list[tuple[str, str]]:
    return [(draft.prompt, draft.answer) for draft in drafts]


def test_who_question_replaces_the_subject_and_keeps_the_verb(site):
    (draft,) = who_drafts(site("Alexander Fleming discovered penicillin in 1928."))

    assert (draft.prompt, draft.answer) == (
        "Who discovered penicillin in 1928?",
        "Alexander Fleming",
    )
    assert draft.kind == Kind.WHO
    assert draft.answer_type == AnswerType.PERSON


def test_who_question_accepts_the_family_name(site):
    (draft,) = who_drafts(site("Pierre de Coubertin founded the International Olympic Committee."))

    assert draft.prompt == "Who founded the International Olympic Committee?"
    assert draft.answer == "Pierre de Coubertin"
    assert draft.accepted == ["Coubertin"]


def test_who_question_keeps_a_hyphenated_family_name_whole(site):
    (draft,) = who_drafts(site("Tim Berners-Lee invented the World Wide Web."))

    assert (draft.prompt, draft.answer) == ("Who invented the World Wide Web?", "Tim Berners-Lee")
    assert draft.accepted == ["Berners-Lee"]


@pytest.mark.parametrize(
    ("sentence", "prompt", "answer"),
    [
        (
            "British explorer Robert Falcon Scott reached the South Pole in January 1912.",
            "Which British explorer reached the South Pole in January 1912?",
            "Robert Falcon Scott",
        ),
        (
            "French chemist Louis Pasteur developed a rabies vaccine in 1885.",
            "Which French chemist developed a rabies vaccine in 1885?",
            "Louis Pasteur",
        ),
        (
            "American physician Jonas Salk announced the results in April 1955.",
            "Which American physician announced the results in April 1955?",
            "Jonas Salk",
        ),
    ],
)
def test_which_question_keeps_the_role_written_before_the_name(site, sentence, prompt, answer):
    assert asked(who_drafts(site(sentence))) == [(prompt, answer)]


def test_who_question_follows_a_who_clause_to_its_more_specific_fact(site):
    sentence = "Jonas Salk, who developed the first polio vaccine, refused to patent it."

    assert asked(who_drafts(site(sentence))) == [
        ("Who developed the first polio vaccine?", "Jonas Salk")
    ]


def test_who_question_leaves_out_an_apposition_after_the_name(site):
    sentence = "Edward Jenner, an English physician, developed the first smallpox vaccine."

    assert asked(who_drafts(site(sentence))) == [
        ("Who developed the first smallpox vaccine?", "Edward Jenner")
    ]


def test_who_question_uses_the_apposed_role_of_the_first_of_two_subjects(site):
    sentence = (
        "Ernest Shackleton, leader of the Imperial Trans-Antarctic Expedition, and Frank Worsley "
        "sailed the James Caird to South Georgia in May 1916."
    )

    assert asked(who_drafts(site(sentence))) == [
        (
            "Who, as leader of the Imperial Trans-Antarctic Expedition, sailed the James Caird "
            "to South Georgia in May 1916?",
            "Ernest Shackleton",
        )
    ]


def test_who_question_does_not_take_an_honorific_for_a_role(site):
    drafts = who_drafts(site("Dr Edward Jenner vaccinated James Phipps in 1796."))

    assert asked(drafts) == [("Who vaccinated James Phipps in 1796?", "Edward Jenner")]


def test_refuses_when_subject_is_a_coordination(site):
    # "Who won the prize?" would have two answers.
    assert who_drafts(site("Marie Curie and Pierre Curie won the prize in 1903.")) == []
    assert who_drafts(site("Roald Amundsen and Olav Bjaaland reached the pole together.")) == []


def test_refuses_when_subject_is_a_pronoun(site):
    assert who_drafts(site("He founded the committee in 1894.")) == []


def test_refuses_a_negated_clause(site):
    assert who_drafts(site("Ernest Shackleton did not reach the pole.")) == []


def test_refuses_a_surname_alone(site):
    # A bare surname is usually a second mention: the question belongs to the first one.
    assert who_drafts(site("Coubertin founded the committee in 1894.")) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The prize was awarded to Alexander Fleming in 1945.",
        "Everyone admired Ernest Shackleton.",
        "The vaccine that Louis Pasteur developed saved Joseph Meister.",
    ],
)
def test_refuses_a_person_who_is_not_the_subject(site, sentence):
    assert who_drafts(site(sentence)) == []


def test_refuses_a_predicate_with_nothing_to_ask_about(site):
    assert who_drafts(site("Ernest Shackleton has been working.")) == []
