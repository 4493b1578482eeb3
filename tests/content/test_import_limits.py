"""Over-long values, bad slugs, NUL bytes and non-Latin file names, through both ways in.

Every case either imports with a sensibly shortened value or is refused with one line
(the command) or a form error (the upload view); nothing reaches the database that
PostgreSQL would reject. SQLite ignores varchar lengths, so the length assertions here
are what catches an overflow there; CI also runs them on PostgreSQL.
"""

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from content.importers.limits import (
    DOCUMENT_TITLE_MAX_LENGTH,
    SECTION_LABEL_MAX_LENGTH,
    SECTION_PATH_MAX_LENGTH,
    SECTION_TITLE_MAX_LENGTH,
)
from content.models import Block, Document, Section
from content.services import slug_for_filename
from tests.content.helpers import row_counts, run_manage

UPLOAD_URL = reverse("content:upload")
WORDS = " ".join(f"word{n:03d}" for n in range(120))  # 959 characters

# name -> Markdown source whose stored values would overflow a column if taken as written
OVER_LONG_DOCUMENTS = {
    "section title over 500": f"# Rivers\n\n## {WORDS[:700]}\n\nThe Nile flows north.\n",
    "document title over 300": f"# {WORDS[:399]}\n\nThe Nile flows north.\n",
    "path over 255 (six levels)": "".join(
        f"{'#' * depth} Level {depth} {WORDS[:70]}\n\nText at level {depth}.\n\n"
        for depth in range(1, 7)
    ),
    "label over 40": "# Rivers\n\n## " + ".".join(map(str, range(1, 22))) + " Deep\n\nText.\n",
    "glossary term over 200": "# Rivers\n\n"
    + " ".join(["Supercalifragilistic" * 2] * 6)
    + ": a definition of it.\n",
}


def assert_everything_fits() -> None:
    for document in Document.objects.all():
        assert len(document.title) <= DOCUMENT_TITLE_MAX_LENGTH
    for section in Section.objects.all():
        assert len(section.title) <= SECTION_TITLE_MAX_LENGTH
        assert len(section.label) <= SECTION_LABEL_MAX_LENGTH
        assert len(section.path) <= SECTION_PATH_MAX_LENGTH
    for block in Block.objects.all():
        assert len(block.term) <= 200


@pytest.mark.parametrize("case", OVER_LONG_DOCUMENTS)
def test_command_imports_over_long_values_shortened(db, tmp_path, capsys, case):
    source = tmp_path / "rivers.md"
    source.write_text(OVER_LONG_DOCUMENTS[case], encoding="utf-8")

    assert run_manage("import_document", str(source)) == 0

    assert capsys.readouterr().out.strip().splitlines()[-1] == "rivers"
    assert Section.objects.exists()
    assert_everything_fits()


@pytest.mark.parametrize("case", OVER_LONG_DOCUMENTS)
def test_upload_imports_over_long_values_shortened(client, instructor, case):
    client.force_login(instructor)
    data = OVER_LONG_DOCUMENTS[case].encode()
    response = client.post(UPLOAD_URL, {"file": SimpleUploadedFile("rivers.md", data)})

    assert response.status_code == 302
    assert_everything_fits()
    assert client.get(response.url).status_code == 200


def test_shortened_titles_keep_their_start_and_show_the_cut(db, tmp_path):
    source = tmp_path / "rivers.md"
    source.write_text(OVER_LONG_DOCUMENTS["section title over 500"], encoding="utf-8")
    assert run_manage("import_document", str(source)) == 0
    section = Section.objects.get(depth=1)
    assert section.title.endswith("…")
    assert WORDS.startswith(section.title[:-1])


def write_rivers(tmp_path: Path) -> Path:
    source = tmp_path / "rivers.md"
    source.write_text("# Rivers\n\nThe Nile flows north.\n", encoding="utf-8")
    return source


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--slug", "bad slug!", "Invalid slug 'bad slug!': use only letters, digits, hyphens"),
        ("--slug", "s" * 101, "slug is 101 characters long; the limit is 100"),
        ("--slug", "bad\x00slug", "Invalid slug"),
        ("--title", "t" * 301, "title is 301 characters long; the limit is 300"),
        ("--title", "Rivers\x00", "title contains a NUL character"),
    ],
)
def test_command_refuses_bad_slug_or_title_with_one_line(
    seed_document, tmp_path, capsys, option, value, message
):
    before = row_counts()

    assert run_manage("import_document", str(write_rivers(tmp_path)), option, value) == 1

    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert message in err
    assert "Traceback" not in err
    assert row_counts() == before


def test_after_a_refused_slug_the_library_and_search_still_work(seed_document, client, tmp_path):
    run_manage("import_document", str(write_rivers(tmp_path)), "--slug", "bad slug!")
    assert client.get(reverse("content:library")).status_code == 200
    assert client.get(reverse("content:search"), {"q": "Nile"}).status_code == 200


def test_command_accepts_a_valid_slug(db, tmp_path):
    assert run_manage("import_document", str(write_rivers(tmp_path)), "--slug", "Rivers_2") == 0
    assert Document.objects.get().slug == "Rivers_2"


def test_upload_refuses_an_over_long_title_with_a_form_error(client, instructor):
    client.force_login(instructor)
    response = client.post(
        UPLOAD_URL,
        {"file": SimpleUploadedFile("rivers.md", b"# Rivers\n\nText.\n"), "title": "t" * 301},
    )
    assert response.status_code == 400
    assert "at most 300 characters" in response.content.decode()
    assert not Document.objects.exists()


@pytest.mark.parametrize(
    ("filename", "slug"),
    [
        ("volcanoes.md", "volcanoes"),
        ("Caf\u00e9 notes.md", "cafe-notes"),
        ("bluebook-2008-ch3.txt", "bluebook-2008-ch3"),
    ],
)
def test_latin_file_names_keep_their_plain_slug(filename, slug):
    assert slug_for_filename(filename) == slug


def test_non_latin_file_names_get_distinct_stable_slugs():
    japan, china = slug_for_filename("日本.md"), slug_for_filename("中国.md")
    assert japan != china
    assert japan == slug_for_filename("日本.md")
    assert japan.startswith("document-")
    assert slug_for_filename("日本-notes.md") != slug_for_filename("中国-notes.md")
    assert slug_for_filename("日本-notes.md").startswith("notes-")


def test_non_latin_uploads_do_not_replace_each_other(client, instructor):
    client.force_login(instructor)
    china = client.post(
        UPLOAD_URL, {"file": SimpleUploadedFile("中国.md", "# 长江\n\n长江很长。\n".encode())}
    )
    japan = client.post(
        UPLOAD_URL, {"file": SimpleUploadedFile("日本.md", "# 富士山\n\n富士山は高い。\n".encode())}
    )
    assert (china.status_code, japan.status_code) == (302, 302)
    assert sorted(Document.objects.values_list("title", flat=True)) == ["富士山", "长江"]
    for document in Document.objects.all():
        assert client.get(document.get_absolute_url()).status_code == 200
    assert client.get(reverse("content:library")).status_code == 200


def test_reuploading_a_non_latin_file_updates_it_in_place(client, instructor):
    client.force_login(instructor)
    client.post(
        UPLOAD_URL, {"file": SimpleUploadedFile("日本.md", "# 富士山\n\n高い。\n".encode())}
    )
    client.post(
        UPLOAD_URL, {"file": SimpleUploadedFile("日本.md", "# 富士山\n\n低い。\n".encode())}
    )
    document = Document.objects.get()
    assert list(Block.objects.live().values_list("text", flat=True)) == ["低い。"]
    assert document.source_name == "日本.md"


def test_nul_in_a_file_name_never_reaches_the_database(db):
    from content.services import import_document_file

    report = import_document_file(data=b"Plain text about rivers.\n", filename="riv\x00ers.txt")
    document = Document.objects.get(pk=report.document.pk)
    assert (document.slug, document.source_name, document.title) == (
        "rivers",
        "rivers.txt",
        "Rivers",
    )
