"""Every unusable input raises DocumentError with one line that names the file and problem."""

import os
from pathlib import Path

import pytest

from content.importers import DEFAULT_MAX_BYTES, DocumentError, parse_document, read_document


def assert_one_line(error: pytest.ExceptionInfo[DocumentError]) -> str:
    message = str(error.value)
    assert "\n" not in message
    assert "Traceback" not in message
    assert error.value.__cause__ is None
    return message


def test_default_limit_is_five_megabytes():
    assert DEFAULT_MAX_BYTES == 5 * 1024 * 1024


def test_missing_file(tmp_path: Path):
    missing = tmp_path / "nowhere.txt"
    with pytest.raises(DocumentError) as error:
        read_document(missing)
    assert assert_one_line(error) == f"No such file: {missing}"


def test_missing_parent_directory(tmp_path: Path, write_file):
    not_a_dir = write_file("plain.txt", "Text.")
    with pytest.raises(DocumentError, match="No such file"):
        read_document(not_a_dir / "child.txt")


def test_directory(tmp_path: Path):
    with pytest.raises(DocumentError) as error:
        read_document(tmp_path)
    assert assert_one_line(error) == f"{tmp_path} is a directory, not a file"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_named_pipe_is_refused_without_reading(tmp_path: Path):
    fifo = tmp_path / "stream.txt"
    os.mkfifo(fifo)
    with pytest.raises(DocumentError, match="is not a regular file"):
        read_document(fifo)


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  ", b"\xef\xbb\xbf", b"\xef\xbb\xbf \n"])
def test_empty_or_whitespace_only(write_file, content):
    path = write_file("blank.txt", content)
    with pytest.raises(DocumentError) as error:
        read_document(path)
    assert assert_one_line(error) == "blank.txt is empty"


def test_binary_with_nul_bytes():
    with pytest.raises(DocumentError) as error:
        parse_document(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", filename="photo.txt")
    assert assert_one_line(error) == "photo.txt looks like a binary file, not text"


def test_binary_made_of_control_characters():
    with pytest.raises(DocumentError, match="looks like a binary file"):
        parse_document(bytes(range(1, 9)) * 20 + b"some text", filename="blob.txt")


def test_a_few_control_characters_are_tolerated():
    outline = parse_document(b"Form feed\x0c and a bell\x07 in prose.", filename="odd.txt")
    assert outline.sections[0].blocks[0].text == "Form feed\x0c and a bell\x07 in prose."


def test_latin1_text_is_not_utf8():
    data = "Caf\u00e9 culture".encode("latin-1")
    with pytest.raises(DocumentError) as error:
        parse_document(data, filename="cafe.txt")
    assert assert_one_line(error) == (
        "cafe.txt is not UTF-8 text (invalid byte 0xe9 at position 3); "
        "save it as UTF-8 and try again"
    )


def test_not_utf8_position_counts_the_bom():
    with pytest.raises(DocumentError, match=r"invalid byte 0xff at position 5\)"):
        parse_document(b"\xef\xbb\xbfab\xff", filename="bom.txt")


def test_utf16_is_named_as_such():
    data = "Rivers".encode("utf-16")
    with pytest.raises(DocumentError) as error:
        parse_document(data, filename="wide.txt")
    assert assert_one_line(error) == (
        "wide.txt is UTF-16 text, not UTF-8; save it as UTF-8 and try again"
    )


def test_over_size_limit_is_refused_before_reading(write_file, monkeypatch):
    path = write_file("big.txt", "x" * 2000)

    def fail_read(self):
        raise AssertionError("file was read")

    monkeypatch.setattr(Path, "read_bytes", fail_read)
    with pytest.raises(DocumentError) as error:
        read_document(path, max_bytes=1024)
    assert assert_one_line(error) == "big.txt is too large (2.0 KB); the limit is 1.0 KB"


def test_over_size_limit_in_megabytes():
    with pytest.raises(DocumentError) as error:
        parse_document(b"a" * int(6.2 * 1024 * 1024), filename="huge.txt")
    assert assert_one_line(error) == "huge.txt is too large (6.2 MB); the limit is 5.0 MB"


def test_over_size_limit_by_a_little_shows_exact_bytes():
    with pytest.raises(DocumentError) as error:
        parse_document(b"a" * 1025, filename="edge.txt", max_bytes=1024)
    assert assert_one_line(error) == (
        "edge.txt is too large (1,025 bytes); the limit is 1,024 bytes"
    )


def test_exactly_at_size_limit_is_accepted():
    assert parse_document(b"a" * 100, filename="edge.txt", max_bytes=100).format == "text"


@pytest.mark.parametrize(
    ("filename", "content"),
    [
        ("dots.txt", "... --- !!! ???\n\n*** 123 ***\n"),
        ("headings.md", "# Title\n\n## Part\n\n```\ncode with words\n```\n"),
        ("markers.txt", "CHAPTER 1 |\n(a) |\n12345 |\n"),
        ("pictures.md", "# Gallery\n\n![](one.png)\n\n| Table | Words |\n|---|---|\n"),
    ],
)
def test_no_readable_text(filename, content):
    with pytest.raises(DocumentError) as error:
        parse_document(content.encode(), filename=filename)
    assert assert_one_line(error) == f"{filename} contains no readable text"


def test_unknown_forced_format_is_refused_before_reading(tmp_path: Path):
    with pytest.raises(DocumentError) as error:
        read_document(tmp_path / "missing.txt", format="docx")
    assert assert_one_line(error) == (
        "Unknown format 'docx' for missing.txt; use one of: pipe, markdown, text"
    )


def test_unknown_format_for_bytes():
    with pytest.raises(DocumentError, match="Unknown format 'pdf'"):
        parse_document(b"Text.", filename="a.txt", format="pdf")


def test_file_name_with_newline_cannot_split_the_message():
    with pytest.raises(DocumentError) as error:
        parse_document(b"", filename="two\nlines.txt")
    assert assert_one_line(error) == "two?lines.txt is empty"


def test_messages_name_the_file_not_the_server_directory():
    with pytest.raises(DocumentError) as error:
        parse_document(b"", filename="/srv/uploads/tmp/abc/notes.txt")
    assert assert_one_line(error) == "notes.txt is empty"


def test_document_error_is_a_value_error():
    assert issubclass(DocumentError, ValueError)
