"""Groups the text lists by name: "the three clubs", "all four", "the provinces",
"their combined area" are written as the one group meant, or refused. Invented sentences."""

from __future__ import annotations

from quizzes.generation import amount_subjects
from quizzes.generation.self_contained import self_contained
from tests.generation.sites import document_sites

LAKES = (
    "The Lake Provinces consist of Arlen, Bosk, Corvin and the Tarra Isles, lying north "
    "of the capital. Their combined population is about 2 million. Before 1900 all four "
    "were ruled by the Duchy of Holm."
)


def test_a_counted_group_is_written_as_its_members():
    sites = document_sites(
        (
            "The final round",
            [
                "Three clubs reached the final round: Arlen United, Bosk City and Corvin "
                "Rovers. The three clubs merged in 1998."
            ],
        )
    )
    assert self_contained("When did the three clubs merge?", sites[1]) == (
        "When did Arlen United, Bosk City and Corvin Rovers merge?"
    )


def test_a_counted_group_takes_the_fuller_phrase_written_before():
    sites = document_sites(
        (
            "Trade",
            [
                "Merchants from the five Hansa harbour towns met in Lübeck in 1356. "
                "The five towns founded a common court in 1370."
            ],
        )
    )
    assert self_contained("When did the five towns found a common court?", sites[1]) == (
        "When did the five Hansa harbour towns found a common court?"
    )


def test_a_bare_plural_takes_the_phrase_with_a_name_written_before():
    sites = document_sites(
        (
            "Trade",
            [
                "Merchants from the Hansa towns met in Lübeck in 1356. "
                "The towns founded a common court in 1370."
            ],
        )
    )
    assert self_contained("When did the towns found a common court?", sites[1]) == (
        "When did the Hansa towns found a common court?"
    )


def test_a_count_that_differs_from_the_list_is_refused():
    sites = document_sites(
        (
            "The final round",
            [
                "Three clubs reached the final round: Arlen United, Bosk City and Corvin "
                "Rovers. The four clubs merged in 1998."
            ],
        )
    )
    assert self_contained("When did the four clubs merge?", sites[1]) is None


def test_the_plural_kind_of_a_named_group_takes_its_name():
    sites = document_sites(
        (
            "The Lake Provinces",
            [LAKES, "In 1921 the provinces' farmers founded a cooperative bank."],
        )
    )
    prompt = "When did the provinces' farmers found a cooperative bank?"
    assert self_contained(prompt, sites[-1]) == (
        "When did the Lake Provinces' farmers found a cooperative bank?"
    )


def test_a_group_of_people_is_not_a_group_of_places():
    sites = document_sites(
        (
            "Founders",
            [
                "The Founding Partners consist of Ada Brenner, Tomas Weil and Ida Marek. "
                "In 1921 the provinces' farmers founded a cooperative bank."
            ],
        )
    )
    prompt = "When did the provinces' farmers found a cooperative bank?"
    assert self_contained(prompt, sites[-1]) is None


def test_the_plural_name_the_paragraph_gave_stands_for_the_plural_kind():
    sites = document_sites(
        (
            "Settlement",
            [
                "Fishermen settled the Corvel Islands in the 1600s. "
                "The islands' residents voted to join Norway in 1921."
            ],
        )
    )
    prompt = "When did the islands' residents vote to join Norway?"
    assert self_contained(prompt, sites[1]) == (
        "When did the Corvel Islands' residents vote to join Norway?"
    )


def test_plural_things_brought_in_without_a_name_leave_the_kind_open():
    sites = document_sites(
        (
            "Settlement",
            [
                "Fishermen settled the Corvel Islands and three smaller islands nearby. "
                "The islands' residents voted to join Norway in 1921."
            ],
        )
    )
    prompt = "When did the islands' residents vote to join Norway?"
    assert self_contained(prompt, sites[1]) is None


def test_their_after_a_named_group_is_the_group():
    sites = document_sites(("The Lake Provinces", [LAKES]))
    verb = sites[1].sent.root
    assert amount_subjects.subject_for(verb, sites[1]) == (
        "the combined population of the Lake Provinces"
    )


def test_their_after_a_sentence_with_two_plurals_is_refused():
    sites = document_sites(
        (
            "Settlement",
            [
                "The Corvel Islands were settled by fishermen from the mainland. "
                "Their combined population is about 2,000."
            ],
        )
    )
    verb = sites[1].sent.root
    assert amount_subjects.subject_for(verb, sites[1]) is None


def test_all_four_is_the_one_group_of_four_in_the_section():
    from quizzes.generation import references

    sites = document_sites(("The Lake Provinces", [LAKES]))
    subject = next(c for c in sites[2].sent.root.children if c.dep_ == "nsubjpass")
    tokens = sorted(subject.subtree, key=lambda t: t.i)
    assert references.resolve(sites[2], tokens) == "the Lake Provinces"


def test_all_three_after_something_else_counted_three_is_refused():
    from quizzes.generation import references

    sites = document_sites(
        (
            "The league",
            [
                "Three companies founded the league: Arlen Rail, Bosk Rail and Corvin Rail. "
                "In 1950 the league created three prizes. All three are awarded in May."
            ],
        )
    )
    subject = next(c for c in sites[2].sent.root.children if c.dep_ == "nsubjpass")
    tokens = sorted(subject.subtree, key=lambda t: t.i)
    assert references.resolve(sites[2], tokens) is None
