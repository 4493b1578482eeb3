"""What a person does in the browser, shared by the browser tests: find things by their
accessible names, move with the keyboard, and set up the quizzes they answer."""

import random
import re
from urllib.parse import quote

from playwright.sync_api import Locator, Page, expect

from quizzes.attempts import make_item
from quizzes.models import Attempt, AttemptItem
from quizzes.models.attempts import Presentation
from tests.attempts.conftest import make_question

DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
SIZES = {"desktop": DESKTOP, "phone": PHONE}


def main(page: Page) -> Locator:
    return page.get_by_role("main")


def open_menu(page: Page) -> Locator:
    """At phone width the nav is collapsed behind the menu button: open it, return the nav."""
    page.wait_for_load_state()  # Bootstrap's script, at the end of the page, drives the menu
    toggle = page.get_by_role("button", name="Toggle navigation")
    # At desktop width the menu is always open and its button hidden.
    if toggle.is_visible() and toggle.get_attribute("aria-expanded") != "true":
        toggle.press("Enter")
        expect(toggle).to_have_attribute("aria-expanded", "true")
    return page.get_by_role("navigation", name="Main")


def use_nav_link(page: Page, name: str | re.Pattern) -> None:
    open_menu(page).get_by_role("link", name=name).press("Enter")


def follow(page: Page, name: str) -> None:
    main(page).get_by_role("link", name=name, exact=True).press("Enter")


def tick(box: Locator, on: bool) -> None:
    """Toggle a checkbox with the space bar until it is in the state wanted."""
    if box.is_checked() != on:
        box.press("Space")
    expect(box).to_be_checked(checked=on)


def expect_page(page: Page, heading: str | re.Pattern, url: str | re.Pattern) -> None:
    expect(page).to_have_url(url)
    expect(page.get_by_role("heading", level=1)).to_have_text(heading)


def field(page: Page, label: str) -> Locator:
    """A form field by its label; crispy adds an asterisk to the labels of required ones."""
    return page.get_by_label(re.compile(rf"^\s*{re.escape(label)}\*?\s*$"))


def sign_in(page: Page, base: str, username: str, password: str, next_path: str = "") -> None:
    """Through the log-in form, then on to ``next_path`` (the library without one)."""
    page.goto(f"{base}/accounts/login/" + (f"?next={quote(next_path)}" if next_path else ""))
    field(page, "Username").fill(username)
    field(page, "Password").fill(password)
    field(page, "Password").press("Enter")
    expect(page.get_by_role("heading", level=1)).not_to_have_text("Log in")


def expect_keys_ready(page: Page) -> None:
    """Wait for the player's key hint, which static/js/player.js shows when it starts. The
    script is deferred, so the question can be on screen before the keys work, and a key
    pressed in between is lost."""
    expect(page.locator("[data-player-hint]")).to_be_visible()


def player_questions(section) -> dict:
    """A question for each way the player asks: choices, a statement to judge (from a fill
    in the blank with a false statement), a blank to fill in, and a typed answer."""
    choice = make_question(
        section,
        kind="acronym",
        format="multiple_choice",
        answer_type="term",
        prompt="What does FATF stand for?",
        answer="Financial Action Task Force",
        choices=[
            "North Atlantic Treaty Organization",
            "Financial Action Task Force",
            "ASEAN Regional Forum",
            "Official Development Assistance",
        ],
    )
    swapped = make_question(
        section,
        kind="fill_blank",
        format="fill_blank",
        answer_type="person",
        prompt="US Secretary of Defense _____ visited Japan in November 2007.",
        answer="Robert Gates",
        false_statement="US Secretary of Defense Yoshiro Mori visited Japan in November 2007.",
    )
    blank = make_question(
        section,
        kind="fill_blank",
        format="fill_blank",
        answer_type="number",
        prompt="A total of _____ countries and territories are members of FATF.",
        answer="32",
    )
    typed = make_question(section, prompt="When was FATF created?", answer="1989")
    return {"choice": choice, "swapped": swapped, "blank": blank, "typed": typed}


def quiz(
    learner, served: list, *, immediate_feedback: bool, title: str = "Keyboard quiz"
) -> Attempt:
    """An attempt serving each (question, presentation) in order, choices in their
    written order and true-or-false statements false, so the keys to press are known."""
    attempt = Attempt.objects.create(
        learner=learner,
        title=title,
        question_count=len(served),
        immediate_feedback=immediate_feedback,
    )
    items = []
    for position, (question, presentation) in enumerate(served):
        item = make_item(attempt, position, question, presentation, rng=random.Random(0))
        item.choices = (
            list(question.choices) if presentation == Presentation.MULTIPLE_CHOICE else []
        )
        if presentation == Presentation.TRUE_FALSE:
            item.statement, item.statement_is_true = question.false_statement, False
        items.append(item)
    AttemptItem.objects.bulk_create(items)
    return attempt
