import xml.etree.ElementTree as ET

import pytest

from quizzes.generation.question import Format
from quizzes.interop import FormatError, Skipped, gift, moodle_xml
from tests.interop.questions import essentials, sample_questions

# What Moodle's XML importer (qformat_xml) reads for each type, beyond name and text.
REQUIRED = {
    "multichoice": ["single", "shuffleanswers", "answernumbering", "answer"],
    "truefalse": ["answer"],
    "shortanswer": ["usecase", "answer"],
}
COMMON = ["name/text", "questiontext/text", "generalfeedback/text", "defaultgrade", "penalty"]


def test_round_trip_keeps_prompts_keys_and_choices():
    questions = sample_questions()

    read = moodle_xml.loads(moodle_xml.dumps(questions))

    assert [essentials(q) for q in read.questions] == [essentials(q) for q in questions]


def test_output_is_well_formed_with_the_elements_each_type_needs():
    quiz = ET.fromstring(moodle_xml.dumps(sample_questions()))

    questions = quiz.findall("question")
    types = [question.get("type") for question in questions]
    assert types == [
        "category",
        "shortanswer",
        "multichoice",
        "truefalse",
        "category",
        "shortanswer",
    ]
    for question in questions:
        if question.get("type") == "category":
            assert question.findtext("category/text").startswith("$course$/top/")
            continue
        for path in COMMON + REQUIRED[question.get("type")]:
            assert question.find(path) is not None, (question.get("type"), path)
        assert question.find("questiontext").get("format") == "plain_text"
        for answer in question.findall("answer"):
            assert answer.get("fraction") in ("0", "100")
            assert answer.find("text") is not None


def test_true_false_has_both_answers_with_the_right_one_full_marks():
    quiz = ET.fromstring(moodle_xml.dumps(sample_questions()))

    truefalse = quiz.find("question[@type='truefalse']")
    answers = {a.findtext("text"): a.get("fraction") for a in truefalse.findall("answer")}
    assert answers == {"true": "100", "false": "0"}


def test_source_sentence_is_general_feedback_and_uid_the_idnumber():
    quiz = ET.fromstring(moodle_xml.dumps(sample_questions()))

    first = quiz.find("question[@type='shortanswer']")
    assert first.findtext("generalfeedback/text") == "The source: it says {x} # 1."
    assert first.findtext("idnumber") == "quizapp-question-1"


def test_gift_and_xml_agree():
    questions = sample_questions()

    from_gift = gift.loads(gift.dumps(questions).encode()).questions
    from_xml = moodle_xml.loads(moodle_xml.dumps(questions)).questions

    assert [essentials(q) for q in from_gift] == [essentials(q) for q in from_xml]


def _quiz(*questions: str) -> bytes:
    return (
        "<?xml version='1.0' encoding='UTF-8'?><quiz>" + "".join(questions) + "</quiz>"
    ).encode()


def _question(type: str, body: str, name: str = "N") -> str:
    return (
        f'<question type="{type}"><name><text>{name}</text></name>'
        f'<questiontext format="html"><text><![CDATA[<p>Ask <b>me</b></p>]]></text>'
        f"</questiontext>{body}</question>"
    )


def _answer(fraction: str, text: str, extra: str = "") -> str:
    return f'<answer fraction="{fraction}" format="plain_text"><text>{text}</text>{extra}</answer>'


def test_reads_moodle_types_we_can_ask():
    data = _quiz(
        _question(
            "multichoice",
            "<single>true</single>" + _answer("100", "a") + _answer("0", "b") + _answer("0", "c"),
        ),
        _question(
            "shortanswer", _answer("100", "x") + _answer("100.0000000", "y") + _answer("0", "*")
        ),
        _question("truefalse", _answer("0", "true") + _answer("100", "false")),
        _question("numerical", _answer("100", "42", "<tolerance>0</tolerance>")),
    )

    read = moodle_xml.loads(data)

    formats = [(q.format, q.prompt, q.keys, q.choices) for q in read.questions]
    assert formats == [
        (Format.MULTIPLE_CHOICE, "Ask me", ("a",), ("a", "b", "c")),
        (Format.SHORT_ANSWER, "Ask me", ("x", "y"), ()),
        (Format.TRUE_FALSE, "Ask me", ("false",), ()),
        (Format.SHORT_ANSWER, "Ask me", ("42",), ()),
    ]


def test_unsupported_types_are_skipped_and_named():
    data = _quiz(
        _question("essay", "", name="Essay"),
        _question("matching", "", name="Match"),
        _question("numerical", _answer("100", "3", "<tolerance>2</tolerance>"), name="Near"),
        _question(
            "multichoice",
            "<single>false</single>"
            + _answer("50", "a")
            + _answer("50", "b")
            + _answer("-100", "c"),
            name="Two",
        ),
        _question("ddwtos", "", name="Drag"),
    )

    read = moodle_xml.loads(data)

    assert read.questions == []
    assert read.skipped == [
        Skipped("Essay", "essay"),
        Skipped("Match", "matching"),
        Skipped("Near", "numerical with tolerance"),
        Skipped("Two", "multiple choice with multiple answers"),
        Skipped("Drag", "drag and drop into text"),
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"<quiz><question type='truefalse'>", "not well-formed XML"),
        (b"<html></html>", "not Moodle's <quiz>"),
        (b'<!DOCTYPE quiz [<!ENTITY a "aaaa">]><quiz>&a;</quiz>', "DTD"),
        (b"<quiz></quiz>", "no questions"),
        (_quiz(_question("truefalse", _answer("100", "maybe"))), "Question 1: a true-or-false"),
    ],
)
def test_bad_files_raise_one_clear_line(data, message):
    with pytest.raises(FormatError, match=message) as raised:
        moodle_xml.loads(data)

    assert "\n" not in str(raised.value)


def test_control_characters_are_left_out_so_the_xml_stays_well_formed():
    question = sample_questions()[2]
    odd = type(question)(format=question.format, prompt="Bell\x07 and tab\t", answer="true")

    [read] = moodle_xml.loads(moodle_xml.dumps([odd])).questions

    assert read.prompt == "Bell and tab"


def test_what_a_question_asks_about_survives_in_a_tag():
    quiz = ET.fromstring(moodle_xml.dumps(sample_questions()))

    assert quiz.findtext("question[@type='shortanswer']/tags/tag/text") == "quizapp-kind:what"
    assert moodle_xml.loads(moodle_xml.dumps(sample_questions())).questions[0].kind == "what"


def test_reading_stops_past_the_limit():
    data = _quiz(*[_question("essay", "")] * 3)

    with pytest.raises(FormatError, match="^The file holds more than 2 questions."):
        moodle_xml.loads(data, limit=2)
