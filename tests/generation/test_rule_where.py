"""Where rule: a clause with a place adjunct becomes "Where did/was ...?" with the place as
answer, keeping the clause's date so the answer is unique."""

import pytest

from quizzes.generation.question import AnswerType, Kind
from quizzes.generation.rules.where import drafts as where_drafts
from tests.generation.sites import asked


def test_where_question_for_a_passive_keeps_the_date(site):
    (draft,) = where_drafts(site("The Nobel Foundation was established in Stockholm in 1900."))

    assert (draft.prompt, draft.answer) == (
        "Where was the Nobel Foundation established in 1900?",
        "Stockholm",
    )
    assert draft.kind == Kind.WHERE
    assert draft.answer_type == AnswerType.PLACE


def test_where_question_without_a_date(site):
    assert asked(where_drafts(site("Marie Curie was born in Warsaw."))) == [
        ("Where was Marie Curie born?", "Warsaw")
    ]


def test_where_question_inverts_a_past_tense_with_did_and_moves_a_fronted_date(site):
    drafts = where_drafts(site("In 1851 the first international sanitary conference met in Paris."))

    assert asked(drafts) == [
        ("Where did the first international sanitary conference meet in 1851?", "Paris")
    ]


def test_where_question_keeps_the_object_and_leaves_out_the_agent(site):
    drafts = where_drafts(
        site("The Hanseatic League was founded in Lübeck by merchants from several towns.")
    )

    assert asked(drafts) == [("Where was the Hanseatic League founded?", "Lübeck")]


def test_where_question_from_a_reduced_relative_clause(site):
    drafts = where_drafts(
        site(
            "The first modern Olympic Games, held in Athens in 1896, drew athletes from 14 nations."
        )
    )

    assert asked(drafts) == [("Where were the first modern Olympic Games held in 1896?", "Athens")]


def test_where_question_from_a_relative_clause_names_its_antecedent(site):
    drafts = where_drafts(
        site("The Institut Pasteur, which opened in Paris in 1888, trained many scientists.")
    )

    assert asked(drafts) == [("Where did the Institut Pasteur open in 1888?", "Paris")]


def test_where_question_keeps_the_date_but_not_an_aside_hanging_on_it(site):
    drafts = where_drafts(
        site("The Congress of Vienna opened in Vienna on 1 November 1814, chaired by Metternich.")
    )

    assert asked(drafts) == [
        ("Where did the Congress of Vienna open on 1 November 1814?", "Vienna")
    ]


def test_where_question_accepts_the_place_with_the_wider_place_it_names(site):
    (draft,) = where_drafts(site("Gandhi and Nehru met at Wardha, India, in 1936."))

    assert (draft.prompt, draft.answer) == ("Where did Gandhi and Nehru meet in 1936?", "Wardha")
    assert draft.accepted == ["Wardha, India"]


def test_where_question_for_a_country_has_the_country_type(site):
    (draft,) = where_drafts(site("Sabin's oral vaccine was licensed in the United States in 1961."))

    assert draft.answer == "the United States"
    assert draft.answer_type == AnswerType.COUNTRY


@pytest.mark.parametrize(
    "sentence",
    [
        "It was founded in Bangkok in 1967.",
        "They met in Vienna in 1815.",
        "The conference was held in Geneva in 1995.",
        "The forum met in Manila in 1994.",
        "Investors met in London in 1720.",
        "There was a riot in Chicago in 1919.",
    ],
)
def test_refuses_a_pronoun_or_a_reference_that_names_nothing(site, sentence):
    assert where_drafts(site(sentence)) == []


def test_refuses_a_place_that_is_part_of_a_name(site):
    assert where_drafts(site("The University of Tokyo was founded in 1877.")) == []


def test_refuses_a_place_attached_to_a_noun(site):
    assert where_drafts(site("Kofi Annan attended the summit in Bali in 2003.")) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The Treaty of Westphalia was not signed in Paris.",
        "No agreement on Korea was reached in Geneva in 1954.",
        "The Winter Olympics would be held in Sapporo in 1940.",
        "If the Aswan Dam is built in Egypt, the Nile valley will flood.",
    ],
)
def test_refuses_a_negated_or_hypothetical_clause(site, sentence):
    assert where_drafts(site(sentence)) == []


def test_refuses_a_list_of_places(site):
    assert where_drafts(site("The Beatles performed in Hamburg and Liverpool in 1961.")) == []


def test_refuses_two_places_for_one_event(site):
    drafts = where_drafts(site("The Krakatoa eruption began in 1883 near Anak, in Indonesia."))

    assert drafts == []


def test_a_place_followed_by_its_wider_place_asks_where_in_the_wider_place(site):
    drafts = where_drafts(site("The Krakatoa eruption began near Anak in Indonesia in 1883."))

    assert asked(drafts) == [
        ("Where in Indonesia did the Krakatoa eruption begin in 1883?", "Anak")
    ]
    assert drafts[0].accepted == ["near Anak", "Anak, Indonesia"]


# --- Typed places, event nouns, routes (round 2) -----------------------------------------------


def test_a_typed_place_is_asked_by_its_type(site):
    (draft,) = where_drafts(site("Alfred Nobel grew up in the small Swedish town of Karlskoga."))

    assert (draft.prompt, draft.answer) == ("In which town did Alfred Nobel grow up?", "Karlskoga")


def test_a_typed_place_after_near_keeps_near_and_the_date(site):
    (draft,) = where_drafts(
        site("In 1863 the two armies of the Civil War clashed near the village of Gettysburg.")
    )

    assert draft.prompt == "Near which village did the two armies of the Civil War clash in 1863?"
    assert draft.answer == "Gettysburg"
    assert "near Gettysburg" in draft.accepted


def test_a_country_from_the_list_is_asked_as_a_country(site):
    (draft,) = where_drafts(site("The physicist Lise Meitner was born in Austria in 1878."))

    assert draft.prompt == "In which country was the physicist Lise Meitner born in 1878?"
    assert draft.answer_type == AnswerType.COUNTRY


def test_an_event_noun_with_its_place_asks_where_it_was_held(site):
    drafts = where_drafts(site("The 1972 Stockholm Conference in Sweden launched a new programme."))

    assert asked(drafts) == [("Where was the 1972 Stockholm Conference held?", "Sweden")]


def test_a_year_the_parser_put_in_the_subject_is_refused(site):
    # "In 1863 Confederate ... armies": read as "1863 Confederate armies", the question
    # would lose its date and misname the subject.
    sentence = "In 1863 Confederate and Union armies clashed near the village of Gettysburg."

    assert where_drafts(site(sentence)) == []


def test_a_bare_event_noun_with_a_place_is_refused(site):
    assert where_drafts(site("The conference in Geneva approved the budget.")) == []


def test_a_battle_misread_as_fighting_is_asked_as_fought(site):
    drafts = where_drafts(site("The Battle of Bosworth, fought near Market Bosworth, ended a war."))

    assert [d.prompt for d in drafts] == ["Where was the Battle of Bosworth fought?"]


def test_a_route_across_a_listed_country(site):
    (draft,) = where_drafts(
        site("The Trans-Siberian Railway, completed in 1916, runs across Russia.")
    )

    assert (draft.prompt, draft.answer) == (
        "Across which country does the Trans-Siberian Railway run?",
        "Russia",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The Danube flows through Vienna and Budapest.",  # a list: two right answers
        "The old road runs across the Sahara.",  # not a country: its type is unknown
        "It runs across Kenya.",  # nobody knows what "it" is
    ],
)
def test_routes_are_refused_unless_one_named_thing_crosses_one_country(site, sentence):
    assert where_drafts(site(sentence)) == []


def test_an_event_nouns_date_after_its_place_moves_to_the_end(site):
    drafts = where_drafts(
        site("At the 1975 Helsinki Summit in Finland in July 1975, leaders signed a final act.")
    )

    assert asked(drafts) == [("Where was the 1975 Helsinki Summit held in July 1975?", "Finland")]
