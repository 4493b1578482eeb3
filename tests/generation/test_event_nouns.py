"""A noun naming an event the text just told ("the signing", "the visit", "the trip") is
written out from that event, or the question is refused. Invented sentences."""

from __future__ import annotations

from quizzes.generation import event_nouns
from quizzes.generation.self_contained import self_contained
from tests.generation.sites import document_sites


def test_the_signing_names_the_treaty_signed_in_the_sentence_before():
    sites = document_sites(
        (
            "Peace",
            [
                "In 1814 Denmark and Sweden signed the Treaty of Kiel. "
                "The Danish envoy Carl Brun called the signing a disgrace."
            ],
        )
    )
    prompt = "Who called the signing a disgrace?"
    assert self_contained(prompt, sites[1]) == (
        "Who called the signing of the Treaty of Kiel a disgrace?"
    )


def test_a_visit_names_who_made_it_and_where_to():
    sites = document_sites(
        (
            "Travels",
            [
                "In May 1962 the chemist Anna Vogel visited Oslo. "
                "The newspaper editor Lars Dahl praised the visit."
            ],
        )
    )
    prompt = "Which newspaper editor praised the visit?"
    assert self_contained(prompt, sites[1]) == (
        "Which newspaper editor praised Anna Vogel's visit to Oslo?"
    )


def test_a_trip_is_a_going_told_earlier_in_the_same_sentence():
    sites = document_sites(
        (
            "Tours",
            [
                "The cellist Ida Marek went back to Vienna in 1931, and the critic "
                "Otto Wendt said the trip revived her career."
            ],
        )
    )
    prompt = "Which critic said the trip revived her career?"
    assert self_contained(prompt, sites[0]) == (
        "Which critic said Ida Marek's trip to Vienna revived her career?"
    )


def test_an_event_in_another_paragraph_or_without_a_named_object_is_refused():
    sites = document_sites(
        (
            "Peace",
            [
                "In 1814 Denmark and Sweden signed the Treaty of Kiel.",
                "The Danish envoy Carl Brun called the signing a disgrace.",
            ],
        ),
        (
            "Travels",
            [
                "In 1962 the chemist Anna Vogel visited several northern ports. "
                "The editor Lars Dahl praised the visit."
            ],
        ),
    )
    assert self_contained("Who called the signing a disgrace?", sites[1]) is None
    assert self_contained("Who praised the visit?", sites[3]) is None


def test_two_signings_leave_the_signing_open():
    sites = document_sites(
        (
            "Peace",
            [
                "Denmark signed the Treaty of Kiel and Sweden signed the Treaty of Moss. "
                "The envoy Carl Brun called the signing a disgrace."
            ],
        )
    )
    assert self_contained("Who called the signing a disgrace?", sites[1]) is None


def test_nouns_made_from_verbs_by_regular_endings():
    assert event_nouns.made_from("signing", "sign")
    assert event_nouns.made_from("ratification", "ratify")
    assert event_nouns.made_from("adoption", "adopt")
    assert event_nouns.made_from("arrival", "arrive")
    assert event_nouns.made_from("invasion", "invade")
    assert not event_nouns.made_from("attack", "attack")
    assert not event_nouns.made_from("signal", "sing")


def test_a_signing_of_two_things_is_refused():
    sites = document_sites(
        (
            "Peace",
            [
                "In 1720 Denmark signed the Treaty of Orm and the Treaty of Vel. "
                "The envoy Carl Brun called the signing a disgrace."
            ],
        )
    )
    assert self_contained("Who called the signing a disgrace?", sites[1]) is None
