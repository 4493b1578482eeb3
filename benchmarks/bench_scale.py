"""Page times as answers pile up: 10,000 against 1,000,000 answers in one class.

Usage: .venv/bin/python benchmarks/bench_scale.py [--sizes 10000 1000000] [--repeat 5]
           [--rounds 4] [--server postgres://postgres@127.0.0.1:5432] [--prefix NAME] [--reuse]

For each size, a PostgreSQL database ``<prefix>_<size>`` (``--prefix``, by default
``quizapp_bench_scale``) gets the shipped chapter, its questions and ``seed_scale
--learners 200 --responses <size>`` (a class of 200 learners and 20 assignments);
``--reuse`` keeps a database already seeded. Then, in a process of its own per database
and with the production settings, the Django test client times the learner dashboard
and the review queue (for a seeded learner) and the class gradebook (for its
instructor): one warm-up request, then ``--repeat`` timed ones, in ``--rounds`` rounds
taking the sizes in turn (so that other work on the machine weighs on both alike); it
prints each page's median and the number of queries it made. Target (issue 11): each
page at the largest size takes at most 1.5x its time at the smallest. Exits with status
1 if a page misses it.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import statistics
import subprocess
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
DEFAULT_SERVER = "postgres://postgres@127.0.0.1:5432"
LEARNERS = 200
TARGET_RATIO = 1.5


def run(env: dict[str, str], *command: str) -> str:
    done = subprocess.run(command, cwd=PROJECT, env=env, capture_output=True, text=True)
    if done.returncode:
        sys.exit(f"{' '.join(command)} failed:\n{done.stdout}{done.stderr}")
    return done.stdout


def manage(env: dict[str, str], *args: str) -> str:
    return run(env, sys.executable, "manage.py", *args)


def seeded_responses(env: dict[str, str]) -> int | None:
    """Answers of the seeded class already in the database, None if it has none."""
    code = (
        "from quizzes.models import AttemptItem; from classes import seeding; "
        "print(AttemptItem.objects.filter("
        "attempt__learner__username__startswith=seeding.PREFIX).count())"
    )
    try:
        return int(manage(env, "shell", "-c", code).split()[-1]) or None
    except SystemExit:
        return None


def prepare(server: str, prefix: str, size: int, reuse: bool) -> dict[str, str]:
    name = f"{prefix}_{size}"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "REDIS_"))}
    env |= {"DATABASE_URL": f"{server}/{name}", "DJANGO_DEBUG": "1"}
    listed = run(
        env,
        "psql",
        f"{server}/postgres",
        "-tAc",
        f"SELECT 1 FROM pg_database WHERE datname='{name}'",
    )
    if listed.strip() != "1":
        run(env, "psql", f"{server}/postgres", "-c", f'CREATE DATABASE "{name}"')
    manage(env, "migrate", "--noinput", "-v0")
    if reuse and seeded_responses(env) == size:
        print(f"{name}: reusing {size:,} seeded answers")
        return env
    for source in sorted((PROJECT / "content" / "sources").iterdir()):
        manage(env, "import_document", str(source))
    manage(env, "generate_questions", "--all")
    print(
        f"{name}: "
        + manage(
            env, "seed_scale", "--reset", "--learners", str(LEARNERS), "--responses", str(size)
        ).strip()
    )
    # Fresh statistics, as autovacuum would gather them on a database in service.
    run(env, "psql", env["DATABASE_URL"], "-c", "VACUUM ANALYZE")
    return env


def measure(repeat: int) -> dict[str, dict]:
    """Time the pages in this process (DATABASE_URL names the database): each page's
    request times in seconds and query count, for JSON."""
    sys.path.insert(0, str(PROJECT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, setup_test_environment
    from django.urls import reverse

    from classes import seeding
    from classes.models import Classroom

    setup_test_environment()  # the test client's host name, "testserver", is allowed
    users = get_user_model().objects
    classroom = Classroom.objects.get(name=seeding.CLASS_NAME)
    learner_client, instructor_client = Client(), Client()
    learner_client.force_login(users.get(username=seeding.learner_name(0)))
    instructor_client.force_login(users.get(username=seeding.INSTRUCTOR_NAME))
    pages = {
        "dashboard": (learner_client, reverse("quizzes:dashboard")),
        "review queue": (learner_client, reverse("quizzes:review")),
        "gradebook": (instructor_client, reverse("classes:gradebook", args=[classroom.pk])),
    }
    results = {}
    for name, (client, url) in pages.items():
        assert client.get(url).status_code == 200, name  # warm-up
        times = []
        for _ in range(repeat):
            with CaptureQueriesContext(connection) as queries:
                started = time.perf_counter()
                response = client.get(url)
                times.append(time.perf_counter() - started)
            assert response.status_code == 200, name
        results[name] = {"times": times, "queries": len(queries)}
    return results


def cell(result: dict) -> str:
    return f"{result['median_ms']:.1f} ms ({result['queries']} q)"


def timed_in_rounds(envs: dict[int, dict[str, str]], repeat: int, rounds: int) -> dict:
    """Each size's pages timed in turn, round after round, so that other work on the
    machine weighs on every size alike; the median over all rounds."""
    timed: dict[int, dict] = {size: {} for size in envs}
    for _ in range(rounds):
        for size, env in envs.items():
            command = [sys.executable, __file__, "--measure", "--repeat", str(repeat)]
            output = run(env, *command)
            for page, result in json.loads(output.strip().splitlines()[-1]).items():
                pooled = timed[size].setdefault(page, {"times": [], "queries": 0})
                pooled["times"] += result["times"]
                pooled["queries"] = max(pooled["queries"], result["queries"])
    for pages in timed.values():
        for result in pages.values():
            result["median_ms"] = 1000 * statistics.median(result["times"])
    return timed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 1_000_000])
    parser.add_argument("--repeat", type=int, default=5, help="Requests per page and round.")
    parser.add_argument("--rounds", type=int, default=4, help="Turns taken by the sizes.")
    parser.add_argument("--server", default=DEFAULT_SERVER, help="PostgreSQL, without a name.")
    parser.add_argument("--prefix", default="quizapp_bench_scale", help="Database names.")
    parser.add_argument("--reuse", action="store_true", help="Keep databases already seeded.")
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.repeat)))
        return 0

    envs = {}
    for size in args.sizes:
        started = time.perf_counter()
        env = prepare(args.server, args.prefix, size, args.reuse)
        print(f"  ready in {time.perf_counter() - started:.0f} s")
        # Timed with the production settings (DEBUG off: no query log, cached templates).
        env |= {
            "DJANGO_DEBUG": "0",
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
            "DJANGO_SECURE_SSL_REDIRECT": "0",
            "DJANGO_REQUEST_LOG": "0",
        }
        envs[size] = env
    # With the production settings, whose storage writes the manifest of hashed names:
    # without it every page would hash the static files it links to, at every size alike.
    manage(next(iter(envs.values())), "collectstatic", "--noinput", "-v0")
    timed = timed_in_rounds(envs, args.repeat, args.rounds)

    small, large = min(args.sizes), max(args.sizes)
    load = ", ".join(f"{figure:.1f}" for figure in os.getloadavg())
    print(f"\nLoad average at the end (1, 5, 15 min): {load}")
    print(
        f"Median of {args.repeat * args.rounds} requests in {args.rounds} rounds "
        "(Django test client, PostgreSQL, "
        f"{LEARNERS} learners x 20 assignments, {os.cpu_count()} cores)"
    )
    print(
        f"{'page':<14}"
        + "".join(f"{f'{size:,} answers':>24}" for size in args.sizes)
        + f"{'ratio':>8}"
    )
    met = True
    for page in timed[small]:
        cells = "".join(f"{cell(timed[size][page]):>24}" for size in args.sizes)
        ratio = timed[large][page]["median_ms"] / timed[small][page]["median_ms"]
        met &= ratio <= TARGET_RATIO
        print(f"{page:<14}{cells}{ratio:>7.2f}x")
    print(
        f"Target: each page at {large:,} at most {TARGET_RATIO}x its time at {small:,}: "
        + ("met." if met else "missed.")
    )
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
