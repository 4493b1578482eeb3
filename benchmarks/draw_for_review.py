"""Draw questions for a blind read: what quizzes of 10 per section would serve.

Usage: .venv/bin/python benchmarks/draw_for_review.py [DOCUMENT ...] [--out FILE]
           [--count 40] [--seed 2026] [--quiz-size 10] [--whole-bank]

Generates the questions of each document (default: the development documents in
../shared/eval/dev/) as ``generate_questions --dry-run`` does, assembles one quiz of
--quiz-size questions per section as a learner's practice quiz would (the assembly
rules of quizzes/generation/assembly.py, seeded), pools the served items and draws
--count of them at random. With --whole-bank the draw is from every generated question
instead. The sheet (Markdown, or JSON for a FILE ending in .json) shows what a reviewer
needs and nothing of the generator's internals: no scores, kinds or rule names.
No database is used.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from content.importers import DocumentError, read_document  # noqa: E402
from quizzes.generation.assembly import Candidate, Span, choose  # noqa: E402
from quizzes.generation.question import BLANK, Format, GeneratedQuestion  # noqa: E402

DEV_DIRECTORY = PROJECT.parent / "shared" / "eval" / "dev"
DEV_SUFFIXES = {".txt", ".md"}


@dataclass(frozen=True)
class Generated:
    document: str
    question: GeneratedQuestion


def dev_documents() -> list[Path]:
    return sorted(
        path
        for path in DEV_DIRECTORY.glob("dev*")
        if path.suffix in DEV_SUFFIXES and path.is_file()
    )


def generate_all(paths: list[Path]) -> list[Generated]:
    # Imported here: loading spaCy takes seconds, and a usage error should not wait for it.
    from quizzes.generation.engine import generate

    generated = []
    for path in paths:
        outline = read_document(path)
        generated += [Generated(path.name, question) for question in generate(outline)]
    return generated


def candidate_for(entry: Generated) -> Candidate[Generated]:
    """The question as a practice quiz would weigh it (every presentation allowed)."""
    question = entry.question
    stems = [question.prompt]
    if question.false_statement:
        stems += [question.prompt.replace(BLANK, question.answer, 1), question.false_statement]
    source = question.source
    return Candidate(
        item=entry,
        score=question.score,
        kind=str(question.kind),
        answer=question.answer,
        accepted=tuple(question.accepted_answers),
        stems=tuple(stems),
        source=Span((entry.document, source.section_path, source.block), source.start, source.end),
        section=(entry.document, source.section_path),
    )


def served_by_section_quizzes(
    generated: list[Generated], quiz_size: int, rng: random.Random
) -> list[Generated]:
    """Every item that one practice quiz of each section serves, section by section."""
    sections: dict[tuple[str, str], list[Generated]] = {}
    for entry in generated:
        sections.setdefault((entry.document, entry.question.source.section_path), []).append(entry)
    served = []
    for entries in sections.values():
        quiz = choose([candidate_for(entry) for entry in entries], quiz_size, rng=rng)
        served += [candidate.item for candidate in quiz]
    return served


def sheet_entry(number: int, entry: Generated) -> dict:
    question = entry.question
    source = question.source
    row = {
        "number": number,
        "document": entry.document,
        "section": " ".join(part for part in (source.section_label, source.section_title) if part),
        "question": question.prompt,
        "key": question.answer,
        "accepted_answers": list(question.accepted_answers),
        "source_sentence": source.as_printed,
    }
    if question.format == Format.MULTIPLE_CHOICE:
        row["choices"] = list(question.choices)
    return row


def as_markdown(rows: list[dict], heading: str) -> str:
    lines = [f"# {heading}", "", "Rate each item A (acceptable as written), E (needs an edit)"]
    lines += ["or R (reject), following RUBRIC.md.", ""]
    for row in rows:
        lines += [f"## {row['number']}", ""]
        lines.append(f"- Document: {row['document']}")
        lines.append(f"- Section: {row['section']}")
        lines.append(f"- Question: {row['question']}")
        if "choices" in row:
            lines.append(f"- Choices: {' | '.join(row['choices'])}")
        lines.append(f"- Key: {row['key']}")
        accepted = " | ".join(row["accepted_answers"]) or "(none)"
        lines.append(f"- Also accepted: {accepted}")
        lines.append(f"- Source sentence: {row['source_sentence']}")
        lines += ["- Rating (A/E/R):", ""]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("documents", nargs="*", type=Path, metavar="DOCUMENT")
    parser.add_argument("--out", type=Path, help="Sheet to write (.md or .json); default stdout.")
    parser.add_argument("--count", type=int, default=40, help="Items to draw (default 40).")
    parser.add_argument("--seed", type=int, default=2026, help="Seed of quizzes and draw.")
    parser.add_argument("--quiz-size", type=int, default=10, help="Questions per section quiz.")
    parser.add_argument(
        "--whole-bank", action="store_true", help="Draw from every generated question."
    )
    args = parser.parse_args()
    if args.count < 1 or args.quiz_size < 1:
        print("--count and --quiz-size must be at least 1.", file=sys.stderr)
        return 2
    paths = args.documents or dev_documents()
    if not paths:
        print(f"No documents given and none found in {DEV_DIRECTORY}.", file=sys.stderr)
        return 2
    try:
        generated = generate_all(paths)
    except (DocumentError, RuntimeError) as error:
        print(f"Questions could not be generated: {error}", file=sys.stderr)
        return 1

    quiz_rng, draw_rng = random.Random(args.seed), random.Random(args.seed + 1)
    if args.whole_bank:
        pool, origin = generated, "the whole bank"
    else:
        pool = served_by_section_quizzes(generated, args.quiz_size, quiz_rng)
        origin = f"practice quizzes of {args.quiz_size} per section"
    drawn = draw_rng.sample(pool, min(args.count, len(pool)))
    rows = [sheet_entry(number, entry) for number, entry in enumerate(drawn, start=1)]

    command = " ".join(["benchmarks/draw_for_review.py", *sys.argv[1:]])
    heading = f"{len(rows)} items drawn from {origin} (seed {args.seed})"
    if args.out and args.out.suffix == ".json":
        text = json.dumps(
            {"command": command, "drawn_from": origin, "items": rows}, ensure_ascii=False, indent=2
        )
    else:
        text = as_markdown(rows, heading) + f"\nDrawn with: {command}\n"
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    documents = ", ".join(path.name for path in paths)
    print(
        f"{documents}: {len(generated)} questions, {len(pool)} in the pool "
        f"({origin}), {len(rows)} drawn.",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
