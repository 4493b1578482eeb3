"""/healthz and /readyz, the probes a load balancer sends to each app server."""

import logging
from unittest import mock

import pytest
from django.db import OperationalError, ProgrammingError
from django.db.backends.base.base import BaseDatabaseWrapper

SECRET_REASON = "could not connect to server at db-7.internal as quiz_owner"


@pytest.fixture
def database_down():
    """Every new cursor fails as it does when PostgreSQL is unreachable."""
    with mock.patch.object(
        BaseDatabaseWrapper, "cursor", side_effect=OperationalError(SECRET_REASON)
    ):
        yield


def test_healthz_answers_ok(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok"
    assert response["Content-Type"].startswith("text/plain")


def test_healthz_makes_no_query(client, db, django_assert_num_queries):
    """The liveness probe must stay up while the database is slow or down."""
    with django_assert_num_queries(0):
        client.get("/healthz")


def test_healthz_works_without_database_access(client):
    # No `db` fixture: any query would fail the test with "Database access not allowed".
    assert client.get("/healthz").status_code == 200


def test_healthz_sets_no_cookie(client, db):
    assert not client.get("/healthz").cookies


def test_healthz_is_not_redirected_to_https_nor_refused_for_an_unknown_host(client, db, settings):
    """A load balancer probes over plain HTTP by address, not by the site's name."""
    settings.SECURE_SSL_REDIRECT = True
    settings.ALLOWED_HOSTS = ["quiz.example.org"]
    assert client.get("/", HTTP_HOST="quiz.example.org").status_code == 301
    for path in ("/healthz", "/readyz"):
        assert client.get(path, HTTP_HOST="10.0.0.5:8000").status_code == 200


def test_readyz_reports_database_and_tasks(client, db):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "cache": "ok", "tasks": "ok"}


def test_readyz_is_503_naming_the_database_when_it_is_unreachable(client, db, database_down):
    response = client.get("/readyz")
    assert response.status_code == 503
    # The database backend keeps its tasks in the same database.
    assert response.json()["database"] == response.json()["tasks"] == "unavailable"


def test_readyz_keeps_the_reason_out_of_the_response_and_in_the_log(
    client, db, database_down, caplog
):
    with caplog.at_level(logging.WARNING, logger="config.health"):
        response = client.get("/readyz")
    body = response.content.decode()
    assert SECRET_REASON not in body
    assert "Traceback" not in body
    assert SECRET_REASON in caplog.text


def test_healthz_stays_ok_while_the_database_is_down(client, db, database_down):
    assert client.get("/healthz").status_code == 200


def test_readyz_pings_redis_for_the_rq_backend(client, db, settings):
    settings.TASKS_BACKEND = "rq"
    settings.RQ_QUEUES = {"default": {"URL": "redis://127.0.0.1:6379/0"}}
    with mock.patch("redis.Redis.ping", return_value=True) as ping:
        response = client.get("/readyz")
    ping.assert_called_once()
    assert response.json() == {"database": "ok", "cache": "ok", "tasks": "ok"}


def test_readyz_is_503_naming_tasks_when_redis_is_unreachable(client, db, settings):
    settings.TASKS_BACKEND = "rq"
    # Port 1 refuses connections at once, like a Redis that is down.
    settings.RQ_QUEUES = {"default": {"URL": "redis://127.0.0.1:1/0"}}
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json() == {"database": "ok", "cache": "ok", "tasks": "unavailable"}


def test_other_methods_are_not_answered_by_the_probe(client, db):
    assert client.post("/healthz").status_code != 200


def test_readyz_is_503_naming_the_cache_when_its_table_is_missing(client, db, settings):
    """`createcachetable` not run: the password reset page would fail on every request."""
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "t"}
    }
    with mock.patch(
        "django.core.cache.backends.db.DatabaseCache.get",
        side_effect=ProgrammingError('relation "django_cache" does not exist'),
    ):
        response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json() == {"database": "ok", "cache": "unavailable", "tasks": "ok"}
