"""Side details: a date of death of someone the text only mentions, an ordinal in a
relative aside, the background clause of a sentence."""

from quizzes.generation.drafts import Draft
from quizzes.generation.question import AnswerType, Kind
from quizzes.generation.side_details import is_side_detail
from tests.generation.conftest import make_site


def drafted(sentence: str, prompt: str, answer: str, kind: Kind, title: str = "Test") -> Draft:
    return Draft(
        kind=kind,
        prompt=prompt,
        answer=answer,
        answer_type=AnswerType.DATE,
        rule="test",
        confidence=0.9,
        site=make_site(sentence, title=title),
    )


SURVEYOR = (
    "The surveyor in charge of the line, Ada Brent, died in May 1871, and the railway "
    "opened a year later."
)


def test_the_death_of_someone_the_text_only_mentions_is_a_side_detail():
    draft = drafted(SURVEYOR, "When did Ada Brent die?", "May 1871", Kind.WHEN, "The railway")

    assert is_side_detail(draft)


def test_a_death_is_worth_asking_in_a_section_about_the_person():
    draft = drafted(SURVEYOR, "When did Ada Brent die?", "May 1871", Kind.WHEN, "Ada Brent")

    assert not is_side_detail(draft)


def test_a_death_is_worth_asking_in_a_text_that_follows_the_person():
    sentence = "She died in Leeds in May 1871, a year before the railway opened."
    draft = drafted(sentence, "When did Ada Brent die?", "May 1871", Kind.WHEN, "The railway")

    assert not is_side_detail(draft)


def test_an_ordinal_in_a_relative_aside_is_a_side_detail():
    sentence = (
        "The league then admitted the Danish club, which became its 12th member on 4 June 1923."
    )
    draft = drafted(
        sentence,
        "The league then admitted the Danish club, which became its _____ member on 4 June 1923.",
        "12th",
        Kind.FILL_BLANK,
    )

    assert is_side_detail(draft)


def test_a_blank_in_a_relative_clause_before_the_verb_is_no_aside():
    sentence = "The treaty, which was signed in Vienna in 1815, redrew the borders of Europe."
    draft = drafted(
        sentence,
        "The treaty, which was signed in Vienna in _____, redrew the borders of Europe.",
        "1815",
        Kind.FILL_BLANK,
    )

    assert not is_side_detail(draft)


def test_a_question_on_the_scene_setting_clause_is_a_side_detail():
    sentence = "After the old empire collapsed in 1918, the new republic adopted a constitution."
    background = drafted(sentence, "When did the old empire collapse?", "1918", Kind.WHEN)

    assert is_side_detail(background)


def test_a_while_clause_is_not_background():
    sentence = "While the truce was still in force in 1936, the northern army crossed the river."
    draft = drafted(
        sentence, "While the truce was still in force in _____, ...", "1936", Kind.FILL_BLANK
    )

    assert not is_side_detail(draft)


def test_asking_who_died_then_is_a_side_detail_too():
    draft = drafted(SURVEYOR, "Which surveyor died in May 1871?", "Ada Brent", Kind.WHO, "Rails")

    assert is_side_detail(draft)
