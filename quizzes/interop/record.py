"""The neutral record a question travels as, and what reading a file gives back."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from quizzes.generation.question import BLANK, Format

TRUE_FALSE_WORDS = {"true": "true", "false": "false"}
# Moodle's text formats whose markup must go before a question is stored as plain text.
MARKUP_FORMATS = {"html", "moodle_auto_format", "moodle"}
# Tags that end a line of text; any other tag disappears without a trace.
LINE_BREAKING_TAGS = {"br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6"}


class FormatError(ValueError):
    """The file is not what its format says; the message is one line for the user."""


@dataclass(frozen=True)
class ExchangedQuestion:
    """A question as other tools see it: its wording, keys and options, nothing of ours.

    ``answer`` is the key shown after answering (``"true"`` or ``"false"`` for a
    true-or-false statement); ``choices`` hold the options of a multiple-choice question
    in display order, the answer among them. ``uid`` identifies the question across
    exports (Moodle's idnumber, the Anki note's guid).
    """

    format: Format
    prompt: str
    answer: str
    accepted_answers: tuple[str, ...] = ()
    choices: tuple[str, ...] = ()
    name: str = ""
    category: tuple[str, ...] = ()
    feedback: str = ""
    uid: str = ""
    kind: str = ""

    @property
    def keys(self) -> tuple[str, ...]:
        return (self.answer, *self.accepted_answers)

    @property
    def title(self) -> str:
        """What a report calls the question: its name, else the start of its prompt."""
        text = self.name or " ".join(self.prompt.split())
        return text if len(text) <= 60 else f"{text[:59]}…"


@dataclass(frozen=True)
class Skipped:
    """A question of the file that this app cannot represent, and what type it is."""

    name: str
    type: str

    def __str__(self) -> str:
        return f"{self.name} ({self.type})"


@dataclass
class ParseResult:
    questions: list[ExchangedQuestion] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    # Reading stops past this many questions, read or skipped: a huge file fails fast.
    limit: int | None = None

    def add(self, item: ExchangedQuestion | Skipped) -> None:
        if self.limit is not None and len(self.questions) + len(self.skipped) >= self.limit:
            raise FormatError(f"The file holds more than {self.limit} questions.")
        if isinstance(item, Skipped):
            self.skipped.append(item)
        else:
            self.questions.append(item)


def short_title(name: str, prompt: str) -> str:
    return ExchangedQuestion(format=Format.SHORT_ANSWER, prompt=prompt, answer="", name=name).title


def typed_question(
    *, name: str, prompt: str, keys: list[str], feedback: str = ""
) -> ExchangedQuestion:
    """A typed answer; with the blank shown once in its prompt, a fill-in-the-blank one."""
    format = Format.FILL_BLANK if prompt.count(BLANK) == 1 else Format.SHORT_ANSWER
    return ExchangedQuestion(
        format=format,
        prompt=prompt,
        answer=keys[0],
        accepted_answers=tuple(keys[1:]),
        name=name,
        feedback=feedback,
    )


def true_false_question(
    *, name: str, prompt: str, truth: bool, feedback: str = ""
) -> ExchangedQuestion:
    return ExchangedQuestion(
        format=Format.TRUE_FALSE,
        prompt=prompt,
        answer="true" if truth else "false",
        name=name,
        feedback=feedback,
    )


def choice_question(
    *, name: str, prompt: str, choices: list[str], answer: str, feedback: str = ""
) -> ExchangedQuestion | Skipped:
    """One right option among others. Options "True" and "False" alone make a
    true-or-false statement (as Aiken writes one); fewer than three other options make
    nothing this app can ask."""
    folded = [choice.strip().casefold() for choice in choices]
    if sorted(folded) == ["false", "true"]:
        truth = answer.strip().casefold() == "true"
        return true_false_question(name=name, prompt=prompt, truth=truth, feedback=feedback)
    if len(set(folded)) != len(folded):
        return Skipped(short_title(name, prompt), "multiple choice with repeated options")
    if len(choices) < 3:
        return Skipped(short_title(name, prompt), f"multiple choice with {len(choices)} options")
    return ExchangedQuestion(
        format=Format.MULTIPLE_CHOICE,
        prompt=prompt,
        answer=answer,
        choices=tuple(choices),
        name=name,
        feedback=feedback,
    )


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        if tag in LINE_BREAKING_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag) -> None:
        if tag in LINE_BREAKING_TAGS:
            self.parts.append("\n")

    def handle_data(self, data) -> None:
        self.parts.append(data)


def plain_text(text: str, *, markup: str = "plain_text") -> str:
    """The text a learner reads: markup of an HTML format stripped and its spacing tidied;
    plain text as it is, only trimmed (so a round trip keeps it exactly)."""
    if markup not in MARKUP_FORMATS:
        return text.strip()
    parser = _TextOnly()
    parser.feed(text)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)


def one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def decode(data: bytes) -> str:
    """The file's text: UTF-8, with or without a byte-order mark."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise FormatError(
            f"The file is not UTF-8 text (byte {error.start + 1} cannot be read)."
        ) from None
