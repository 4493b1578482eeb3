"""CSV: one row per question, for a spreadsheet.

A cell starting with ``= + - @`` (or a tab or carriage return) would run as a formula
in a spreadsheet; it is written with a leading apostrophe, which shows it as text.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from quizzes.interop.record import ExchangedQuestion

COLUMNS = [
    "id",
    "category",
    "format",
    "kind",
    "question",
    "answer",
    "accepted answers",
    "choices",
    "source sentence",
]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def dumps(questions: Iterable[ExchangedQuestion]) -> str:
    """The CSV text; lists (accepted answers, choices) go one item a line inside a cell."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for question in questions:
        row = [
            question.uid,
            " / ".join(question.category),
            str(question.format),
            question.kind,
            question.prompt,
            question.answer,
            "\n".join(question.accepted_answers),
            "\n".join(question.choices),
            question.feedback,
        ]
        writer.writerow([safe_cell(str(cell)) for cell in row])
    return out.getvalue()
