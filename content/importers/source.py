"""Checks that turn an unusable source file into one DocumentError line the user can act on."""

from __future__ import annotations

import codecs
import os
import stat
from pathlib import Path, PurePath

from .common import CONTROL_CHARACTERS, has_letters, without_control_characters
from .errors import DocumentError
from .limits import SOURCE_NAME_MAX_LENGTH
from .outline import Outline

KILOBYTE = 1024
MEGABYTE = 1024 * KILOBYTE
UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# Bytes no text file contains; tab, LF, VT, FF and CR are deliberately missing here.
CONTROL_BYTES = bytes([*range(0x09), *range(0x0E, 0x20), 0x7F])
MAX_CONTROL_SHARE = 0.3
BINARY_SAMPLE_BYTES = 64 * KILOBYTE


def display_name(filename: str | os.PathLike[str]) -> str:
    """The file's own name: enough for the user, without leaking server directories."""
    return _one_line(PurePath(filename).name or os.fspath(filename))


def stored_file_name(filename: str | os.PathLike[str]) -> str:
    """The file's own name as stored with the document: no control characters, and cut
    to fit the column (keeping the extension) rather than refused, as it is only shown."""
    name = without_control_characters(PurePath(filename).name or os.fspath(filename))
    if len(name) <= SOURCE_NAME_MAX_LENGTH:
        return name
    suffix = PurePath(name).suffix[:SOURCE_NAME_MAX_LENGTH]
    return name[: SOURCE_NAME_MAX_LENGTH - len(suffix)] + suffix


def _one_line(text: str) -> str:
    # A newline in a file name must not split the one-line error message.
    return CONTROL_CHARACTERS.sub("?", text)


def read_source(path: str | os.PathLike[str], max_bytes: int) -> bytes:
    """Read a file after making sure, without opening it, that it is a file of sane size."""
    shown = _one_line(os.fspath(path))
    try:
        info = Path(path).stat()
    except (FileNotFoundError, NotADirectoryError):
        raise DocumentError(f"No such file: {shown}") from None
    except ValueError:
        # The operating system cannot even look up a path holding a NUL byte.
        raise DocumentError(f"No such file: {shown} (the path contains a NUL byte)") from None
    except OSError as error:
        raise DocumentError(f"Cannot read {shown}: {_reason(error)}") from None
    if stat.S_ISDIR(info.st_mode):
        raise DocumentError(f"{shown} is a directory, not a file")
    if not stat.S_ISREG(info.st_mode):
        # Pipes and devices could block or never end, so they are refused unread.
        raise DocumentError(f"{shown} is not a regular file")
    check_size(info.st_size, max_bytes, display_name(path))
    try:
        return Path(path).read_bytes()
    except OSError as error:
        raise DocumentError(f"Cannot read {shown}: {_reason(error)}") from None


def _reason(error: OSError) -> str:
    return (error.strerror or str(error)).lower()


def check_size(size: int, max_bytes: int, name: str) -> None:
    if size > max_bytes:
        shown_size, shown_limit = format_size(size), format_size(max_bytes)
        if shown_size == shown_limit:
            # Rounding made both equal; exact bytes show why the file was refused.
            shown_size, shown_limit = f"{size:,} bytes", f"{max_bytes:,} bytes"
        raise DocumentError(f"{name} is too large ({shown_size}); the limit is {shown_limit}")


def format_size(size: int) -> str:
    if size >= MEGABYTE:
        return f"{size / MEGABYTE:.1f} MB"
    if size >= KILOBYTE:
        return f"{size / KILOBYTE:.1f} KB"
    return f"{size} bytes"


def decode_source(data: bytes, filename: str, max_bytes: int) -> str:
    """UTF-8 text with the BOM removed and every line ending turned into "\\n".

    Nothing else is changed (no Unicode normalisation): stored sentences are addressed
    by character offsets, so the characters must stay those of the file.
    """
    name = display_name(filename)
    check_size(len(data), max_bytes, name)
    if not data:
        raise DocumentError(f"{name} is empty")
    if data.startswith(UTF16_BOMS):
        raise DocumentError(f"{name} is UTF-16 text, not UTF-8; save it as UTF-8 and try again")
    if _looks_binary(data):
        raise DocumentError(f"{name} looks like a binary file, not text")
    text = _decode_utf8(data, name)
    if not text.strip():
        raise DocumentError(f"{name} is empty")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _looks_binary(data: bytes) -> bool:
    if b"\x00" in data:
        return True
    sample = data[:BINARY_SAMPLE_BYTES]
    controls = len(sample) - len(sample.translate(None, CONTROL_BYTES))
    return controls > len(sample) * MAX_CONTROL_SHARE


def _decode_utf8(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        # utf-8-sig counts positions after the BOM; the user needs the offset in the file.
        position = error.start + (len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0)
        raise DocumentError(
            f"{name} is not UTF-8 text (invalid byte 0x{data[position]:02x} at position "
            f"{position}); save it as UTF-8 and try again"
        ) from None


def check_readable(outline: Outline, filename: str) -> None:
    """Refuse documents whose blocks hold no letters at all (only headings, code, symbols)."""
    for _, _, section in outline.walk():
        if any(has_letters(block.text) or has_letters(block.term) for block in section.blocks):
            return
    raise DocumentError(f"{display_name(filename)} contains no readable text")
