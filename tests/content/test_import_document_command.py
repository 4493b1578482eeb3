from pathlib import Path

import pytest

from content.models import Block, Document, Section
from tests.conftest import SEED_PATH, enqueued_generations
from tests.content.helpers import row_counts, run_manage

SEED_SECTIONS = {
    "3/1/a": ("(a)", "Japan-US security arrangements", 3),
    "3/1/b": ("(b)", "Efforts to Counter Terrorism", 3),
    "3/1/c": ("(c)", "Measures to Counter International Organized Crime", 1),
    "3/1/d": ("(d)", "Regional Security", 4),
    "3/1/e": ("(e)", "The United Nations", 4),
    "3/1/f": ("(f)", "Efforts towards Peacebuilding", 2),
    "3/1/g": (
        "(g)",
        "Disarmament and Non-proliferation (Including International Cooperation in Science "
        "and Technology and in the Field of Nuclear Energy)",
        5,
    ),
}


@pytest.fixture
def imported_seed(db, capsys):
    assert run_manage("import_document", str(SEED_PATH)) == 0
    return capsys.readouterr()


def test_prints_the_slug_on_the_last_line(imported_seed):
    assert imported_seed.out.strip().splitlines()[-1] == "bluebook-2008-ch3"


def test_seed_chapter_and_part(imported_seed):
    chapter = Section.objects.get(path="3")
    assert (chapter.kind, chapter.label, chapter.title) == (
        "chapter",
        "3",
        "Japan's Foreign Policy in Major Diplomatic Fields",
    )
    part = Section.objects.get(path="3/1")
    assert (part.kind, part.label, part.parent) == ("part", "1", chapter)
    assert part.title == "Efforts to Achieve Peace and Stability in the International Community"


def test_seed_sections_have_their_titles_and_paragraph_counts(imported_seed):
    sections = Section.objects.filter(kind="section").order_by("position")
    found = {
        s.path: (s.label, s.title, s.blocks.filter(kind="paragraph").count()) for s in sections
    }
    assert found == SEED_SECTIONS
    assert list(found) == sorted(SEED_SECTIONS)
    assert Section.objects.count() == 2 + len(SEED_SECTIONS)


def test_seed_glossary_and_captions(imported_seed):
    glossary = Block.objects.get(kind="glossary")
    assert glossary.section.path == "3/1/c"
    assert glossary.term == "FATF"
    assert glossary.text.startswith("An international framework that was created at 1989 G8")
    captions = Block.objects.filter(kind="caption").order_by("section__position")
    assert [c.section.path for c in captions] == ["3/1/e", "3/1/f"]
    assert (
        captions[1].text
        == "Japanese personnel working in the United Nations Mission in Nepal (UNMIN)"
    )


def test_seed_paragraphs_are_the_source_lines_verbatim(imported_seed):
    source_lines = {line.strip() for line in SEED_PATH.read_text(encoding="utf-8").splitlines()}
    paragraphs = Block.objects.filter(kind="paragraph")
    assert paragraphs.count() == sum(count for *_, count in SEED_SECTIONS.values())
    for paragraph in paragraphs:
        assert paragraph.text in source_lines


def test_no_export_markup_reaches_stored_text(imported_seed):
    texts = [s.title for s in Section.objects.all()] + [s.label for s in Section.objects.all()]
    texts += [b.text for b in Block.objects.all()] + [b.term for b in Block.objects.all()]
    for text in texts:
        assert " |" not in text
        assert not text.endswith("|")
        assert "![]()" not in text


def test_reimporting_the_same_file_changes_nothing(imported_seed, capsys):
    before = row_counts()
    section_ids = list(Section.objects.order_by("pk").values_list("pk", "path"))
    block_ids = list(Block.objects.order_by("pk").values_list("pk", "position", "text"))
    updated_at = Document.objects.get().updated_at

    assert run_manage("import_document", str(SEED_PATH)) == 0

    assert row_counts() == before
    assert list(Section.objects.order_by("pk").values_list("pk", "path")) == section_ids
    assert list(Block.objects.order_by("pk").values_list("pk", "position", "text")) == block_ids
    assert Document.objects.get().updated_at == updated_at
    assert "unchanged" in capsys.readouterr().err


def _write_changed_seed(tmp_path: Path) -> Path:
    """The seed with section (b) removed, (a)'s first paragraph edited and (g) renamed."""
    lines = SEED_PATH.read_text(encoding="utf-8").splitlines()
    start_b = lines.index("(b) |")
    start_c = lines.index("(c) |")
    del lines[start_b:start_c]
    first_a = lines.index("(a) |") + 2
    lines[first_a] = lines[first_a].replace("have effectively functioned", "function")
    start_g = lines.index("(g) |")
    lines[start_g + 1] = "Disarmament |"
    changed = tmp_path / SEED_PATH.name
    changed.write_text("\n".join(lines), encoding="utf-8")
    return changed


def test_changed_file_updates_sections_in_place_and_archives_missing_ones(imported_seed, tmp_path):
    ids_by_path = dict(Section.objects.values_list("path", "pk"))
    assert run_manage("import_document", str(_write_changed_seed(tmp_path))) == 0

    assert dict(Section.objects.values_list("path", "pk")) == ids_by_path
    archived = Section.objects.get(path="3/1/b")
    assert archived.archived_at is not None
    assert archived.blocks.count() == 3, "an archived section keeps its text"
    assert not Section.objects.live().filter(path="3/1/b").exists()
    assert Section.objects.get(path="3/1/g").title == "Disarmament"


def test_changed_paragraph_is_archived_and_replaced_while_others_keep_their_rows(
    imported_seed, tmp_path
):
    section_a = Section.objects.get(path="3/1/a")
    old_first, second, third = section_a.blocks.order_by("position")
    assert run_manage("import_document", str(_write_changed_seed(tmp_path))) == 0

    old_first.refresh_from_db()
    assert old_first.archived_at is not None
    assert old_first.position is None
    live = list(section_a.blocks.live().order_by("position"))
    assert [b.pk for b in live[1:]] == [second.pk, third.pk]
    assert live[0].pk != old_first.pk
    assert "The Japan-US security arrangements function as" in live[0].text


def test_restoring_a_file_brings_archived_rows_back(imported_seed, tmp_path):
    counts = row_counts()
    assert run_manage("import_document", str(_write_changed_seed(tmp_path))) == 0
    assert run_manage("import_document", str(SEED_PATH)) == 0

    assert not Section.objects.filter(archived_at__isnull=False).exists()
    assert Block.objects.live().count() == counts["blocks"]
    assert row_counts()["blocks"] == counts["blocks"] + 1, "only the edited paragraph was added"


def test_format_and_title_can_be_forced(db, tmp_path, capsys):
    source = tmp_path / "notes.md"
    source.write_text("# Not a heading here\n\nJust one paragraph of text.\n", encoding="utf-8")
    assert (
        run_manage("import_document", str(source), "--format", "text", "--title", "My notes") == 0
    )

    document = Document.objects.get(slug="notes")
    assert (document.title, document.source_format) == ("My notes", "text")
    texts = list(Block.objects.values_list("text", flat=True))
    assert texts == ["# Not a heading here", "Just one paragraph of text."]


BAD_INPUTS = {
    "missing": (None, "No such file"),
    "empty": (b"", "empty"),
    "whitespace": (b"  \n\n \t\n", "empty"),
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
    "latin-1": ("Caf\xe9 society in the 1920s.".encode("latin-1"), "UTF-8"),
    "no text": (b"--- *** ...\n\n!!! ???\n", "no readable text"),
}


@pytest.mark.parametrize("case", BAD_INPUTS)
def test_bad_input_fails_with_one_clear_line_and_no_changes(seed_document, tmp_path, capsys, case):
    data, expected = BAD_INPUTS[case]
    source = tmp_path / "bad.txt"
    if data is not None:
        source.write_bytes(data)
    before = row_counts()

    assert run_manage("import_document", str(source)) == 1

    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert expected.lower() in err.lower()
    assert "Traceback" not in err
    assert row_counts() == before


def test_file_over_the_size_limit_is_refused(seed_document, tmp_path, capsys, settings):
    settings.CONTENT_MAX_UPLOAD_BYTES = 1000
    source = tmp_path / "big.txt"
    source.write_text("A long sentence about rivers and lakes. " * 50, encoding="utf-8")
    before = row_counts()

    assert run_manage("import_document", str(source)) == 1

    err = capsys.readouterr().err
    assert "too large" in err
    assert "limit" in err
    assert row_counts() == before


def test_import_is_atomic_when_writing_fails(seed_document, tmp_path, monkeypatch, capsys):
    """A failure half way through leaves the previous version of the document intact."""
    from content import services

    def explode(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(services, "_sync_blocks", explode)
    before = row_counts()
    titles = list(Section.objects.values_list("title", flat=True))

    with pytest.raises(RuntimeError):
        run_manage("import_document", str(_write_changed_seed(tmp_path)))

    assert row_counts() == before
    assert list(Section.objects.values_list("title", flat=True)) == titles


def test_generate_queues_question_generation_in_the_background(
    db, capsys, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        assert run_manage("import_document", str(SEED_PATH), "--generate") == 0
    assert "question generation queued" in capsys.readouterr().err
    assert enqueued_generations() == 1

    with django_capture_on_commit_callbacks(execute=True):
        assert run_manage("import_document", str(SEED_PATH), "--generate") == 0
    assert "nothing queued" in capsys.readouterr().err
    assert enqueued_generations() == 1, "an unchanged document already queued"


def test_without_generate_nothing_is_queued(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        assert run_manage("import_document", str(SEED_PATH)) == 0
    assert enqueued_generations() == 0
