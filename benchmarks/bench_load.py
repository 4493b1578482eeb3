"""Many learners at once against gunicorn on PostgreSQL, beside /healthz on the same server.

Usage: .venv/bin/python benchmarks/bench_load.py [--learners 50] [--think 0.5[,0.4,...]]
           [--health-clients 5] [--ramp 10] [--seconds 60] [--workers N] [--reuse]
           [--database-url postgres://postgres@127.0.0.1:5432/quizapp_bench_load]

Prepares the database (migrations, the shipped chapter and its questions if it has none,
``seed_scale --reset`` with a small history; ``--reuse`` skips this), collects the static
files and starts gunicorn with the production settings (request log included) and as many
workers as ``make serve`` would (``--workers`` overrides), and logs every learner in
before the clock starts (a login is a deliberately slow password hash). The learners join
at random times over ``--ramp`` seconds (10), as a class arrives, and the clock starts
once all are in. Then for ``--seconds`` each learner, in its own thread, keeps starting a
practice quiz of ten questions, opening each question, saving an answer the way the
player's htmx autosave does (a reply other than "Answer saved." counts as an error), and
submitting, pausing ``--think`` seconds on average before each request (0.5 by default,
far quicker than a person reads a question; ``--think 0`` saturates the server);
meanwhile ``--health-clients`` threads call /healthz without pause. Prints per endpoint
the throughput, p50/p95/p99 and errors, the ratio of answering to /healthz throughput,
the CPU the client itself used and the core speed before and after the run. Several think
times (``--think 0.5,0.4,0.3``) time one run each, in turn, on the same server and
learners, and end with a line per run.

Targets (issue 11), on a 2-core machine with the client on the same cores: no error,
answering p95 under 150 ms, answering throughput at least 30% of /healthz's. Exits with
status 1 if a run misses one.
"""

from __future__ import annotations

import argparse
import http.client
import math
import os
import random
import re
import secrets
import socket
import subprocess
import sys
import threading
import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode, urlsplit

PROJECT = Path(__file__).resolve().parent.parent
DEFAULT_DATABASE = "postgres://postgres@127.0.0.1:5432/quizapp_bench_load"
PASSWORD = "scale-pass-1"  # seed_scale's default
SECTION_FIELD = re.compile(r'name="sections" value="(\d+)"')
QUESTION_COUNT = re.compile(r"Question \d+ of (\d+)")
ANSWER_P95_MS = 150
ANSWER_SHARE_OF_HEALTH = 0.30
TIMEOUT = 30
SLUG = "bluebook-2008-ch3"


def manage(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
    )
    if done.returncode:
        sys.exit(f"manage.py {' '.join(args)} failed:\n{done.stdout}{done.stderr}")
    return done.stdout


def create_database(url: str) -> None:
    """Create the benchmark's database if it does not exist (psql on the same server)."""
    server, name = url.rsplit("/", 1)
    listed = subprocess.run(
        ["psql", f"{server}/postgres", "-tAc", f"SELECT 1 FROM pg_database WHERE datname='{name}'"],
        capture_output=True,
        text=True,
        check=True,
    )
    if listed.stdout.strip() != "1":
        subprocess.run(
            ["psql", f"{server}/postgres", "-c", f'CREATE DATABASE "{name}"'], check=True
        )


def prepare(env: dict[str, str], learners: int, responses: int) -> None:
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "createcachetable")
    for source in sorted((PROJECT / "content" / "sources").iterdir()):
        manage(env, "import_document", str(source))
    manage(env, "generate_questions", "--all")
    print(
        manage(
            env, "seed_scale", "--reset", "--learners", str(learners), "--responses", str(responses)
        ).strip()
    )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(env: dict[str, str], workers: int, log: Path) -> tuple[subprocess.Popen, int]:
    """Gunicorn with the production settings on a free port, once /readyz answers."""
    port = free_port()
    command = [sys.executable, "-m", "gunicorn", "config.wsgi", "--bind", f"127.0.0.1:{port}"]
    command += ["--workers", str(workers), "--no-control-socket"]
    with log.open("w") as out:
        server = subprocess.Popen(command, cwd=PROJECT, env=env, stdout=out, stderr=out)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(f"gunicorn stopped:\n{log.read_text()}")
        try:
            if Browser(port).send("GET", "/readyz").status == 200:
                return server, port
        except OSError:
            pass
        time.sleep(0.2)
    server.terminate()
    sys.exit(f"gunicorn was not ready in 60 s:\n{log.read_text()}")


@dataclass
class Response:
    status: int
    location: str
    text: str


class Browser:
    """A learner's browser, as little of one as the run needs: its cookies, and one HTTP
    request at a time on a new connection (gunicorn's sync workers close each one).

    Plain ``http.client`` rather than a full client library: the client shares the cores
    with the server it measures, and a lighter one leaves more of them to the server.
    """

    def __init__(self, port: int) -> None:
        self.port = port
        self.cookies: dict[str, str] = {}

    def send(self, method: str, path: str, form=None, headers=None) -> Response:
        body = urlencode(form, doseq=True) if form is not None else None
        sent = dict(headers or {})
        if body is not None:
            sent["Content-Type"] = "application/x-www-form-urlencoded"
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=TIMEOUT)
        try:
            connection.request(method, path, body=body, headers=sent)
            reply = connection.getresponse()
            text = reply.read().decode()
        finally:
            connection.close()
        for header in reply.headers.get_all("Set-Cookie") or []:
            name, _, rest = header.partition("=")
            value = rest.split(";", 1)[0]
            if "expires=Thu, 01 Jan 1970" in header or "Max-Age=0" in header:
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = value
        return Response(reply.status, reply.headers.get("Location", ""), text)


class Timings:
    """Durations and errors per endpoint, shared by every client thread. Durations count
    for requests sent from ``opens`` (``time.monotonic()``) on; errors count whenever."""

    def __init__(self, opens: float) -> None:
        self.opens = opens
        self.lock = threading.Lock()
        self.durations: dict[str, list[float]] = defaultdict(list)
        self.errors: dict[str, int] = defaultdict(int)
        self.examples: dict[str, str] = {}

    def call(self, name: str, expect: int, browser: Browser, *request, says: str = "", **options):
        """``browser.send(*request, **options)``, timed under ``name``; the response, or
        None unless its status is ``expect`` and its text contains ``says``."""
        counted = time.monotonic() >= self.opens
        started = time.perf_counter()
        try:
            response = browser.send(*request, **options)
        except (OSError, http.client.HTTPException) as error:
            response, problem = None, f"{type(error).__name__}: {error}"
        else:
            problem = "" if response.status == expect else f"HTTP {response.status}"
            if not problem and says not in response.text:
                problem = f"HTTP {response.status} without {says!r}: {response.text[:80]!r}"
        elapsed = time.perf_counter() - started
        with self.lock:
            if counted:
                self.durations[name].append(elapsed)
            if problem:
                self.errors[name] += 1
                self.examples.setdefault(name, problem)
        return None if problem else response


def log_in(port: int, username: str) -> Browser:
    browser = Browser(port)
    browser.send("GET", "/accounts/login/")
    form = {
        "username": username,
        "password": PASSWORD,
        "csrfmiddlewaretoken": browser.cookies["csrftoken"],
    }
    response = browser.send("POST", "/accounts/login/", form)
    if response.status != 302:
        sys.exit(f"{username} could not log in (HTTP {response.status})")
    return browser


class TimeUp(Exception):
    """The run is over: the learner stops wherever they are."""


class Learner:
    """One signed-in learner, pausing ``think`` seconds (on average) before each request."""

    def __init__(
        self, browser: Browser, timings: Timings, stop: float, think: float, joins: float
    ) -> None:
        self.browser, self.timings = browser, timings
        self.stop, self.think, self.joins = stop, think, joins
        self.headers = {"X-CSRFToken": browser.cookies["csrftoken"]}

    def request(self, name: str, expect: int, method: str, path: str, **options):
        if self.think:
            time.sleep(random.uniform(0.5, 1.5) * self.think)
        if time.monotonic() >= self.stop:
            raise TimeUp
        return self.timings.call(name, expect, self.browser, method, path, **options)

    def run(self, slug: str) -> None:
        """Quizzes one after another until time is up: start, open and answer each
        question, submit."""
        time.sleep(max(0.0, self.joins - time.monotonic()))
        try:
            while True:
                self.take_quiz(slug)
        except TimeUp:
            pass

    def take_quiz(self, slug: str) -> None:
        practice = f"/practice/{slug}/"
        form = {
            "sections": self.sections(practice),
            "count": "10",
            "presentations": ["typed", "multiple_choice", "true_false", "fill_blank"],
            # No "immediate_feedback": answers are then autosaved, as the htmx player does.
        }
        started = self.request("start quiz", 302, "POST", practice, form=form, headers=self.headers)
        if started is None:
            return
        attempt = urlsplit(started.location).path.rstrip("/")
        count = None
        position = 0
        while count is None or position < count:
            page = f"{attempt}/questions/{position}/"
            question = self.request("question page", 200, "GET", page)
            if count is None:
                found = QUESTION_COUNT.search(question.text) if question is not None else None
                count = int(found.group(1)) if found else 1
            answer = {"answer": secrets.choice(["true", "1989", "FATF", "Japan"])}
            htmx = {**self.headers, "HX-Request": "true"}
            self.request(
                "answer (htmx)",
                200,
                "POST",
                f"{page}answer/",
                form=answer,
                headers=htmx,
                says="Answer saved.",
            )
            position += 1
        self.request("submit", 302, "POST", f"{attempt}/submit/", form={}, headers=self.headers)

    def sections(self, practice: str) -> list[str]:
        if not hasattr(self, "_sections"):
            self._sections = SECTION_FIELD.findall(self.browser.send("GET", practice).text)
        return self._sections


def health_loop(port: int, stop: float, timings: Timings) -> None:
    probe = Browser(port)
    while time.monotonic() < stop:
        timings.call("/healthz", 200, probe, "GET", "/healthz")


def percentile(values: list[float], share: float) -> float:
    """The value below which ``share`` of ``values`` lie; NaN for none (no such client)."""
    ordered = sorted(values)
    if not ordered:
        return math.nan
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def report(timings: Timings, seconds: float) -> dict[str, float]:
    print(
        f"\n{'endpoint':<16}{'requests':>9}{'per s':>8}{'p50 ms':>8}{'p95 ms':>8}"
        f"{'p99 ms':>8}{'errors':>8}"
    )
    rates = {}
    for name, durations in sorted(timings.durations.items()):
        rates[name] = len(durations) / seconds
        p50, p95, p99 = (1000 * percentile(durations, share) for share in (0.5, 0.95, 0.99))
        print(
            f"{name:<16}{len(durations):>9}{rates[name]:>8.1f}{p50:>8.0f}{p95:>8.0f}"
            f"{p99:>8.0f}{timings.errors[name]:>8}"
        )
    for name, example in timings.examples.items():
        print(f"  first error on {name}: {example}")
    return rates


@dataclass
class Outcome:
    """One timed run at one think time, against the targets."""

    think: float
    answers_per_s: float
    answer_p50_ms: float
    answer_p95_ms: float
    health_per_s: float
    errors: int
    loop_ms_after: float  # the core speed just after the run (see loop_ms())

    @property
    def ratio(self) -> float:
        return self.answers_per_s / self.health_per_s if self.health_per_s else 0.0

    @property
    def met(self) -> bool:
        return (
            self.errors == 0
            and self.answer_p95_ms < ANSWER_P95_MS
            and self.ratio >= ANSWER_SHARE_OF_HEALTH
        )


def loop_ms() -> float:
    """Milliseconds of CPU a fixed pure-Python loop takes, best of three: how fast the
    cores are just now. On a shared virtual machine it moves by half from one minute to
    the next, and every figure of a run moves with it."""

    def once() -> float:
        started, total = time.process_time(), 0
        for number in range(1_000_000):
            total += number * number % 7
        return 1000 * (time.process_time() - started)

    return min(once() for _ in range(3))


def timed_run(port: int, browsers: list[Browser], think: float, args) -> Outcome:
    """Every learner and /healthz client at once for ``args.seconds``; prints the report."""
    clients = max(1, len(browsers) + args.health_clients)
    print(
        f"\nRunning {len(browsers)} learners (think {think} s) and {args.health_clients} "
        f"/healthz clients against {args.workers} gunicorn workers: the learners join over "
        f"{args.ramp:.0f} s, then {args.seconds:.0f} s timed ..."
    )
    speed_before = loop_ms()
    # Learners join at random over the ramp, as a class arrives, and the clock starts once
    # all of them are in: all fifty at the same instant would measure the queue that one
    # burst builds rather than fifty learners at work.
    began = time.monotonic()
    timings = Timings(opens=began + args.ramp)
    stop = timings.opens + args.seconds
    client_cpu = time.process_time()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        jobs = [
            pool.submit(
                Learner(b, timings, stop, think, began + random.uniform(0, args.ramp)).run, SLUG
            )
            for b in browsers
        ]
        jobs += [pool.submit(health_loop, port, stop, timings) for _ in range(args.health_clients)]
        for job in jobs:
            job.result()
    ended = time.monotonic()
    elapsed, ran = ended - timings.opens, ended - began
    client_cpu = time.process_time() - client_cpu
    rates = report(timings, elapsed)
    answers = timings.durations["answer (htmx)"]
    outcome = Outcome(
        think=think,
        answers_per_s=rates.get("answer (htmx)", 0.0),
        answer_p50_ms=1000 * percentile(answers, 0.5),
        answer_p95_ms=1000 * percentile(answers, 0.95),
        health_per_s=rates.get("/healthz", 0.0),
        errors=sum(timings.errors.values()),
        loop_ms_after=loop_ms(),
    )
    print(
        f"\nanswering / healthz throughput: {outcome.ratio:.0%} (target >= "
        f"{ANSWER_SHARE_OF_HEALTH:.0%}); answering p95 {outcome.answer_p95_ms:.0f} ms (target "
        f"< {ANSWER_P95_MS} ms); errors {outcome.errors} (target 0); {os.cpu_count()} cores, "
        f"{args.workers} workers, elapsed {elapsed:.1f} s"
    )
    print(
        f"the client used {client_cpu:.1f} s of CPU in {ran:.1f} s, ramp included "
        f"({client_cpu / ran:.0%} of one core of the {os.cpu_count()} the server shares)"
    )
    load = ", ".join(f"{figure:.1f}" for figure in os.getloadavg())
    print(f"load average at the end (1, 5, 15 min): {load}; other work on the cores counts")
    print(
        f"core speed: a fixed loop took {speed_before:.0f} ms before the run and "
        f"{outcome.loop_ms_after:.0f} ms after (lower is faster)"
    )
    print("All targets met." if outcome.met else "Target missed.")
    return outcome


def summary(outcomes: list[Outcome]) -> None:
    """One line per think time, for runs over several (``--think 0.5,0.4,0.3``)."""
    print(
        "\nthink s  answers/s  answering p50/p95 ms  /healthz per s  ratio  errors  loop ms"
        "  targets"
    )
    for run in outcomes:
        print(
            f"{run.think:>7}{run.answers_per_s:>11.1f}{run.answer_p50_ms:>12.0f} /"
            f"{run.answer_p95_ms:>4.0f}{run.health_per_s:>20.1f}{run.ratio:>7.0%}"
            f"{run.errors:>8}{run.loop_ms_after:>9.0f}  {'met' if run.met else 'missed'}"
        )


def think_times(text: str) -> list[float]:
    try:
        values = [float(part) for part in text.split(",")]
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number or a list of numbers: {text!r}") from None
    if any(value < 0 for value in values):
        raise argparse.ArgumentTypeError("think times cannot be negative")
    return values


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default=DEFAULT_DATABASE)
    parser.add_argument("--learners", type=int, default=50)
    parser.add_argument("--health-clients", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument(
        "--ramp",
        type=float,
        default=10,
        help="Seconds over which the learners join, at random, before the clock starts.",
    )
    parser.add_argument(
        "--think",
        type=think_times,
        default=[0.5],
        help="Mean seconds a learner pauses before each request (0: none, saturation); "
        "several, comma-separated, time one run each on the same server, in that order.",
    )
    parser.add_argument("--workers", type=int, default=2 * (os.cpu_count() or 1) + 1)
    parser.add_argument(
        "--history",
        type=int,
        default=20_000,
        help="Answers already in the database (seed_scale --responses).",
    )
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="Skip the preparation: the database is as an earlier run with as many "
        "learners left it (their earlier attempts stay).",
    )
    args = parser.parse_args()

    create_database(args.database_url)
    base = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "REDIS_"))}
    env = {**base, "DATABASE_URL": args.database_url, "DJANGO_DEBUG": "1"}
    print(f"Preparing {args.database_url} ...")
    if args.reuse:
        print("Reusing the database as an earlier run left it")
    else:
        prepare(env, args.learners, args.history)
    served = {
        **env,
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        # Plain HTTP on the loopback: no proxy terminates TLS here.
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DJANGO_SECURE_HSTS_SECONDS": "0",
        "DJANGO_SECURE_COOKIES": "0",
        # As in production: one JSON line per request, here into the server's log file.
        "DJANGO_REQUEST_LOG": os.environ.get("DJANGO_REQUEST_LOG", "1"),
    }
    # With the production settings, as `make serve` does: their storage writes the manifest
    # of hashed names, without which every page would hash the files it links to.
    manage(served, "collectstatic", "--noinput", "-v0")
    log = Path("/tmp") / f"bench_load-{os.getpid()}.log"
    server, port = start_server(served, args.workers, log)
    try:
        names = [f"scale-learner-{number:05d}" for number in range(args.learners)]
        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=8) as pool:
            browsers = list(pool.map(lambda name: log_in(port, name), names))
        print(
            f"{args.learners} learners logged in in {time.perf_counter() - started:.1f} s "
            f"(before the clock: a password hash is slow by design)"
        )
        outcomes = [timed_run(port, browsers, think, args) for think in args.think]
    finally:
        server.terminate()
        server.wait(timeout=30)

    if len(outcomes) > 1:
        summary(outcomes)
    return 0 if all(outcome.met for outcome in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
