"""Exchanging a document's questions with Moodle, Anki and spreadsheets: the Django side
of ``quizzes.interop``, shared by the ``export_questions`` and ``import_questions``
commands and the workspace's downloads and uploads.

Imported questions become hand-written questions of one section (``teach.write_question``),
all of a file or none: a file that cannot be read, or a question the bank refuses, leaves
the bank as it was.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q

from content.models import Document, Section
from quizzes import teach
from quizzes.generation.question import MAX_ANSWER_CHARS, MAX_PROMPT_CHARS, Format, Kind
from quizzes.interop import (
    ExchangedQuestion,
    FormatError,
    ParseResult,
    Skipped,
    aiken,
    anki,
    csv_format,
    gift,
    moodle_xml,
)
from quizzes.models import Question
from quizzes.teach_forms import ASKED_KINDS, MAX_ACCEPTED_ANSWERS, MAX_CHOICES

EXPORT_FORMATS = {
    "gift": "GIFT (Moodle)",
    "moodle-xml": "Moodle XML",
    "aiken": "Aiken (Moodle, multiple choice only)",
    "csv": "CSV (spreadsheet)",
    "anki": "Anki deck (.apkg)",
}
IMPORT_FORMATS = {"gift": "GIFT", "moodle-xml": "Moodle XML", "aiken": "Aiken"}
READERS = {"gift": gift.loads, "moodle-xml": moodle_xml.loads, "aiken": aiken.loads}
STATUSES = ("approved", "all")
TEXT = "text/plain; charset=utf-8"
CSV = "text/csv; charset=utf-8"
# A bank of a couple of thousand questions with HTML markup fits well within these.
MAX_IMPORT_BYTES = 5 * 1024 * 1024
MAX_IMPORT_QUESTIONS = 2000
AIKEN_ANSWER_LINE = re.compile(r"^ANSWER:\s*[A-Z]\s*$", re.MULTILINE)


class ExchangeError(Exception):
    """A file that cannot be exchanged; the message is one line for the user."""


# Export


@dataclass(frozen=True)
class ExportFile:
    content: bytes
    filename: str
    content_type: str
    count: int
    # Questions the format cannot hold (Aiken: all but multiple choice), left out.
    skipped: int = 0


def questions_to_export(document: Document, *, section: Section | None = None, status: str):
    """The document's live questions (approved ones, or drafts too with ``"all"``), of
    ``section`` and the sections under it if given, in reading order."""
    questions = Question.objects.live().filter(section__document=document)
    if section is not None:
        below = Q(section__path__startswith=f"{section.path}/")
        questions = questions.filter(Q(section=section) | below)
    if status == "approved":
        questions = questions.approved()
    return questions.select_related("section__document", "block").order_by(
        "section__position", "pk"
    )


def question_uid(question: Question) -> str:
    """The question's identity in other tools (Moodle's idnumber, the Anki note's guid)."""
    return f"quizapp-question-{question.pk}"


def to_record(question: Question) -> ExchangedQuestion:
    return ExchangedQuestion(
        format=Format(question.format),
        prompt=question.prompt,
        answer=question.answer,
        accepted_answers=tuple(question.accepted_answers),
        choices=tuple(question.choices),
        category=(question.section.document.title, question.section.heading),
        feedback=question.source_sentence,
        uid=question_uid(question),
        kind=question.kind,
    )


def export_questions(
    *, document: Document, section: Section | None = None, status: str = "approved", format: str
) -> ExportFile:
    questions = questions_to_export(document, section=section, status=status)
    records = [to_record(question) for question in questions]
    stem = document.slug + (f"-{section.path.replace('/', '-')}" if section else "")
    if format == "gift":
        return ExportFile(_utf8(gift.dumps(records)), f"{stem}.gift.txt", TEXT, len(records))
    if format == "moodle-xml":
        return ExportFile(moodle_xml.dumps(records), f"{stem}.xml", "application/xml", len(records))
    if format == "aiken":
        written = aiken.dumps(records)
        count = len(records) - written.skipped
        return ExportFile(_utf8(written.text), f"{stem}.aiken.txt", TEXT, count, written.skipped)
    if format == "csv":
        return ExportFile(_utf8(csv_format.dumps(records)), f"{stem}.csv", CSV, len(records))
    if format == "anki":
        deck_name = document.title + (f"::{section.heading}" if section else "")
        content = anki.dumps(records, deck_name=deck_name)
        return ExportFile(content, f"{stem}.apkg", "application/octet-stream", len(records))
    raise ExchangeError(f"Unknown format {format!r}: choose one of {', '.join(EXPORT_FORMATS)}.")


def _utf8(text: str) -> bytes:
    return text.encode("utf-8")


# Import


@dataclass(frozen=True)
class ImportReport:
    section: Section
    imported: list[Question]
    skipped: list[Skipped]

    def lines(self) -> list[str]:
        count = len(self.imported)
        lines = [
            f"Imported {count} question{'s' if count != 1 else ''} into {self.section.heading}."
        ]
        if self.skipped:
            lines.append(f"Skipped {len(self.skipped)} that this app cannot ask:")
            lines += [f"- {skipped}" for skipped in self.skipped]
        return lines


def guess_format(data: bytes, filename: str = "") -> str:
    """The format a file is written in, from its name or else its first characters."""
    name = filename.lower()
    if name.endswith(".xml"):
        return "moodle-xml"
    if name.endswith((".gift", ".gift.txt")):
        return "gift"
    if name.endswith(".aiken.txt"):
        return "aiken"
    head = data[:MAX_IMPORT_BYTES].decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n")
    if head.startswith("<"):
        return "moodle-xml"
    if AIKEN_ANSWER_LINE.search(head) and "{" not in head:
        return "aiken"
    return "gift"


def read_questions(data: bytes, *, format: str | None = None, filename: str = "") -> ParseResult:
    """The questions of a file, in ``format`` or the format it looks written in."""
    if len(data) > MAX_IMPORT_BYTES:
        raise ExchangeError(f"The file is larger than {MAX_IMPORT_BYTES // (1024 * 1024)} MB.")
    format = format or guess_format(data, filename)
    if format not in READERS:
        raise ExchangeError(f"Cannot import {format!r}: choose one of {', '.join(READERS)}.")
    try:
        return READERS[format](data, limit=MAX_IMPORT_QUESTIONS)
    except FormatError as error:
        raise ExchangeError(f"Cannot read the file as {IMPORT_FORMATS[format]}: {error}") from None


def unfit(record: ExchangedQuestion) -> str | None:
    """Why the bank cannot hold the question as it came, if it cannot."""
    if not record.prompt:
        return "question without text"
    if len(record.prompt) > MAX_PROMPT_CHARS:
        return f"question over {MAX_PROMPT_CHARS} characters"
    if any(len(text) > MAX_ANSWER_CHARS for text in (*record.keys, *record.choices)):
        return f"answer over {MAX_ANSWER_CHARS} characters"
    if len(record.accepted_answers) > MAX_ACCEPTED_ANSWERS:
        return f"short answer with over {MAX_ACCEPTED_ANSWERS} right answers"
    if len(record.choices) > MAX_CHOICES:
        return f"multiple choice with {len(record.choices)} options"
    return None


def _kind(record: ExchangedQuestion) -> str:
    if record.format == Format.TRUE_FALSE:
        return Kind.TRUE_FALSE
    if record.format == Format.FILL_BLANK:
        return Kind.FILL_BLANK
    return record.kind if record.kind in ASKED_KINDS else Kind.WHAT


@transaction.atomic
def import_questions(
    *, section: Section, data: bytes, format: str | None = None, filename: str = "", user=None
) -> ImportReport:
    """The file's questions written into ``section`` as hand-written questions; those
    this app cannot ask are named in the report. All or nothing."""
    result = read_questions(data, format=format, filename=filename)
    imported, skipped = [], list(result.skipped)
    for record in result.questions:
        if reason := unfit(record):
            skipped.append(Skipped(record.title, reason))
            continue
        text = teach.QuestionText(
            prompt=record.prompt,
            answer=record.answer,
            accepted_answers=list(record.accepted_answers),
            choices=list(record.choices),
        )
        try:
            question = teach.write_question(
                section=section, format=record.format, kind=_kind(record), text=text, user=user
            )
        except ValidationError as error:
            problems = " ".join(error.messages)
            raise ExchangeError(f"“{record.title}” cannot be stored: {problems}") from None
        imported.append(question)
    return ImportReport(section=section, imported=imported, skipped=skipped)
