import re

from django.contrib.auth import authenticate
from django.test import Client
from django.urls import reverse

URL = reverse("password_change")
NEW_PASSWORD = "copper-kettle-77"


def change(client, *, old="learner-pass-1", new1=NEW_PASSWORD, new2=NEW_PASSWORD):
    return client.post(URL, {"old_password": old, "new_password1": new1, "new_password2": new2})


def test_visitors_are_sent_to_log_in(client, db):
    response = client.get(URL)
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))
    assert client.get(reverse("password_change_done")).url.startswith(reverse("login"))


def test_the_form_has_labelled_fields(client, learner):
    client.force_login(learner)
    page = client.get(URL).content.decode()
    for field in ("id_old_password", "id_new_password1", "id_new_password2"):
        assert re.search(rf'<label\s+for="{field}"', page)
    assert "<title>Change your password" in page


def test_changing_the_password_keeps_the_user_logged_in(client, learner):
    client.force_login(learner)
    response = change(client)
    assert response.status_code == 302
    assert response.url == reverse("password_change_done")
    assert "Password changed" in client.get(response.url).content.decode()
    assert authenticate(username="leo", password=NEW_PASSWORD) == learner
    assert authenticate(username="leo", password="learner-pass-1") is None


def test_a_wrong_old_password_changes_nothing(client, learner):
    client.force_login(learner)
    response = change(client, old="not-my-password")
    assert response.status_code == 200
    assert "Your old password was entered incorrectly." in response.content.decode()
    assert authenticate(username="leo", password="learner-pass-1") == learner


def test_a_weak_new_password_is_refused(client, learner):
    client.force_login(learner)
    response = change(client, new1="password", new2="password")
    assert "This password is too common." in response.content.decode()
    assert authenticate(username="leo", password="learner-pass-1") == learner


def test_password_change_requires_csrf_token(learner):
    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)
    assert change(client).status_code == 403
