import pytest

from quizzes.generation.question import Format
from quizzes.interop import FormatError, aiken
from tests.interop.questions import sample_questions
from tests.interop.shared import FORMATS, needs_moodle_formats


def test_writes_multiple_choice_and_counts_the_rest():
    written = aiken.dumps(sample_questions())

    assert written.text == "Which sign is equality?\nA) ~\nB) =\nC) #\nD) {}\nANSWER: B\n"
    assert written.skipped == 3


def test_round_trip_of_multiple_choice():
    [question] = aiken.loads(aiken.dumps(sample_questions()).text.encode()).questions

    assert (question.prompt, question.answer) == ("Which sign is equality?", "=")
    assert question.choices == ("~", "=", "#", "{}")


def test_two_options_other_than_true_and_false_are_skipped():
    read = aiken.loads(b"Pick one\nA) yes\nB) no\nANSWER: A\n")

    assert read.questions == []
    assert [skipped.type for skipped in read.skipped] == ["multiple choice with 2 options"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"Question\nA) a\nB) b\nANSWER: C\n", "Line 4: the answer C is not one"),
        (b"Question\nA) a\nB) b\n", "Line 1: the question has no 'ANSWER:' line"),
        (b"Question\nA) a\nsomething else\n", "Line 3: expected an option"),
        (b"Question\nA) a\nA) b\nANSWER: A\n", "Line 3: option A is given twice"),
        (b"\n\n", "no Aiken questions"),
    ],
)
def test_bad_files_raise_one_clear_line(data, message):
    with pytest.raises(FormatError, match=message):
        aiken.loads(data)


@needs_moodle_formats
def test_shared_fixture():
    read = aiken.loads((FORMATS / "questions.aiken.txt").read_bytes())

    started, abilities = read.questions
    assert started.answer == "Martin Dougiamas"
    assert len(started.choices) == 4
    assert abilities.format == Format.TRUE_FALSE
    assert abilities.answer == "true"
    assert abilities.prompt.endswith('user input that includes <html class="cool"> & images:')
    assert read.skipped == []


def test_a_question_may_run_over_several_lines():
    [question] = aiken.loads(
        b"Who started\nMoodle?\nA) Martin\nB) Tim\nC) Eloy\nANSWER: A\n"
    ).questions

    assert question.prompt == "Who started\nMoodle?"


def test_reading_stops_past_the_limit():
    data = b"Q\nA) a\nB) b\nC) c\nANSWER: A\n\n" * 3

    with pytest.raises(FormatError, match="^The file holds more than 2 questions."):
        aiken.loads(data, limit=2)
