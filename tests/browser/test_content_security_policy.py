"""Under the Content-Security-Policy, no page breaks a rule and the scripts still work."""

import pytest

from content.services import import_document_file
from quizzes.attempts import start_attempt
from tests.attempts.conftest import make_question
from tests.conftest import SEED_PATH

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "csp-pass-12345"


@pytest.fixture
def attempt(transactional_db, django_user_model):
    document = import_document_file(data=SEED_PATH.read_bytes(), filename=SEED_PATH.name).document
    section = document.sections.get(path="3/1/c")
    question = make_question(section, prompt="When was FATF created?", answer="1989")
    learner = django_user_model.objects.create_user(username="cara", password=PASSWORD)
    return start_attempt(
        learner=learner, questions=[question], title="Practice (c)", immediate_feedback=False
    )


@pytest.fixture
def violations(page):
    """Every policy violation the browser reports, as "directive blocked-URI"."""
    found: list[str] = []

    def report(text: str) -> None:
        found.append(text)

    page.expose_function("reportViolation", report)
    page.add_init_script(
        "document.addEventListener('securitypolicyviolation', (event) =>"
        " window.reportViolation(event.effectiveDirective + ' ' + event.blockedURI));"
    )

    def note_console(message) -> None:
        if "Content Security Policy" in message.text:
            report(message.text)

    page.on("console", note_console)
    return found


def test_a_learners_pages_break_no_rule_and_autosave_works(page, live_server, attempt, violations):
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Username").fill("cara")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_label("Password").press("Enter")
    page.wait_for_url(f"{live_server.url}/")

    # Bootstrap's script opens the collapsed menu of a narrow screen.
    page.get_by_role("button", name="Toggle navigation").click()
    page.get_by_role("link", name="My progress").wait_for(state="visible")

    page.goto(live_server.url + attempt.get_absolute_url())
    page.get_by_label("When was FATF created?").type("1989")
    page.get_by_role("status").filter(has_text="Answer saved.").wait_for()
    # Leaving the field saves once more (htmx's "change" trigger); let that request end
    # before submitting, as the test server's in-memory SQLite takes one request at a time.
    page.get_by_label("When was FATF created?").blur()
    page.wait_for_load_state("networkidle")
    assert attempt.items.get().given_answer == "1989"

    page.get_by_role("button", name="Finish and see results").click()
    page.wait_for_url("**/results/")
    for path in ("/", "/documents/bluebook-2008-ch3/", "/dashboard/", "/search/?q=ASEAN"):
        page.goto(live_server.url + path)
        page.wait_for_load_state("load")

    assert violations == []
