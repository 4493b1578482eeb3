"""Import time of hostile 5 MB documents, through the pure importer and the import service.

Usage: .venv/bin/python benchmarks/bench_import.py [--size BYTES] [--only NAME ...] [--no-db]

Each input is built to defeat a backtracking pattern (long runs of emphasis markers, of
spaces, of brackets, one giant line, thousands of headings, ...). Every input is parsed
in each of the three formats (best of --repeat runs), then imported once with the
import service into a throw-away test database (SQLite, or the PostgreSQL of
DATABASE_URL; the real database is not touched). A document over the section or
paragraph limit is refused with a message, which counts as handled if it is quick.

Targets, per input: parsing <= 5 s and importing (parse included) <= 15 s, on a slow
shared machine; and, independent of the machine, linear growth: parsing the input at
full size takes at most 8 times as long as at a quarter of it (a quadratic parser
takes 16 times as long). Exits 1 if any target is missed.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from content.importers import FORMATS, DocumentError, parse_document  # noqa: E402
from content.importers.limits import MAX_BLOCKS, MAX_SECTIONS  # noqa: E402

DEFAULT_SIZE = 5 * 1024 * 1024 - 1024  # just under the upload limit
PARSE_TARGET_SECONDS = 5.0
IMPORT_TARGET_SECONDS = 15.0
GROWTH_TARGET = 8.0  # time at full size / time at a quarter of it; 4 is linear
GROWTH_MIN_SECONDS = 0.5  # below this the ratio is mostly noise and is not judged
SEED = PROJECT / "content" / "sources" / "bluebook-2008-ch3.txt"


def repeat_to(size: int, unit: str, prefix: str = "", suffix: str = "") -> str:
    """``prefix`` + ``unit`` repeated + ``suffix``, about ``size`` bytes of UTF-8."""
    room = size - len((prefix + suffix).encode())
    return prefix + unit * max(room // len(unit.encode()), 1) + suffix


def nested_strong(size: int) -> str:
    half = size // 8
    return "# Nested\n\n" + "**a " * half + "b** " * half


def glossary_spaces(size: int) -> str:
    return "Term" + " " * (size - 12) + ":x def"


def many_headings(size: int) -> str:
    return repeat_to(size, "# Heading\nSome text under it.\n")


def many_paragraphs(size: int) -> str:
    return repeat_to(size, "A short paragraph.\n\n")


def paragraphs_at_the_limit(size: int) -> str:
    """Just under the paragraph limit, each paragraph as long as the size allows."""
    count = MAX_BLOCKS - 10
    words = max((size // count - 2) // 5, 1)
    return "\n\n".join(f"P{n} " + "word " * words for n in range(count))[:size]


def headings_at_the_limit(size: int) -> str:
    count = MAX_SECTIONS - 10
    words = max((size // count - 40) // 5, 1)
    return "".join(f"# Heading {n}\n\n" + "word " * words + "\n\n" for n in range(count))


def seed_repeated(size: int) -> str:
    """The shipped chapter again and again, renumbered: a big but ordinary document."""
    seed = SEED.read_text(encoding="utf-8")
    copies = []
    number = 1
    while sum(map(len, copies)) < size - len(seed):
        copies.append(seed.replace("CHAPTER 3", f"CHAPTER {number}", 1))
        number += 1
    return "\n".join(copies)


# name -> (file name, builder); the file name's extension picks the format to import.
INPUTS: dict[str, tuple[str, Callable[[int], str]]] = {
    "strong **a": ("strong.md", lambda n: repeat_to(n, "**a ", "Text ")),
    "emphasis *a": ("star.md", lambda n: repeat_to(n, "*a ", "Text ")),
    "underscore _a": ("underscore.md", lambda n: repeat_to(n, "_a ", "Text ")),
    "strike ~~a": ("strike.md", lambda n: repeat_to(n, "~~a ", "Text ")),
    "nested **a .. b**": ("nested.md", nested_strong),
    "backticks": ("ticks.md", lambda n: repeat_to(n, "`", "Text ")),
    "open brackets [a": ("brackets.md", lambda n: repeat_to(n, "[a", "Text ")),
    "open images ![a": ("images.md", lambda n: repeat_to(n, "![a", "Text ")),
    "open links [a](b": ("links.md", lambda n: repeat_to(n, "[a](b(", "Text ")),
    "autolinks <http:a": ("autolinks.md", lambda n: repeat_to(n, "<http:a", "Text ")),
    "spaces in a line": ("spaces.txt", lambda n: repeat_to(n, " ", "Text", "end.")),
    "spaces before colon": ("glossary.txt", glossary_spaces),
    "heading + spaces": ("heading.md", lambda n: repeat_to(n, " ", "# A", "b")),
    "table row + spaces": ("table.md", lambda n: repeat_to(n, " ", "a | b\n-", "x")),
    "pipes": ("pipes.txt", lambda n: repeat_to(n, "|", "CHAPTER 1 A |\nText ")),
    "chapter + digits": ("chapter.txt", lambda n: repeat_to(n, "1", "chapter ", "\nText.")),
    "one giant line": ("line.txt", lambda n: repeat_to(n, "word ", "", ".")),
    "many headings": ("headings.md", many_headings),
    "many paragraphs": ("paragraphs.txt", many_paragraphs),
    "paragraphs at limit": ("paragraphs-limit.txt", paragraphs_at_the_limit),
    "headings at limit": ("headings-limit.md", headings_at_the_limit),
    "seed repeated": ("chapters.txt", seed_repeated),
}


@dataclass
class Row:
    name: str
    size: int
    parse_seconds: float
    growth: float
    import_seconds: float | None
    outcome: str

    @property
    def missed(self) -> bool:
        slow_import = (
            self.import_seconds is not None and self.import_seconds > IMPORT_TARGET_SECONDS
        )
        judged_growth = self.parse_seconds >= GROWTH_MIN_SECONDS and self.growth > GROWTH_TARGET
        return self.parse_seconds > PARSE_TARGET_SECONDS or slow_import or judged_growth


def timed(action: Callable[[], object]) -> tuple[float, object]:
    started = time.perf_counter()
    try:
        result = action()
    except DocumentError as error:
        result = error
    return time.perf_counter() - started, result


def slowest_parse(data: bytes, filename: str, repeat: int) -> float:
    """The slowest format's best time: every parser must be linear, not just the chosen one."""
    worst = 0.0
    for format in FORMATS:
        runs = [timed(lambda f=format: parse_document(data, filename=filename, format=f))[0]]
        runs += [
            timed(lambda f=format: parse_document(data, filename=filename, format=f))[0]
            for _ in range(repeat - 1)
        ]
        worst = max(worst, min(runs))
    return worst


def describe(result: object) -> str:
    if isinstance(result, DocumentError):
        return f"refused: {result}"
    return f"{result.sections['created']} sections, {result.blocks['created']} blocks stored"


def start_test_database():
    """A fresh test database on the configured backend, so real data is never touched."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.test_settings")
    import django

    django.setup()
    from django.db import connection
    from django.test.utils import setup_test_environment

    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    return connection, old_name


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=DEFAULT_SIZE, help="bytes per input")
    parser.add_argument("--repeat", type=int, default=1, help="parse runs per format (best)")
    parser.add_argument("--only", nargs="*", choices=sorted(INPUTS), help="inputs to run")
    parser.add_argument("--no-db", action="store_true", help="skip the import service")
    args = parser.parse_args()

    database = None if args.no_db else start_test_database()
    if database is not None:
        from content.services import import_document_file
    rows: list[Row] = []
    try:
        for name in args.only or INPUTS:
            filename, build = INPUTS[name]
            data = build(args.size).encode("utf-8")
            parse_seconds = slowest_parse(data, filename, args.repeat)
            quarter = build(args.size // 4).encode("utf-8")
            growth = parse_seconds / max(slowest_parse(quarter, filename, args.repeat), 1e-3)
            import_seconds, outcome = None, "-"
            if database is not None:
                import_seconds, result = timed(
                    lambda d=data, f=filename: import_document_file(data=d, filename=f)
                )
                outcome = describe(result)
            rows.append(Row(name, len(data), parse_seconds, growth, import_seconds, outcome))
            print_row(rows[-1])
    finally:
        if database is not None:
            connection, old_name = database
            connection.creation.destroy_test_db(old_name, verbosity=0)
    missed = [row.name for row in rows if row.missed]
    print(
        f"\ntargets: parse <= {PARSE_TARGET_SECONDS:.1f} s (slowest of the three formats); "
        f"growth (4x the size) <= {GROWTH_TARGET:.0f}x the time, judged from "
        f"{GROWTH_MIN_SECONDS} s; import <= {IMPORT_TARGET_SECONDS:.1f} s"
    )
    print(f"missed: {', '.join(missed)}" if missed else "all inputs within target")
    return 1 if missed else 0


HEADER = f"{'input':22} {'bytes':>9} {'parse s':>8} {'growth':>7} {'import s':>9}  outcome"


def print_row(row: Row) -> None:
    if not getattr(print_row, "printed_header", False):
        print(HEADER)
        print("-" * len(HEADER))
        print_row.printed_header = True
    import_text = "-" if row.import_seconds is None else f"{row.import_seconds:.2f}"
    mark = "  MISSED" if row.missed else ""
    print(
        f"{row.name:22} {row.size:>9,} {row.parse_seconds:>8.2f} {row.growth:>7.1f} "
        f"{import_text:>9}  "
        f"{row.outcome}{mark}",
        flush=True,
    )


if __name__ == "__main__":
    sys.exit(main())
