"""How-many rule, round 3: lengths named by their unit, "it" written out, rates per unit of
time, passive counts asked in the active, and counts pinned by a period."""

import pytest

from quizzes.generation import antecedents
from quizzes.generation.drafts import Site
from quizzes.generation.nlp import load_pipeline
from quizzes.generation.question import SourceRef
from quizzes.generation.ranking import finalise
from quizzes.generation.rules.how_many import drafts as how_many_drafts
from tests.generation.sites import asked


def last_sentence_site(text: str) -> Site:
    """A ``Site`` for the last sentence of ``text``, with what the sentences before named."""
    sentences = list(load_pipeline()(text).sents)
    discourse = antecedents.EMPTY.next_section("Bridges").next_block()
    for sent in sentences[:-1]:
        discourse = discourse.after(sent)
    sent = sentences[-1]
    return Site(
        sent=sent,
        source=SourceRef(
            section_path="1",
            section_label="",
            section_title="Bridges",
            block=0,
            start=sent.start_char,
            end=sent.end_char,
            sentence=sent.text,
            lead="",
        ),
        block_kind="paragraph",
        discourse=discourse,
    )


def test_a_length_question_names_its_unit_and_the_number_alone_answers_it(site):
    (draft,) = how_many_drafts(site("Mount Kosciuszko is 2,228 metres high."))

    assert (draft.prompt, draft.answer) == (
        "How many metres high is Mount Kosciuszko?",
        "2,228 metres",
    )
    assert {"2,228 m", "2,228"} <= set(draft.accepted)


def test_a_subject_it_is_written_as_the_thing_the_sentence_before_named(nlp):
    site = last_sentence_site("The Golden Gate Bridge opened in 1937. It is 2,737 metres long.")

    assert asked(how_many_drafts(site)) == [
        ("How many metres long is the Golden Gate Bridge?", "2,737 metres")
    ]


def test_a_verb_of_extent_is_asked_as_how_long(nlp):
    site = last_sentence_site(
        "The Golden Gate Bridge opened in 1937. It stretches about 2,737 metres."
    )

    assert asked(how_many_drafts(site)) == [
        ("About how many metres long is the Golden Gate Bridge?", "2,737 metres")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "It stretches about 2,300 kilometres.",  # nothing before says what "it" is
        "The river floods every spring. It is about 40 metres wide.",  # a river, unnamed
    ],
)
def test_an_unresolved_it_gives_no_amount_question(nlp, text):
    assert how_many_drafts(last_sentence_site(text)) == []


def test_a_length_in_two_units_accepts_both(nlp):
    site = last_sentence_site(
        "The Golden Gate Bridge opened in 1937. It is 2,737 metres (8,980 feet) long."
    )

    (draft,) = how_many_drafts(site)
    assert draft.prompt == "How many metres long is the Golden Gate Bridge?"
    assert "8,980 feet" in draft.accepted


def test_a_rate_per_year_keeps_its_unit_of_time_in_the_key(site):
    (draft,) = how_many_drafts(
        site("The Rhône Glacier retreats at an average rate of about 30 metres per year.")
    )

    assert (draft.prompt, draft.answer) == (
        "About how many metres per year does the Rhône Glacier retreat on average?",
        "30 metres per year",
    )
    assert {"30 metres a year", "30 m per year", "30"} <= set(draft.accepted)


def test_a_count_after_a_passive_verb_is_asked_in_the_active(site):
    drafts = how_many_drafts(
        site("The festival they founded in Salzburg in 1920 was attended by 3,000 visitors.")
    )

    assert asked(drafts) == [
        ("How many visitors attended the festival founded in Salzburg in 1920?", "3,000")
    ]
    (question,) = finalise(drafts)  # the participle says which festival
    assert question.prompt == drafts[0].prompt


@pytest.mark.parametrize(
    "sentence",
    [
        "The festival was attended by 3,000 visitors.",  # which festival?
        "The opera was written by two composers.",
        "The festival they founded was not attended by 3,000 visitors.",
    ],
)
def test_a_passive_count_needs_a_subject_that_names_something(site, sentence):
    assert finalise(how_many_drafts(site(sentence))) == []


def test_a_hedged_count_pinned_by_a_named_period_is_asked(site):
    drafts = how_many_drafts(
        site("About 4,000 miners are thought to have died during the Victorian gold rush.")
    )

    assert asked(drafts) == [
        (
            "About how many miners are thought to have died during the Victorian gold rush?",
            "4,000",
        )
    ]


def test_a_percentage_in_a_clause_of_reason_keeps_what_it_is_a_share_of(site):
    drafts = how_many_drafts(
        site(
            "Desert farms lose little water, because drip lines beside them deliver about "
            "90 percent of the water pumped from each well."
        )
    )

    assert asked(drafts) == [
        (
            "About how much of the water pumped from each well do drip lines deliver?",
            "90 percent",
        )
    ]


@pytest.mark.parametrize(
    ("sentence", "prompt"),
    [
        (
            "The Amazon, a river about 6,400 kilometres long, drains much of South America.",
            "About how many kilometres long is the Amazon?",
        ),
        (
            "Sandy soil drains quickly and is only about 2 metres deep on the plateau.",
            "About how many metres deep is sandy soil on the plateau?",
        ),
    ],
)
def test_a_dimension_in_an_apposition_or_a_second_clause_is_asked(site, sentence, prompt):
    assert [draft.prompt for draft in how_many_drafts(site(sentence))] == [prompt]


def test_a_dimension_of_an_unnamed_thing_is_refused(site):
    sentence = "The ship, 120 metres long and 18 metres wide, carried grain to Genoa."

    assert how_many_drafts(site(sentence)) == []


def test_an_amount_after_an_intention_is_asked_through_the_intending_verb(site):
    drafts = how_many_drafts(
        site("In 1998 the Paris Club agreed to cancel 2.4 billion dollars of Bolivia's debt.")
    )

    assert asked(drafts) == [
        (
            "How much of Bolivia's debt did the Paris Club agree to cancel in 1998?",
            "2.4 billion dollars",
        )
    ]


def test_a_count_after_an_intention_keeps_what_the_verb_needs(site):
    drafts = how_many_drafts(
        site("In 1911 Amundsen decided to take 52 dogs on the journey to the South Pole.")
    )

    assert asked(drafts) == [
        ("How many dogs did Amundsen decide to take on the journey to the South Pole?", "52")
    ]


def test_a_bare_count_after_an_intention_is_refused(site):
    sentence = "Norway planned to invite about 3,000 athletes from the region."

    assert how_many_drafts(site(sentence)) == []


def test_how_a_length_was_measured_stays_in_the_question(nlp):
    site = last_sentence_site(
        "The Golden Gate Bridge opened in 1937. Measured from shore to shore it is about 2,737 "
        "metres (8,980 feet) long."
    )

    (draft,) = how_many_drafts(site)
    assert (
        draft.prompt
        == "About how many metres long is the Golden Gate Bridge, measured from shore to shore?"
    )
    assert {"8,980 feet", "2,737", "about 2,737 metres"} <= set(draft.accepted)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Hanseatic fleet was reduced by 30 ships in 1420.",  # a difference
        "The Champions League final was won by three goals.",  # a margin
    ],
)
def test_a_passive_by_that_gives_a_margin_is_not_asked_as_who_did_it(site, sentence):
    assert how_many_drafts(site(sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The Vatican decided not to spend 5 million euros on the museum.",  # negated
        "In 1990 Norway wanted to attract 3 million tourists to Oslo.",  # a wish, not a plan
        "Exports collapsed, because Germany cut its imports by 40 percent.",  # whose imports?
    ],
)
def test_refuses_a_negated_intention_a_wish_and_a_pointing_word(site, sentence):
    assert how_many_drafts(site(sentence)) == []


def test_a_count_about_it_names_what_it_is(nlp):
    site = last_sentence_site(
        "The Golden Gate Bridge opened in 1937. It was crossed by 200,000 pedestrians in May 1937."
    )

    assert asked(how_many_drafts(site)) == [
        ("How many pedestrians crossed the Golden Gate Bridge in May 1937?", "200,000")
    ]


def test_a_passive_count_with_a_pointing_word_is_refused(nlp):
    site = last_sentence_site(
        "The Golden Gate Bridge opened in 1937. It was crossed by 200,000 people on its first day."
    )

    assert how_many_drafts(site) == []


def test_a_relative_clause_becomes_a_participle_with_its_own_tense_form(site):
    drafts = how_many_drafts(
        site("The opera they wrote for Prague in 1787 was attended by 500 people.")
    )

    assert asked(drafts) == [
        ("How many people attended the opera written for Prague in 1787?", "500")
    ]


def test_a_bare_participle_does_not_say_which_one(site):
    assert how_many_drafts(site("The house they built was visited by 300 people.")) == []
