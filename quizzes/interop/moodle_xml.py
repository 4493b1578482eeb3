"""Moodle XML: the question bank format Moodle imports and exports most completely.

Written with the elements Moodle's importer (qformat_xml) reads for each type; read
for the types this app can ask: multiple choice with one right answer, true or false,
short answer and exact numbers. Files declaring a DTD are refused, so no entity can
expand (or reach outside the file).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import replace

from quizzes.generation.question import Format
from quizzes.interop.gift import category_path
from quizzes.interop.record import (
    ExchangedQuestion,
    FormatError,
    ParseResult,
    Skipped,
    choice_question,
    decode,
    plain_text,
    short_title,
    true_false_question,
    typed_question,
)

PLAIN = "plain_text"
# A Moodle tag that keeps what a question asks about (a year, a person, …) across a round trip.
KIND_TAG = "quizapp-kind:"
# Control characters XML 1.0 cannot hold, even escaped.
NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
MOODLE_TYPES = {
    Format.MULTIPLE_CHOICE: "multichoice",
    Format.TRUE_FALSE: "truefalse",
    Format.SHORT_ANSWER: "shortanswer",
    Format.FILL_BLANK: "shortanswer",
}
# Moodle's names of the types a report names when it skips them.
TYPE_NAMES = {
    "essay": "essay",
    "match": "matching",
    "ddmatch": "matching",
    "gapselect": "select missing words",
    "ddwtos": "drag and drop into text",
    "ddimageortext": "drag and drop onto image",
    "ddmarker": "drag and drop markers",
    "multianswer": "embedded answers (cloze)",
    "calculated": "calculated",
    "calculatedsimple": "calculated",
    "calculatedmulti": "calculated multichoice",
    "randomsamatch": "random short-answer matching",
    "description": "description",
    "ordering": "ordering",
}


# Writing


def _add_text(parent: ET.Element, tag: str, text: str, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attributes)
    ET.SubElement(element, "text").text = NOT_IN_XML.sub("", text)
    return element


def _answer(parent: ET.Element, text: str, *, right: bool) -> None:
    answer = _add_text(parent, "answer", text, fraction="100" if right else "0", format=PLAIN)
    _add_text(answer, "feedback", "", format=PLAIN)


def dumps(questions: Iterable[ExchangedQuestion]) -> bytes:
    """A Moodle XML quiz file of the questions, each under a category of its ``category``."""
    quiz = ET.Element("quiz")
    category = None
    for question in questions:
        if question.category != category:
            category = question.category
            element = ET.SubElement(quiz, "question", type="category")
            _add_text(element, "category", category_path(category))
        _write(quiz, question)
    ET.indent(quiz)
    return ET.tostring(quiz, encoding="UTF-8", xml_declaration=True) + b"\n"


def _write(quiz: ET.Element, question: ExchangedQuestion) -> None:
    element = ET.SubElement(quiz, "question", type=MOODLE_TYPES[question.format])
    _add_text(element, "name", question.title)
    _add_text(element, "questiontext", question.prompt, format=PLAIN)
    _add_text(element, "generalfeedback", question.feedback, format=PLAIN)
    ET.SubElement(element, "defaultgrade").text = "1"
    ET.SubElement(element, "penalty").text = "0.3333333"
    ET.SubElement(element, "hidden").text = "0"
    ET.SubElement(element, "idnumber").text = question.uid
    if question.kind:
        tags = ET.SubElement(element, "tags")
        _add_text(tags, "tag", KIND_TAG + question.kind)
    if question.format == Format.MULTIPLE_CHOICE:
        ET.SubElement(element, "single").text = "true"
        ET.SubElement(element, "shuffleanswers").text = "true"
        ET.SubElement(element, "answernumbering").text = "abc"
        for choice in question.choices:
            _answer(element, choice, right=choice == question.answer)
    elif question.format == Format.TRUE_FALSE:
        _answer(element, "true", right=question.answer == "true")
        _answer(element, "false", right=question.answer == "false")
    else:
        ET.SubElement(element, "usecase").text = "0"
        for key in question.keys:
            _answer(element, key, right=True)


# Reading


def loads(data: bytes, *, limit: int | None = None) -> ParseResult:
    """The questions of a Moodle XML file; a file that is not one raises ``FormatError``."""
    text = decode(data)
    if "<!DOCTYPE" in text or "<!ENTITY" in text:
        raise FormatError("The XML declares a DTD or entities; Moodle's files never do.")
    try:
        quiz = ET.fromstring(text)
    except ET.ParseError as error:
        raise FormatError(f"The file is not well-formed XML ({error}).") from None
    if quiz.tag != "quiz":
        raise FormatError(f"The XML's root is <{quiz.tag}>, not Moodle's <quiz>.")
    result = ParseResult(limit=limit)
    for number, element in enumerate(quiz.findall("question"), start=1):
        kind = element.get("type", "")
        if kind != "category":
            try:
                question = _question(element, kind)
            except FormatError as error:
                raise FormatError(f"Question {number}: {error}") from None
            result.add(question)
    if not result.questions and not result.skipped:
        raise FormatError("The file holds no questions.")
    return result


def _text_of(element: ET.Element | None) -> str:
    """The plain text of a Moodle text element (``<questiontext format=…><text>``)."""
    if element is None:
        return ""
    return plain_text(element.findtext("text") or "", markup=element.get("format", "html"))


def _fraction(answer: ET.Element) -> float:
    try:
        return float(answer.get("fraction", "0"))
    except ValueError:
        raise FormatError(
            f"the answer fraction {answer.get('fraction')!r} is not a number."
        ) from None


def _question(element: ET.Element, kind: str) -> ExchangedQuestion | Skipped:
    read = _read_question(element, kind)
    tags = [tag.findtext("text") or "" for tag in element.findall("tags/tag")]
    asked = [tag.removeprefix(KIND_TAG) for tag in tags if tag.startswith(KIND_TAG)]
    if isinstance(read, ExchangedQuestion) and asked:
        return replace(read, kind=asked[0])
    return read


def _read_question(element: ET.Element, kind: str) -> ExchangedQuestion | Skipped:
    name = _text_of(element.find("name"))
    prompt = _text_of(element.find("questiontext"))
    feedback = _text_of(element.find("generalfeedback"))
    title = short_title(name, prompt)
    answers = [(_fraction(answer), _text_of(answer)) for answer in element.findall("answer")]
    if kind == "multichoice":
        return _choice(element, name, prompt, feedback, title, answers)
    if kind == "truefalse":
        right = [text.casefold() for fraction, text in answers if fraction == 100]
        if right not in (["true"], ["false"]):
            raise FormatError("a true-or-false question needs one right answer, true or false.")
        return true_false_question(
            name=name, prompt=prompt, truth=right == ["true"], feedback=feedback
        )
    if kind == "shortanswer":
        if any(0 < fraction < 100 for fraction, _ in answers):
            return Skipped(title, "short answer with partial credit")
        keys = [text for fraction, text in answers if fraction == 100]
        if any("*" in key for key in keys):
            return Skipped(title, "short answer with a wildcard")
        if not keys or not all(keys):
            return Skipped(title, "short answer without a right answer")
        return typed_question(name=name, prompt=prompt, keys=keys, feedback=feedback)
    if kind == "numerical":
        tolerances = [
            answer.findtext("tolerance", "0").strip() for answer in element.findall("answer")
        ]
        right = [text for fraction, text in answers if fraction == 100]
        if len(right) == 1 and len(answers) == 1 and all(_is_zero(value) for value in tolerances):
            return typed_question(name=name, prompt=prompt, keys=right, feedback=feedback)
        return Skipped(title, "numerical with tolerance")
    return Skipped(title, TYPE_NAMES.get(kind, kind or "unknown type"))


def _is_zero(value: str) -> bool:
    try:
        return float(value or "0") == 0
    except ValueError:
        return False


def _choice(
    element: ET.Element,
    name: str,
    prompt: str,
    feedback: str,
    title: str,
    answers: list[tuple[float, str]],
) -> ExchangedQuestion | Skipped:
    single = (element.findtext("single") or "true").strip().casefold() in ("true", "1")
    right = [text for fraction, text in answers if fraction == 100]
    if not single or len(right) != 1:
        return Skipped(title, "multiple choice with multiple answers")
    if any(fraction not in (0, 100) for fraction, _ in answers):
        return Skipped(title, "multiple choice with partial credit")
    choices = [text for _, text in answers]
    return choice_question(
        name=name, prompt=prompt, choices=choices, answer=right[0], feedback=feedback
    )
