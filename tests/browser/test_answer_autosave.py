"""An answer typed without pressing a button is saved on the server (htmx), so a reload
keeps it."""

import pytest

from content.services import import_document_file
from quizzes.attempts import start_attempt
from tests.attempts.conftest import make_question
from tests.conftest import SEED_PATH

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def attempt(transactional_db, django_user_model):
    document = import_document_file(data=SEED_PATH.read_bytes(), filename=SEED_PATH.name).document
    section = document.sections.get(path="3/1/c")
    question = make_question(section, prompt="When was FATF created?", answer="1989")
    learner = django_user_model.objects.create_user(username="lena", password="lena-pass-123")
    return start_attempt(
        learner=learner, questions=[question], title="Practice (c)", immediate_feedback=False
    )


def log_in(page, live_server):
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Username").fill("lena")
    page.get_by_label("Password").fill("lena-pass-123")
    page.get_by_label("Password").press("Enter")


def test_a_typed_answer_survives_a_reload(page, live_server, attempt):
    log_in(page, live_server)
    page.goto(live_server.url + attempt.get_absolute_url())

    page.get_by_label("When was FATF created?").type("1989")
    page.get_by_role("status").filter(has_text="Answer saved.").wait_for()
    page.reload()

    assert page.get_by_label("When was FATF created?").input_value() == "1989"
    assert attempt.items.get().given_answer == "1989"
