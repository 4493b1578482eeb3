"""Who-questions about a person a clause acts on, two people sharing a role, and a role
followed by what the person did: "Which Dutch economist did X marry?"."""

import pytest

from quizzes.generation.rules.who import drafts as who_drafts
from tests.generation.sites import paragraph_sites


def asked(site) -> list[tuple[str, str]]:
    return [(draft.prompt, draft.answer) for draft in who_drafts(site)]


def last_sentence(*paragraphs: str):
    return paragraph_sites(*paragraphs)[-1]


def test_the_person_a_verb_acts_on_is_asked_by_the_role_given_to_the_name():
    site = last_sentence(
        "Marta Kovacs studied economics in Vienna. "
        "In 1927 she married the Dutch economist Jan Tinbergen."
    )
    assert ("Which Dutch economist did Marta Kovacs marry in 1927?", "Jan Tinbergen") in (
        asked(site)
    )


def test_an_infinitive_keeps_the_verb_it_depends_on_in_its_plain_form(site):
    sentence = (
        "Clara Weiss, a pianist from Leipzig, toured Italy because she hoped to hear the "
        "Italian violinist Niccolo Paganini in a concert."
    )
    assert ("Which Italian violinist did Clara Weiss hope to hear?", "Niccolo Paganini") in (
        asked(site(sentence))
    )


def test_a_person_acted_on_without_a_role_is_not_asked(site):
    sentence = "In 1927 the economist Marta Kovacs married Jan Tinbergen in Leiden."
    assert all(answer != "Jan Tinbergen" for _, answer in asked(site(sentence)))


def test_a_generic_role_does_not_make_a_which_question(site):
    sentence = "In 1927 the economist Marta Kovacs hired the man Jan Tinbergen in Leiden."
    assert all(not prompt.startswith("Which man") for prompt, _ in asked(site(sentence)))


def test_an_unnamed_actor_leaves_the_person_acted_on_unasked(site):
    sentence = "In 1871 the club appointed the Scottish engineer William Arrol as its designer."
    assert all(answer != "William Arrol" for _, answer in asked(site(sentence)))


def test_the_person_written_to_is_asked_with_the_preposition_and_the_role():
    site = last_sentence(
        "Marta Kovacs studied physics in Vienna. In 1926 she wrote to the physicist Max Born."
    )
    assert ("To which physicist did Marta Kovacs write in 1926?", "Max Born") in asked(site)


def test_two_people_sharing_a_role_are_asked_together_with_their_number(site):
    sentence = (
        "The archaeologists Maria Lopez and Daniel Frey discovered the Tomb of Kessar in 1964."
    )
    drafts = [d for d in who_drafts(site(sentence)) if d.rule.endswith(":pair")]
    assert [(d.prompt, d.answer, d.accepted) for d in drafts] == [
        (
            "Which two archaeologists discovered the Tomb of Kessar in 1964?",
            "Maria Lopez and Daniel Frey",
            ["Lopez and Frey"],
        )
    ]


@pytest.mark.parametrize(
    ("sentence", "prompt", "answer"),
    [
        (
            "The founders were the surgeon Ida Marsh, who directed the Brook Hospital, and "
            "two nurses.",
            "Which surgeon directed the Brook Hospital?",
            "Ida Marsh",
        ),
        (
            "Its first board included the banker Otto Kahn, who financed the Lyric Theatre.",
            "Which banker financed the Lyric Theatre?",
            "Otto Kahn",
        ),
    ],
)
def test_a_role_then_a_relative_clause_about_the_name_gives_a_which_question(
    site, sentence, prompt, answer
):
    assert (prompt, answer) in asked(site(sentence))


def test_what_someone_was_described_as_stays_in_the_question():
    site = last_sentence(
        "Anna Weber studied chemistry in Basel. She described the chemist Robert Boyle as a genius."
    )
    assert ("Which chemist did Anna Weber describe as a genius?", "Robert Boyle") in asked(site)


@pytest.mark.parametrize(
    "sentence",
    [
        "In 1911 Anna Weber told the reporter John Reed that the strike had ended.",
        "In 1911 Anna Weber asked the minister John Burns to resign.",
    ],
)
def test_a_person_addressed_with_a_clause_after_is_not_asked_without_it(site, sentence):
    assert [d for d in who_drafts(site(sentence)) if d.rule.startswith("who:object")] == []
