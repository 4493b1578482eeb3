"""Names given to things: a year declared with its name hung loosely, and a thing renamed
by its owner ("renamed its boathouse ...")."""

from quizzes.generation.rules.what import drafts as what_drafts
from tests.generation.sites import asked


def test_a_quoted_name_given_to_a_year_is_asked_for(site):
    drafts = what_drafts(site('The Nordic Council declared 1998 the "Year of the Fjords".'))
    assert ("What did the Nordic Council declare 1998 to be?", "Year of the Fjords") in asked(
        drafts
    )


def test_a_thing_renamed_by_its_named_owner_is_asked_with_the_owner_written_out(site):
    drafts = what_drafts(
        site("In 1902 the Hanover Rowing Club renamed its boathouse the Arminia Hall.")
    )
    assert ("What was the Hanover Rowing Club's boathouse renamed in 1902?", "Arminia Hall") in (
        asked(drafts)
    )


def test_a_thing_renamed_by_an_unnamed_owner_is_not_asked(site):
    sentence = "On 3 May 1911 the four sisters renamed their shop the Linden Gallery."
    assert [d for d in what_drafts(site(sentence)) if d.rule == "what:renamed"] == []
