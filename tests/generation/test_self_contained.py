"""The last check on every question: phrases that lean on earlier sentences are written
out from the document (its title, the section, the paragraph) or the question is refused."""

from __future__ import annotations

from quizzes.generation.self_contained import self_contained
from tests.generation.sites import document_sites


def test_the_document_title_names_its_own_kind_of_thing():
    sites = document_sites(
        ("Origins", ["The Lowmoor Reservoir was planned after the Kessick Reservoir ran dry."]),
        ("Building", ["The reservoir opened on 3 May 1932 after six years of work."]),
        document_title="Lowmoor Reservoir",
    )
    prompt = "When did the reservoir open?"
    assert self_contained(prompt, sites[-1]) == "When did the Lowmoor Reservoir open?"


def test_a_paragraph_naming_another_of_that_kind_leaves_the_reference_open():
    sites = document_sites(
        (
            "Origins",
            ["The Kessick Reservoir was built in 1901. The reservoir ran dry in 1921."],
        ),
        document_title="Lowmoor Reservoir",
    )
    assert self_contained("When did the reservoir run dry?", sites[-1]) is None


def test_adjectives_before_the_title_thing_are_kept():
    sites = document_sites(
        ("Growth", ["The enlarged reservoir opened on 9 June 1988."]),
        document_title="Lowmoor Reservoir",
    )
    prompt = "When did the enlarged reservoir open?"
    assert self_contained(prompt, sites[-1]) == "When did the enlarged Lowmoor Reservoir open?"


def test_a_nationality_does_not_name_a_project_or_a_group_of_things():
    sites = document_sites(
        (
            "Costs",
            [
                "The Dutch project cost 40 million guilders. "
                "The state bought the Belgian shares for 9 million francs."
            ],
        )
    )
    assert self_contained("How much did the Dutch project cost?", sites[0]) is None
    prompt = "How much did the state buy the Belgian shares for?"
    assert self_contained(prompt, sites[1]) is None


def test_a_name_apposed_to_a_plural_role_names_it():
    sites = document_sites(
        (
            "Measures",
            [
                "In 1952 the economists Ada Brenner and Tomas Weil defined the "
                "household savings index."
            ],
        )
    )
    prompt = (
        "When did the economists Ada Brenner and Tomas Weil define the household savings index?"
    )
    assert self_contained(prompt, sites[0]) == prompt


def test_a_later_mention_of_the_same_words_does_not_spoil_a_restricted_phrase():
    sites = document_sites(
        (
            "Voyage",
            [
                "Maria Costa reached the port of Ostia, where 300 sailors were waiting, "
                "and she left the port a week later."
            ],
        )
    )
    prompt = "Maria Costa reached the port of Ostia, where _____ sailors were waiting."
    assert self_contained(prompt, sites[0]) == prompt


def test_concepts_inside_a_definition_need_no_antecedent():
    sites = document_sites(
        ("Wood", ["The cambium is the thin layer between the bark and the wood."])
    )
    prompt = "What is the name of the thin layer between the bark and the wood?"
    assert self_contained(prompt, sites[0]) == prompt


def test_a_kind_of_named_thing_inside_a_definition_still_needs_its_name():
    sites = document_sites(
        ("Coasts", ["The delta is the flat land between the river and the lagoon."])
    )
    prompt = "What is the name of the flat land between the river and the lagoon?"
    assert self_contained(prompt, sites[0]) is None


def test_control_takes_the_one_thing_the_section_said_it_was_of():
    sites = document_sites(
        (
            "Handover",
            [
                "British control of the Port of Selby angered the town council. "
                "On 1 July 1962 Selby assumed full control."
            ],
        )
    )
    result = self_contained("When did Selby assume full control?", sites[-1])
    assert result == "When did Selby assume full control of the Port of Selby?"


def test_control_of_nothing_said_is_refused():
    sites = document_sites(("Handover", ["On 1 July 1962 the town assumed full control."]))
    assert self_contained("When did Selby assume full control?", sites[0]) is None


def test_a_capitalised_kind_word_takes_the_full_name_given_before():
    sites = document_sites(
        (
            "Law",
            [
                "The Lisbon Conventions were signed in 1921.",
                "The three Conventions of 1921 still bind every fishing league.",
            ],
        )
    )
    prompt = "The three Conventions of _____ still bind every fishing league."
    expected = "The three Lisbon Conventions of _____ still bind every fishing league."
    assert self_contained(prompt, sites[-1]) == expected


def test_a_capitalised_kind_word_with_no_name_before_is_refused():
    sites = document_sites(("Law", ["The Conventions still bind every fishing league."]))
    prompt = "The Conventions still bind every fishing league."
    assert self_contained(prompt, sites[-1]) is None


def test_a_name_given_earlier_in_the_same_stem_needs_no_repeating():
    sites = document_sites(
        (
            "Fishing",
            ["Trawling under the Coastal Fisheries Act was halted on the expiry of the Act."],
        )
    )
    shown = "Trawling under the Coastal Fisheries Act was halted on the expiry of the Act."
    blanked = "Trawling under the _____ was halted on the expiry of the Act."
    assert self_contained(shown, sites[0]) == shown
    assert self_contained(blanked, sites[0]) == blanked


def test_what_a_thing_is_taken_as_points_at_nothing():
    sites = document_sites(
        ("Standards", ["In 1875 the Metre Convention confirmed the platinum bar as the standard."])
    )
    prompt = "What did the Metre Convention confirm as the standard?"
    assert self_contained(prompt, sites[0]) == prompt


def test_two_nationalities_before_a_plural_name_two_things():
    sites = document_sites(
        ("Rivers", ["The Rhine forms the border between the German and Swiss cantons."])
    )
    prompt = "What forms the border between the German and Swiss cantons?"
    assert self_contained(prompt, sites[0]) == prompt


def test_a_definition_cut_short_keeps_its_inner_reference_unresolved():
    sites = document_sites(
        (
            "Lakes",
            [
                "The epilimnion is the warm upper layer, made of the surface together with "
                "the top of the thermocline."
            ],
        )
    )
    prompt = "What is the name of the warm upper layer, made of the surface?"
    assert self_contained(prompt, sites[0]) is None


def test_what_a_naming_verb_names_is_a_concept_of_its_own():
    sites = document_sites(
        ("Seas", ["In 1915 the ancient ocean was named Panthalassa by the geologist Mark Weber."])
    )
    prompt = "What was the ancient ocean named by the geologist Mark Weber in 1915?"
    assert self_contained(prompt, sites[0]) == prompt


def test_a_thing_the_paragraph_brought_in_before_it_was_named_stays_unnamed():
    sites = document_sites(
        (
            "Seas",
            [
                "Weber found traces of a vanished ocean in the Alps. "
                "In 1915 the ocean was named Panthalassa by the geologist Mark Weber."
            ],
        )
    )
    prompt = "What was the ocean named by the geologist Mark Weber in 1915?"
    assert self_contained(prompt, sites[1]) is None


def test_a_phrase_hung_on_the_verb_of_a_definition_still_belongs_to_it():
    sites = document_sites(
        (
            "Stems",
            [
                "The periderm is the protective outer layer, made of the cork together with "
                "the living part of the cortex."
            ],
        )
    )
    prompt = (
        "What is the name of the protective outer layer made of the cork together with the "
        "living part of the cortex?"
    )
    assert self_contained(prompt, sites[0]) == prompt
