"""What-questions asked by the kind a name is given: "the steamship X", "the Y River", "a
book titled Z"."""

import pytest

from quizzes.generation.rules.what import drafts as what_drafts
from tests.generation.sites import paragraph_sites


def asked(site) -> list[tuple[str, str]]:
    return [(draft.prompt, draft.answer) for draft in what_drafts(site)]


def test_a_name_after_its_kind_is_asked_by_the_kind(site):
    sentence = "The French liner SS Normandie crossed the Atlantic in four days in 1935."
    assert ("Which French liner crossed the Atlantic in four days in 1935?", "SS Normandie") in (
        asked(site(sentence))
    )


def test_a_when_clause_takes_the_date_of_the_clause_it_belongs_to(site):
    sentence = "The harbour reopened on 3 May 1921, when the tug SS Hermes towed the first barge."
    assert ("Which tug towed the first barge on 3 May 1921?", "SS Hermes") in asked(site(sentence))


def test_a_when_clause_keeps_a_short_main_clause_whose_subject_the_paragraph_named():
    site = paragraph_sites(
        "The Kessar Bridge was built by the city council. "
        "The bridge opened on 2 May 1932, when the ferry boat Aurora II made its last crossing."
    )[-1]
    prompts = [prompt for prompt, _ in asked(site)]
    assert all("its" not in prompt.split() for prompt in prompts)


@pytest.mark.parametrize(
    "sentence",
    [
        "The company Siemens built the line in 1881.",  # a kind anything could be
        "In 1882 the club signed the goalkeeper Fred Hall.",  # a person, asked by who
    ],
)
def test_a_generic_kind_or_a_person_is_not_asked_by_its_kind(site, sentence):
    assert [d for d in what_drafts(site(sentence)) if d.rule == "what:kind_subject"] == []


def test_the_named_thing_a_gerund_acted_on_is_asked_by_the_kind_in_its_name(site):
    sentence = "Lake Verna was formed in 1931 by damming the Ostra River."
    assert ("Which river was dammed to form Lake Verna in 1931?", "Ostra River") in (
        asked(site(sentence))
    )


def test_an_unnamed_thing_made_gives_no_question_about_what_it_was_made_from(site):
    sentence = "The lake was formed by damming the Ostra River."
    assert [d for d in what_drafts(site(sentence)) if d.rule == "what:means"] == []


def test_a_title_after_an_aside_is_asked_with_the_author_named_and_the_date():
    site = paragraph_sites(
        "Rosa Lind taught botany in Uppsala. "
        "In 1911 she published, at her own expense, a book titled The Alpine Flora."
    )[-1]
    assert ("What was the title of the book Rosa Lind published in 1911?", "The Alpine Flora") in (
        asked(site)
    )


def test_a_kind_question_needs_a_date_or_a_first_to_single_the_thing_out(site):
    sentence = "The river Ostra flows into the Baltic Sea."
    assert [d for d in what_drafts(site(sentence)) if d.rule == "what:kind_subject"] == []


def test_a_number_after_the_name_belongs_to_it(site):
    sentence = "In 1969 the spacecraft Apollo 11 carried the first astronauts to the Moon."
    assert [d.answer for d in what_drafts(site(sentence)) if d.rule == "what:kind_subject"] == [
        "Apollo 11"
    ]


def test_a_where_clause_keeps_the_place_and_date_of_the_clause_it_hangs_on(site):
    sentence = (
        "In May 1921 the explorer Fridtjof Nansen visited Geneva, where he and Gustave Ador "
        "launched the Refugee Passport Scheme."
    )
    assert (
        "Which scheme did Fridtjof Nansen and Gustave Ador launch in Geneva in May 1921?",
        "Refugee Passport Scheme",
    ) in asked(site(sentence))


def test_a_name_written_with_first_is_also_accepted_without_it(site):
    sentence = "Alma Reyes won the first Clayton Poetry Medal in 1928."
    (draft,) = [d for d in what_drafts(site(sentence)) if d.rule == "what:object"]
    assert draft.answer == "first Clayton Poetry Medal"
    assert "Clayton Poetry Medal" in draft.accepted
