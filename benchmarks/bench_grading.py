"""Grading time for hostile answers against a key of every type the grader knows.

Usage: .venv/bin/python benchmarks/bench_grading.py [--repeat N] [--uncapped]

Stretches each hostile answer to 300 and to 10,000 characters, times `grade_answer` on it
against every key (best of N runs, so other load on the machine does not count), and
prints the slowest key per answer. Targets: the worst case under 5 ms at 300 characters
and under 50 ms at 10,000. Exits with status 1 if a target is missed.

`--uncapped` also lifts the grader's length cap and times longer and longer answers, to
show that the grading itself costs the same per character at any length.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from quizzes.grading import grader  # noqa: E402
from quizzes.language.text import clean  # noqa: E402

# (key type, answer, accepted answers, known entities, answer type given by the caller)
KEYS: list[tuple[str, str, tuple[str, ...], tuple[str, ...], str | None]] = [
    ("year", "1989", (), (), None),
    ("month", "November 2007", (), (), None),
    ("day", "September 11, 2001", (), (), None),
    ("number", "about 2,000 troops", (), (), None),
    ("forced number", "2000", (), (), "number"),
    ("ordinal", "thirty-second", ("32nd",), (), None),
    ("acronym", "FATF", (), ("APEC",), None),
    ("person", "Robert M. Gates", (), ("Bill Gates",), "person"),
    ("family first", "Ban Ki-moon", (), ("Ban Soon-taek",), None),
    ("text", "Financial Action Task Force", ("FATF",), ("Financial Stability Forum",), None),
    ("forced text", "Checkpoint Charlie", (), ("Checkpoint Bravo",), "place"),
]

# Name -> a unit repeated to the wanted length.
REPEATED = {
    "one-letter words": "a ",
    "a surname": "Gates ",
    "the key's words": "Financial Action Task Force ",
    "near misses": "Gtaes Finacial Forse ",
    "U+FDFA (18 chars)": "\ufdfa",
    "ligatures": "\ufb03\ufb04 ",
    "parenthesised": "\u249c\u2474",
    "RTL": "\u202e\u05e9\u05dc\u05d5\u05dd \u0633\u0644\u0627\u0645 \u200f",
    "emoji": "\U0001f469\u200d\U0001f469\u200d\U0001f467 \U0001f600",
    "NUL": "\x00a ",
    "lone surrogates": "\ud800x\udfff ",
    "combining marks": "e\u0301\u0302\u0303 ",
    "digits": "9",
    "thousands commas": "1,000,",
    "number words": "one hundred and ",
    "scale words": "thousand million ",
    "1e309 inf NaN": "1e309 inf NaN ",
    "titles": "Mr. ",
    "dates": "Nov 2007 ",
    "dotted letters": "A.",
    "hyphens": "a-",
    "mixed": "\u03a9\u00e9\u6f22\U0001f600\u202e\x00\ud800 x1 ",
}
# Name -> a unit repeated while the answer stays within the grader's length cap once
# normalised, then padded with spaces (which normalise away) up to the length or the cap:
# the most work an answer that is graded rather than refused can ask for.
TO_THE_CAP = {
    "U+FDFA to the cap": "\ufdfa",
    "one-letter words to the cap": "a ",
}
TARGETS_MS = {300: 5.0, 10_000: 50.0}
UNCAPPED_LENGTHS = (1_000, 10_000, 100_000)


def stretched(unit: str, length: int) -> str:
    return (unit * (length // len(unit) + 1))[:length]


def up_to_the_cap(unit: str, length: int, cap: int) -> str:
    longest = min(length, cap)
    count = 0
    while len(unit) * (count + 1) <= longest and len(clean(unit * (count + 1))) <= cap:
        count += 1
    return (unit * count).ljust(longest)


def hostile_answers(length: int) -> dict[str, str]:
    answers = {name: stretched(unit, length) for name, unit in REPEATED.items()}
    for name, unit in TO_THE_CAP.items():
        answers[name] = up_to_the_cap(unit, length, grader.LONGEST_ANSWER)
    return answers


def best_of(repeat: int, action: Callable[[], object]) -> float:
    """The fastest of `repeat` runs, each reading the answer afresh (no cached words)."""
    timings = []
    for _ in range(repeat):
        grader.forget_readings()
        started = time.perf_counter()
        action()
        timings.append(time.perf_counter() - started)
    return min(timings)


def slowest_key(given: str, repeat: int) -> tuple[float, str]:
    """The longest time to grade `given` against any key, in ms, and that key's type."""
    timings = []
    for kind, answer, accepted, known, answer_type in KEYS:

        def grade(answer=answer, accepted=accepted, known=known, answer_type=answer_type):
            return grader.grade_answer(
                given, answer, accepted, known_entities=known, answer_type=answer_type
            )

        timings.append((best_of(repeat, grade) * 1000, kind))
    return max(timings)


def measure_targets(repeat: int) -> bool:
    met = True
    for length, target in TARGETS_MS.items():
        print(f"\n{length:,} characters (target: worst case under {target:g} ms)")
        print(f"{'answer':<30} {'length':>7} {'normalised':>10} {'':>8} {'worst ms':>9}  key")
        worst: tuple[float, str, str] = (0.0, "", "")
        for name, given in hostile_answers(length).items():
            elapsed, kind = slowest_key(given, repeat)
            normalised = len(clean(given))
            fate = "refused" if max(len(given), normalised) > grader.LONGEST_ANSWER else "graded"
            print(
                f"{name:<30} {len(given):>7,} {normalised:>10,} {fate:>8} {elapsed:>9.2f}  {kind}"
            )
            worst = max(worst, (elapsed, name, kind))
        verdict = "ok" if worst[0] < target else "MISSED"
        print(f"worst: {worst[0]:.2f} ms ({worst[1]} / {worst[2]}) — {verdict}")
        met = met and worst[0] < target
    return met


def measure_uncapped(repeat: int) -> None:
    """Time per 1,000 normalised characters with the cap lifted: flat when linear."""
    grader.LONGEST_ANSWER = sys.maxsize
    print("\nCap lifted: ms per 1,000 normalised characters (flat when linear)")
    print(f"{'answer':<30}" + "".join(f"{length:>12,}" for length in UNCAPPED_LENGTHS))
    for name in ("one-letter words", "a surname", "U+FDFA (18 chars)", "mixed"):
        row = f"{name:<30}"
        for length in UNCAPPED_LENGTHS:
            given = stretched(REPEATED[name], length)
            elapsed, _ = slowest_key(given, max(1, repeat // 2))
            row += f"{elapsed * 1000 / len(clean(given)):>12.3f}"
        print(row)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--uncapped", action="store_true", help="also time with the cap lifted")
    args = parser.parse_args()

    print(f"{len(KEYS)} keys: " + ", ".join(kind for kind, *_ in KEYS))
    print(f"answers over {grader.LONGEST_ANSWER:,} characters, as given or normalised, are refused")
    met = measure_targets(args.repeat)
    if args.uncapped:
        measure_uncapped(args.repeat)
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
