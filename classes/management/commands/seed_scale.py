"""``manage.py seed_scale --learners N --responses M``: scale data for the benchmarks.

See ``classes.seeding`` for what is made. A second run refuses unless ``--reset``, which
first removes everything an earlier run made (and nothing else).
"""

import time

from django.core.management.base import BaseCommand, CommandError, CommandParser

from classes import seeding

MAX_LEARNERS = 100_000
MAX_RESPONSES = 50_000_000


def _bounded(low: int, high: int):
    def parse(text: str) -> int:
        value = int(text)
        if not low <= value <= high:
            raise ValueError(f"{value} is not between {low:,} and {high:,}")
        return value

    parse.__name__ = "number"
    return parse


class Command(BaseCommand):
    help = "Create a class of many learners with assignments, answers and review cards."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--learners", type=_bounded(1, MAX_LEARNERS), default=200)
        parser.add_argument(
            "--responses",
            type=_bounded(0, MAX_RESPONSES),
            default=10_000,
            help="Answers in all, shared out among the learners.",
        )
        parser.add_argument(
            "--document", help="Slug of the document to draw questions from (default: first)."
        )
        parser.add_argument(
            "--password",
            default=seeding.DEFAULT_PASSWORD,
            help="Password of every seeded user (instructor and learners).",
        )
        parser.add_argument("--seed", type=int, default=2026, help="Random seed.")
        parser.add_argument(
            "--reset", action="store_true", help="Delete the data of an earlier run first."
        )

    def handle(self, *args, **options) -> None:
        started = time.perf_counter()
        if options["reset"]:
            removed = seeding.delete_seeded()
            self.stdout.write(f"Removed {removed:,} seeded users and their data.")
        elif seeding.already_seeded():
            raise CommandError(
                f"Scale data already exists (class {seeding.CLASS_NAME!r}); "
                "run with --reset to replace it."
            )
        try:
            document = seeding.pick_document(options["document"])
        except seeding.NoQuestions as error:
            raise CommandError(str(error)) from None
        result = seeding.seed(
            learners=options["learners"],
            responses=options["responses"],
            document=document,
            password=options["password"],
            seed=options["seed"],
        )
        seconds = time.perf_counter() - started
        kinds = ", ".join(f"{kind} {count:,}" for kind, count in sorted(result.by_kind.items()))
        self.stdout.write(
            f"Seeded class {seeding.CLASS_NAME!r} from {result.document}: "
            f"{result.learners:,} learners ({seeding.learner_name(0)}, ...; instructor "
            f"{seeding.INSTRUCTOR_NAME}), {result.assignments} assignments, "
            f"{result.attempts:,} submitted attempts ({kinds}), "
            f"{result.responses:,} responses, {result.review_cards:,} review cards "
            f"in {seconds:.1f} s ({result.responses / max(seconds, 1e-9):,.0f} responses/s)."
        )
