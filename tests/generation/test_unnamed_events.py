"""An event or body named only by its kind ("an informal summit", "regional societies") is
refused unless the question says which one. Invented sentences."""

from __future__ import annotations

from quizzes.generation.self_contained import self_contained
from tests.generation.sites import document_sites


def test_an_informal_summit_in_a_town_whose_date_is_asked_is_refused(site):
    s = site("At an informal summit in Lucerne in 1873, the two chancellors settled the tariff.")
    assert self_contained("When did an informal summit in Lucerne take place?", s) is None


def test_the_same_summit_with_its_date_and_place_is_kept(site):
    s = site("At an informal summit in Lucerne in 1873, the two chancellors settled the tariff.")
    prompt = "What was settled at an informal summit in Lucerne in 1873?"
    assert self_contained(prompt, s) == prompt


def test_a_summit_whose_participants_the_question_names_is_kept(site):
    s = site("Bismarck and Andrassy agreed on lower tariffs at an informal summit in Lucerne.")
    prompt = "Bismarck and Andrassy agreed on lower tariffs at an informal summit in _____."
    assert self_contained(prompt, s) == prompt


def test_a_bare_plural_body_with_no_owner_is_refused(site):
    s = site("After the flood, Maria Okafor proposed merging regional societies for relief work.")
    prompt = "Who proposed merging regional societies for relief work?"
    assert self_contained(prompt, s) is None


def test_capitalised_general_words_with_a_number_name_nothing(site):
    s = site("Three Supplementary Conventions followed on 4 May 1962.")
    assert self_contained("When did three Supplementary Conventions follow?", s) is None


def test_a_meeting_with_a_proper_name_among_its_modifiers_is_kept(site):
    s = site("A special Franco-Prussian ministerial meeting was convened by King Otto.")
    prompt = "A special Franco-Prussian ministerial meeting was convened by King _____."
    assert self_contained(prompt, s) == prompt


def test_a_conference_of_a_named_body_is_kept(site):
    s = site("A conference of the World Meteorological Organization adopted the new scale.")
    prompt = "What did a conference of the World Meteorological Organization adopt?"
    assert self_contained(prompt, s) == prompt


def test_a_description_of_a_named_thing_is_not_an_unnamed_event(site):
    s = site("The Congress of Tucuman was an assembly of delegates from the provinces.")
    prompt = "What was the Congress of Tucuman?"
    assert self_contained(prompt, s) == prompt


def test_a_class_of_bodies_is_named_as_the_document_named_it():
    sites = document_sites(
        (
            "Relief",
            [
                "The appeal led to the regional Blue Anchor societies.",
                "After the flood, Maria Okafor proposed merging regional societies for relief "
                "work.",
            ],
        )
    )
    prompt = "Who proposed merging regional societies for relief work?"
    expected = "Who proposed merging regional Blue Anchor societies for relief work?"
    assert self_contained(prompt, sites[-1]) == expected
