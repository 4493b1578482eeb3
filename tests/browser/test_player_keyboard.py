"""The quiz player with the keyboard only, on a phone and on a laptop: key "2" and Enter
answer a multiple-choice item, a true-or-false button is reached with Tab, the blank is
filled inside its sentence, feedback says right once, Enter goes on; in a quiz saved as
the learner goes, the progress bar follows the autosave."""

import re

import pytest
from playwright.sync_api import expect

from content.services import import_document_file
from quizzes.models import AttemptItem
from quizzes.models.attempts import Presentation
from tests.browser.journey import expect_keys_ready, field, player_questions, quiz
from tests.conftest import SEED_PATH

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "player-pass-2024"
SIZES = {"phone": {"width": 390, "height": 844}, "laptop": {"width": 1280, "height": 800}}


@pytest.fixture(params=list(SIZES))
def sized_page(request, chromium):
    context = chromium.new_context(viewport=SIZES[request.param])
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


@pytest.fixture
def questions(transactional_db):
    document = import_document_file(data=SEED_PATH.read_bytes(), filename=SEED_PATH.name).document
    return player_questions(document.sections.get(path="3/1/c"))


@pytest.fixture
def learner(transactional_db, django_user_model):
    return django_user_model.objects.create_user(username="pia", password=PASSWORD)


def log_in(page, live_server, next_path: str) -> None:
    page.goto(f"{live_server.url}/accounts/login/?next={next_path}")
    field(page, "Username").fill("pia")
    field(page, "Password").fill(PASSWORD)
    field(page, "Password").press("Enter")


def shoot(page, name: str) -> None:
    """A full-page screenshot under test-results/ (ignored by git), for a person to look at."""
    page.screenshot(
        path=f"test-results/player-{name}-{page.viewport_size['width']}.png", full_page=True
    )


def expect_feedback_once(page, verdict: str) -> None:
    feedback = page.locator("#feedback")
    expect(feedback).to_be_focused()  # a screen reader reads it; Enter there goes on
    expect(feedback.locator("p").first).to_have_text(verdict)
    expect(page.get_by_role("main")).not_to_contain_text("Correct")
    assert page.get_by_role("main").inner_text().count(verdict) == 1


def test_a_quiz_answered_with_keys_and_enter(sized_page, live_server, learner, questions):
    page = sized_page
    attempt = quiz(
        learner,
        [
            (questions["choice"], Presentation.MULTIPLE_CHOICE),
            (questions["swapped"], Presentation.TRUE_FALSE),
            (questions["blank"], Presentation.FILL_BLANK),
        ],
        immediate_feedback=True,
    )
    log_in(page, live_server, attempt.get_absolute_url())

    # Multiple choice: "2" picks the second card, Enter checks it.
    expect(page.get_by_role("heading", level=1, name="Keyboard quiz")).to_be_visible()
    expect(page.get_by_text("Question 1 of 3 · 0 answered")).to_be_visible()
    expect_keys_ready(page)
    page.keyboard.press("2")
    expect(page.get_by_role("radio", name="Financial Action Task Force")).to_be_checked()
    page.keyboard.press("Enter")
    expect_feedback_once(page, "Right.")
    expect(page.locator("#feedback strong")).to_have_text("Financial Action Task Force")
    shoot(page, "choice-feedback")
    page.keyboard.press("Enter")

    # True or false: Tab from "True" to "False", Enter presses it.
    expect(page).to_have_url(re.compile(r"/questions/1/$"))
    expect(page.get_by_role("button", name="True")).to_be_focused()
    shoot(page, "true-or-false")
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="False")).to_be_focused()
    page.keyboard.press("Enter")
    expect_feedback_once(page, "Right.")
    expect(page.locator("#feedback")).to_contain_text(
        "The statement was false: Robert Gates, not Yoshiro Mori."
    )
    page.keyboard.press("Enter")

    # Fill in the blank: the input inside the sentence has the focus; digits type there.
    expect(page).to_have_url(re.compile(r"/questions/2/$"))
    blank = page.get_by_role("textbox", name="Missing word(s)")
    expect(blank).to_be_focused()
    shoot(page, "blank")
    page.keyboard.type("32")
    expect(blank).to_have_value("32")
    page.keyboard.press("Enter")
    expect_feedback_once(page, "Right.")
    expect(page.locator("#feedback mark")).to_be_visible()

    # The last question: Enter moves to "Finish", whose own Enter submits.
    page.keyboard.press("Enter")
    expect(page.get_by_role("button", name="Finish and see results")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(rf"/attempts/{attempt.pk}/results/$"))


def test_the_progress_bar_follows_an_autosave(sized_page, live_server, learner, questions):
    page = sized_page
    attempt = quiz(
        learner,
        [
            (questions["choice"], Presentation.MULTIPLE_CHOICE),
            (questions["typed"], Presentation.TYPED),
        ],
        immediate_feedback=False,
    )
    log_in(page, live_server, attempt.get_absolute_url())
    bar = page.get_by_role("progressbar")
    expect(bar).to_have_attribute("aria-valuenow", "0")

    shoot(page, "choice")
    expect_keys_ready(page)
    page.keyboard.press("3")
    page.get_by_role("status").filter(has_text="Answer saved.").wait_for()

    expect(bar).to_have_attribute("aria-valuenow", "1")
    expect(page.get_by_text("Question 1 of 2 · 1 answered")).to_be_visible()
    expect(page.locator("#quiz-progress .progress-bar")).to_have_attribute("style", "width: 50%;")

    # Saved as the learner goes: Enter moves on, and the typed answer takes digits.
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/questions/1/$"))
    box = page.get_by_role("textbox", name="When was FATF created?")
    expect(box).to_be_focused()
    page.keyboard.type("1989")
    expect(box).to_have_value("1989")
    page.get_by_role("status").filter(has_text="Answer saved.").wait_for()
    expect(bar).to_have_attribute("aria-valuenow", "2")
    assert (
        AttemptItem.objects.get(attempt=attempt, position=0).given_answer == "ASEAN Regional Forum"
    )


def test_auto_advance_is_remembered_and_announced(sized_page, live_server, learner, questions):
    page = sized_page
    served = [
        (questions["choice"], Presentation.MULTIPLE_CHOICE),
        (questions["typed"], Presentation.TYPED),
    ]
    first = quiz(learner, served, immediate_feedback=True)
    log_in(page, live_server, first.get_absolute_url())
    # player.js sets the box from the remembered choice when it starts: ticked before
    # that, the box would be unticked again by the script.
    expect_keys_ready(page)
    auto = page.get_by_label("Go on to the next question by itself after feedback")
    expect(auto).not_to_be_checked()  # off unless the learner asks for it
    auto.focus()
    page.keyboard.press("Space")
    expect(auto).to_be_checked()

    page.keyboard.press("2")
    page.keyboard.press("Enter")
    expect(page.locator("#auto-advance-status")).to_have_text(
        "Next question in 3 seconds. Press Escape to stay."
    )
    expect(page).to_have_url(re.compile(r"/questions/1/$"), timeout=8_000)

    # The next quiz remembers the choice; Escape stays on the feedback.
    second = quiz(learner, served, immediate_feedback=True)
    page.goto(live_server.url + second.get_absolute_url())
    expect(auto).to_be_checked()
    page.keyboard.press("1")
    page.keyboard.press("Enter")
    expect(page.locator("#auto-advance-status")).to_contain_text("Next question in 6 seconds")
    page.keyboard.press("Escape")
    expect(page.locator("#auto-advance-status")).to_have_text("Staying on this question.")
    page.wait_for_timeout(6_500)
    expect(page).to_have_url(re.compile(r"/questions/0/$"))


def test_choice_keys_do_not_fire_while_typing(chromium, live_server, learner, questions):
    context = chromium.new_context(viewport=SIZES["laptop"])  # the search box is in view
    page = context.new_page()
    attempt = quiz(
        learner, [(questions["choice"], Presentation.MULTIPLE_CHOICE)], immediate_feedback=True
    )
    log_in(page, live_server, attempt.get_absolute_url())
    expect_keys_ready(page)  # else the keys would reach no handler and prove nothing
    search = page.get_by_role("searchbox", name="Search the library")
    search.focus()

    page.keyboard.type("2b")

    expect(search).to_have_value("2b")
    for radio in page.get_by_role("radio").all():
        expect(radio).not_to_be_checked()
    context.close()
