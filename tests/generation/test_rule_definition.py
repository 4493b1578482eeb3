"""Definitions: glossary boxes ("TERM: A thing that does X." -> "Which thing does X?"),
copular definitions, appositions and naming, always with the term as the key."""

from dataclasses import replace

import pytest

from quizzes.generation.drafts import DocumentContext
from quizzes.generation.ranking import finalise
from quizzes.generation.rules.definition import drafts as definition_drafts
from tests.generation.conftest import make_site
from tests.generation.sites import asked


def test_names_the_term_from_a_relative_clause_definition(site):
    definition = "A committee that was established in February 1958 to coordinate research."
    drafts = definition_drafts(site(definition, term="SCAR"))

    assert asked(drafts) == [
        ("Which committee was established in February 1958 to coordinate research?", "SCAR")
    ]


def test_keeps_the_adjectives_of_the_defined_thing(site):
    definition = "An international body that sets standards for weights and measures."
    drafts = definition_drafts(site(definition, term="BIPM"))

    assert asked(drafts) == [
        ("Which international body sets standards for weights and measures?", "BIPM")
    ]


def test_the_question_is_grounded_in_the_glossary_line(site):
    """The term is printed before the definition, so the source names the answer."""
    drafts = definition_drafts(site("A river that flows through Cairo.", term="Nile"))
    [question] = finalise(drafts)

    assert question.source.as_printed == "Nile: A river that flows through Cairo."
    assert question.answer == "Nile"


def test_refuses_a_definition_without_a_relative_clause(site):
    definition = "The deliberate infection of a healthy person with smallpox material."
    assert definition_drafts(site(definition, term="Variolation")) == []


def test_refuses_a_participle_definition(site):
    definition = "A camp built at the South Pole in December 1911."
    assert definition_drafts(site(definition, term="Polheim")) == []


def test_refuses_an_object_relative_clause(site):
    """'A camp that Amundsen set up' describes Amundsen's action, not the camp's."""
    definition = "A camp that Roald Amundsen set up at the South Pole in December 1911."
    assert definition_drafts(site(definition, term="Polheim")) == []


def test_refuses_later_sentences_and_plain_paragraphs(site):
    sentence = "A treaty that protects the continent."
    assert definition_drafts(site(sentence, term="Treaty", first_in_block=False)) == []
    assert definition_drafts(site(sentence)) == []


def test_refuses_a_full_sentence_definition(site):
    definition = "It protects the continent from mining."
    assert definition_drafts(site(definition, term="Protocol")) == []


def document(*sentences: str) -> DocumentContext:
    return DocumentContext(text="\n".join(sentences))


def asked_in(sentence: str, *others: str, title: str = "") -> list[tuple[str, str]]:
    test_site = make_site(sentence)
    if title:
        test_site.source = replace(test_site.source, section_title=title)
    return [(d.prompt, d.answer) for d in definition_drafts(test_site, document(sentence, *others))]


def test_a_copular_definition_asks_for_the_term_it_defines():
    sentence = "The troposphere is the lowest layer of the atmosphere in which weather forms."

    assert asked_in(sentence, "Clouds form in the troposphere.") == [
        (
            "What is the name of the lowest layer of the atmosphere in which weather forms?",
            "troposphere",
        )
    ]


def test_an_apposed_definition_asks_for_the_term_with_a_definite_article():
    sentence = "Above it lies the stratosphere, a dry layer that contains the ozone layer."

    assert asked_in(sentence, "Jets fly in the lower stratosphere.") == [
        ("What is the name of the dry layer that contains the ozone layer?", "stratosphere")
    ]


def test_a_named_thing_is_defined_without_being_repeated():
    sentence = "The Hanseatic League was a network of merchant guilds in northern Europe."

    assert asked_in(sentence) == [
        (
            "What was the name of the network of merchant guilds in northern Europe?",
            "Hanseatic League",
        )
    ]


def test_naming_asks_what_a_thing_is_called_and_accepts_its_short_name():
    sentence = (
        "The boundary between the crust and the mantle is now called the Moho discontinuity, "
        "or simply the Moho."
    )

    (draft,) = definition_drafts(make_site(sentence))

    assert (draft.prompt, draft.answer) == (
        "What is the boundary between the crust and the mantle called?",
        "Moho discontinuity",
    )
    assert draft.accepted == ["Moho"]


def test_an_active_naming_asks_what_the_namer_named_the_thing():
    assert asked_in("Geologists named the ancient ocean Panthalassa.") == [
        ("What did geologists name the ancient ocean?", "Panthalassa")
    ]


def test_a_year_declared_a_named_year_asks_what_the_declarer_declared_it():
    sentence = "The World Chess Federation declared 1990 the Year of the Grandmaster."

    assert asked_in(sentence) == [
        (
            "What did the World Chess Federation declare the year 1990?",
            "Year of the Grandmaster",
        )
    ]


def test_a_declaration_of_a_common_noun_or_by_an_unnamed_body_is_not_asked():
    assert asked_in("The senate declared Ravenna the capital.") == []
    assert asked_in("The board declared 1990 the Year of the Grandmaster.") == []


def test_an_active_naming_by_someone_unnamed_asks_what_the_thing_was_named():
    assert asked_in("The sailors dubbed the rocky cape the Cape of Storms.") == [
        ("What was the rocky cape called?", "Cape of Storms")
    ]


def test_a_definition_keeps_a_part_the_parser_hangs_on_the_verb():
    sentence = (
        "The peloton is the main group of riders, formed by the leading teams together with "
        "the reigning champion."
    )

    assert asked_in(sentence, "The peloton slowed.") == [
        (
            "What is the name of the main group of riders formed by the leading teams "
            "together with the reigning champion?",
            "peloton",
        )
    ]


def test_a_glossary_line_naming_a_body_instead_of_a_class_is_not_asked(site):
    line = "The Northern Rivers Authority, which manages the dams of the region."

    assert definition_drafts(site(line, term="NRA")) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # A single common word the document never repeats nor the title names.
        "The tariff is a tax on goods that cross a border.",
        # A generic noun pointing back at something named before.
        "The treaty was the first agreement between the two kingdoms.",
        # A pronoun subject.
        "It is the largest lake of the continent.",
        # A description tied to nothing: too open to single out the term.
        "The Rhine is a river.",
        # Two terms at once.
        "Copper and tin are the metals of bronze.",
    ],
)
def test_refuses_a_definition_of_nothing_worth_knowing(sentence):
    assert asked_in(sentence) == []


def test_a_single_word_the_section_title_names_is_worth_defining():
    sentence = "The tariff is a tax on goods that cross a border."

    assert asked_in(sentence, title="Tariff and trade") == [
        ("What is the name of the tax on goods that cross a border?", "tariff")
    ]
