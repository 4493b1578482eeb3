"""An instructor's journey at phone size: upload a Markdown document, watch its questions
being generated, review them in the workspace without reloading, write one; then a
learner practises the document and a second instructor is kept out of it.

The generator is the real one, run by the database backend's worker in a thread beside
the live server while the browser polls; it only pauses after its first section, so that
the progress can be seen.
"""

import random
import re
import threading
import time
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection
from django_tasks_db.management.commands.db_worker import Worker
from playwright.sync_api import Locator, Page, expect

from content.models import Document
from content.services import import_document_file
from quizzes import services
from quizzes.attempts import choose_askable, presentations_for
from quizzes.models import Question
from tests.attempts.conftest import make_question
from tests.browser.journey import field, main, open_menu, tick, use_nav_link
from tests.browser.test_learner_journey import log_out as confirm_log_out

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DOCUMENT = """# Lighthouses of the World

## Ancient Lights

The Lighthouse of Alexandria was built on the island of Pharos in the 3rd century BC.
Sostratus of Cnidus designed the lighthouse for Ptolemy II.
An earthquake damaged the tower in 1303.

## Modern Towers

The Eddystone Lighthouse was completed by John Smeaton in 1759.
Augustin Fresnel invented the Fresnel lens in 1822.
The Bell Rock Lighthouse, off the coast of Angus, was built by Robert Stevenson between 1807
and 1810.
The Jeddah Light in Saudi Arabia is about 133 metres tall.
The United States Lighthouse Board was created in 1852.
"""
TITLE = "Lighthouses of the World"
WRITTEN_PROMPT = "What colour is a lighthouse's light most often?"
# The learner's formats: each shows the question's own wording (true or false would not).
LEARNER_FORMATS = ("typed", "multiple_choice", "fill_blank")
PASSWORDS = {"ines": "instructor-pass-2024", "leo": "learner-pass-2024", "otto": "other-pass-2024"}


@pytest.fixture
def users(transactional_db, django_user_model):
    for username, password in PASSWORDS.items():
        django_user_model.objects.create_user(username=username, password=password)
    for username in ("ines", "otto"):
        call_command("grant_instructor", username, stdout=StringIO())


@pytest.fixture
def paced_generator(monkeypatch):
    """The real generator, pausing after its first section has been reported."""
    real = services.run_generator

    def paced(outline, *, progress=None):
        def report(done: int, total: int) -> None:
            progress(done, total)
            if done == 1:
                time.sleep(4)

        return real(outline, progress=report if progress else None)

    monkeypatch.setattr(services, "run_generator", paced)


def log_in(page: Page, base: str, username: str) -> None:
    page.goto(base + "/accounts/login/")
    field(page, "Username").fill(username)
    field(page, "Password").fill(PASSWORDS[username])
    field(page, "Password").press("Enter")
    expect(open_menu(page)).to_contain_text(f"Signed in as {username}")


def log_out(page: Page) -> None:
    confirm_log_out(page)
    expect(open_menu(page)).not_to_contain_text("Signed in as")


def row(page: Page, question: Question) -> Locator:
    return page.locator(f"#question-{question.pk}")


def reviewable(document: Document) -> tuple[list[Question], Question]:
    """Five questions a single quiz can serve together, best first, and one other to retire.

    Chosen here rather than by position on the page, so the test does not depend on what
    the generator makes of each sentence: the learner must be able to meet all five.
    """
    questions = list(Question.objects.filter(section__document=document).order_by("-score", "pk"))
    assert len(questions) >= 6, f"the generator made only {len(questions)} questions"
    chosen: list[Question] = []
    for question in questions:
        allowed = [p for p in presentations_for(question) if p in LEARNER_FORMATS]
        trial = [(q, [p for p in presentations_for(q) if p in LEARNER_FORMATS]) for q in chosen]
        trial.append((question, allowed))
        if allowed and len(choose_askable(trial, len(trial), rng=random.Random(0))) == len(trial):
            chosen.append(question)
        if len(chosen) == 5:
            break
    assert len(chosen) == 5, "five questions that one quiz can serve together"
    retired = next(question for question in questions if question not in chosen)
    return chosen, retired


def upload(page: Page) -> None:
    use_nav_link(page, "Upload")
    expect(page.get_by_role("heading", level=1)).to_have_text("Upload a document")
    page.get_by_label("Document file").set_input_files(
        files=[{"name": "lighthouses.md", "mimeType": "text/markdown", "buffer": DOCUMENT.encode()}]
    )
    page.get_by_role("button", name="Upload and import").press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(main(page)).to_contain_text("Its questions are being generated.")
    expect(page.locator("#generation-status")).to_contain_text("Questions are queued")


def open_queue(page: Page) -> None:
    use_nav_link(page, "Teach")
    expect(page.get_by_role("heading", level=1)).to_have_text("Teach")
    main(page).get_by_role("link", name=TITLE).press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Review: {TITLE}")
    expect(main(page)).to_contain_text("they appear here as soon as they are ready")


def run_worker_once() -> None:
    """What `manage.py db_worker --batch` runs (its signal handlers need the main thread)."""
    try:
        Worker(
            queue_names=["default"],
            interval=0.5,
            batch=True,
            backend_name="default",
            startup_delay=False,
            max_tasks=None,
            worker_id="browser-test",
            excluded_queue_names=[],
        ).run()
    finally:
        connection.close()


def generate_while_watching(page: Page) -> Document:
    """Start the worker; the open queue shows the progress, then the questions, unreloaded."""
    page.evaluate("window.notReloaded = true")
    worker = threading.Thread(target=run_worker_once)
    worker.start()
    try:
        status = page.locator("#generation-status")
        expect(status).to_contain_text(
            re.compile(r"Generating questions: 1 of \d+ sections? done"), timeout=30_000
        )
        expect(page.locator("article[id^=question-]").first).to_be_visible(timeout=30_000)
    finally:
        worker.join(timeout=60)
    # The list stops refreshing once generation is done; acting before that could race a
    # refresh that was already on its way.
    expect(page.locator("#question-list[hx-trigger]")).to_have_count(0, timeout=15_000)
    assert page.evaluate("window.notReloaded === true"), "the questions came without a reload"
    return Document.objects.get(title=TITLE)


def act_on_questions(
    page: Page, approved: list[Question], retired: Question
) -> tuple[Question, str]:
    """Approve five, edit one of them, retire another; the edited question and its old
    wording."""
    status = page.locator("#queue-status")
    for question in approved:
        row(page, question).get_by_role("button", name="Approve").press("Enter")
        expect(row(page, question)).to_contain_text("Approved")
        expect(status).to_contain_text("Question approved")
        # Focus comes back to the swapped row once htmx has settled it; a key pressed
        # before that could land on the row instead of the next button.
        expect(row(page, question)).to_be_focused()

    edited = approved[0]
    original_wording = edited.prompt
    row(page, edited).get_by_role("link", name="Edit").press("Enter")
    prompt = row(page, edited).get_by_role("textbox", name=re.compile(r"^(Question|Statement)"))
    expect(prompt).to_be_focused()
    new_wording = "In the text, " + edited.prompt[0].lower() + edited.prompt[1:]
    prompt.fill(new_wording)
    row(page, edited).get_by_role("button", name="Save").press("Enter")
    expect(row(page, edited).get_by_role("heading")).to_have_text(new_wording)
    expect(status).to_contain_text("Question saved")
    expect(row(page, edited)).to_be_focused()

    row(page, retired).get_by_role("button", name="Retire").press("Enter")
    expect(row(page, retired)).to_contain_text("Retired")
    expect(row(page, retired)).to_be_focused()
    assert page.evaluate("window.notReloaded === true"), "all of it in place"
    edited.refresh_from_db()
    return edited, original_wording


def write_one(page: Page) -> None:
    main(page).get_by_role("link", name="Write a question", exact=True).press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Write a question")
    page.get_by_label("Section").select_option(label="Modern Towers")
    page.get_by_label("Format").select_option(label="Typed short answer")
    field(page, "Question").fill(WRITTEN_PROMPT)
    field(page, "Answer").fill("White")
    page.get_by_role("button", name="Save the question").press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Review: {TITLE}")
    expect(main(page)).to_contain_text(f"Question written and approved: {WRITTEN_PROMPT}")


def practise(page: Page) -> str:
    """Practise every section of the document in the learner's formats; the results page."""
    use_nav_link(page, "Library")
    main(page).get_by_role("link", name=TITLE).press("Enter")
    main(page).get_by_role("link", name="Start a practice quiz").press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Practice quiz")
    for box in page.get_by_role("group", name=re.compile("Sections")).get_by_role("checkbox").all():
        tick(box, True)
    for label in ("Typed answer", "Multiple choice", "True or false", "Fill in the blank"):
        tick(page.get_by_label(label), label != "True or false")
    page.get_by_role("button", name="Start the quiz").press("Enter")
    while True:
        expect(page).to_have_url(re.compile(r"/attempts/\d+/questions/\d+/$"))
        radios = page.get_by_role("radio")
        if radios.count():
            radios.first.check()
        else:
            page.get_by_role("textbox", name=re.compile(".")).fill("I am not sure")
        page.get_by_role("button", name="Check answer").press("Enter")
        expect(page.get_by_text(re.compile(r"^(Right|Not right)\.$"))).to_be_visible()
        questions = page.get_by_role("navigation", name="Questions")
        following = questions.get_by_role("link", name="Next")
        if not following.count():
            break
        following.press("Enter")
    page.get_by_role("button", name="Finish and see results").press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Results")
    return main(page).inner_text()


def test_instructor_reviews_a_generated_bank_and_the_learner_meets_the_result(
    page, live_server, users, paced_generator
):
    base = live_server.url
    log_in(page, base, "ines")
    upload(page)
    open_queue(page)
    document = generate_while_watching(page)
    approved, retired = reviewable(document)
    edited, original_wording = act_on_questions(page, approved, retired)
    write_one(page)
    log_out(page)

    log_in(page, base, "leo")
    results = practise(page)
    assert edited.prompt in results
    assert WRITTEN_PROMPT in results
    assert retired.prompt not in results
    assert original_wording not in results
    log_out(page)

    log_in(page, base, "otto")
    use_nav_link(page, "Teach")
    expect(main(page)).to_contain_text("You have no documents yet.")
    response = page.goto(f"{base}/teach/{document.slug}/")
    assert response.status == 404


def test_focus_stays_on_the_row_after_approving_by_keyboard(page, live_server, users):
    """A keyboard user who approves a question carries on from its row, not the page top."""
    owner = get_user_model().objects.get(username="ines")
    document = import_document_file(
        data=DOCUMENT.encode(), filename="lighthouses.md", uploaded_by=owner
    ).document
    section = document.sections.get(title="Modern Towers")
    question = make_question(section, prompt="When was the Fresnel lens invented?", answer="1822")
    log_in(page, live_server.url, "ines")
    page.goto(f"{live_server.url}/teach/{document.slug}/")
    row(page, question).get_by_role("button", name="Approve").press("Enter")
    expect(row(page, question)).to_contain_text("Approved")
    expect(row(page, question)).to_be_focused()
