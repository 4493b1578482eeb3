"""Moodle's Aiken format: multiple-choice questions only, one line each.

A question is a line of text, its options lines such as ``A) …`` or ``A. …``, and an
``ANSWER: A`` line; blank lines may separate questions. Options "True" and "False"
alone make a true-or-false statement.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from dataclasses import dataclass

from quizzes.generation.question import Format
from quizzes.interop.record import (
    ExchangedQuestion,
    FormatError,
    ParseResult,
    choice_question,
    decode,
    one_line,
)

OPTION = re.compile(r"^([A-Z])[.)]\s+(.*)$")
ANSWER = re.compile(r"^ANSWER:\s*([A-Z])\s*$")


def loads(data: bytes, *, limit: int | None = None) -> ParseResult:
    """The questions of an Aiken file; a malformed one raises ``FormatError``."""
    result = ParseResult(limit=limit)
    prompt: str | None = None
    options: dict[str, str] = {}
    start = 0
    for number, raw in enumerate(decode(data).splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        if prompt is None:
            prompt, options, start = line, {}, number
        elif not options and not OPTION.match(line) and not ANSWER.match(line):
            prompt += "\n" + line  # Newer Moodles accept a question over several lines.
        elif match := OPTION.match(line):
            letter, text = match.groups()
            if letter in options:
                raise FormatError(f"Line {number}: option {letter} is given twice.")
            options[letter] = text.strip()
        elif match := ANSWER.match(line):
            letter = match.group(1)
            if letter not in options:
                raise FormatError(f"Line {number}: the answer {letter} is not one of the options.")
            choices = list(options.values())
            result.add(
                choice_question(name="", prompt=prompt, choices=choices, answer=options[letter])
            )
            prompt = None
        else:
            raise FormatError(
                f"Line {number}: expected an option such as 'A) …' or 'ANSWER: A' "
                f"for the question on line {start}."
            )
    if prompt is not None:
        raise FormatError(f"Line {start}: the question has no 'ANSWER:' line.")
    if not result.questions and not result.skipped:
        raise FormatError("The file holds no Aiken questions.")
    return result


@dataclass(frozen=True)
class AikenExport:
    text: str
    skipped: int  # Questions that are not multiple choice: Aiken has no way to write them.


def dumps(questions: Iterable[ExchangedQuestion]) -> AikenExport:
    blocks = []
    skipped = 0
    for question in questions:
        if question.format != Format.MULTIPLE_CHOICE or len(question.choices) > len(
            string.ascii_uppercase
        ):
            skipped += 1
            continue
        lines = [one_line(question.prompt)]
        letters = string.ascii_uppercase
        lines += [
            f"{letter}) {one_line(choice)}"
            for letter, choice in zip(letters, question.choices, strict=False)
        ]
        lines.append(f"ANSWER: {letters[question.choices.index(question.answer)]}")
        blocks.append("\n".join(lines) + "\n")
    return AikenExport(text="\n".join(blocks), skipped=skipped)
