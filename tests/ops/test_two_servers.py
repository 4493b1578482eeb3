"""Two app servers on one database share everything a learner's requests depend on.

Starts two gunicorn instances with the production settings against the test database,
logs a learner in on one, autosaves an answer, and follows them with the same cookies to
the other, as a proxy without sticky sessions would. Needs PostgreSQL: SQLite's test
database lives in memory, out of the servers' reach, and serialises writers anyway.
"""

import json
import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.core.management import call_command
from django.db import connection
from django.urls import reverse

from quizzes.attempts import start_attempt
from quizzes.models.attempts import Presentation
from tests.conftest import PROJECT_DIR, add_questions

pytestmark = [
    pytest.mark.django_db(transaction=True),  # committed, so the servers see the rows
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="two servers need a database server they can share: PostgreSQL only",
    ),
]

PASSWORD = "learner-pass-1"  # the `learner` fixture's
CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_database_url() -> str:
    """The test database, as a DATABASE_URL for the servers' own settings."""
    db = connection.settings_dict
    password = f":{db['PASSWORD']}" if db["PASSWORD"] else ""
    return f"postgres://{db['USER']}{password}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


test_database_url.__test__ = False  # a helper, not a test


class Server:
    """One gunicorn with the production settings (plain HTTP), its stdout kept in a file."""

    def __init__(self, log_path: Path, env: dict[str, str]) -> None:
        self.url = f"http://127.0.0.1:{free_port()}"
        self.log_path = log_path
        bind = self.url.removeprefix("http://")
        command = [sys.executable, "-m", "gunicorn", "config.wsgi", "--bind", bind]
        command += ["--workers", "1", "--no-control-socket"]
        with log_path.open("w") as log:
            self.process = subprocess.Popen(
                command, cwd=PROJECT_DIR, env=env, stdout=log, stderr=subprocess.STDOUT
            )

    def wait_until_ready(self, seconds: float = 60) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            assert self.process.poll() is None, self.log_path.read_text()
            try:
                if requests.get(f"{self.url}/readyz", timeout=2).status_code == 200:
                    return
            except requests.RequestException:
                pass
            time.sleep(0.2)
        pytest.fail(f"{self.url} was not ready in {seconds} s:\n{self.log_path.read_text()}")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def request_lines(self) -> list[dict]:
        lines = self.log_path.read_text().splitlines()
        return [json.loads(line) for line in lines if line.startswith('{"time"')]


@pytest.fixture
def servers(tmp_path):
    """Two servers sharing the test database and one secret key, as a deployment would."""
    call_command("createcachetable", "django_cache")  # what `make serve` runs
    static_root = tmp_path / "static"
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "REDIS_"))},
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DJANGO_SECRET_KEY": "two-servers-test-secret-key-0123456789-abcdefghij",
        "DATABASE_URL": test_database_url(),
        "DJANGO_DEBUG": "0",
        # A plain-HTTP trial: no proxy in front to terminate TLS.
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DJANGO_SECURE_HSTS_SECONDS": "0",
        "DJANGO_SECURE_COOKIES": "0",
        # Production pages name the files collectstatic hashed (as `make serve` runs it).
        "DJANGO_STATIC_ROOT": str(static_root),
    }
    collect = [sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"]
    subprocess.run(collect, cwd=PROJECT_DIR, env=env, check=True, timeout=300)
    pair = [Server(tmp_path / f"server-{name}.log", env) for name in ("a", "b")]
    try:
        for server in pair:
            server.wait_until_ready()
        yield pair
    finally:
        for server in pair:
            server.stop()


def csrf_token(page: requests.Response) -> str:
    match = CSRF_FIELD.search(page.text)
    assert match, page.text
    return match.group(1)


def with_production_password(user) -> None:
    """The suite hashes with MD5 for speed; the servers only know the production hashers."""
    hasher = PBKDF2PasswordHasher()
    user.password = hasher.encode(PASSWORD, hasher.salt(), iterations=1000)
    user.save(update_fields=["password"])


def log_in(browser: requests.Session, server: Server, username: str) -> None:
    login_url = server.url + reverse("login")
    token = csrf_token(browser.get(login_url, timeout=10))
    response = browser.post(
        login_url,
        {"username": username, "password": PASSWORD, "csrfmiddlewaretoken": token},
        allow_redirects=False,
        timeout=30,
    )
    assert response.status_code == 302, response.text


def with_cookies_of(browser: requests.Session) -> requests.Session:
    """Another client carrying the same cookies, as a browser behind a proxy would."""
    other = requests.Session()
    for cookie in browser.cookies:
        other.cookies.set(cookie.name, cookie.value)
    return other


def test_a_learner_and_their_autosaved_answer_follow_them_to_the_other_server(
    servers, learner, make_document
):
    server_a, server_b = servers
    section = make_document(slug="two-servers").sections.filter(kind="section").first()
    attempt = start_attempt(
        learner=learner,
        questions=add_questions(section, 2),
        title="Practice",
        presentations=[Presentation.TYPED],
    )
    with_production_password(learner)
    question_path = reverse("quizzes:question", args=[attempt.pk, 0])
    answer_path = reverse("quizzes:answer", args=[attempt.pk, 0])

    on_a = requests.Session()
    log_in(on_a, server_a, learner.username)
    token = csrf_token(on_a.get(server_a.url + question_path, timeout=10))
    saved = on_a.post(
        server_a.url + answer_path,
        {"answer": "Typed on server A", "csrfmiddlewaretoken": token},
        headers={"HX-Request": "true", "X-Request-ID": "autosave-on-a"},
        timeout=10,
    )
    assert saved.text == "Answer saved."

    on_b = with_cookies_of(on_a)
    page = on_b.get(server_b.url + question_path, allow_redirects=False, timeout=10)
    assert page.status_code == 200  # the session is known there: no redirect to log in
    assert 'value="Typed on server A"' in page.text

    # Each server logged its own requests, the autosave with the learner and its request id.
    autosave = [line for line in server_a.request_lines() if line["path"] == answer_path]
    assert autosave == [
        {**autosave[0], "request_id": "autosave-on-a", "user_id": learner.pk, "status": 200}
    ]
    assert any(line["path"] == question_path for line in server_b.request_lines())


def test_password_reset_requests_are_counted_across_servers(servers, learner, settings):
    """The cache is shared: four requests spread over two servers are over a limit of three."""
    learner.email = "leo@example.com"
    learner.save()
    reset_path = reverse("password_reset")
    limit = settings.PASSWORD_RESET_LIMIT_PER_EMAIL
    statuses = []
    for number in range(limit + 1):
        server = servers[number % 2]
        browser = requests.Session()
        token = csrf_token(browser.get(server.url + reset_path, timeout=10))
        response = browser.post(
            server.url + reset_path,
            {"email": "leo@example.com", "csrfmiddlewaretoken": token},
            allow_redirects=False,
            timeout=10,
        )
        statuses.append(response.status_code)
    assert statuses == [302] * limit + [429]
