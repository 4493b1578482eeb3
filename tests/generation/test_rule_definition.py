"""Glossary boxes: "TERM: A thing that does X." -> "Which thing does X?" (TERM)."""

from quizzes.generation.ranking import finalise
from quizzes.generation.rules.definition import drafts as definition_drafts


def asked(drafts) -> list[tuple[str, str]]:
    return [(draft.prompt, draft.answer) for draft in drafts]


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
