"""The navbar at laptop and phone sizes, and the results page's link to the source
sentence, in a real browser: layout and ``:target`` styling cannot be seen in HTML."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from content.services import import_document_file
from quizzes.attempts import record_answer, start_attempt, submit_attempt
from quizzes.models import ReviewCard
from tests.attempts.conftest import many_questions
from tests.browser.journey import sign_in
from tests.conftest import SEED_PATH

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "home-and-results-pass-2024"
LAPTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}


@pytest.fixture
def section(transactional_db):
    document = import_document_file(data=SEED_PATH.read_bytes(), filename=SEED_PATH.name).document
    return document.sections.get(path="3/1/c")


def make_user(django_user_model, username: str, *, due: list, **fields):
    """A user with a due review card for each of ``due``: the nav shows its badge."""
    user = django_user_model.objects.create_user(username=username, password=PASSWORD, **fields)
    for question in due:
        ReviewCard.objects.create(
            learner=user, question=question, due=timezone.now() - timedelta(days=1), state=2
        )
    return user


def log_in(page: Page, base: str, username: str) -> None:
    sign_in(page, base, username, PASSWORD)
    expect(page).to_have_url(base + "/")


def test_the_instructors_navbar_keeps_to_one_line_on_a_laptop(
    chromium, live_server, django_user_model, section
):
    questions = many_questions(section, 12)
    make_user(django_user_model, "ines", due=questions, is_instructor=True)
    context = chromium.new_context(viewport=LAPTOP)
    page = context.new_page()
    try:
        log_in(page, live_server.url, "ines")
        nav = page.get_by_role("navigation", name="Main")
        expect(nav.get_by_role("link", name="Upload")).to_be_visible()
        expect(nav.get_by_role("link", name=re.compile(r"^Review 12 due"))).to_be_visible()
        brand = nav.get_by_role("link", name="Bluebook Quiz").bounding_box()
        # Every item of the bar sits on the brand's line, and the bar is one line high.
        for item in nav.locator(".navbar-nav > .nav-item, form[role=search]").all():
            box = item.bounding_box()
            assert abs((box["y"] + box["height"] / 2) - (brand["y"] + brand["height"] / 2)) < 8
        assert nav.bounding_box()["height"] < 2 * brand["height"] + 24
        page.screenshot(path="test-results/home-instructor-1280.png")
    finally:
        context.close()


def test_the_due_badge_is_in_sight_on_a_phone_with_the_menu_closed(
    page, live_server, django_user_model, section
):
    make_user(django_user_model, "leo", due=many_questions(section, 3))
    log_in(page, live_server.url, "leo")
    toggle = page.get_by_role("button", name="Toggle navigation")
    expect(toggle).to_have_attribute("aria-expanded", "false")
    badge = page.get_by_role("link", name="3 due for review")
    expect(badge).to_be_visible()
    assert page.viewport_size == PHONE
    badge_box, toggle_box = badge.bounding_box(), toggle.bounding_box()
    assert badge_box["x"] + badge_box["width"] <= toggle_box["x"]
    assert abs(badge_box["y"] - toggle_box["y"]) < toggle_box["height"]
    page.screenshot(path="test-results/home-learner-390.png", full_page=True)
    badge.press("Enter")
    expect(page).to_have_url(re.compile(r"/review/$"))


def test_the_results_source_link_lands_on_the_highlighted_sentence(
    page, live_server, django_user_model, section
):
    learner = make_user(django_user_model, "leo", due=[])
    questions = many_questions(section, 3)
    attempt = start_attempt(learner=learner, questions=questions, title="Practice", seed=1)
    for item in attempt.items.all():
        record_answer(item=item, given="wrong")
    submit_attempt(attempt=attempt)
    last = attempt.items.select_related("question__block").order_by("position").last()
    question = last.question
    sentence = question.block.text[question.source_start : question.source_end]

    log_in(page, live_server.url, "leo")
    page.goto(f"{live_server.url}/attempts/{attempt.pk}/results/")
    page.get_by_role("link", name="Question 3: wrong").press("Enter")
    item = page.locator("#item-3")
    item.locator("summary").press("Enter")
    item.get_by_role("link", name=re.compile(r"^Read it in ")).press("Enter")

    expect(page).to_have_url(re.compile(r"/sections/3/1/c/\?block=\d+&start=\d+&end=\d+#sentence$"))
    marked = page.locator("mark#sentence")
    expect(marked).to_have_text(sentence)
    expect(marked).to_be_in_viewport()
    # Highlighted by the page's :target rule, beyond an ordinary <mark>.
    assert marked.evaluate("mark => mark.matches(':target')")
    assert marked.evaluate("mark => getComputedStyle(mark).outlineStyle") == "solid"
    page.screenshot(path="test-results/source-sentence-390.png")
