"""Who rule: a named person doing something becomes "Who/Which <role> ...?"."""

import pytest

from quizzes.generation.question import AnswerType, Kind
from quizzes.generation.rules.who import drafts as who_drafts
from tests.generation.sites import asked, paragraph_sites


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

    # The office without its article is asked as well: "Who was leader of ... in 1916?".
    assert asked(who_drafts(site(sentence))) == [
        (
            "Who, as leader of the Imperial Trans-Antarctic Expedition, sailed the James Caird "
            "to South Georgia in May 1916?",
            "Ernest Shackleton",
        ),
        ("Who was leader of the Imperial Trans-Antarctic Expedition in 1916?", "Ernest Shackleton"),
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


@pytest.mark.parametrize(
    ("sentence", "prompt", "answer"),
    [
        (
            "The first school of nursing was opened in London in 1860 by Florence Nightingale.",
            "Who opened the first school of nursing in London in 1860?",
            "Florence Nightingale",
        ),
        (
            "The Treaty of Kiel was signed on 14 January 1814 by the Danish envoy Edmund Bourke.",
            "Which Danish envoy signed the Treaty of Kiel on 14 January 1814?",
            "Edmund Bourke",
        ),
        (
            "The Berlin Conference of 1884 is chaired by Otto von Bismarck in most accounts.",
            "Who chairs the Berlin Conference of 1884 in most accounts?",
            "Otto von Bismarck",
        ),
    ],
)
def test_the_agent_of_a_passive_is_asked_for_with_the_verb_made_active(
    site, sentence, prompt, answer
):
    assert asked(who_drafts(site(sentence))) == [(prompt, answer)]


def test_a_participle_after_a_named_thing_is_about_that_thing(site):
    sentence = (
        "Decades of war ended with the Treaty of Kiel, signed on 14 January 1814 by the "
        "Danish envoy Edmund Bourke."
    )

    assert (
        "Which Danish envoy signed the Treaty of Kiel on 14 January 1814?",
        "Edmund Bourke",
    ) in (asked(who_drafts(site(sentence))))


def test_a_participle_after_a_date_is_about_the_subject_of_its_clause(site):
    sentence = (
        "The first Andean Pact Summit took place in Lima on 3 May 1979, hosted by "
        "President Francisco Morales Bermúdez."
    )

    assert asked(who_drafts(site(sentence))) == [
        ("Which President hosted the first Andean Pact Summit?", "Francisco Morales Bermúdez")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The meeting was chaired by Margaret Anstee.",  # which meeting?
        "It was chaired by Margaret Anstee in 1992.",
        "Sweden was represented by Count Folke Bernadotte and Norway by Trygve Lie.",
    ],
)
def test_refuses_an_agent_of_something_unnamed_or_of_a_gapped_clause(site, sentence):
    assert who_drafts(site(sentence)) == []


def test_a_definite_apposed_role_is_asked_the_other_way_round(site):
    sentence = "Marie Curie, the first woman to win a Nobel Prize, was born in Warsaw."

    assert asked(who_drafts(site(sentence))) == [
        ("Who was the first woman to win a Nobel Prize?", "Marie Curie")
    ]


def test_an_office_is_asked_with_the_year_of_the_sentence(site):
    sentence = (
        "In 2006 Ellen Johnson Sirleaf, the President of Liberia, addressed the "
        "United States Congress."
    )

    assert ("Who was the President of Liberia in 2006?", "Ellen Johnson Sirleaf") in asked(
        who_drafts(site(sentence))
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # An office without a date: who held it depends on when.
        "Ellen Johnson Sirleaf, the President of Liberia, addressed the United States Congress.",
        # Indefinite: one of many.
        "Henry Morton Stanley, a journalist from Wales, searched for the missing explorer.",
        # Definite, but tied to nothing named.
        "Isambard Kingdom Brunel, the engineer in charge of the line, crossed the river.",
    ],
)
def test_refuses_an_apposed_role_that_names_no_one_person(site, sentence):
    assert [d for d in who_drafts(site(sentence)) if d.prompt.startswith("Who was")] == []


def test_a_role_noun_before_an_apposed_name_becomes_the_which_role(site):
    sentence = "The Croatian seismologist Andrija Mohorovičić discovered the boundary in 1909."

    assert asked(who_drafts(site(sentence))) == [
        ("Which Croatian seismologist discovered the boundary in 1909?", "Andrija Mohorovičić")
    ]


def test_a_date_before_the_subject_is_kept_in_the_question(site):
    sentence = "In 1905 the railway engineer John Frank Stevens became chief engineer."

    assert asked(who_drafts(site(sentence))) == [
        ("Which railway engineer became chief engineer in 1905?", "John Frank Stevens")
    ]


def test_two_people_told_apart_by_their_roles_give_a_which_question(site):
    sentence = (
        "The Treaty of Tilsit was signed by Emperor Napoleon Bonaparte and Tsar Alexander "
        "Romanov in July 1807."
    )

    assert ("Which Emperor signed the Treaty of Tilsit in July 1807?", "Napoleon Bonaparte") in (
        asked(who_drafts(site(sentence)))
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister Olof Palme and President Urho Kekkonen met in Helsinki.",  # met whom?
        "Henry Dunant was travelling in the area.",  # could be anyone
    ],
)
def test_refuses_a_question_that_does_not_single_out_one_person(site, sentence):
    assert [d for d in who_drafts(site(sentence)) if not d.prompt.startswith("Who was")] == []


def _last_sentence_questions(*paragraphs: str) -> list[tuple[str, str]]:
    site = paragraph_sites(*paragraphs)[-1]
    return [(d.prompt, d.answer) for d in who_drafts(site)]


def test_the_person_someone_acted_with_is_asked_with_the_subject_written_out():
    questions = _last_sentence_questions(
        "The Norwegian chemist Ingrid Solberg studied alpine lichens. "
        "In 1931 she shared the Halden Medal with the Danish botanist Karl Holm."
    )
    assert questions == [
        (
            "With which Danish botanist did Ingrid Solberg share the Halden Medal in 1931?",
            "Karl Holm",
        )
    ]


def test_a_partner_of_a_named_subject_is_asked_with_whom():
    questions = _last_sentence_questions("In 1902 Alfred Kessel travelled to Egypt with Mara Lind.")
    assert ("With whom did Alfred Kessel travel to Egypt in 1902?", "Mara Lind") in (questions)


def test_a_partner_of_an_unresolved_subject_is_not_asked():
    questions = _last_sentence_questions(
        "Ingrid Solberg worked with the botanist Arne Dahl in Bergen. "
        "In 1931 she shared the Halden Medal with the Danish botanist Karl Holm."
    )
    assert questions == []


def test_the_agent_of_a_resolved_kind_is_asked_with_its_name():
    questions = _last_sentence_questions(
        "Four kingdoms negotiated the Convention of Tarvik over two winters. "
        "The convention was drafted by the jurist Paul Ferrand."
    )
    assert questions == [("Which jurist drafted the Convention of Tarvik?", "Paul Ferrand")]
