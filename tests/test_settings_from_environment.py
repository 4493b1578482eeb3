"""Start-up refuses bad configuration with a message naming the variable."""

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import PROJECT_DIR

GOOD_KEY = "x" * 50


def run_with_settings(arguments: list[str], **env: str) -> subprocess.CompletedProcess:
    """Run Python with the real settings and only the given settings variables."""
    ours = ("DJANGO_", "DATABASE_", "REDIS_", "TASKS_")
    clean = {k: v for k, v in os.environ.items() if not k.startswith(ours)}
    return subprocess.run(
        [sys.executable, *arguments],
        env={**clean, "DJANGO_SETTINGS_MODULE": "config.settings", **env},
        cwd=PROJECT_DIR,
        capture_output=True,
        text=True,
        timeout=60,
    )


def load_settings(**env: str) -> subprocess.CompletedProcess:
    return run_with_settings(["-c", "import django; django.setup(); print('ok')"], **env)


def settings_values(*names: str, **env: str) -> dict:
    """The named settings as the given environment makes them (tuples come back as lists)."""
    code = (
        "import json, django; django.setup(); from django.conf import settings; "
        f"print(json.dumps({{name: getattr(settings, name) for name in {list(names)!r}}}, "
        "default=str))"
    )
    result = run_with_settings(["-c", code], **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_debug_mode_starts_without_a_secret_key():
    assert load_settings(DJANGO_DEBUG="1").stdout.strip() == "ok"


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({}, "DJANGO_SECRET_KEY must be set"),
        ({"DJANGO_SECRET_KEY": "short"}, "at least 32 characters"),
        ({"DJANGO_SECRET_KEY": GOOD_KEY, "DJANGO_DEBUG": "maybe"}, "DJANGO_DEBUG must be one of"),
        ({"DJANGO_SECRET_KEY": GOOD_KEY, "DATABASE_URL": "nosuchdb://x"}, "DATABASE_URL"),
        ({"DJANGO_SECRET_KEY": GOOD_KEY, "DJANGO_ALLOWED_HOSTS": " , "}, "DJANGO_ALLOWED_HOSTS"),
        (
            {"DJANGO_SECRET_KEY": GOOD_KEY, "CONTENT_MAX_UPLOAD_BYTES": "5MB"},
            "CONTENT_MAX_UPLOAD_BYTES must be a whole number",
        ),
        (
            {"DJANGO_SECRET_KEY": GOOD_KEY, "DJANGO_SECURE_PROXY_SSL_HEADER": "X-Forwarded-Proto"},
            "DJANGO_SECURE_PROXY_SSL_HEADER must look like",
        ),
        (
            {"DJANGO_SECRET_KEY": GOOD_KEY, "DJANGO_CSRF_TRUSTED_ORIGINS": "quiz.example.org"},
            "DJANGO_CSRF_TRUSTED_ORIGINS must list origins with their scheme",
        ),
        (
            {"DJANGO_SECRET_KEY": GOOD_KEY, "DJANGO_SECURE_HSTS_SECONDS": "a year"},
            "DJANGO_SECURE_HSTS_SECONDS must be a whole number",
        ),
        (
            {"DJANGO_SECRET_KEY": GOOD_KEY, "DJANGO_LOGIN_FAILURE_LIMIT": "0"},
            "DJANGO_LOGIN_FAILURE_LIMIT must be at least 1",
        ),
    ],
)
def test_bad_values_stop_start_up(env, message):
    result = load_settings(**env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert message in result.stderr


def test_production_settings_start_with_valid_values():
    result = load_settings(DJANGO_SECRET_KEY=GOOD_KEY, DJANGO_ALLOWED_HOSTS="quiz.example.org")
    assert result.stdout.strip() == "ok", result.stderr


def test_production_defaults_pass_the_deployment_check():
    result = run_with_settings(
        ["manage.py", "check", "--deploy"], DJANGO_DEBUG="0", DJANGO_SECRET_KEY=GOOD_KEY + "-Zq9"
    )
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout
    assert "WARNING" not in result.stderr + result.stdout


def test_production_is_https_only_by_default():
    values = settings_values(
        "SECURE_SSL_REDIRECT",
        "SECURE_HSTS_SECONDS",
        "SESSION_COOKIE_SECURE",
        "CSRF_COOKIE_SECURE",
        "SECURE_PROXY_SSL_HEADER",
        "CSRF_TRUSTED_ORIGINS",
        DJANGO_SECRET_KEY=GOOD_KEY,
    )
    assert values == {
        "SECURE_SSL_REDIRECT": True,
        "SECURE_HSTS_SECONDS": 365 * 24 * 3600,
        "SESSION_COOKIE_SECURE": True,
        "CSRF_COOKIE_SECURE": True,
        "SECURE_PROXY_SSL_HEADER": None,
        "CSRF_TRUSTED_ORIGINS": [],
    }


def test_a_plain_http_trial_can_opt_out():
    values = settings_values(
        "SECURE_SSL_REDIRECT",
        "SECURE_HSTS_SECONDS",
        "SESSION_COOKIE_SECURE",
        "CSRF_COOKIE_SECURE",
        DJANGO_SECRET_KEY=GOOD_KEY,
        DJANGO_SECURE_SSL_REDIRECT="0",
        DJANGO_SECURE_HSTS_SECONDS="0",
        DJANGO_SECURE_COOKIES="0",
    )
    assert values == {
        "SECURE_SSL_REDIRECT": False,
        "SECURE_HSTS_SECONDS": 0,
        "SESSION_COOKIE_SECURE": False,
        "CSRF_COOKIE_SECURE": False,
    }


def test_debug_mode_serves_plain_http():
    values = settings_values("SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS", DJANGO_DEBUG="1")
    assert values == {"SECURE_SSL_REDIRECT": False, "SECURE_HSTS_SECONDS": 0}


def test_a_tls_proxy_is_configured_from_the_environment():
    values = settings_values(
        "SECURE_PROXY_SSL_HEADER",
        "CSRF_TRUSTED_ORIGINS",
        DJANGO_SECRET_KEY=GOOD_KEY,
        DJANGO_SECURE_PROXY_SSL_HEADER="X-Forwarded-Proto: https",
        DJANGO_CSRF_TRUSTED_ORIGINS="https://quiz.example.org, https://www.quiz.example.org",
    )
    assert values == {
        "SECURE_PROXY_SSL_HEADER": ["HTTP_X_FORWARDED_PROTO", "https"],
        "CSRF_TRUSTED_ORIGINS": ["https://quiz.example.org", "https://www.quiz.example.org"],
    }


def test_login_and_reset_limits_come_from_the_environment():
    values = settings_values(
        "AXES_FAILURE_LIMIT",
        "AXES_COOLOFF_TIME",
        "PASSWORD_RESET_LIMIT_PER_EMAIL",
        "PASSWORD_RESET_LIMIT_PER_ADDRESS",
        "CLIENT_ADDRESS_HEADER",
        DJANGO_SECRET_KEY=GOOD_KEY,
        DJANGO_LOGIN_FAILURE_LIMIT="8",
        DJANGO_LOGIN_LOCKOUT_MINUTES="30",
        DJANGO_PASSWORD_RESET_LIMIT_PER_EMAIL="2",
        DJANGO_PASSWORD_RESET_LIMIT_PER_ADDRESS="50",
        DJANGO_CLIENT_ADDRESS_HEADER="X-Real-IP",
    )
    assert values == {
        "AXES_FAILURE_LIMIT": 8,
        "AXES_COOLOFF_TIME": "0:30:00",
        "PASSWORD_RESET_LIMIT_PER_EMAIL": 2,
        "PASSWORD_RESET_LIMIT_PER_ADDRESS": 50,
        "CLIENT_ADDRESS_HEADER": "X-Real-IP",
    }


def test_each_request_is_one_json_line_on_stdout():
    code = (
        "import django; django.setup(); from django.test import Client; "
        "Client().get('/healthz', HTTP_X_REQUEST_ID='probe-1')"
    )
    result = run_with_settings(["-c", code], DJANGO_SECRET_KEY=GOOD_KEY)
    assert result.returncode == 0, result.stderr
    [line] = result.stdout.splitlines()
    entry = json.loads(line)
    assert entry["request_id"] == "probe-1"
    assert (entry["path"], entry["status"], entry["user_id"]) == ("/healthz", 200, None)


def test_the_request_log_can_be_turned_off():
    values = settings_values("LOGGING", DJANGO_SECRET_KEY=GOOD_KEY, DJANGO_REQUEST_LOG="0")
    assert values["LOGGING"]["loggers"]["config.request_log"]["level"] == "WARNING"


def test_sessions_and_cache_are_in_the_database_by_default():
    """Shared by every worker of every app server; nothing kept in a process or on disk."""
    values = settings_values("CACHES", "SESSION_ENGINE", DJANGO_SECRET_KEY=GOOD_KEY)
    assert values["CACHES"]["default"]["BACKEND"] == "django.core.cache.backends.db.DatabaseCache"
    assert values["SESSION_ENGINE"] == "config.session_store"


def test_redis_url_moves_the_cache_to_redis_and_sessions_to_cached_db():
    values = settings_values(
        "CACHES",
        "SESSION_ENGINE",
        "TASKS",
        DJANGO_SECRET_KEY=GOOD_KEY,
        REDIS_URL="redis://cache.internal:6379/1",
    )
    assert values["CACHES"]["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
    assert values["CACHES"]["default"]["LOCATION"] == "redis://cache.internal:6379/1"
    assert values["SESSION_ENGINE"] == "django.contrib.sessions.backends.cached_db"
    # The task queue stays where TASKS_BACKEND says.
    assert values["TASKS"]["default"]["BACKEND"] == "django_tasks_db.DatabaseBackend"


def test_rq_queues_in_the_redis_at_redis_url():
    values = settings_values(
        "RQ_QUEUES",
        DJANGO_SECRET_KEY=GOOD_KEY,
        TASKS_BACKEND="rq",
        REDIS_URL="redis://queue.internal:6379/2",
    )
    assert values["RQ_QUEUES"] == {"default": {"URL": "redis://queue.internal:6379/2"}}


def test_production_keeps_database_connections_between_requests():
    """Opening a PostgreSQL connection starts a server process: not once per request."""
    values = settings_values("DATABASES", DJANGO_SECRET_KEY=GOOD_KEY)
    assert values["DATABASES"]["default"]["CONN_MAX_AGE"] == 60
    assert values["DATABASES"]["default"]["CONN_HEALTH_CHECKS"] is True


def test_debug_mode_opens_a_connection_per_request():
    """The development server runs each request in a thread of its own, whose kept
    connection nothing would close."""
    values = settings_values("DATABASES", DJANGO_DEBUG="1")
    assert values["DATABASES"]["default"]["CONN_MAX_AGE"] == 0


def test_connection_age_comes_from_the_environment():
    values = settings_values("DATABASES", DJANGO_SECRET_KEY=GOOD_KEY, DATABASE_CONN_MAX_AGE="5")
    assert values["DATABASES"]["default"]["CONN_MAX_AGE"] == 5


def test_postgresql_statements_are_prepared_unless_turned_off():
    """Server-side binding lets psycopg prepare the queries every request repeats; a
    pooler that shares connections between transactions needs them off."""
    url = "postgres://postgres@127.0.0.1:5432/quizapp"
    values = settings_values("DATABASES", DJANGO_SECRET_KEY=GOOD_KEY, DATABASE_URL=url)
    options = values["DATABASES"]["default"]["OPTIONS"]
    assert options["server_side_binding"] is True
    assert options["prepare_threshold"] == 2

    off = settings_values(
        "DATABASES", DJANGO_SECRET_KEY=GOOD_KEY, DATABASE_URL=url, DATABASE_PREPARED_STATEMENTS="0"
    )
    assert "server_side_binding" not in off["DATABASES"]["default"]["OPTIONS"]


def test_a_blank_database_url_means_the_default_database():
    values = settings_values("DATABASES", DJANGO_DEBUG="1", DATABASE_URL=" ")
    assert values["DATABASES"]["default"]["ENGINE"] == "django.db.backends.sqlite3"
