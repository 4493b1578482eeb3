"""Other written forms of a key: money, the document's own spellings, short and long names."""

import pytest

from quizzes.generation.key_variants import (
    day_range_forms,
    money_forms,
    name_forms,
    number_forms,
    with_key_variants,
)
from quizzes.generation.question import AnswerType, Format, GeneratedQuestion, Kind, SourceRef
from quizzes.grading.grader import grade_answer


def question(prompt: str, answer: str, answer_type: AnswerType) -> GeneratedQuestion:
    source = SourceRef("1", "1", "Section", 0, 0, 1, "x")
    return GeneratedQuestion(
        Kind.FILL_BLANK, Format.SHORT_ANSWER, prompt, answer, answer_type, source, "r", 0.8, 0.5
    )


RAILWAY = (
    "The city sold the tramway to a private company for 12 million dollars in 1931."
    " The new owners spent almost 95 million dollars on new lines. Fares brought in"
    " US$3.5 million a year."
)


@pytest.mark.parametrize(
    ("answer", "prompt", "expected", "refused"),
    [
        (
            "12 million dollars",
            "How much did the city sell the tramway for?",
            ["$12 million", "US$12 million", "12 million US dollars"],
            ["12 million"],
        ),
        (
            "US$3.5 million",
            "How much did fares bring in a year?",
            ["3.5 million US dollars", "$3.5 million", "3.5 million dollars"],
            ["3.5 million"],
        ),
        (
            "12 million dollars",
            "For how many dollars did the city sell the tramway?",
            ["$12 million", "12 million"],
            [],
        ),
        (
            "95 million dollars",
            "About how much did the new owners spend on new lines?",
            ["$95 million", "almost 95 million dollars"],
            [],
        ),
    ],
)
def test_money_is_accepted_in_its_other_written_forms(answer, prompt, expected, refused):
    forms = money_forms(answer, prompt, RAILWAY)
    for form in expected:
        assert form in forms
        assert grade_answer(form, answer, forms, answer_type="number").correct
    for form in refused:
        assert form not in forms


def test_dollars_are_not_called_us_dollars_unless_the_document_does():
    text = "The province paid 8 million dollars for the bridge."
    forms = money_forms("8 million dollars", "How much did the province pay?", text)
    assert "$8 million" in forms
    assert not any("US" in form for form in forms)


def test_an_amount_that_is_not_money_gets_no_money_forms():
    assert money_forms("40 kilometres", "How long is the line?", "It is 40 kilometres long.") == []


def test_a_name_the_document_spells_two_ways_accepts_both():
    text = (
        "The delegates met in Kuala Lumpur in May. A second round was held in KualaLumpur"
        " later that year, and the Rio Grande forms the border."
    )
    where = question("Where did the delegates meet in May?", "Kuala Lumpur", AnswerType.PLACE)
    river = question("Which river forms the border?", "Rio Grande", AnswerType.PLACE)
    with_key_variants([where, river], text, [])
    assert where.accepted_answers == ["KualaLumpur"]
    assert river.accepted_answers == []


@pytest.mark.parametrize(
    ("name", "text", "expected", "refused"),
    [
        ("Great Glen Fault", "The Great Glen Fault crosses the Highlands.", ["Great Glen"], []),
        ("Panama Canal", "Ships cross Panama by the Panama Canal.", [], ["Panama"]),
        (
            "Belt of Storms",
            "Sailors feared the Belt of Storms. The whole Atlantic Belt of Storms moves north.",
            ["Atlantic Belt of Storms"],
            [],
        ),
        (
            "Atlantic Belt of Storms",
            "The Atlantic Belt of Storms moves north. In winter the Belt of Storms widens.",
            ["Belt of Storms"],
            [],
        ),
        (
            "Vienna Accord on Grain Prices",
            "The Vienna Accord on Grain Prices fixed quotas. The Vienna Accord lapsed in 1961.",
            ["Vienna Accord"],
            [],
        ),
        (
            "Vienna Accord on Grain Prices",
            "The Vienna Accord on Grain Prices fixed quotas and lapsed in 1961.",
            ["Vienna Accord"],
            [],
        ),
        (
            "Vienna Accord on Grain Prices",
            "The Vienna Accord on Grain Prices fixed quotas; the Vienna Accord on Fishing"
            " Rights did not.",
            [],
            ["Vienna Accord"],
        ),
        (
            "Master Plan on River Drainage",
            "The Master Plan on River Drainage was adopted in 1990.",
            [],
            ["Master Plan"],
        ),
        ("Treaty of Utrecht", "The Treaty of Utrecht ended the war.", ["Utrecht Treaty"], []),
        (
            "Versailles Treaty",
            "The Versailles Treaty was signed in 1919.",
            ["Treaty of Versailles"],
            [],
        ),
        ("Second Treaty", "A Second Treaty followed.", [], ["Treaty of Second"]),
        ("Lisbon Strategy", "The Lisbon Strategy aimed at growth.", [], ["Strategy of Lisbon"]),
        (
            "Bank of Lisbon Reform Act",
            "The Bank of Lisbon Reform Act passed.",
            [],
            ["Bank Act"],
        ),
    ],
)
def test_a_short_or_long_form_of_a_name(name, text, expected, refused):
    forms = name_forms(name, text)
    for form in expected:
        assert form in forms
    for form in refused:
        assert form not in forms


def test_a_one_word_person_key_accepts_the_full_name_the_document_gives():
    text = "Chancellor Greta Lindqvist spoke first. Later Lindqvist met the envoys."
    who = question("Who met the envoys?", "Lindqvist", AnswerType.PERSON)
    with_key_variants([who], text, ["Greta Lindqvist"])
    assert who.accepted_answers == ["Greta Lindqvist"]


def test_a_one_word_person_key_shared_by_two_people_gets_no_full_name():
    text = "Greta Lindqvist and Olof Lindqvist spoke. Later Lindqvist met the envoys."
    who = question("Who met the envoys?", "Lindqvist", AnswerType.PERSON)
    with_key_variants([who], text, ["Greta Lindqvist", "Olof Lindqvist"])
    assert who.accepted_answers == []


@pytest.mark.parametrize(
    ("name", "text", "refused"),
    [
        (
            "Harvest Council",
            "It met at the Second Harvest Council and later at the Third Harvest Council.",
            "Second Harvest Council",
        ),
        (
            "Harvest Council",
            "Delegates came to the Second Harvest Council.",
            "Second Harvest Council",
        ),
        ("Bank of Lisbon", "Loans from the Bank of Lisbon grew.", "of Lisbon"),
    ],
)
def test_no_form_that_names_another_thing(name, text, refused):
    assert refused not in name_forms(name, text)


def test_what_an_acronym_stands_for_accepts_no_shorter_name():
    text = "The Vienna Accord on Grain Prices (VAGP) fixed quotas."
    stands = question("What does VAGP stand for?", "Vienna Accord on Grain Prices", AnswerType.TERM)
    stands.kind = Kind.ACRONYM
    with_key_variants([stands], text, [])
    assert "Vienna Accord" not in stands.accepted_answers


def test_an_instrument_named_after_its_parties_is_known_without_them():
    text = "Trade grew under the Franco-Swiss Customs Convention of 1882."

    assert "Customs Convention" in name_forms("Franco-Swiss Customs Convention", text)


def test_the_parties_stay_when_another_instrument_has_the_same_name():
    text = "The Franco-Swiss Customs Convention lapsed; the Italo-Swiss Customs Convention held."

    assert "Customs Convention" not in name_forms("Franco-Swiss Customs Convention", text)


@pytest.mark.parametrize(
    ("answer", "digits"), [("twelve", ["12"]), ("about forty ships", ["about 40 ships"])]
)
def test_a_count_in_words_is_also_accepted_in_digits(answer, digits):
    assert number_forms(answer) == digits


@pytest.mark.parametrize("answer", ["36", "six million", "more than 9,000"])
def test_a_count_in_digits_or_with_a_scale_word_gets_no_digit_form(answer):
    assert number_forms(answer) == []


def test_an_administrative_unit_is_known_without_its_head():
    assert "Kerry" in name_forms("Kerry County", "Farms in Kerry County grew.")
    forms = name_forms("Kerry County of Munster", "Farms in Kerry County grew.")
    assert {"Kerry County", "Kerry"} <= set(forms)


def test_two_days_of_a_month_are_also_accepted_as_a_range():
    assert "6-7 November 2009" in day_range_forms("6 and 7 November 2009")
    assert day_range_forms("7 November 2009") == []
