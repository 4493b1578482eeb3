import re
import time
from urllib.parse import urlsplit

from django.contrib.auth import authenticate
from django.core import mail
from django.urls import reverse

URL = reverse("password_reset")
NEW_PASSWORD = "silver-harbour-19"


def reset_link(message) -> str:
    url = re.search(r"https?://\S+", message.body).group()
    return urlsplit(url).path


def test_the_form_has_a_labelled_email_field(client, db):
    page = client.get(URL).content.decode()
    assert re.search(r'<label\s+for="id_email"', page)
    assert "<title>Reset your password" in page


def test_a_reset_email_carries_a_working_link(client, learner):
    learner.email = "leo@example.com"
    learner.save()
    response = client.post(URL, {"email": "Leo@Example.com"})
    assert response.status_code == 302
    assert response.url == reverse("password_reset_done")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["leo@example.com"]
    assert message.subject == "Reset your Bluebook Quiz password"
    assert "http://testserver/accounts/password/reset/" in message.body

    form_page = client.get(reset_link(message), follow=True)
    assert "Choose a new password" in form_page.content.decode()
    set_password_url = form_page.redirect_chain[-1][0]
    done = client.post(
        set_password_url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
    )
    assert done.url == reverse("password_reset_complete")
    assert "Password set" in client.get(done.url).content.decode()

    logged_in = client.post(reverse("login"), {"username": "leo", "password": NEW_PASSWORD})
    assert logged_in.status_code == 302
    assert client.session["_auth_user_id"] == str(learner.pk)
    assert authenticate(username="leo", password="learner-pass-1") is None


def test_a_used_link_no_longer_works(client, learner):
    learner.email = "leo@example.com"
    learner.save()
    client.post(URL, {"email": "leo@example.com"})
    link = reset_link(mail.outbox[0])
    set_password_url = client.get(link).url
    client.post(set_password_url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    page = client.get(link, follow=True).content.decode()
    assert "Link expired" in page
    assert "Choose a new password" not in page


def test_an_unknown_address_gets_the_same_page_and_no_email(client, learner):
    learner.email = "leo@example.com"
    learner.save()
    known = client.post(URL, {"email": "leo@example.com"}, follow=True)
    mail.outbox.clear()
    unknown = client.post(URL, {"email": "nobody@example.com"}, follow=True)
    assert unknown.redirect_chain == known.redirect_chain
    assert unknown.content == known.content
    assert "Check your email" in unknown.content.decode()
    assert mail.outbox == []


def ask_for_reset(client, email, address="10.0.0.1"):
    return client.post(URL, {"email": email}, REMOTE_ADDR=address)


def test_reset_requests_for_one_address_are_limited_per_hour(client, learner, settings):
    learner.email = "leo@example.com"
    learner.save()
    for number in range(settings.PASSWORD_RESET_LIMIT_PER_EMAIL):
        assert ask_for_reset(client, "leo@example.com", f"10.0.0.{number}").status_code == 302
    refused = ask_for_reset(client, "LEO@example.com", "10.0.0.99")
    assert refused.status_code == 429
    assert "Too many password reset requests" in refused.content.decode()
    assert len(mail.outbox) == settings.PASSWORD_RESET_LIMIT_PER_EMAIL


def test_an_unknown_address_is_limited_like_a_known_one(client, learner, settings):
    learner.email = "leo@example.com"
    learner.save()
    for email in ("leo@example.com", "nobody@example.com"):
        for _ in range(settings.PASSWORD_RESET_LIMIT_PER_EMAIL):
            ask_for_reset(client, email)
        assert ask_for_reset(client, email).status_code == 429


def test_reset_requests_from_one_client_are_limited_per_hour(client, db, settings):
    settings.PASSWORD_RESET_LIMIT_PER_ADDRESS = 4
    for number in range(4):
        assert ask_for_reset(client, f"person{number}@example.com").status_code == 302
    assert ask_for_reset(client, "another@example.com").status_code == 429
    # Another client is not affected.
    assert ask_for_reset(client, "another@example.com", "192.0.2.7").status_code == 302


def test_the_limit_resets_after_an_hour(client, learner, settings, monkeypatch):
    learner.email = "leo@example.com"
    learner.save()
    for _ in range(settings.PASSWORD_RESET_LIMIT_PER_EMAIL):
        ask_for_reset(client, "leo@example.com")
    assert ask_for_reset(client, "leo@example.com").status_code == 429
    clock = time.time() + 3601
    monkeypatch.setattr(time, "time", lambda: clock)
    assert ask_for_reset(client, "leo@example.com").status_code == 302
