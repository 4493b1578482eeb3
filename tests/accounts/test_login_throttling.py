"""Password guessing: a username and address pair is locked out after a few failures."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.urls import reverse

URL = reverse("login")
RIGHT = "learner-pass-1"
LIMIT = settings.AXES_FAILURE_LIMIT


def log_in(client, username="leo", password=RIGHT, address="10.0.0.1"):
    return client.post(URL, {"username": username, "password": password}, REMOTE_ADDR=address)


def fail_until_locked(client, username="leo", address="10.0.0.1"):
    for _ in range(LIMIT):
        log_in(client, username, "wrong-guess", address)


def is_logged_in(client) -> bool:
    return "_auth_user_id" in client.session


def test_a_few_wrong_passwords_do_not_lock_the_learner_out(client, learner):
    for _ in range(LIMIT - 1):
        assert log_in(client, password="wrong-guess").status_code == 200
    assert log_in(client).status_code == 302
    assert is_logged_in(client)


def test_the_right_password_after_too_many_wrong_ones_gets_the_lockout_page(client, learner):
    fail_until_locked(client)
    response = log_in(client)
    page = response.content.decode()
    assert response.status_code == 429
    assert "Too many login attempts" in page
    assert f"paused for {int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)} minutes" in page
    assert reverse("password_reset") in page
    assert not is_logged_in(client)


def test_a_hundred_guesses_never_get_in(client, learner):
    for _ in range(100):
        log_in(client, password="wrong-guess")
    assert log_in(client).status_code == 429
    assert not is_logged_in(client)


def test_case_variants_of_the_username_share_one_count(client, learner):
    for name in ["LEO", "Leo", "leo", "lEo", "leO"][:LIMIT]:
        log_in(client, username=name, password="wrong-guess")
    assert log_in(client, username="Leo").status_code == 429


def test_the_lockout_holds_only_for_that_username_from_that_address(client, learner, instructor):
    fail_until_locked(client, address="10.0.0.1")
    # Someone else on the same network still logs in...
    assert log_in(client, "ines", "instructor-pass-1", address="10.0.0.1").status_code == 302
    client.logout()
    # ...and so does the learner from their own network: a guesser cannot lock them out.
    assert log_in(client, address="192.0.2.7").status_code == 302
    assert is_logged_in(client)


def test_the_lockout_ends_after_the_cooling_off_time(client, learner):
    fail_until_locked(client)
    assert log_in(client).status_code == 429
    AccessAttempt.objects.update(
        attempt_time=AccessAttempt.objects.get().attempt_time
        - settings.AXES_COOLOFF_TIME
        - timedelta(seconds=1)
    )
    assert log_in(client).status_code == 302
    assert is_logged_in(client)


@pytest.mark.parametrize("header_value", ["203.0.113.9", "203.0.113.9, 10.0.0.1"])
def test_a_trusted_proxy_header_names_the_client(client, learner, settings, header_value):
    settings.CLIENT_ADDRESS_HEADER = "X-Real-IP"
    for _ in range(LIMIT):
        client.post(URL, {"username": "leo", "password": "x"}, HTTP_X_REAL_IP=header_value)
    assert AccessAttempt.objects.get().ip_address == "203.0.113.9"


def test_a_forged_proxy_header_falls_back_to_the_peer_address(client, learner, settings):
    settings.CLIENT_ADDRESS_HEADER = "X-Real-IP"
    client.post(URL, {"username": "leo", "password": "x"}, HTTP_X_REAL_IP="not an address")
    assert AccessAttempt.objects.get().ip_address == "127.0.0.1"
