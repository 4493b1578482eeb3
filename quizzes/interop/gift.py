"""Moodle's GIFT format: questions as lines of text with their answers in braces.

Read as Moodle's own importer reads it (qformat_gift): questions are separated by blank
lines, ``//`` lines are comments, ``::name::`` names a question, ``[html]`` sets the
format of the text after it, and a backslash escapes ``~ = # { } :`` (``\\n`` is a new
line). Text after the closing brace makes a "missing word" question: the braces become
a blank.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from quizzes.generation.question import BLANK, Format
from quizzes.interop.record import (
    ExchangedQuestion,
    FormatError,
    ParseResult,
    Skipped,
    choice_question,
    decode,
    one_line,
    plain_text,
    short_title,
    true_false_question,
    typed_question,
)

ESCAPED = "\\~=#{}:"
# While the markup is read, escaped characters stand in the Unicode private-use area.
STAND_INS = {char: chr(0xE000 + offset) for offset, char in enumerate(ESCAPED)}
RESTORE = str.maketrans({stand_in: char for char, stand_in in STAND_INS.items()})
DROP_STAND_INS = str.maketrans(dict.fromkeys(STAND_INS.values()))
ESCAPE = re.compile(r"\\([\\~=#{}:n])")
TEXT_FORMAT = re.compile(r"\s*\[(html|moodle|plain|markdown)\]")
WEIGHT = re.compile(r"\s*%(-?\d+(?:\.\d+)?)%")
NUMBER = re.compile(r"\s*(-?\d+(?:\.\d+)?)(?::(\d+(?:\.\d+)?))?\s*$")
TRUE_WORDS = {"T", "TRUE"}
TRUE_FALSE_WORDS = TRUE_WORDS | {"F", "FALSE"}
GENERAL_FEEDBACK = "####"


# Reading


def loads(data: bytes, *, limit: int | None = None) -> ParseResult:
    """The questions of a GIFT file; a file that is not GIFT raises ``FormatError``."""
    result = ParseResult(limit=limit)
    for line_number, text in _blocks(decode(data)):
        if text.startswith("$CATEGORY:"):
            # Categories are not kept; a question may follow on the next line.
            text = text.partition("\n")[2].strip()
            if not text:
                continue
        try:
            question = _question(text)
        except FormatError as error:
            raise FormatError(f"Line {line_number}: {error}") from None
        result.add(question)
    if not result.questions and not result.skipped:
        raise FormatError("The file holds no GIFT questions.")
    return result


def _blocks(text: str) -> Iterator[tuple[int, str]]:
    """Each question's text with its first line's number, escapes hidden."""
    lines: list[str] = []
    start = 0
    for number, line in enumerate(text.splitlines() + [""], start=1):
        if line.lstrip().startswith("//"):
            continue
        if line.strip():
            start = start or number
            lines.append(line)
        elif lines:
            yield start, _hide_escapes("\n".join(lines).strip())
            lines, start = [], 0


def _hide_escapes(text: str) -> str:
    def stand_in(match: re.Match) -> str:
        char = match.group(1)
        return "\n" if char == "n" else STAND_INS[char]

    return ESCAPE.sub(stand_in, text.translate(DROP_STAND_INS))


def _text(text: str) -> str:
    """Question or answer text, its format marker applied and its escapes restored."""
    markup = "plain_text"
    if match := TEXT_FORMAT.match(text):
        markup, text = match.group(1), text[match.end() :]
    return plain_text(text.translate(RESTORE), markup=markup)


def _question(text: str) -> ExchangedQuestion | Skipped:
    name = ""
    if text.startswith("::"):
        end = text.find("::", 2)
        if end < 0:
            raise FormatError("the question's name has no closing '::'.")
        name, text = text[2:end].translate(RESTORE).strip(), text[end + 2 :].strip()
    start = text.find("{")
    end = text.find("}", start + 1)
    if start < 0:
        if "}" in text:
            raise FormatError("'}' without an opening '{' (write a literal brace as \\}).")
        return Skipped(short_title(name, _text(text)), "description")
    if end < 0:
        raise FormatError("'{' without a closing '}' (write a literal brace as \\{).")
    before, answers, after = text[:start], text[start + 1 : end], text[end + 1 :]
    if "{" in answers or "{" in after or "}" in after:
        raise FormatError("a question has one answer block in braces; escape other braces.")
    answers, _, feedback = answers.partition(GENERAL_FEEDBACK)
    return _typed(name, before, answers.strip(), after, _text(feedback))


def _typed(
    name: str, before: str, answers: str, after: str, feedback: str
) -> ExchangedQuestion | Skipped:
    """The question its answer block makes, or what type of question it is if not ours."""

    def title() -> str:
        return short_title(name, _text(before + after))

    if not answers:
        return Skipped(title(), "essay")
    if answers.startswith("#"):
        return _numerical(name, _prompt(before, after, blank=True), answers[1:], title())
    if "~" in answers:
        return _choice(name, _prompt(before, after, blank=True), answers, feedback, title())
    if "=" in answers and "->" in answers:
        return Skipped(title(), "matching")
    truth = answers.partition("#")[0].strip().upper()
    if truth in TRUE_FALSE_WORDS:
        prompt = _prompt(before, after, blank=False)
        return true_false_question(
            name=name, prompt=prompt, truth=truth in TRUE_WORDS, feedback=feedback
        )
    return _short_answer(name, _prompt(before, after, blank=True), answers, feedback, title())


def _prompt(before: str, after: str, *, blank: bool) -> str:
    """The question's text. Text after the braces leaves a blank where they were, as in
    Moodle; a statement to judge true or false just goes on."""
    if after.strip():
        return _text(before + (BLANK if blank else "") + after)
    return _text(before)


def _answers(answers: str) -> list[tuple[str, float | None, str]]:
    """Mark (``=`` right, ``~`` wrong), weight in percent if given, and text of each."""
    parts = re.split(r"(?=[=~])", answers)
    if parts[0].strip():
        raise FormatError("each answer in braces starts with '=' or '~'.")
    read = []
    for part in parts[1:]:
        body = part[1:].partition("#")[0]
        weight = None
        if match := WEIGHT.match(body):
            weight, body = float(match.group(1)), body[match.end() :]
        read.append((part[0], weight, _text(body)))
    return read


def _short_answer(
    name: str, prompt: str, answers: str, feedback: str, title: str
) -> ExchangedQuestion | Skipped:
    keys = []
    for mark, weight, text in _answers(answers):
        if mark != "=" or weight == 0:
            continue  # A wrong answer named only for its feedback.
        if weight is not None and weight != 100:
            return Skipped(title, "short answer with partial credit")
        if "*" in text:
            return Skipped(title, "short answer with a wildcard")
        keys.append(text)
    if not keys or not all(keys):
        return Skipped(title, "short answer without a right answer")
    return typed_question(name=name, prompt=prompt, keys=keys, feedback=feedback)


def _choice(
    name: str, prompt: str, answers: str, feedback: str, title: str
) -> ExchangedQuestion | Skipped:
    read = _answers(answers)
    right = [text for mark, _, text in read if mark == "="]
    if len(right) != 1:
        # No "=" at all is Moodle's "multiple answers" question, its weights on "~".
        return Skipped(title, "multiple choice with multiple answers")
    if any(
        (mark == "=" and weight not in (None, 100)) or (mark == "~" and weight)
        for mark, weight, _ in read
    ):
        return Skipped(title, "multiple choice with partial credit")
    choices = [text for _, _, text in read]
    return choice_question(
        name=name, prompt=prompt, choices=choices, answer=right[0], feedback=feedback
    )


def _numerical(name: str, prompt: str, answers: str, title: str) -> ExchangedQuestion | Skipped:
    """One exact number is a typed answer; ranges and tolerances are not ours."""
    body = answers.partition("#")[0]
    match = NUMBER.match(body)
    if match and not answers.count("=") and not answers.count("~"):
        if match.group(2) is None or float(match.group(2)) == 0:
            return typed_question(name=name, prompt=prompt, keys=[match.group(1)])
        return Skipped(title, "numerical with tolerance")
    if ":" in answers or ".." in answers:
        return Skipped(title, "numerical with tolerance")
    return Skipped(title, "numerical")


# Writing


def escape(text: str) -> str:
    """GIFT text: its special characters escaped, new lines written as \\n."""
    text = text.replace("\\", "\\\\")
    for char in ESCAPED[1:]:
        text = text.replace(char, "\\" + char)
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def category_path(category: tuple[str, ...]) -> str:
    """Moodle's category path below the course; a slash in a name is written twice."""
    return "/".join(["$course$/top", *(name.replace("/", "//") for name in category)])


def dumps(questions: Iterable[ExchangedQuestion]) -> str:
    """GIFT text of the questions, each under a ``$CATEGORY`` of its ``category``."""
    out = []
    category = None
    for question in questions:
        if question.category != category:
            category = question.category
            out.append(f"$CATEGORY: {category_path(category)}\n")
        if question.uid:
            out.append(f"// question: {one_line(question.uid)}")
        out.append(_written(question) + "\n")
    return "\n".join(out)


def _written(question: ExchangedQuestion) -> str:
    head = f"::{escape(question.title)}::[plain]{escape(question.prompt)}"
    if question.format == Format.MULTIPLE_CHOICE:
        lines = [
            ("=" if choice == question.answer else "~") + escape(choice)
            for choice in question.choices
        ]
    elif question.format == Format.TRUE_FALSE:
        lines = ["TRUE" if question.answer == "true" else "FALSE"]
    else:
        lines = ["=" + escape(key) for key in question.keys]
    if question.feedback:
        lines.append(GENERAL_FEEDBACK + escape(question.feedback))
    body = "\n".join(f"\t{line}" for line in lines)
    return f"{head} {{\n{body}\n}}"
