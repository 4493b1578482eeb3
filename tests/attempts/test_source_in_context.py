from quizzes.templatetags.quiz_extras import source_in_context
from tests.attempts.conftest import make_question


def test_highlights_the_sentence_with_a_little_context(crime_section):
    block = crime_section.blocks.get(kind="glossary")
    start = block.text.index("A total of 32")
    end = block.text.index("are members.") + len("are members.")
    question = make_question(crime_section, prompt="How many?", answer="32")
    question.block, question.source_start, question.source_end = block, start, end

    html = str(source_in_context(question))

    assert html.count("<mark>") == 1
    assert "<mark>A total of 32 countries" in html
    assert html.startswith("An international framework"), "the block's start is near: kept"
    assert html.endswith("…"), "the rest of a long block is cut"
    assert len(html) < end - start + 2 * 120 + 40


def test_a_glossary_definition_shows_its_term(crime_section):
    block = crime_section.blocks.get(kind="glossary")
    question = make_question(crime_section, prompt="When was FATF created?", answer="1989")
    question.block, question.source_start, question.source_end = block, 0, 20

    assert str(source_in_context(question)).startswith("FATF: <mark>An international")


def test_text_is_escaped(crime_section):
    question = make_question(crime_section, prompt="Q?", answer="A")
    question.block.text = "<b>bold</b> claim."
    question.source_start, question.source_end = 0, len(question.block.text)

    assert "&lt;b&gt;bold&lt;/b&gt;" in str(source_in_context(question))
