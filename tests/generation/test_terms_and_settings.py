"""Questions that need the paragraph's occasion or a plainer wording: a count under the
treaty the sentence before named, the two places a border runs between, a where-question
about an agreement made at an unnamed summit, and phrasal verbs asked with a single verb."""

from quizzes.generation.rules.how_many import drafts as how_many_drafts
from quizzes.generation.rules.when import drafts as when_drafts
from quizzes.generation.rules.where import drafts as where_drafts
from tests.generation.sites import asked, paragraph_sites


def last_sentence(text: str):
    return paragraph_sites(text)[-1]


def test_a_count_ceded_in_exchange_names_the_treaty_the_sentence_before_named():
    site = last_sentence(
        "Disputes over fishing led to the Treaty of Bergen, signed on 3 June 1790 by the two "
        "kings. Norway gave up its claims to Iceland, and in exchange Denmark ceded the 12 "
        "Faroe fishing grounds."
    )
    assert (
        "How many Faroe fishing grounds did Denmark cede under the 1790 Treaty of Bergen?",
        "12",
    ) in asked(how_many_drafts(site))


def test_a_count_with_no_treaty_before_it_is_asked_without_one():
    site = last_sentence(
        "The Congress of Bergen opened in 1790. Denmark ceded 12 islands to Norway."
    )
    assert ("How many islands did Denmark cede to Norway?", "12") in asked(how_many_drafts(site))


def test_a_border_between_two_named_islands_is_asked_by_their_kind():
    site = last_sentence(
        "The Treaty of Lund was signed in 1690. The treaty opened Malmo to Danish ships and "
        "confirmed a border running between the islands of Bornholm and Gotland."
    )
    drafts = [d for d in where_drafts(site) if d.rule == "where:between"]
    assert asked(drafts) == [
        (
            "Between which two islands did the Treaty of Lund confirm a border?",
            "Bornholm and Gotland",
        )
    ]
    assert drafts[0].accepted == ["Gotland and Bornholm"]


def test_a_border_drawn_by_an_unresolved_subject_is_not_asked(site):
    drafts = where_drafts(site("It set a boundary between the provinces of Nord and Sud."))
    assert [d for d in drafts if d.rule == "where:between"] == []


def test_an_agreement_at_an_unnamed_summit_is_asked_without_the_effort_idiom_or_a_pointer():
    site = last_sentence(
        "The two banks issued a joint statement in 1990. At an informal summit in Uppsala in "
        "1993, Olof Berg and Nils Larsen agreed to do their utmost to conclude a currency pact "
        "by 1995 on the basis of that statement."
    )
    assert (
        "Where did Olof Berg and Nils Larsen agree in 1993 to conclude a currency pact by 1995?",
        "Uppsala",
    ) in asked(where_drafts(site))


def test_going_back_is_asked_as_returning(site):
    drafts = when_drafts(site("The cellist Greta Holm went back to Uppsala in July 1931."))
    assert ("When did the cellist Greta Holm return to Uppsala?", "July 1931") in asked(drafts)


def test_coming_back_is_asked_as_returning_in_the_form_after_an_auxiliary(site):
    drafts = when_drafts(site("In June 1931 the cellist Greta Holm had come back to Uppsala."))
    assert ("When had the cellist Greta Holm returned to Uppsala?", "June 1931") in asked(drafts)


def test_a_phrasal_verb_without_a_plain_equivalent_is_kept(site):
    drafts = when_drafts(site("In 1950 the navy carried out a survey of the coast."))
    assert ("When did the navy carry out a survey of the coast?", "1950") in asked(drafts)
