"""A person's family name is accepted for the full name unless another person shares it."""

from content.importers.outline import BlockKind, Outline, OutlineBlock, OutlineSection, SectionKind
from quizzes.generation.engine import generate
from quizzes.generation.short_names import family_of


def outline(*paragraphs: str) -> Outline:
    section = OutlineSection(
        SectionKind.CHAPTER,
        key="1",
        label="1",
        title="People",
        blocks=[OutlineBlock(BlockKind.PARAGRAPH, text) for text in paragraphs],
    )
    return Outline(title="People", format="text", sections=[section])


def who(questions, answer):
    return next(q for q in questions if q.kind == "who" and q.answer == answer)


def test_a_surname_the_text_uses_alone_is_accepted():
    questions = generate(
        outline(
            "British physician Edward Jenner tested the first smallpox vaccine in May 1796.",
            "Jenner published his results two years later.",
        )
    )
    assert who(questions, "Edward Jenner").accepted_answers == ["Jenner"]


def test_a_surname_the_text_never_uses_alone_is_accepted_too():
    questions = generate(
        outline("Austrian monk Gregor Mendel crossed thousands of pea plants in the 1850s.")
    )
    assert who(questions, "Gregor Mendel").accepted_answers == ["Mendel"]


def test_a_surname_two_people_of_the_document_share_is_not_accepted():
    questions = generate(
        outline(
            "Austrian monk Gregor Mendel crossed thousands of pea plants in the 1850s.",
            "His nephew Alois Mendel later sold the garden to the abbey.",
        )
    )
    assert who(questions, "Gregor Mendel").accepted_answers == []


def test_the_first_word_is_the_family_name_when_the_text_uses_it_alone():
    text = "Governor Tanaka Hiroshi opened the bridge in 1961. Tanaka later resigned."
    assert family_of(["Tanaka", "Hiroshi"], text) == "Tanaka"


def test_the_last_word_is_the_family_name_without_such_evidence():
    text = "Engineer Tanaka Hiroshi opened the bridge in 1961."
    assert family_of(["Tanaka", "Hiroshi"], text) == "Hiroshi"


def test_a_first_word_that_only_begins_other_names_is_no_evidence():
    text = "George Boole wrote on logic in 1854. George Stephenson built locomotives."
    assert family_of(["George", "Boole"], text) == "Boole"


def test_a_hyphenated_given_name_comes_after_the_family_name():
    assert family_of(["Park", "Chung-hee"], "") == "Park"
