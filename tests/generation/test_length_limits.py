"""Document text cannot make a question too long to read or an answer too long to give."""

from collections import Counter

from spacy.tokens import Span

from quizzes.generation.distractors import candidates_from_doc
from quizzes.generation.drafts import DocumentContext
from quizzes.generation.question import MAX_ANSWER_CHARS, MAX_PROMPT_CHARS
from quizzes.generation.ranking import finalise
from quizzes.generation.rules import fill_blank
from quizzes.generation.rules.definition import drafts as definition_drafts
from quizzes.generation.rules.when import drafts as when_drafts


def cloze_drafts(site, counts):
    """The fill-in-the-blank rule on one sentence, with the document's entity counts."""
    return fill_blank.drafts(site, DocumentContext(frequency=counts))


# One "word" for the prompt's length penalty, which counts words, yet 179 characters.
COMPOUND = "-".join(["tetramethyl"] * 15)
LONG_NAME = (
    "International Committee for the Coordination of Scientific Research on "
    "Antarctic Ice Shelves and Southern Ocean Circulation"
)
DEFINITION = (
    "An international body that was created in 1959 to coordinate research in the Antarctic."
)


def questions_about(site) -> list:
    return finalise(when_drafts(site) + cloze_drafts(site, Counter()))


def test_a_question_too_long_to_read_is_not_asked(site):
    long_sentence = (
        f"The chemists of Basel first made {COMPOUND}, {COMPOUND} and {COMPOUND} in 1912."
    )
    assert len(long_sentence) > MAX_PROMPT_CHARS

    assert questions_about(site(long_sentence)) == []


def test_a_long_question_within_the_limit_is_still_asked(site):
    sentence = f"The chemists of Basel first made {COMPOUND} and {COMPOUND} in 1912."

    questions = questions_about(site(sentence))

    assert "1912" in [question.answer for question in questions]
    assert all(len(question.prompt) <= MAX_PROMPT_CHARS for question in questions)


def test_a_term_too_long_to_type_is_not_an_answer(site):
    assert len(LONG_NAME) > MAX_ANSWER_CHARS

    assert finalise(definition_drafts(site(DEFINITION, term=LONG_NAME))) == []
    [question] = finalise(definition_drafts(site(DEFINITION, term="SCAR")))
    assert question.answer == "SCAR"


def test_a_name_too_long_to_pick_is_no_distractor(nlp):
    doc = nlp(f"In 1959 the {LONG_NAME} met the United Nations and the World Bank.")
    name_start = 3
    name_end = name_start + len(nlp.make_doc(LONG_NAME))
    doc.ents = [
        Span(doc, name_start - 1, name_end, label="ORG"),
        Span(doc, name_end + 1, name_end + 4, label="ORG"),
    ]

    texts = [candidate.text for candidate in candidates_from_doc(doc)]

    assert "the United Nations" in texts
    assert not any(LONG_NAME in text for text in texts)
