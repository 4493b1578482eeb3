"""Generation time against the bare spaCy parse it builds on, on the shipped chapter,
and the time and peak memory of generating a large document.

Usage: .venv/bin/python benchmarks/bench_generation.py [DOCUMENT] [--repeat N] [--words N]

Loads the model first (not timed), then takes the best of N runs of (a) parsing every
block with the pipeline and (b) the full generator (which parses too), and prints both
and their ratio. Target: generation <= 1.5 x the bare parse.

With ``--words N`` it also builds an outline of about N words from the seed chapter and
the development documents (``../shared/eval/dev``), generates it once, and prints the
time, the process's peak memory and the questions per kind. Targets for 50,000 words:
under 60 s and under 1 GB; the exit status is 1 when either is missed.
"""

from __future__ import annotations

import argparse
import re
import resource
import sys
import time
from collections import Counter
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from content.importers import read_document  # noqa: E402
from content.importers.outline import Outline, OutlineBlock, OutlineSection  # noqa: E402
from quizzes.generation.engine import generate  # noqa: E402
from quizzes.generation.nlp import load_pipeline  # noqa: E402
from quizzes.generation.pieces import block_pieces  # noqa: E402

DEFAULT_DOCUMENT = PROJECT / "content" / "sources" / "bluebook-2008-ch3.txt"
DEV_FOLDER = PROJECT.parent / "shared" / "eval" / "dev"
LARGE_SECONDS, LARGE_BYTES = 60.0, 1024**3


def best_of(repeat: int, action) -> float:
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        timings.append(time.perf_counter() - started)
    return min(timings)


def block_texts(outline: Outline) -> list[str]:
    return [block.text for _, _, section in outline.walk() for block in section.blocks]


def piece_texts(outline: Outline) -> tuple[int, list[str]]:
    """(number of blocks, the pieces the generator parses) of an outline."""
    # The generator parses each block in pieces (a block may be over spaCy's length limit).
    blocks = block_texts(outline)
    return len(blocks), [piece.text for text in blocks for piece in block_pieces(text)]


def source_documents() -> list[Path]:
    """The seed chapter and the development documents, whichever are present."""
    dev = sorted(p for p in DEV_FOLDER.glob("dev*.*") if p.suffix in {".txt", ".md"})
    return [DEFAULT_DOCUMENT, *dev]


def word_count(outline: Outline) -> int:
    return sum(len(text.split()) for text in block_texts(outline))


def large_outline(words: int) -> Outline:
    """An outline of at least ``words`` words: the source documents' sections, again and
    again. Each round renames its sections ("... (round 3)") and shifts every number by
    the round, so a large document has ever more distinct years, counts and sections, as
    a real one would (the distractor pool grows with it). Names are kept as written.
    """
    sources = [read_document(path) for path in source_documents()]
    outline = Outline(title=f"About {words} words", format="text")
    total, round_number = 0, 0
    while total < words:
        round_number += 1
        for number, source in enumerate(sources):
            for section in source.sections:
                copy = _renamed(section, round_number, f"r{round_number}d{number}")
                outline.sections.append(copy)
                total += word_count(Outline(title="", format="", sections=[copy]))
                if total >= words:
                    return outline
    return outline


def _renamed(section: OutlineSection, round_number: int, prefix: str) -> OutlineSection:
    suffix = f" (round {round_number})" if round_number > 1 else ""
    return OutlineSection(
        kind=section.kind,
        key=f"{prefix}-{section.key}",
        label=section.label,
        title=section.title + suffix,
        blocks=[
            OutlineBlock(kind=b.kind, text=_shifted(b.text, round_number - 1), term=b.term)
            for b in section.blocks
        ],
        children=[_renamed(child, round_number, prefix) for child in section.children],
    )


def _shifted(text: str, by: int) -> str:
    """Every whole number of 2-4 digits raised by ``by`` (years stay years)."""
    if not by:
        return text
    return re.sub(r"(?<![\d,.])\d{2,4}(?![\d,.])", lambda m: str(int(m.group()) + by), text)


def peak_memory_bytes() -> int:
    # ru_maxrss is in kilobytes on Linux (bytes on macOS).
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def measure_ratio(document: str, repeat: int) -> None:
    outline = read_document(document)
    blocks, texts = piece_texts(outline)
    nlp = load_pipeline()
    list(nlp.pipe(texts))  # warm up caches so neither measurement pays for them

    parse = best_of(repeat, lambda: list(nlp.pipe(texts, batch_size=32)))
    questions = []
    full = best_of(repeat, lambda: questions.__setitem__(slice(None), generate(outline)))
    print(f"document:   {Path(document).name} ({blocks} blocks, {len(texts)} pieces)")
    print(f"questions:  {len(questions)}")
    print(f"bare parse: {parse * 1000:.1f} ms")
    print(f"generation: {full * 1000:.1f} ms")
    print(f"ratio:      {full / parse:.2f} (target <= 1.50)")


def measure_large(words: int) -> bool:
    """Generate an outline of about ``words`` words once; True when within the targets."""
    outline = large_outline(words)
    blocks, texts = piece_texts(outline)
    load_pipeline()
    started = time.perf_counter()
    questions = generate(outline)
    seconds = time.perf_counter() - started
    # Read before the bare parse below, which holds every parsed piece at once too.
    peak = peak_memory_bytes()
    parse = best_of(1, lambda: list(load_pipeline().pipe(texts, batch_size=32)))
    kinds = Counter(q.kind.value for q in questions)
    print()
    print(f"large document: {word_count(outline)} words ({blocks} blocks, {len(texts)} pieces)")
    per_kind = ", ".join(f"{kind} {count}" for kind, count in sorted(kinds.items()))
    print(f"questions:      {len(questions)} ({per_kind})")
    print(f"generation:     {seconds:.1f} s (target < {LARGE_SECONDS:.0f} s)")
    print(f"peak memory:    {peak / 1024**2:.0f} MB, whole process (target < 1024 MB)")
    print(f"bare parse:     {parse:.1f} s, ratio {seconds / parse:.2f}")
    return seconds < LARGE_SECONDS and peak < LARGE_BYTES


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("document", nargs="?", default=str(DEFAULT_DOCUMENT))
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--words", type=int, default=0, help="also time a document this long")
    args = parser.parse_args()

    measure_ratio(args.document, args.repeat)
    if args.words and not measure_large(args.words):
        print("large document: over the time or memory target", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
