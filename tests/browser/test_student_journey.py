"""A new student's first visit, at desktop and phone sizes: the home page, five questions
without an account, signing up, a section practised with the keyboard alone (keys 1-4,
Tab and Enter), the results, the section's flashcards (Space to turn, 1 and 2 to rate)
and the progress page. Each page is saved as a full-page screenshot under
test-results/journey-<size>/ (ignored by git) for a person to look at."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from content.services import import_document_file
from quizzes.models import AttemptItem, ReviewCard
from quizzes.models.attempts import Presentation
from tests.attempts.conftest import make_question
from tests.browser.journey import (
    SIZES,
    expect_keys_ready,
    expect_page,
    field,
    follow,
    main,
    player_questions,
    tick,
    use_nav_link,
)
from tests.conftest import PROJECT_DIR, SEED_PATH

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SECTION = "(c) Measures to Counter International Organized Crime"
USERNAME, PASSWORD = "sam", "student-journey-pass-2024"
# The question the student gets wrong, by its position in the quiz; the others are right.
MISSED = 1


class Camera:
    """Numbered full-page screenshots, in the order the pages were seen."""

    def __init__(self, page: Page, size: str):
        self.page = page
        self.folder = PROJECT_DIR / "test-results" / f"journey-{size}"
        self.folder.mkdir(parents=True, exist_ok=True)
        for old in self.folder.glob("*.png"):  # a run's pages only, not an earlier run's
            old.unlink()
        self.taken = 0

    def shoot(self, name: str) -> None:
        self.taken += 1
        path = Path(self.folder, f"{self.taken:02d}-{name}.png")
        self.page.screenshot(path=path, full_page=True)


@pytest.fixture
def document(transactional_db):
    """The seed chapter; its section (c) has a question for each of the player's ways of
    asking, and a true-or-false statement an instructor wrote, so that with typed answers
    left out the quiz has choices (keys 1-4), a statement (Tab) and a blank to fill in."""
    document = import_document_file(data=SEED_PATH.read_bytes(), filename=SEED_PATH.name).document
    section = document.sections.get(path="3/1/c")
    player_questions(section)
    make_question(
        section,
        kind="true_false",
        format="true_false",
        answer_type="other",
        prompt="FATF was created at the 1989 G8 summit.",
        answer="true",
    )
    return document


@pytest.fixture(params=list(SIZES))
def size(request) -> str:
    return request.param


@pytest.fixture
def page(chromium, size):
    context = chromium.new_context(viewport=SIZES[size])
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


def try_without_an_account(page: Page, camera: Camera, base: str) -> None:
    page.goto(base + "/")
    expect_page(page, "Library", base + "/")
    camera.shoot("home")
    follow(page, "Try 5 questions")
    expect_page(page, f"Try a quiz: {SECTION}", re.compile(r"/try/[\w-]+/3/1/c/$"))
    camera.shoot("trial")

    form = main(page).locator("form")
    for box in form.get_by_role("textbox").all():
        box.focus()
        page.keyboard.type("1989")
    for group in form.locator("fieldset").all():
        group.get_by_role("radio").first.press("Space")
    form.get_by_role("button", name="Check my answers").press("Enter")
    expect_page(page, "Your results", re.compile(r"/try/"))
    camera.shoot("trial-results")


def sign_up(page: Page, camera: Camera, base: str) -> None:
    follow(page, "Sign up")
    expect_page(page, "Sign up", re.compile(r"/accounts/signup/"))
    field(page, "Username").fill(USERNAME)
    field(page, "Password").fill(PASSWORD)
    field(page, "Password confirmation").fill(PASSWORD)
    camera.shoot("sign-up")
    field(page, "Password confirmation").press("Enter")
    expect_page(page, "Library", base + "/")
    expect(main(page)).to_contain_text(f"Welcome, {USERNAME}! Your account is ready.")
    camera.shoot("home-signed-in")


def start_practice(page: Page, camera: Camera, title: str) -> None:
    follow(page, title)
    expect_page(page, title, re.compile(r"/documents/[\w-]+/$"))
    camera.shoot("document")
    follow(page, SECTION)
    expect_page(page, re.compile(r"Organized Crime$"), re.compile(r"/sections/3/1/c/$"))
    camera.shoot("section")
    follow(page, "Practise this section")
    expect_page(page, "Practice quiz", re.compile(r"/practice/[\w-]+/\?section=\d+$"))
    tick(page.get_by_label(SECTION), True)
    for presentation in ("Multiple choice", "True or false", "Fill in the blank"):
        tick(page.get_by_label(presentation), True)
    tick(page.get_by_label("Typed answer"), False)
    camera.shoot("practice-form")
    page.get_by_role("button", name="Start the quiz").press("Enter")


def served_item(page: Page) -> AttemptItem:
    """The item on screen, read from its address, so the test knows which keys are right."""
    pk, position = re.search(r"/attempts/(\d+)/questions/(\d+)/$", page.url).groups()
    return AttemptItem.objects.select_related("question").get(attempt_id=pk, position=position)


def answer_with_keys(page: Page, item: AttemptItem, *, right: bool) -> None:
    answer = item.question.answer
    if item.presentation == Presentation.MULTIPLE_CHOICE:
        index = item.choices.index(answer)
        key = index if right else (index + 1) % len(item.choices)
        expect_keys_ready(page)
        page.keyboard.press(str(key + 1))
        expect(page.get_by_role("radio", name=item.choices[key], exact=True)).to_be_checked()
        page.keyboard.press("Enter")
    elif item.presentation == Presentation.TRUE_FALSE:
        expect(page.get_by_role("button", name="True")).to_be_focused()
        if item.statement_is_true != right:
            page.keyboard.press("Tab")
            expect(page.get_by_role("button", name="False")).to_be_focused()
        page.keyboard.press("Enter")
    else:
        expect(page.get_by_role("textbox").and_(page.locator(":focus"))).to_have_count(1)
        page.keyboard.type(answer if right else "not this")
        page.keyboard.press("Enter")


def practise_with_the_keyboard(page: Page, camera: Camera) -> int:
    """Answer every question with keys alone; return how many there were."""
    served = set()
    expect(page).to_have_url(re.compile(r"/questions/0/$"))
    count = int(
        re.search(r"of (\d+)", page.get_by_text(re.compile(r"^Question 1 of")).inner_text())[1]
    )
    for position in range(count):
        expect(
            page.get_by_text(re.compile(rf"^Question {position + 1} of {count}"))
        ).to_be_visible()
        item = served_item(page)
        served.add(item.presentation)
        camera.shoot(f"question-{position + 1}-{item.presentation}")
        answer_with_keys(page, item, right=position != MISSED)
        feedback = page.locator("#feedback")
        expect(feedback).to_be_focused()
        verdict = "Not right." if position == MISSED else "Right."
        expect(feedback.locator("p").first).to_have_text(verdict)
        camera.shoot(f"question-{position + 1}-feedback")
        page.keyboard.press("Enter")  # on to the next question, or to "Finish" after the last
    assert {Presentation.MULTIPLE_CHOICE, Presentation.TRUE_FALSE} <= served
    expect(page.get_by_role("button", name="Finish and see results")).to_be_focused()
    page.keyboard.press("Enter")
    return count


def read_results(page: Page, camera: Camera, count: int) -> None:
    expect_page(page, "Results", re.compile(r"/attempts/\d+/results/$"))
    right = count - 1
    expect(main(page).locator(".results-score")).to_contain_text(f"{right} / {count}")
    camera.shoot("results")
    item = main(page).locator("details.results-item").nth(MISSED)
    item.locator("summary").press("Enter")
    expect(item).to_have_attribute("open", "")
    item.get_by_role("link", name=f"Read it in {SECTION}").press("Enter")
    expect(page.locator("mark#sentence")).to_be_in_viewport()
    camera.shoot("source-sentence")


def study_flashcards(page: Page, camera: Camera) -> int:
    """Go through the section's deck; return how many cards it had."""
    follow(page, "Study as flashcards")
    expect_page(page, "Flashcards", re.compile(r"/flashcards/[\w-]+/3/1/c/"))
    count = int(re.search(r"of (\d+)", page.get_by_text(re.compile(r"^Card 1 of")).inner_text())[1])
    for number in range(1, count + 1):
        expect(page.get_by_text(f"Card {number} of {count}")).to_be_visible()
        if number == 1:
            camera.shoot("flashcard-front")
        page.keyboard.press("Space")
        expect(page).to_have_url(re.compile(rf"card={number}&side=back"))
        if number == 1:
            camera.shoot("flashcard-back")
        page.keyboard.press("1" if number == 1 else "2")  # "Not yet", then "I knew it"
    expect(main(page)).to_contain_text(f"You went through all {count} cards")
    camera.shoot("flashcards-done")
    return count


def check_progress(page: Page, camera: Camera) -> None:
    use_nav_link(page, "My progress")
    expect_page(page, "My progress", re.compile(r"/dashboard/$"))
    mastery = page.get_by_role("region", name="Mastery by section")
    expect(mastery.get_by_role("link", name=SECTION, exact=True)).to_be_visible()
    camera.shoot("dashboard")


def test_a_new_student_tries_signs_up_practises_and_studies(page, size, live_server, document):
    camera = Camera(page, size)
    try_without_an_account(page, camera, live_server.url)
    sign_up(page, camera, live_server.url)
    start_practice(page, camera, document.title)
    count = practise_with_the_keyboard(page, camera)
    read_results(page, camera, count)
    cards = study_flashcards(page, camera)
    check_progress(page, camera)
    # Every card of the deck is scheduled, the quiz's and the one only the deck asked.
    assert ReviewCard.objects.filter(learner__username=USERNAME).count() == cards
