"""The record of what earlier sentences named: titles, names cut short by the tagger, what
"control" was of. Invented sentences from other fields."""

from __future__ import annotations

from quizzes.generation import antecedents
from quizzes.generation.nlp import load_pipeline


def record(*sentences: str, document_title: str = "", section: str = "Test section"):
    """The discourse record after reading the sentences as one paragraph."""
    discourse = antecedents.Discourse(document_title=document_title).next_section(section)
    discourse = discourse.next_block()
    for sent in load_pipeline()(" ".join(sentences)).sents:
        discourse = discourse.after(sent)
    return discourse


def test_the_document_title_is_the_default_for_its_head_noun():
    discourse = record(
        "The Kessick Reservoir was drained in 1921.", document_title="Lowmoor Reservoir"
    ).next_block()
    assert discourse.thing("reservoir") == "the Lowmoor Reservoir"


def test_a_title_that_is_not_a_name_gives_no_default():
    discourse = record("Work began in 1921.", document_title="Building the reservoir")
    assert discourse.thing("reservoir") is None


def test_a_name_the_tagger_cut_short_is_completed():
    discourse = record(
        "In 1921 the founders renamed their group the Northern Society for Aid to the Blind."
    )
    assert discourse.thing("society") == "the Northern Society for Aid to the Blind"


def test_a_name_running_into_a_common_noun_is_not_trusted():
    discourse = record("Barges used the Hollen Locks on the Baltic side of the isthmus.")
    assert discourse.thing("locks") is None


def test_control_records_the_one_thing_it_was_of():
    discourse = record("Foreign control of the Tarvo Railway angered the province.")
    assert discourse.complement("control") == "the Tarvo Railway"


def test_control_of_two_things_records_nothing_sure():
    discourse = record(
        "Foreign control of the Tarvo Railway angered the province.",
        "Control of the harbour stayed with the navy.",
    )
    assert discourse.complement("control") is None


def test_a_thing_brought_in_without_a_name_blocks_the_title_default():
    discourse = record(
        "In 1960 engineers proposed a second reservoir on the upper river.",
        document_title="Lowmoor Reservoir",
    )
    assert discourse.thing("reservoir") is None


def test_a_description_of_the_named_thing_does_not_block_it():
    discourse = record(
        "The Lowmoor Reservoir is a reservoir in the northern hills.",
        document_title="Lowmoor Reservoir",
    )
    assert discourse.thing("reservoir") == "the Lowmoor Reservoir"
