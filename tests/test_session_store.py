"""config.session_store: Django's database sessions, read by SQL written once."""

import datetime as dt

from django.contrib.sessions.models import Session
from django.urls import reverse
from django.utils import timezone

from config.session_store import SessionStore


def test_a_signed_in_learner_stays_signed_in_from_page_to_page(client, learner):
    client.force_login(learner)
    for _ in range(2):
        page = client.get(reverse("quizzes:dashboard"))
        assert page.status_code == 200
        assert "Signed in as leo" in page.content.decode()


def test_an_expired_session_signs_the_learner_out(client, learner):
    client.force_login(learner)
    key = client.cookies["sessionid"].value
    Session.objects.filter(session_key=key).update(
        expire_date=timezone.now() - dt.timedelta(seconds=1)
    )
    page = client.get(reverse("quizzes:dashboard"))
    assert page.status_code == 302
    assert page["Location"].startswith(reverse("login"))


def test_a_session_reads_back_what_was_saved_and_nothing_for_an_unknown_key(db):
    saved = SessionStore()
    saved["answer"] = "1989"
    saved.create()
    assert SessionStore(saved.session_key).load() == {"answer": "1989"}
    unknown = SessionStore("x" * 32)
    assert unknown.load() == {}
    assert unknown.session_key is None, "an unknown key is forgotten, so a new one is issued"
