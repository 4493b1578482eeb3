"""How-many rule: a counted noun that is the subject or object of its clause."""

import pytest

from quizzes.generation.question import AnswerType, Kind
from quizzes.generation.rules.how_many import drafts as how_many_drafts
from tests.generation.sites import asked


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


# --- Amounts: money, percentages and measures with units ----------------------------------


@pytest.mark.parametrize(
    ("sentence", "prompt", "answer"),
    [
        (
            "The Louisiana Purchase cost the United States $15 million.",
            "How much did the Louisiana Purchase cost the United States?",
            "$15 million",
        ),
        (
            "In 2015 Norway spent US$4.3 billion on foreign aid.",
            "How much did Norway spend on foreign aid in 2015?",
            "US$4.3 billion",
        ),
        (
            "The Suez Canal cost about 433 million francs.",
            "About how much did the Suez Canal cost?",
            "433 million francs",
        ),
        (
            "Britain bought the Suez Canal shares for 4 million pounds in 1875.",
            "How much did Britain buy the Suez Canal shares for in 1875?",
            "4 million pounds",
        ),
    ],
)
def test_how_much_question_for_money_keeps_the_currency_and_the_date(
    site, sentence, prompt, answer
):
    (draft,) = how_many_drafts(site(sentence))

    assert (draft.prompt, draft.answer) == (prompt, answer)
    assert draft.kind == Kind.HOW_MANY
    assert draft.answer_type == AnswerType.NUMBER


def test_how_much_question_names_what_the_money_is_and_keeps_a_bound(site):
    (draft,) = how_many_drafts(
        site("The World Bank lent more than 40 billion dollars of credit to India in 2009.")
    )

    assert (draft.prompt, draft.answer) == (
        "How much credit did the World Bank lend to India in 2009?",
        "more than 40 billion dollars",
    )


def test_money_key_accepts_the_symbol_and_the_written_currency(site):
    (draft,) = how_many_drafts(site("In 2015 Norway spent US$4.3 billion on foreign aid."))

    assert set(draft.accepted) == {"4.3 billion US dollars", "$4.3 billion"}


def test_period_cut_from_the_subject_stays_in_the_question(site):
    drafts = how_many_drafts(
        site("Chinese investment in Africa between 2005 and 2015 reached US$66 billion.")
    )

    assert asked(drafts) == [
        ("How much did Chinese investment in Africa reach between 2005 and 2015?", "US$66 billion")
    ]


@pytest.mark.parametrize(
    ("sentence", "prompt", "answer"),
    [
        (
            "Roughly 71 percent of the Earth's surface is covered by water.",
            "About how much of the Earth's surface is covered by water?",
            "71 percent",
        ),
        (
            "Germany's economy grew by 3.7% in 2010.",
            "By how much did Germany's economy grow in 2010?",
            "3.7%",
        ),
    ],
)
def test_percentage_question(site, sentence, prompt, answer):
    assert asked(how_many_drafts(site(sentence))) == [(prompt, answer)]


def test_percentage_key_accepts_the_sign_and_the_word(site):
    (percent,) = how_many_drafts(site("About 40 percent of Kenya's exports go to Europe."))
    (sign,) = how_many_drafts(site("Germany's economy grew by 3.7% in 2010."))

    assert "40%" in percent.accepted
    assert "3.7 percent" in sign.accepted


@pytest.mark.parametrize(
    ("sentence", "prompt", "answer"),
    [
        (
            "The Great Wall of China is about 21,196 kilometres long.",
            "About how many kilometres long is the Great Wall of China?",
            "21,196 kilometres",
        ),
        (
            "The Eiffel Tower is 330 metres tall.",
            "How many metres tall is the Eiffel Tower?",
            "330 metres",
        ),
        (
            "Mount Everest rises 8,849 metres above sea level.",
            "How many metres above sea level does Mount Everest rise?",
            "8,849 metres",
        ),
        (
            "The Nile runs for roughly 6,650 km.",
            "About how many kilometres long is the Nile?",
            "6,650 km",
        ),
        (
            "Lake Victoria covers some 68,800 square kilometres.",
            "About how many square kilometres does Lake Victoria cover?",
            "68,800 square kilometres",
        ),
    ],
)
def test_measure_question_keeps_the_unit_and_drops_the_hedge(site, sentence, prompt, answer):
    assert asked(how_many_drafts(site(sentence))) == [(prompt, answer)]


def test_measure_key_accepts_the_unit_abbreviated_or_written_out(site):
    (written,) = how_many_drafts(site("Lake Victoria covers some 68,800 square kilometres."))
    (short,) = how_many_drafts(site("The Nile runs for roughly 6,650 km."))

    assert {"68,800 km²", "68,800 sq km", "about 68,800 square kilometres"} <= set(written.accepted)
    assert "6,650 kilometres" in short.accepted


@pytest.mark.parametrize(
    "sentence",
    [
        "The glacier is between 5 and 10 kilometres wide.",
        "Inflation rose from 2 percent to 5 percent in 2008.",
        "The crust lies roughly 5 to 10 kilometres down beneath the oceans.",
        "Exports to Japan rose between 2002 and 2006.",
    ],
)
def test_refuses_one_end_of_a_range(site, sentence):
    assert how_many_drafts(site(sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "It is about 82 kilometres long.",
        "The bridge cost $5 million.",
        "Investors lost about 260 million dollars.",
        "The Panama project would cost $2 billion.",
        "Mount Kilimanjaro is not 6,000 metres high.",
    ],
)
def test_refuses_amounts_of_a_vague_subject_or_a_hypothetical_or_negated_clause(site, sentence):
    assert how_many_drafts(site(sentence)) == []


def test_refuses_an_amount_question_showing_a_second_amount(site):
    sentence = "Etorofu covers some 3,168 square kilometres, and Kunashiri about 1,490."

    assert how_many_drafts(site(sentence)) == []


def test_refuses_a_place_the_question_would_lose(site):
    sentence = "The Ring of Fire is a belt where roughly 90 percent of all earthquakes occur."

    assert how_many_drafts(site(sentence)) == []


# --- Counts: references and lists -----------------------------------------------------------


def test_count_question_stops_before_a_list_that_gives_the_answer_away(site):
    drafts = how_many_drafts(
        site("Four Nordic countries border the Baltic Sea: Denmark, Sweden, Finland and Russia.")
    )

    assert asked(drafts) == [("How many Nordic countries border the Baltic Sea?", "Four")]


@pytest.mark.parametrize(
    "sentence",
    ["The five men renamed their club in 1863.", "All 28 men survived the winter on the ice."],
)
def test_refuses_a_group_the_text_has_already_counted(site, sentence):
    assert how_many_drafts(site(sentence)) == []


# --- Amounts inside noun phrases (round 2) ------------------------------------------------


def test_a_hedged_scaled_count_is_asked_about_and_keeps_its_noun(site):
    drafts = how_many_drafts(site("The National Archive holds about seven million index cards."))

    assert asked(drafts) == [
        ("About how many index cards does the National Archive hold?", "seven million")
    ]
    assert "about seven million" in drafts[0].accepted


def test_a_bounded_count_keeps_its_bound_in_the_key(site):
    drafts = how_many_drafts(site("The Red Cross helped more than 9,000 wounded soldiers in 1870."))

    assert asked(drafts) == [
        ("How many wounded soldiers did the Red Cross help in 1870?", "more than 9,000")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "About 40,000 people worked on the project.",  # which project?
        "They reached the fort, where more than 900 men had taken refuge.",  # where?
    ],
)
def test_a_widened_count_needs_a_named_subject_and_its_place(site, sentence):
    assert how_many_drafts(site(sentence)) == []


def test_a_noun_of_giving_is_asked_with_its_verb(site):
    drafts = how_many_drafts(
        site("Norway made a contribution of 2.5 billion kroner to the fund in 2010.")
    )

    assert asked(drafts) == [
        ("How much did Norway contribute to the fund in 2010?", "2.5 billion kroner")
    ]


def test_a_rate_is_asked_with_its_adjective_and_keeps_its_period(site):
    drafts = how_many_drafts(
        site("The Red Sea Rift widens at an average rate of about 1.5 centimetres a year.")
    )

    assert asked(drafts) == [
        (
            "About how many centimetres a year does the Red Sea Rift widen on average?",
            "1.5 centimetres a year",
        )
    ]


def test_a_multiple_is_asked_as_how_many_times(site):
    drafts = how_many_drafts(
        site("A category 5 hurricane carries about 250 times more energy than a storm.")
    )

    assert asked(drafts) == [
        (
            "About how many times more energy does a category 5 hurricane carry than a storm?",
            "250",
        )
    ]
    assert "250 times" in drafts[0].accepted
