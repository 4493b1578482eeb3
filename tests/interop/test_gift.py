import pytest

from quizzes.generation.question import Format
from quizzes.interop import FormatError, Skipped, gift
from tests.interop.questions import essentials, sample_questions
from tests.interop.shared import FORMATS, needs_moodle_formats


def test_round_trip_keeps_prompts_keys_and_choices():
    questions = sample_questions()

    read = gift.loads(gift.dumps(questions).encode())

    assert [essentials(q) for q in read.questions] == [essentials(q) for q in questions]
    assert read.skipped == []


def test_special_characters_are_escaped():
    text = gift.dumps(sample_questions()[:1])

    assert "=a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h" in text
    assert "What does \\{x\\} mean in a \\= b\\: c?" in text


def test_general_feedback_and_category_are_written():
    text = gift.dumps(sample_questions())

    assert "$CATEGORY: $course$/top/Bluebook: chapter 3/3//1 Security" in text
    assert "$CATEGORY: $course$/top/Other/A//B section" in text
    assert "####The source\\: it says \\{x\\} \\# 1." in text
    assert gift.loads(text.encode()).questions[0].feedback == "The source: it says {x} # 1."


def test_missing_word_question_becomes_fill_in_the_blank():
    read = gift.loads(b"Moodle costs {=nothing =zero} to download.")

    [question] = read.questions
    assert question.format == Format.FILL_BLANK
    assert question.prompt == "Moodle costs _____ to download."
    assert question.keys == ("nothing", "zero")


def test_html_question_text_is_read_as_plain_text():
    read = gift.loads(b"::Q::[html]<p>Is <b>this</b> &amp; that bold?</p>{T}")

    assert read.questions[0].prompt == "Is this & that bold?"


@pytest.mark.parametrize(
    ("text", "type"),
    [
        ("::E:: Write an essay. {}", "essay"),
        ("::M:: Match. {=a -> 1 =b -> 2 =c -> 3}", "matching"),
        ("::N:: A number near 3? {#3:2}", "numerical with tolerance"),
        ("::R:: A number from 1 to 5? {#1..5}", "numerical with tolerance"),
        ("::W:: Pick two. {~%50%a ~%50%b ~%-100%c}", "multiple choice with multiple answers"),
        ("::P:: Pick. {=a ~%25%b ~c}", "multiple choice with partial credit"),
        ("::S:: Animal? {=Frog =%50%Cat}", "short answer with partial credit"),
        ("::D:: Just some text.", "description"),
    ],
)
def test_unsupported_types_are_skipped_and_named(text, type):
    read = gift.loads(text.encode())

    assert read.questions == []
    assert read.skipped == [Skipped(text[2:3], type)]


def test_exact_number_is_a_typed_answer():
    [question] = gift.loads(b"How many? {#42}").questions

    assert (question.format, question.answer) == (Format.SHORT_ANSWER, "42")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"Unclosed {=a", "Line 1: '{' without a closing '}'"),
        (b"First {T}\n\nStray } brace", "Line 3: '}' without an opening '{'"),
        (b"::Unnamed {T}", "Line 1: the question's name has no closing '::'"),
        (b"Answers {plain}", "Line 1: each answer in braces starts with '=' or '~'"),
        (b"\xff\xfe bad", "not UTF-8"),
        (b"// only a comment\n", "no GIFT questions"),
    ],
)
def test_bad_files_raise_one_clear_line(data, message):
    with pytest.raises(FormatError, match=message) as raised:
        gift.loads(data)

    assert "\n" not in str(raised.value)


@needs_moodle_formats
def test_shared_fixture_imports_supported_questions_and_names_the_rest():
    read = gift.loads((FORMATS / "questions.gift.txt").read_bytes())

    assert [q.title for q in read.questions] == ["Q2", "Q1", "2-08 TSL", "2-08 TSL"]
    assert [str(skipped) for skipped in read.skipped] == [
        "Q8 (essay)",
        "Moodle activities (matching)",
        "colours (multiple choice with multiple answers)",
        "Q5 (numerical with tolerance)",
        "Shortanswer (short answer with partial credit)",
    ]
    q2, q1, *_ = read.questions
    assert q2.choices == ("yellow", "red", "blue")
    assert q2.answer == "yellow"
    assert (q1.format, q1.answer) == (Format.TRUE_FALSE, "false")


@needs_moodle_formats
def test_shared_fixture_with_category_and_html():
    read = gift.loads((FORMATS / "questions_in_category.gift.txt").read_bytes())

    greeting, user, acronym = read.questions
    assert greeting.prompt == "Listen to this greeting:\nWhat language is being spoken?"
    assert greeting.answer == "French"
    assert len(greeting.choices) == 4
    assert (user.format, user.answer) == (Format.SHORT_ANSWER, "Moodler")
    assert acronym.prompt.startswith("Moodle is an acronym for Modular Object-Oriented")
    assert [str(skipped) for skipped in read.skipped] == ["Moodle activities (matching)"]


def test_a_question_may_follow_its_category_line():
    read = gift.loads(b"$CATEGORY: $course$/top/A\n::Q:: Sky is blue {T}\n")

    assert [q.prompt for q in read.questions] == ["Sky is blue"]


def test_reading_stops_past_the_limit():
    with pytest.raises(FormatError, match="^The file holds more than 2 questions."):
        gift.loads(b"A {T}\n\nB {F}\n\nC {}\n", limit=2)
