"""How-many rule, round 4: a sum a nationality gave when something named was founded, and
a measure noun's value asked with its unit ("how many square kilometres", "how much")."""

from quizzes.generation.rules.how_many import drafts as how_many_drafts
from tests.generation.test_how_many_measures import asked, last_sentence_site


def test_a_nationalitys_contribution_on_founding_is_asked_of_its_country():
    site = last_sentence_site(
        "The Lagos Opera House was founded in 1998 with a Chinese investment of 12 million dollars."
    )
    assert (
        "How much did China invest when the Lagos Opera House was founded in 1998?",
        "12 million dollars",
    ) in asked(how_many_drafts(site))


def test_a_nationality_that_fits_two_countries_is_refused():
    site = last_sentence_site(
        "The Kano Seed Library opened in 2001 with a Nigerian donation of 3 million dollars."
    )
    assert not [p for p, _ in asked(how_many_drafts(site)) if "Niger" in p]


def test_a_contribution_to_an_unnamed_thing_is_refused():
    site = last_sentence_site(
        "The vaccine institute was founded in 1998 with an Italian donation of 9 million euros."
    )
    assert not [p for p, _ in asked(how_many_drafts(site)) if "Italy" in p]


def test_a_contribution_to_a_future_event_is_refused():
    site = last_sentence_site(
        "The Kisumu Malaria Centre will open in 2030 with a Kenyan donation of 4 million dollars."
    )
    assert not [p for p, _ in asked(how_many_drafts(site)) if "Kenya" in p]


def test_a_groups_combined_area_is_asked_in_its_unit():
    site = last_sentence_site(
        "The Lake Provinces consist of Arlen, Bosk, Corvin and the Tarra Isles. "
        "Their combined area is about 9,400 square kilometres."
    )
    found = how_many_drafts(site)
    assert (
        "About how many square kilometres is the combined area of the Lake Provinces?",
        "9,400 square kilometres",
    ) in asked(found)
    assert "9,400" in found[0].accepted


def test_a_cost_is_asked_how_much():
    site = last_sentence_site("The total cost of the Arlen Viaduct was 6 million pounds.")
    assert ("How much was the total cost of the Arlen Viaduct?", "6 million pounds") in asked(
        how_many_drafts(site)
    )


def test_a_share_stays_a_what_question():
    site = last_sentence_site("The turnout in the Arlen election was 64 percent.")
    assert not [p for p, _ in asked(how_many_drafts(site)) if "how" in p.lower()]


def test_a_measure_given_per_unit_of_time_is_not_asked_without_its_rate():
    site = last_sentence_site("The top speed of the Arlen Express was 320 kilometres per hour.")
    assert not [a for _, a in asked(how_many_drafts(site)) if a == "320 kilometres"]
