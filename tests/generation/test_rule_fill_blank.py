"""Cloze rule: a sentence with its most specific named fact replaced by a blank."""

from collections import Counter

import pytest

from quizzes.generation import blank_values
from quizzes.generation.drafts import DocumentContext
from quizzes.generation.question import BLANK, AnswerType, Kind
from quizzes.generation.rules import fill_blank


def cloze_drafts(site, counts):
    """The fill-in-the-blank rule on one sentence, with the document's entity counts."""
    return fill_blank.drafts(site, DocumentContext(frequency=counts))


NO_COUNTS: Counter = Counter()


def blanks(drafts) -> list[tuple[str, str]]:
    return [(draft.prompt, draft.answer) for draft in drafts]


@pytest.mark.parametrize(
    ("sentence", "prompt", "answer"),
    [
        (
            "Edward Jenner tested his smallpox vaccine on James Phipps in May 1796.",
            f"{BLANK} tested his smallpox vaccine on James Phipps in May 1796.",
            "Edward Jenner",
        ),
        (
            "Penicillin was discovered by Alexander Fleming at St Mary's Hospital in London.",
            f"Penicillin was discovered by {BLANK} at St Mary's Hospital in London.",
            "Alexander Fleming",
        ),
        (
            "The polio vaccine developed by Jonas Salk was declared safe in April 1955.",
            f"The polio vaccine developed by {BLANK} was declared safe in April 1955.",
            "Jonas Salk",
        ),
    ],
)
def test_cloze_blanks_the_person_first(site, sentence, prompt, answer):
    (draft,) = cloze_drafts(site(sentence), NO_COUNTS)

    assert (draft.prompt, draft.answer) == (prompt, answer)
    assert draft.kind == Kind.FILL_BLANK
    assert draft.answer_type == AnswerType.PERSON


def test_cloze_blanks_a_year(site):
    sentence = "In 1959 the Antarctic Treaty set aside the continent for peaceful research."
    (draft,) = cloze_drafts(site(sentence), NO_COUNTS)

    assert (draft.prompt, draft.answer) == (
        f"In {BLANK} the Antarctic Treaty set aside the continent for peaceful research.",
        "1959",
    )
    assert draft.answer_type == AnswerType.YEAR


def test_cloze_blank_leaves_out_the_article_of_a_name(site):
    sentence = "The World Health Organization declared smallpox eradicated in 1980 at last."

    assert blanks(cloze_drafts(site(sentence), NO_COUNTS)) == [
        (
            f"The {BLANK} declared smallpox eradicated in 1980 at last.",
            "World Health Organization",
        )
    ]


def test_cloze_skips_names_in_a_list_and_blanks_the_one_outside_it(site):
    sentence = "The Amazon carries more water than the Nile and the Yangtze combined."

    assert blanks(cloze_drafts(site(sentence), NO_COUNTS)) == [
        (f"The {BLANK} carries more water than the Nile and the Yangtze combined.", "Amazon")
    ]


def test_cloze_skips_a_fact_the_document_repeats_too_often(site):
    sentence = "The South Pole was first reached by Roald Amundsen on 14 December 1911."
    drafts = cloze_drafts(site(sentence), Counter({"roald amundsen": 5}))

    assert blanks(drafts) == [
        (f"The South Pole was first reached by Roald Amundsen on {BLANK}.", "14 December 1911")
    ]


def test_cloze_makes_two_blanks_in_a_long_sentence_each_cut_to_its_clause(site):
    sentence = (
        "Roald Amundsen left the Bay of Whales with four companions and 52 dogs on 19 October 1911 "
        "and reached the South Pole on 14 December 1911 after a journey of 57 days."
    )
    drafts = cloze_drafts(site(sentence), NO_COUNTS)
    clause = (
        "Roald Amundsen left the Bay of Whales with four companions and 52 dogs on 19 October 1911."
    )

    assert [draft.answer for draft in drafts] == ["Roald Amundsen", "19 October 1911"]
    assert drafts[0].prompt == clause.replace("Roald Amundsen", BLANK)
    assert drafts[1].prompt == clause.replace("19 October 1911", BLANK)


def test_cloze_records_where_the_answer_is_in_the_sentence(site):
    made = site("Penicillin was discovered by Alexander Fleming at St Mary's Hospital in London.")
    (draft,) = cloze_drafts(made, NO_COUNTS)
    start, end = draft.answer_tokens

    assert made.sent.doc[start:end].text == "Alexander Fleming"


def test_cloze_does_not_blank_first_used_as_an_adverb(site):
    # "was _____ held" could be "first", "again", "annually": the year is the fact to test.
    drafts = cloze_drafts(site("The Tour de France was first held in 1903."), NO_COUNTS)

    assert drafts
    assert {draft.answer for draft in drafts} <= {"1903", "Tour de France"}


def test_refuses_a_name_that_is_one_item_of_a_list(site):
    sentence = "The expedition visited Norway, Sweden and Finland before sailing south."

    assert cloze_drafts(site(sentence), NO_COUNTS) == []


def test_refuses_a_pair_of_names_joined_by_and(site):
    sentence = "The agreement was signed by France and Germany in the spring."

    assert cloze_drafts(site(sentence), NO_COUNTS) == []


def test_refuses_an_answer_that_appears_twice_in_the_sentence(site):
    sentence = "Amundsen reached the pole before Scott, and Scott reached it after Amundsen."

    assert cloze_drafts(site(sentence), NO_COUNTS) == []


def test_refuses_a_caption(site):
    caption = "Roald Amundsen and his companions taking observations at the South Pole in 1911"

    assert cloze_drafts(site(caption, block_kind="caption"), NO_COUNTS) == []


def test_refuses_a_sentence_too_short_to_give_context(site):
    assert cloze_drafts(site("Scott reached the pole in 1912."), NO_COUNTS) == []


def test_refuses_a_digit_of_an_arithmetic_expression(site):
    drafts = cloze_drafts(site("Pupils learn early in school that 2+2 makes four."), NO_COUNTS)

    assert "2" not in {draft.answer for draft in drafts}


def test_refuses_a_name_followed_by_its_acronym(site):
    # The name is asked by the acronym rule; blanking it would leave "(SCAR)" as a clue.
    sentence = "The Scientific Committee on Antarctic Research (SCAR) coordinates polar science."
    answers = {draft.answer for draft in cloze_drafts(site(sentence), NO_COUNTS)}

    assert "Scientific Committee on Antarctic Research" not in answers


def test_refuses_one_used_as_a_pronoun(site):
    sentence = (
        "Most volcanoes sit along the edges of tectonic plates, where plates pull apart or "
        "where one plate sinks beneath another."
    )
    assert all(draft.answer != "one" for draft in cloze_drafts(site(sentence), Counter()))


# --- Short stems: the clause that carries the fact -------------------------------------


def test_stem_drops_an_opener_and_a_trailing_clause_that_hold_no_blank(site):
    sentence = (
        "For example, shortly after the flood of the river in the spring, Governor Maria Alves "
        "ordered the building of new levees, while engineers studied the riverbed for months."
    )
    prompts = {d.answer: d.prompt for d in cloze_drafts(site(sentence), NO_COUNTS)}

    assert prompts["Maria Alves"] == (
        f"After the flood of the river in the spring, Governor {BLANK} ordered the building "
        "of new levees."
    )


def test_stem_keeps_the_coordinated_clause_that_holds_the_blank(site):
    sentence = (
        "The first telescope was shown to the Venetian senate in August 1609 by a visiting "
        "merchant, and the German astronomer Johannes Kepler published his third law in 1619."
    )
    prompts = {d.answer: d.prompt for d in cloze_drafts(site(sentence), NO_COUNTS)}

    assert prompts["August 1609"] == (
        f"The first telescope was shown to the Venetian senate in {BLANK} by a visiting merchant."
    )
    # The parser keeps "Johannes" out of the name; the clause still stands alone.
    assert prompts["Kepler"] == f"Johannes {BLANK} published his third law in 1619."


def test_stem_drops_an_aside_but_keeps_the_subject_and_verb(site):
    sentence = (
        "Marie Curie, who had moved to Paris to study physics and mathematics at the Sorbonne "
        "as a young woman, won the Nobel Prize in Chemistry in 1911."
    )
    prompts = {d.answer: d.prompt for d in cloze_drafts(site(sentence), NO_COUNTS)}

    assert prompts["1911"] == f"Marie Curie won the Nobel Prize in Chemistry in {BLANK}."


def test_stem_never_prints_a_bracketed_acronym_beside_the_blank(site):
    sentence = (
        "Ten European governments signed the Common Fisheries Policy (CFP) in Brussels in 1983 "
        "to share the catch."
    )
    drafts = cloze_drafts(site(sentence), NO_COUNTS)

    assert drafts
    assert all("(CFP)" not in d.prompt for d in drafts)


def test_stem_names_the_person_a_role_describes(site):
    sentence = (
        "The surgeon in charge of the ward, Joseph Lister, began using carbolic acid on "
        "wounds in August 1865, and infections on the ward fell sharply over the next year."
    )
    prompts = {d.answer: d.prompt for d in cloze_drafts(site(sentence), NO_COUNTS)}

    assert prompts["August 1865"] == (
        f"The surgeon in charge of the ward, Joseph Lister, began using carbolic acid on "
        f"wounds in {BLANK}."
    )


def test_refuses_a_stem_that_cannot_be_cut_short(site):
    sentence = (
        "The cathedral's builders, the masons Pierre de Montreuil and Jean de Chelles together "
        "with their apprentices and the carpenters of the royal workshops of the city of Paris, "
        "completed the north rose window in 1250."
    )
    drafts = cloze_drafts(site(sentence), NO_COUNTS)

    assert all(len(d.prompt.split()) <= 25 for d in drafts)


@pytest.mark.parametrize(
    "sentence",
    [
        "The company was declared bankrupt on 4 February 1889 after its investors fled.",
        "It was finally completed on 12 March 1902 after years of delays.",
        "When the miners reached there on 3 June 1850, the camp had already been abandoned.",
    ],
)
def test_refuses_a_stem_whose_subject_only_points_back(site, sentence):
    assert cloze_drafts(site(sentence), NO_COUNTS) == []


# --- Only what is worth knowing ----------------------------------------------------------


def test_refuses_one_end_of_a_range(site):
    sentence = "Exports of copper from the region between 1990 and 1995 doubled in value overall."

    answers = {d.answer for d in cloze_drafts(site(sentence), NO_COUNTS)}
    assert not answers & {"1990", "1995", "between 1990"}


def test_a_quantity_keeps_its_unit_in_the_answer(site):
    sentence = "The glacier retreated by some 4.5 kilometres over the following century."

    answers = [d.answer for d in cloze_drafts(site(sentence), NO_COUNTS)]
    assert answers == ["some 4.5 kilometres"]


def test_refuses_a_number_whose_unit_is_left_out_of_the_sentence(site):
    sentence = (
        "The northern lake covers 3,200 square kilometres, and the southern lake about 1,100."
    )

    answers = {d.answer for d in cloze_drafts(site(sentence), NO_COUNTS)}
    assert "about 1,100" not in answers


def test_refuses_a_filler_phrase_as_a_blank(site):
    sentence = "The committee stressed the sharpest differences between practical work and theory."

    assert cloze_drafts(site(sentence), NO_COUNTS) == []


def test_blanks_a_term_the_sentence_defines(site):
    sentence = "Igneous rocks are rocks formed by the cooling of molten magma or lava."

    assert blanks(cloze_drafts(site(sentence), NO_COUNTS)) == [
        (f"{BLANK} are rocks formed by the cooling of molten magma or lava.", "Igneous rocks")
    ]


def test_a_measurement_beside_a_bare_noun_does_not_name_it(site):
    sentence = (
        "The ship, 120 metres long and 18 metres wide, carried grain on a voyage from "
        "Odessa to Marseille."
    )

    assert cloze_drafts(site(sentence), NO_COUNTS) == []


def test_never_cuts_what_was_said_down_to_a_bare_verb(site):
    sentence = (
        "Shortly after the collapse of the dam near Vajont in 1963, Minister Giuseppe Togni "
        "stated that the government would rebuild every destroyed village within five years."
    )
    prompts = [d.prompt for d in cloze_drafts(site(sentence), NO_COUNTS)]

    assert all(not p.endswith("stated.") for p in prompts)


def test_a_stem_ending_in_a_quotation_keeps_its_full_stop(site):
    sentence = 'In 1951 Chile and Peru declared the coming year the "Year of Friendship".'

    prompts = [d.prompt for d in cloze_drafts(site(sentence), NO_COUNTS)]
    assert prompts
    assert all(p.endswith('".') for p in prompts)


def test_a_cut_aside_leaves_the_comma_before_the_next_phrase(site):
    sentence = (
        "The Fourth Congress of Soil Science took place in Leopoldville, Belgian Congo, in "
        "August 1954, chaired by the agronomist Jean Baeyens, the director of the colonial "
        "soil service, with Professor Kwame Osei representing Ghana."
    )
    prompts = [d.prompt for d in cloze_drafts(site(sentence), NO_COUNTS)]

    assert any("Baeyens, with" in p for p in prompts)
    assert not any("Baeyens with" in p or "Leopoldville chaired" in p for p in prompts)


def test_a_cut_aside_between_subject_and_verb_leaves_no_comma(site):
    sentence = (
        "The engineer in charge of the harbour works, Pieter Caland, died in March 1903 at "
        "his home near Rotterdam, and in 1907 the new canal was named after him."
    )
    prompts = [d.prompt for d in cloze_drafts(site(sentence), NO_COUNTS)]

    assert f"The engineer in charge of the harbour works, {BLANK}, died in March 1903" in " ".join(
        prompts
    )


def test_never_keeps_who_spoke_without_what_was_said(site):
    sentence = (
        "Minister Ana Ruiz stated at the 14th Session of the Andean Parliament, held in Quito "
        "in the spring of 2011, that the region would ban open-pit coal mines by 2030."
    )
    prompts = [d.prompt for d in cloze_drafts(site(sentence), NO_COUNTS)]

    assert prompts
    assert all("that the region would ban" in p for p in prompts)
    assert not any("Parliament, that" in p for p in prompts)


def test_refuses_two_clauses_parsed_as_one_across_a_colon(site):
    sentence = (
        "In 1906 the Danish chemist Niels Holm obtained from Norway, which then ruled "
        "Svalbard, a licence known as the Holm Permit: a Danish firm received the sole right "
        "to mine coal, which would revert to Norway after 40 years."
    )

    assert cloze_drafts(site(sentence), NO_COUNTS) == []


def test_no_blank_on_a_name_that_only_qualifies_a_common_noun(site):
    sentence = (
        "Twelve OPEC members cut oil output in March 1999 after prices fell below ten dollars."
    )
    answers = [d.answer for d in cloze_drafts(site(sentence), NO_COUNTS)]

    assert "OPEC" not in answers


@pytest.mark.parametrize(
    ("label", "name", "tagged", "expected"),
    [
        ("GPE", "Grobnik", AnswerType.COUNTRY, AnswerType.PLACE),  # a village, not a country
        ("GPE", "Portugal", AnswerType.COUNTRY, AnswerType.COUNTRY),
        ("PERSON", "Moss Lake", AnswerType.PERSON, AnswerType.PLACE),
        ("PERSON", "Karl Lindau", AnswerType.PERSON, AnswerType.PERSON),
    ],
)
def test_a_blank_is_typed_by_what_the_name_says_it_is(label, name, tagged, expected):
    assert blank_values.retyped(label, name, tagged) == expected


def test_keys_accept_the_surname_and_the_bare_amount(site):
    person = cloze_drafts(
        site("The mycologist Karl Lindau described the fungus in a paper of 1897."), NO_COUNTS
    )
    amount = cloze_drafts(
        site("Clerks at the Lisbon archive filled roughly 12,000 index cards."),
        NO_COUNTS,
    )

    assert "Lindau" in next(d.accepted for d in person if d.answer == "Karl Lindau")
    assert "12,000" in next(d.accepted for d in amount if "12,000" in d.answer)


@pytest.mark.parametrize(
    ("answer", "expected"),
    [("twelve", "12"), ("7", "seven"), ("more than 150 million", "150 million")],
)
def test_counts_are_accepted_in_figures_and_in_words(answer, expected):
    assert expected in blank_values.accepted_forms(answer, AnswerType.NUMBER)


def test_stem_drops_side_facts_printed_around_the_blank(site):
    sentence = (
        "The Baltic Salmon Fund was set up in Riga on 4 May 1998 with a Latvian grant of "
        "12 million lats."
    )
    prompts = [d.prompt for d in cloze_drafts(site(sentence), NO_COUNTS)]

    assert prompts == [f"The {BLANK} was set up in Riga on 4 May 1998."]


def test_stem_drops_the_list_after_a_colon(site):
    sentence = "Four rivers drain the Tarvo Plateau: the Alma, the Betsa, the Corra and the Dunn."
    prompts = {d.answer: d.prompt for d in cloze_drafts(site(sentence), NO_COUNTS)}

    assert prompts["Four"] == f"{BLANK} rivers drain the Tarvo Plateau."


def test_stem_drops_a_relative_clause_set_off_by_commas(site):
    sentence = (
        "In 1891 the Belgian engineer Paul Dupont bought the mine from Portugal, which "
        "then owned Mozambique, for a token price."
    )
    prompts = [d.prompt for d in cloze_drafts(site(sentence), NO_COUNTS)]

    assert prompts
    assert all("which then owned" not in prompt for prompt in prompts)


def test_stem_keeps_one_titled_signatory_not_both(site):
    sentence = (
        "Trade resumed under the Treaty of Ostend, signed in Bruges on 2 June 1911 by Chancellor "
        "Otto Reinholt and Prime Minister Henri Lavalle and in force from 1 January 1912."
    )
    prompts = {d.answer: d.prompt for d in cloze_drafts(site(sentence), NO_COUNTS)}

    stem = prompts.get("Otto Reinholt")
    assert stem is not None
    assert "Henri Lavalle" not in stem
    # The place of the signing may stay ("signed in Bruges"): a stem keeps its time and
    # place up to 20 words.
    assert len(stem.split()) <= 20


@pytest.mark.parametrize(
    "sentence",
    [
        "Shareholders had lost about 90 million francs.",
        "Two further treaties followed on 3 March 1921.",
        "Sweden was represented by the diplomat Karl Lindqvist.",
        "Nurses treated some 4,000 patients in a single week.",
    ],
)
def test_a_stem_that_starts_mid_story_is_refused(site, sentence):
    assert cloze_drafts(site(sentence), NO_COUNTS) == []


@pytest.mark.parametrize(
    ("sentence", "answer"),
    [
        ("Sweden was represented at the Congress of Kiel by Karl Lindqvist.", "Karl Lindqvist"),
        ("Miners in Cornwall found about 300 tonnes of tin in 1850.", "1850"),
        ("Tectonic plates drift about 5 centimetres each year.", None),
    ],
)
def test_a_stem_that_names_its_topic_stands(site, sentence, answer):
    made = cloze_drafts(site(sentence), NO_COUNTS)
    assert made
    if answer:
        assert answer in [d.answer for d in made]
