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


# Anki numbers what it creates by the millisecond clock (about 1.7e12 now); stable note
# numbers stay below 1e12, where a collision between two of 2,000 notes is about 2e-6.
STABLE_ID_RANGE = 10**12


def deck_id(name: str) -> int:
    """A deck number of its own for each deck name, the same in every export."""
    digest = hashlib.sha256(name.encode("utf-8")).digest()
    return (1 << 30) + int.from_bytes(digest[:4], "big") % (1 << 30)


def note_guid(question: ExchangedQuestion) -> str:
    return genanki.guid_for("quizapp", question.uid)


def note_id(question: ExchangedQuestion) -> int:
    """The note's number, from the question's ``uid``: the same in every export (genanki
    would number notes by the clock), below the millisecond clock numbers Anki gives new
    notes, so it meets none of them."""
    digest = hashlib.sha256(f"quizapp-note:{question.uid}".encode()).digest()
    return 1 + int.from_bytes(digest[:8], "big") % STABLE_ID_RANGE


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
    stable_ids: dict[str, int] = {}
    for question in questions:
        stable_ids[note_guid(question)] = note_id(question)
        deck.add_note(
            genanki.Note(
                model=MODEL,
                fields=[_front(question), _back(question), _html(question.feedback)],
                guid=note_guid(question),
            )
        )
    return _package(genanki.Package(deck), stable_ids)


def _package(package: genanki.Package, stable_ids: dict[str, int]) -> bytes:
    """``Package.write_to_file`` without its leftover temporary file: the collection is
    built in a directory removed afterwards, and the zip in memory. Each note then takes
    its stable number (``stable_ids`` by guid), and its cards follow it."""
    timestamp = time.time()
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "collection.anki2"
        connection = sqlite3.connect(path)
        try:
            package.write_to_db(
                connection.cursor(), timestamp, itertools.count(int(timestamp * 1000))
            )
            for guid, stable in stable_ids.items():
                connection.execute(
                    "UPDATE cards SET nid = ? WHERE nid = (SELECT id FROM notes WHERE guid = ?)",
                    (stable, guid),
                )
                connection.execute("UPDATE notes SET id = ? WHERE guid = ?", (stable, guid))
            connection.commit()
        finally:
            connection.close()
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.write(path, "collection.anki2")
            archive.writestr("media", "{}")
        return out.getvalue()
