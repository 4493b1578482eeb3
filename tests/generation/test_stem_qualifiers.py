"""Fill-in-the-blank stems keep what makes the answer unique: the verb's time and place,
the phrase after a cut aside, and the words around a measurement."""

from collections import Counter

from quizzes.generation.drafts import DocumentContext
from quizzes.generation.question import BLANK
from quizzes.generation.rules import fill_blank


def cloze(site) -> dict[str, str]:
    """Answer -> stem for every blank the rule makes of the sentence."""
    drafts = fill_blank.drafts(site, DocumentContext(frequency=Counter()))
    return {draft.answer: draft.prompt for draft in drafts}


def test_a_cut_keeps_the_place_that_tells_which_battle(site):
    sentence = (
        "On 3 May 1815, during a long and wet spring campaign, British and Prussian troops "
        "fought French cavalry near the village of Ligny in southern Belgium."
    )

    stems = cloze(site(sentence))

    assert "3 May 1815" in stems
    assert "near the village of Ligny" in stems["3 May 1815"]
    assert "during a long and wet spring campaign" not in stems["3 May 1815"]


def test_a_cut_aside_leaves_the_phrase_the_verb_needs_after_it(site):
    sentence = (
        "The old trade road from the south linked the city of Milan, by way of the Brenner "
        "Pass, to the city of Augsburg."
    )

    stems = cloze(site(sentence))

    assert stems["Milan"] == (
        f"The old trade road from the south linked the city of {BLANK} to the city of Augsburg."
    )


def test_a_measurement_blank_leaves_the_dimension_in_the_stem(site):
    sentence = (
        "The floating ice shelf is only about 300 metres thick, while the older glacier that "
        "feeds it is far thicker."
    )

    stems = cloze(site(sentence))

    assert stems == {"about 300 metres": f"The floating ice shelf is only {BLANK} thick."}


def test_a_verb_of_saying_never_ends_the_stem(site):
    sentence = (
        "In her speech in May shortly after taking office, Minister Ana Ruiz stated at the "
        "40th Congress of the Farmers Union, the need for new rules on water use in the dry "
        "southern regions of the country."
    )

    stems = cloze(site(sentence)).values()

    assert not any(stem.endswith("stated.") for stem in stems)


def test_a_list_of_names_loses_the_comma_of_a_cut_aside(site):
    sentence = (
        "Maria Lenz, special adviser to the Prime Minister, and Foreign Minister Paul Ohm also "
        "visited Geneva on the occasion of the 12th Session of the Human Rights Council."
    )

    stems = cloze(site(sentence)).values()

    assert stems
    assert all(stem.startswith("Maria Lenz and Foreign Minister") for stem in stems)


def test_a_count_of_a_group_described_before_is_no_blank(site):
    sentence = "On 17 March 1901 the four women renamed their club the Society for Birds."

    assert "four" not in cloze(site(sentence))


def test_a_count_of_an_unnamed_crowd_in_a_past_story_is_no_stem(site):
    sentence = "Some 2,000 sailors were lost at sea in a single night."

    assert cloze(site(sentence)) == {}


def test_a_count_in_a_general_statement_stands(site):
    sentence = "Seven Baltic ports lie along the southern coast of Finland and Estonia."

    assert list(cloze(site(sentence)).values()) != []


def test_a_blank_in_the_second_of_two_clauses_is_cut_to_that_clause(site):
    sentence = (
        "After the great flood of May 1927, farmers and churches sent food and blankets, and "
        "a special relief committee was formed on 9 June 1927 at the request of Governor "
        "John Parker."
    )

    stems = cloze(site(sentence))

    assert stems["9 June 1927"] == (
        f"A special relief committee was formed on {BLANK} at the request of Governor John Parker."
    )


def test_a_time_counted_from_the_sentence_before_is_cut(site):
    sentence = "Two years later the Royal Society funded a second voyage to the Arctic."

    stems = cloze(site(sentence))

    assert stems["Royal Society"] == f"The {BLANK} funded a second voyage to the Arctic."


def test_a_stem_printing_a_count_of_a_group_named_before_is_refused(site):
    sentence = "Norway and the three countries declared 1998 the International Year of the Ocean."

    assert "1998" not in cloze(site(sentence))


def test_a_name_too_long_to_write_from_memory_is_no_blank(site):
    sentence = (
        "In 1979 the Convention on the Conservation of European Wildlife and Natural Habitats "
        "was signed in Bern."
    )

    assert all(len(answer.split()) <= 8 for answer in cloze(site(sentence)))


def test_a_counted_group_qualified_only_by_the_blank_is_refused(site):
    sentence = (
        "Together these rules shaped modern shipping, and the three Codes of 1974 have been "
        "adopted by every port."
    )

    assert "1974" not in cloze(site(sentence))


def test_a_clause_saying_more_about_the_blank_stays(site):
    sentence = (
        "The Gulf Stream carries warm water from the Caribbean across the Atlantic, and it "
        "keeps the winters of western Europe mild."
    )

    stems = cloze(site(sentence))

    assert stems["Gulf Stream"].endswith("and it keeps the winters of western Europe mild.")


def test_an_it_that_cannot_stand_for_a_person_is_cut_with_its_clause(site):
    sentence = (
        "Edward Jenner tested his smallpox vaccine on James Phipps in May 1796, and it soon "
        "spread across Europe."
    )

    stems = cloze(site(sentence))

    assert stems["Edward Jenner"] == (
        f"{BLANK} tested his smallpox vaccine on James Phipps in May 1796."
    )


def test_no_blank_on_all_that_stands_in_brackets(site):
    sentence = (
        "Fishing under the Coastal Waters Act (1994) was suspended when the act expired in "
        "March 2010."
    )

    assert "1994" not in cloze(site(sentence))
