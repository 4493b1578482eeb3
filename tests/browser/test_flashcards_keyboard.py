"""Flashcards by keyboard alone, then the review and progress pages, at phone and desktop
sizes; screenshots of each page go to test-results/ (ignored by git)."""

import re
from pathlib import Path

import pytest
from django.urls import reverse
from playwright.sync_api import Page, expect

from content.services import import_document_file
from quizzes.models import ReviewCard
from tests.attempts.conftest import many_questions
from tests.attempts.test_dashboard_view import history
from tests.conftest import PROJECT_DIR, SEED_PATH

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = PROJECT_DIR / "test-results" / "flashcards"
USERNAME, PASSWORD = "fran", "flash-card-pass-2024"
SIZES = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}


@pytest.fixture
def section(transactional_db, django_user_model):
    django_user_model.objects.create_user(username=USERNAME, password=PASSWORD)
    document = import_document_file(data=SEED_PATH.read_bytes(), filename=SEED_PATH.name).document
    section = document.sections.get(path="3/1/c")
    many_questions(section, 3)
    return section


def shoot(page: Page, size: str, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=Path(SCREENSHOTS, f"{name}-{size}.png"), full_page=True)


@pytest.mark.parametrize("size", SIZES)
def test_a_deck_studied_with_the_keyboard_schedules_its_cards(chromium, live_server, section, size):
    context = chromium.new_context(viewport=SIZES[size])
    page = context.new_page()
    page.set_default_timeout(10_000)
    base = live_server.url
    deck = base + reverse("quizzes:flashcards", args=[section.document.slug, section.path])
    page.goto(deck)
    page.get_by_label("Username").fill(USERNAME)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_label("Password").press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text("Flashcards")
    for number in (1, 2, 3):
        expect(page.get_by_text(f"Card {number} of 3")).to_be_visible()
        if number == 1:
            shoot(page, size, "front")
        page.keyboard.press("Space")
        expect(page).to_have_url(re.compile(rf"card={number}&side=back"))
        expect(page.get_by_role("button", name=re.compile("I knew it"))).to_be_focused()
        if number == 1:
            shoot(page, size, "back")
        # Not yet for the first card, I knew it for the others.
        page.keyboard.press("1" if number == 1 else "Enter")

    expect(page.get_by_text("You went through all 3 cards")).to_be_visible()
    shoot(page, size, "done")
    cards = ReviewCard.objects.order_by("question_id")
    assert [card.lapses for card in cards] == [1, 0, 0]

    page.goto(base + reverse("quizzes:review"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Spaced review")
    shoot(page, size, "review")
    # Some weeks of practice before today, for the charts to show.
    learner = ReviewCard.objects.first().learner
    for days_ago in (1, 2, 4, 9, 12, 20, 27):
        history(learner, section, attempts=1, per_attempt=days_ago % 5 + 2, days_ago=days_ago)
    page.goto(base + reverse("quizzes:dashboard"))
    expect(page.get_by_role("img", name="Accuracy per day, last 30 days")).to_be_visible()
    expect(page.get_by_role("heading", name="Reviews, next 7 days")).to_be_visible()
    expect(
        page.get_by_role("img", name="Review cards due each day for the next 7 days")
    ).to_be_visible()
    shoot(page, size, "dashboard")
    context.close()
