"""How-many rule: a count apposed to the object it sizes ("all of their farmers, about
17,000 people"), with "their" written as the group meant, or refused. Invented sentences."""

from quizzes.generation.rules.how_many import drafts as how_many_drafts
from tests.generation.sites import document_sites
from tests.generation.test_how_many_measures import asked

PROVINCES = "The Lake Provinces consist of Arlen, Bosk, Corvin and the Tarra Isles. "


def last_site(text: str):
    return document_sites(("Provinces", [text]))[-1]


def test_an_apposed_count_asks_about_the_object_it_sizes():
    site = last_site(
        PROVINCES + "The Duchy of Holm annexed the Lake Provinces in 1846 and by 1900 had "
        "resettled all of their farmers, about 17,000 people."
    )
    assert (
        "About how many farmers of the Lake Provinces had the Duchy of Holm resettled by 1900?",
        "17,000",
    ) in asked(how_many_drafts(site))


def test_a_hedge_the_tagger_leaves_out_of_the_number_still_hedges_the_question():
    site = last_site(
        PROVINCES + "In 1720 the army of Valdor expelled all Orman merchants, some 400 families."
    )
    assert ("About how many Orman merchants did the army of Valdor expel in 1720?", "400") in (
        asked(how_many_drafts(site))
    )


def test_the_subjects_own_possession_is_refused():
    site = last_site(
        PROVINCES + "The Lake Provinces were annexed in 1846 and by 1900 had lost all of "
        "their forests, about 900 woods."
    )
    assert not [p for p, _ in asked(how_many_drafts(site)) if "forests" in p]


def test_an_apposed_count_of_an_unnamed_object_is_refused():
    site = last_site(PROVINCES + "In 1720 the army expelled the merchants, some 400 families.")
    assert asked(how_many_drafts(site)) == []
