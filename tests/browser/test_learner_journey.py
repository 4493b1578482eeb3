"""A new learner's journey at phone size, driven mostly by keyboard and accessible names.

Sign up, practise one section with typed answers and immediate feedback, read the results,
log out and in again, check "My progress", then come back a month later to review.
"""

import re
from dataclasses import dataclass
from datetime import timedelta

import pytest
from django.db.models import F
from playwright.sync_api import Page, expect

from content.services import import_document_file
from quizzes.models import Question, ReviewCard
from tests.attempts.conftest import make_question
from tests.browser.journey import expect_page, field, follow, main, open_menu, tick, use_nav_link
from tests.conftest import SEED_PATH

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SECTION_C = "(c) Measures to Counter International Organized Crime"
PRACTICE_TITLE = f"Practice: {SECTION_C}"
USERNAME = "lena"
PASSWORD = "quiz-learner-pass-2024"


@dataclass
class Step:
    """One question of the practice quiz and how the learner answers it."""

    question: Question
    typed: str
    verdict: str  # "Right." or "Not right."

    @property
    def marked_source(self) -> str:
        """The source text the results page highlights for this question."""
        q = self.question
        return q.block.text[q.source_start : q.source_end]


def cite(question: Question, sentence: str) -> Question:
    """Point the question at the sentence of its section that answers it."""
    block = question.section.blocks.live().get(text__contains=sentence)
    question.block = block
    question.source_start = block.text.index(sentence)
    question.source_end = question.source_start + len(sentence)
    question.save(update_fields=["block", "source_start", "source_end"])
    return question


@pytest.fixture
def document(transactional_db):
    return import_document_file(data=SEED_PATH.read_bytes(), filename=SEED_PATH.name).document


@pytest.fixture
def steps(document) -> list[Step]:
    """Three typed questions on section (c), in the order the quiz asks them (by pk)."""
    section = document.sections.get(path="3/1/c")
    person = make_question(
        section,
        kind="who",
        answer_type="person",
        prompt="Which minister for foreign affairs held talks with Robert Gates?",
        answer="Masahiko Koumura",
        accepted_answers=["Koumura"],
    )
    year = cite(
        make_question(section, prompt="When was FATF created?", answer="1989"),
        'An international framework that was created at 1989 G8 "Summit of Arch"',
    )
    members = cite(
        make_question(
            section,
            kind="how_many",
            answer_type="number",
            prompt="How many countries and territories are members of FATF?",
            answer="32",
        ),
        "A total of 32 countries and territories",
    )
    return [
        Step(person, typed="Koumra", verdict="Right."),
        Step(year, typed="1990", verdict="Not right."),
        Step(members, typed="32", verdict="Right."),
    ]


# --- Helpers: what a person does -------------------------------------------------------------


def log_out(page: Page) -> None:
    """Through the account menu to the confirmation page, and confirm."""
    menu = open_menu(page)
    menu.get_by_role("button", name=re.compile(r"^Account: ")).press("Enter")
    menu.get_by_role("link", name="Log out").press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Log out?")
    main(page).get_by_role("button", name="Log out").press("Enter")


def log_in(page: Page) -> None:
    field(page, "Username").fill(USERNAME)
    field(page, "Password").fill(PASSWORD)
    field(page, "Password").press("Enter")


# --- The journey -----------------------------------------------------------------------------


def sign_up(page: Page, base: str) -> None:
    page.goto(base + "/")
    expect_page(page, "Library", base + "/")
    use_nav_link(page, "Sign up")
    expect_page(page, "Sign up", re.compile(r"/accounts/signup/"))

    field(page, "Username").fill(USERNAME)
    field(page, "Password").fill(PASSWORD)
    field(page, "Password confirmation").fill(PASSWORD)
    field(page, "Password confirmation").press("Enter")

    expect_page(page, "Library", base + "/")
    expect(main(page)).to_contain_text(f"Welcome, {USERNAME}! Your account is ready.")
    expect(open_menu(page)).to_contain_text(f"Signed in as {USERNAME}")


def start_practice(page: Page, document_title: str) -> None:
    follow(page, document_title)
    expect_page(page, document_title, re.compile(r"/documents/[\w-]+/$"))
    follow(page, SECTION_C)
    expect_page(
        page,
        re.compile(r"Measures to Counter International Organized Crime$"),
        re.compile(r"/sections/3/1/c/$"),
    )
    expect(main(page)).to_contain_text("3 questions")
    follow(page, "Practise this section")
    expect_page(page, "Practice quiz", re.compile(r"/practice/[\w-]+/\?section=\d+$"))

    tick(page.get_by_label(SECTION_C), True)
    for other in ("Multiple choice", "True or false", "Fill in the blank"):
        tick(page.get_by_label(other), False)
    tick(page.get_by_label("Typed answer"), True)
    expect(page.get_by_label("Mark each answer right away")).to_be_checked()
    page.get_by_role("button", name="Start the quiz").press("Enter")


def answer_questions(page: Page, steps: list[Step]) -> None:
    for number, step in enumerate(steps, start=1):
        expect(page.get_by_text(f"Question {number} of {len(steps)}")).to_be_visible()
        expect(page.get_by_role("heading", level=1, name=PRACTICE_TITLE)).to_be_visible()

        box = page.get_by_label(step.question.prompt)
        expect(box).to_be_focused()  # autofocus: the learner can type straight away
        page.keyboard.type(step.typed)
        page.keyboard.press("Enter")

        feedback = page.get_by_role("status").filter(has_text="Answer:")
        expect(feedback.locator("p").first).to_have_text(step.verdict)
        expect(feedback.get_by_role("strong")).to_have_text(step.question.answer)
        expect(feedback.get_by_role("link", name="Read the source passage")).to_be_visible()
        expect(box).to_be_disabled()  # the first answer is final once the key is shown

        if number < len(steps):
            page.get_by_role("navigation", name="Questions").get_by_role("link", name="Next").press(
                "Enter"
            )
    page.get_by_role("button", name="Finish and see results").press("Enter")


def check_results(page: Page, steps: list[Step]) -> None:
    expect_page(page, "Results", re.compile(r"/attempts/\d+/results/$"))
    expect(main(page).locator(".results-score")).to_have_text("2 / 3 · 67%")
    expect(main(page).locator("p.lead")).to_contain_text("You got 2 of 3 right (67%).")

    strip = page.get_by_role("navigation", name="Right and wrong per question")
    items = main(page).locator("details.results-item")
    expect(items).to_have_count(len(steps))
    for number, step in enumerate(steps):
        verdict = "right" if step.verdict == "Right." else "wrong"
        expect(strip.get_by_role("link", name=f"Question {number + 1}: {verdict}")).to_be_visible()
        item = items.nth(number)
        summary = item.locator("summary")
        expect(summary).to_contain_text(f"{number + 1}. {step.question.prompt}")
        expect(summary).to_contain_text(f"Your answer: {step.typed}")
        summary.press("Enter")  # expand the item from the keyboard
        expect(item).to_have_attribute("open", "")
        expect(item).to_contain_text(f"Correct answer: {step.question.answer}")
        expect(item.locator("mark")).to_have_text(step.marked_source)
        link = item.get_by_role("link", name=f"Read it in {SECTION_C}")
        q = step.question
        expect(link).to_have_attribute(
            "href",
            re.compile(
                rf"/sections/3/1/c/\?block={q.block_id}"
                rf"&start={q.source_start}&end={q.source_end}#sentence$"
            ),
        )
    expect(items.nth(1).locator("mark")).to_contain_text("created at 1989")
    expect(items.nth(2).locator("mark")).to_contain_text("32 countries and territories")


def log_out_and_in(page: Page, base: str) -> None:
    log_out(page)
    expect_page(page, "Library", base + "/")
    expect(open_menu(page)).not_to_contain_text("Signed in as")

    use_nav_link(page, "Log in")
    expect_page(page, "Log in", re.compile(r"/accounts/login/"))
    log_in(page)
    expect_page(page, "Library", base + "/")
    expect(open_menu(page)).to_contain_text(f"Signed in as {USERNAME}")


def check_progress(page: Page) -> None:
    use_nav_link(page, "My progress")
    expect_page(page, "My progress", re.compile(r"/dashboard/$"))

    history = page.get_by_role("region", name="Quiz history")
    row = history.get_by_role("row").filter(has=page.get_by_role("link", name=PRACTICE_TITLE))
    expect(row).to_contain_text("2/3 (67%)")

    mastery = page.get_by_role("region", name="Mastery by section")
    expect(mastery.get_by_role("link", name=SECTION_C, exact=True)).to_be_visible()
    expect(mastery).to_contain_text("2 of 3 questions mastered, 3 answered")
    expect(mastery.get_by_role("progressbar", name=f"Mastery of {SECTION_C}")).to_have_attribute(
        "aria-valuenow", "67"
    )


def review_a_month_later(page: Page) -> None:
    # The browser session has to survive, so move the cards rather than the clock.
    assert ReviewCard.objects.count() == 3
    ReviewCard.objects.update(due=F("due") - timedelta(days=30))

    use_nav_link(page, re.compile(r"^Review"))
    expect_page(page, "Spaced review", re.compile(r"/review/$"))
    expect(main(page)).to_contain_text("3 questions are due for review.")
    badge = open_menu(page).get_by_role("link", name="Review 3 due")
    expect(badge).to_have_attribute("aria-current", "page")

    main(page).get_by_role("button", name="Review now").press("Enter")
    expect(page).to_have_url(re.compile(r"/attempts/\d+/questions/0/$"))
    expect(page.get_by_text("Question 1 of 3 · 0 answered")).to_be_visible()
    expect(page.get_by_role("textbox", name=re.compile(r"\?$"))).to_be_focused()


def test_learner_signs_up_practises_and_comes_back_to_review(page, live_server, document, steps):
    base = live_server.url
    sign_up(page, base)
    start_practice(page, document.title)
    answer_questions(page, steps)
    check_results(page, steps)
    log_out_and_in(page, base)
    check_progress(page)
    review_a_month_later(page)
