"""Anki decks (``.apkg``): a zip holding the SQLite collection, written with genanki.

Each note shows the question on the front and the answer with its source sentence on
the back. Its guid comes from the question's ``uid``, so importing a later export into
Anki updates the cards it made before instead of adding copies.
"""

from __future__ import annotations

import hashlib
import io
import itertools
import sqlite3
import tempfile
import time
import zipfile
from collections.abc import Iterable
from html import escape
from pathlib import Path

import genanki

from quizzes.generation.question import Format
from quizzes.interop.record import ExchangedQuestion

# Anki keys note types and decks by these numbers; fixed, so re-imports find them again.
MODEL_ID = 1_734_615_201
CARD_CSS = ".card { font-family: sans-serif; font-size: 20px; } .source { color: #555; }"
MODEL = genanki.Model(
    MODEL_ID,
    "Quiz question (quizapp)",
    fields=[{"name": "Question"}, {"name": "Answer"}, {"name": "Source"}],
    templates=[
        {
            "name": "Question and answer",
            "qfmt": "{{Question}}",
            "afmt": '{{FrontSide}}<hr id="answer">{{Answer}}'
            '{{#Source}}<p class="source">{{Source}}</p>{{/Source}}',
        }
    ],
    css=CARD_CSS,
)


def deck_id(name: str) -> int:
    """A deck number of its own for each deck name, the same in every export."""
    digest = hashlib.sha256(name.encode("utf-8")).digest()
    return (1 << 30) + int.from_bytes(digest[:4], "big") % (1 << 30)


def note_guid(question: ExchangedQuestion) -> str:
    return genanki.guid_for("quizapp", question.uid)


def _html(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def _front(question: ExchangedQuestion) -> str:
    front = _html(question.prompt)
    if question.format == Format.MULTIPLE_CHOICE:
        items = "".join(f"<li>{_html(choice)}</li>" for choice in question.choices)
        front += f'<ol type="A">{items}</ol>'
    elif question.format == Format.TRUE_FALSE:
        front += "<p>True or false?</p>"
    return front


def _back(question: ExchangedQuestion) -> str:
    back = f"<strong>{_html(question.answer)}</strong>"
    if question.accepted_answers:
        also = ", ".join(_html(answer) for answer in question.accepted_answers)
        back += f"<p>Also accepted: {also}</p>"
    return back


def dumps(questions: Iterable[ExchangedQuestion], *, deck_name: str) -> bytes:
    """The ``.apkg`` file of a deck named ``deck_name`` holding one note per question."""
    deck = genanki.Deck(deck_id(deck_name), deck_name)
    for question in questions:
        deck.add_note(
            genanki.Note(
                model=MODEL,
                fields=[_front(question), _back(question), _html(question.feedback)],
                guid=note_guid(question),
            )
        )
    return _package(genanki.Package(deck))


def _package(package: genanki.Package) -> bytes:
    """``Package.write_to_file`` without its leftover temporary file: the collection is
    built in a directory removed afterwards, and the zip in memory."""
    timestamp = time.time()
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "collection.anki2"
        connection = sqlite3.connect(path)
        try:
            package.write_to_db(
                connection.cursor(), timestamp, itertools.count(int(timestamp * 1000))
            )
            connection.commit()
        finally:
            connection.close()
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.write(path, "collection.anki2")
            archive.writestr("media", "{}")
        return out.getvalue()
