"""Start-up refuses bad configuration with a message naming the variable."""

import os
import subprocess
import sys

import pytest

from tests.conftest import PROJECT_DIR

GOOD_KEY = "x" * 50


def load_settings(**env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_"))}
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); print('ok')"],
        env={**clean, "DJANGO_SETTINGS_MODULE": "config.settings", **env},
        cwd=PROJECT_DIR,
        capture_output=True,
        text=True,
        timeout=60,
    )


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
