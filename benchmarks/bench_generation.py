"""Generation time against the bare spaCy parse it builds on, on the shipped chapter.

Usage: .venv/bin/python benchmarks/bench_generation.py [DOCUMENT] [--repeat N]

Loads the model first (not timed), then takes the best of N runs of (a) parsing every
block with the pipeline and (b) the full generator (which parses too), and prints both
and their ratio. Target: generation <= 1.5 x the bare parse.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from content.importers import read_document  # noqa: E402
from quizzes.generation.engine import generate  # noqa: E402
from quizzes.generation.nlp import load_pipeline  # noqa: E402
from quizzes.generation.pieces import block_pieces  # noqa: E402

DEFAULT_DOCUMENT = PROJECT / "content" / "sources" / "bluebook-2008-ch3.txt"


def best_of(repeat: int, action) -> float:
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        timings.append(time.perf_counter() - started)
    return min(timings)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("document", nargs="?", default=str(DEFAULT_DOCUMENT))
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    outline = read_document(args.document)
    # The generator parses each block in pieces (a block may be over spaCy's length limit).
    blocks = [block.text for _, _, section in outline.walk() for block in section.blocks]
    texts = [piece.text for text in blocks for piece in block_pieces(text)]
    nlp = load_pipeline()
    list(nlp.pipe(texts))  # warm up caches so neither measurement pays for them

    parse = best_of(args.repeat, lambda: list(nlp.pipe(texts, batch_size=32)))
    questions = []
    full = best_of(args.repeat, lambda: questions.__setitem__(slice(None), generate(outline)))
    print(f"document:   {Path(args.document).name} ({len(blocks)} blocks, {len(texts)} pieces)")
    print(f"questions:  {len(questions)}")
    print(f"bare parse: {parse * 1000:.1f} ms")
    print(f"generation: {full * 1000:.1f} ms")
    print(f"ratio:      {full / parse:.2f} (target <= 1.50)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
