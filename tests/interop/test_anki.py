import io
import sqlite3
import zipfile

from quizzes.interop import anki
from tests.interop.questions import sample_questions


def notes(apkg: bytes, tmp_path) -> list[tuple[str, str]]:
    with zipfile.ZipFile(io.BytesIO(apkg)) as archive:
        assert "collection.anki2" in archive.namelist()
        path = tmp_path / "collection.anki2"
        path.write_bytes(archive.read("collection.anki2"))
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT guid, flds FROM notes ORDER BY guid").fetchall()
    finally:
        connection.close()


def test_deck_is_a_zip_of_the_collection_with_one_note_per_question(tmp_path):
    found = notes(anki.dumps(sample_questions(), deck_name="Bluebook"), tmp_path)

    assert len(found) == 4
    fields = {flds.split("\x1f")[0]: flds.split("\x1f")[1:] for _, flds in found}
    front = "What does {x} mean in a = b: c?"
    assert fields[front] == [
        "<strong>a~b=c#d{e}f:g\\h</strong><p>Also accepted: x = 1, // not a comment</p>",
        "The source: it says {x} # 1.",
    ]


def collection_rows(apkg: bytes, tmp_path, query: str) -> list[tuple]:
    with zipfile.ZipFile(io.BytesIO(apkg)) as archive:
        path = tmp_path / "rows.anki2"
        path.write_bytes(archive.read("collection.anki2"))
    connection = sqlite3.connect(path)
    try:
        return connection.execute(query).fetchall()
    finally:
        connection.close()


def test_a_second_export_keeps_the_note_ids(tmp_path):
    first = notes(anki.dumps(sample_questions(), deck_name="Bluebook"), tmp_path)
    second = notes(anki.dumps(sample_questions()[::-1], deck_name="Bluebook"), tmp_path)

    assert [guid for guid, _ in first] == [guid for guid, _ in second]


def test_a_later_export_gives_each_note_the_same_number_and_its_cards_follow(tmp_path):
    """genanki numbers notes by the clock; the deck renumbers them from the question."""
    query = "SELECT notes.guid, notes.id, cards.nid FROM notes JOIN cards ON cards.nid = notes.id"
    first = sorted(collection_rows(anki.dumps(sample_questions(), deck_name="B"), tmp_path, query))
    later = anki.dumps(sample_questions()[::-1], deck_name="B")
    second = sorted(collection_rows(later, tmp_path, query))

    assert len(first) == len(sample_questions())
    assert first == second
    assert len({note for _, note, _ in first}) == len(first)


def test_text_is_escaped_as_html(tmp_path):
    [question] = sample_questions()[1:2]
    [(_, flds)] = notes(anki.dumps([question], deck_name="D"), tmp_path)

    assert "<li>{}</li>" in flds
    assert "<li>~</li>" in flds
    assert anki._html("<script>") == "&lt;script&gt;"


def test_deck_id_is_stable_per_name():
    assert anki.deck_id("Bluebook") == anki.deck_id("Bluebook") != anki.deck_id("Other")
