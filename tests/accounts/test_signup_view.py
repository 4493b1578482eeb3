import re
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.contrib.auth import get_user_model
from django.db import IntegrityError, connection, transaction
from django.test import Client
from django.urls import reverse

from accounts.forms import SignupForm

URL = reverse("signup")
LIBRARY = reverse("content:library")
PASSWORD = "quiet-lantern-42"


def sign_up(client, *, next_url=None, **fields):
    data = {"username": "nina", "email": "", "password1": PASSWORD, "password2": PASSWORD}
    data.update(fields)
    if next_url is not None:
        data["next"] = next_url
    return client.post(URL, data)


def session_user_id(client):
    return client.session.get("_auth_user_id")


def test_the_form_has_labelled_fields_and_a_csrf_token(client, db):
    page = client.get(URL).content.decode()
    for field in ("id_username", "id_email", "id_password1", "id_password2"):
        assert re.search(rf'<label\s+for="{field}"', page)
    assert "csrfmiddlewaretoken" in page
    assert "<title>Sign up" in page


def test_signing_up_creates_a_learner_and_logs_them_in(client, db):
    response = sign_up(client, email="nina@example.com")
    user = get_user_model().objects.get(username="nina")
    assert response.status_code == 302
    assert response.url == LIBRARY
    assert not user.is_instructor
    assert not user.is_staff
    assert user.email == "nina@example.com"
    assert user.check_password(PASSWORD)
    assert session_user_id(client) == str(user.pk)
    assert "Welcome, nina" in client.get(response.url).content.decode()


def test_email_is_optional(client, db):
    sign_up(client)
    assert get_user_model().objects.get(username="nina").email == ""


def test_a_posted_instructor_flag_is_ignored(client, db):
    sign_up(client, is_instructor="on", is_staff="on")
    user = get_user_model().objects.get(username="nina")
    assert not user.is_instructor
    assert not user.is_staff


def test_a_safe_next_is_honoured(client, db):
    response = sign_up(client, next_url="/search/?q=ASEAN")
    assert response.url == "/search/?q=ASEAN"


def test_next_from_the_query_string_is_kept_in_the_form(client, db):
    page = client.get(URL, {"next": "/search/?q=ASEAN"}).content.decode()
    assert 'name="next" value="/search/?q=ASEAN"' in page


@pytest.mark.parametrize(
    "next_url", ["https://evil.example/", "//evil.example/", "javascript:alert(1)"]
)
def test_an_external_next_is_ignored(client, db, next_url):
    response = sign_up(client, next_url=next_url)
    assert response.status_code == 302
    assert response.url == LIBRARY


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"password2": "other-lantern-42"}, "The two password fields didn’t match."),
        ({"password1": "12345678", "password2": "12345678"}, "This password is too common."),
        ({"password1": "a1b2", "password2": "a1b2"}, "This password is too short."),
        (
            {"username": "lanternfish", "password1": "lanternfish1", "password2": "lanternfish1"},
            "too similar to the username",
        ),
        ({"username": ""}, "This field is required."),
        ({"email": "not-an-address"}, "Enter a valid email address."),
    ],
)
def test_invalid_input_is_explained_and_creates_no_user(client, db, fields, message):
    response = sign_up(client, **fields)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not get_user_model().objects.exists()
    assert session_user_id(client) is None


def test_a_taken_username_is_refused_whatever_its_case(client, learner):
    response = sign_up(client, username=learner.username.upper())
    assert response.status_code == 400
    assert "A user with that username already exists." in response.content.decode()
    assert get_user_model().objects.count() == 1
    assert session_user_id(client) is None


def test_signup_requires_csrf_token(db):
    client = Client(enforce_csrf_checks=True)
    assert sign_up(client).status_code == 403
    assert not get_user_model().objects.exists()


def test_logged_in_users_are_redirected(client, learner):
    client.force_login(learner)
    assert client.get(URL).url == LIBRARY
    assert client.get(URL, {"next": "/search/"}).url == "/search/"
    response = sign_up(client)
    assert response.status_code == 302
    assert not get_user_model().objects.filter(username="nina").exists()


def test_the_database_refuses_a_case_variant_of_a_taken_username(learner):
    with pytest.raises(IntegrityError), transaction.atomic():
        get_user_model().objects.create_user(username="LEO", password="other-pass-12")
    assert get_user_model().objects.count() == 1


def test_a_name_taken_between_validation_and_saving_is_a_form_error(db):
    form = SignupForm({"username": "nina", "password1": PASSWORD, "password2": PASSWORD})
    assert form.is_valid()
    # Another signup for the same name, in another case, commits in between.
    get_user_model().objects.create_user(username="Nina", password="other-pass-12")
    assert form.save_unless_taken() is None
    assert form.errors["username"] == ["A user with that username already exists."]
    assert get_user_model().objects.count() == 1


def sign_up_in_parallel(usernames: list[str]) -> list:
    """Post one signup per name from its own thread, all released at the same moment."""
    start = threading.Barrier(len(usernames))

    def attempt(username):
        try:
            start.wait()
            return sign_up(Client(), username=username)
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=len(usernames)) as pool:
        return list(pool.map(attempt, usernames))


needs_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="parallel signups need PostgreSQL: SQLite serialises writers with a file lock",
)


@needs_postgresql
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(
    "usernames",
    [["racer"] * 10, ["racer", "Racer", "RACER", "rAcer", "raCer"] * 2],
    ids=["same name", "case variants"],
)
def test_parallel_signups_for_one_name_make_one_account(usernames):
    responses = sign_up_in_parallel(usernames)
    statuses = sorted(response.status_code for response in responses)
    assert statuses == [302] + [400] * (len(usernames) - 1)
    for response in responses:
        if response.status_code == 400:
            assert "A user with that username already exists." in response.content.decode()
    assert get_user_model().objects.filter(username__iexact="racer").count() == 1


def test_the_time_zone_is_utc_unless_chosen(client, db):
    sign_up(client)
    assert get_user_model().objects.get(username="nina").time_zone == "UTC"


def test_a_chosen_time_zone_is_kept(client, db):
    sign_up(client, time_zone="Asia/Tokyo")
    assert get_user_model().objects.get(username="nina").time_zone == "Asia/Tokyo"


def test_an_unknown_time_zone_is_refused_with_a_message(client, db):
    response = sign_up(client, time_zone="Nowhere/Special")
    assert response.status_code == 400
    assert "“Nowhere/Special” is not a time zone we know." in response.content.decode()
    assert not get_user_model().objects.exists()
