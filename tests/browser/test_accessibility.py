"""axe-core (bundled by axe-playwright-python, no CDN) on every page a learner sees, at
desktop and phone sizes: no violation of WCAG 2.2 AA may be reported.

Each page is reached as a person reaches it: signed in where it needs an account, with
the data that makes its interesting parts show (a highlighted sentence, feedback given,
cards due, a history to chart).
"""

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import Page, expect

from classes import services
from classes.models import FeedbackTiming
from content.models import Section
from content.services import import_document_file
from quizzes.attempts import record_answer, submit_attempt
from quizzes.models import ReviewCard
from quizzes.models.attempts import Presentation
from tests.attempts.test_dashboard_view import history
from tests.browser.journey import SIZES, expect_keys_ready, player_questions, quiz, sign_in
from tests.classes.conftest import make_assignment
from tests.conftest import SEED_PATH

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
USERNAME, PASSWORD = "ada", "accessible-pass-2024"
AXE = Axe()


@dataclass
class World:
    """What the pages show: the seed chapter's section (c), its questions and a learner."""

    base: str
    section: Section
    questions: dict
    learner: object

    def url(self, name: str, *args) -> str:
        return self.base + reverse(name, args=args)

    def sign_in(self, page: Page, next_path: str = "") -> None:
        sign_in(page, self.base, USERNAME, PASSWORD, next_path)


@pytest.fixture
def world(live_server, django_user_model) -> World:
    document = import_document_file(data=SEED_PATH.read_bytes(), filename=SEED_PATH.name).document
    section = document.sections.get(path="3/1/c")
    learner = django_user_model.objects.create_user(username=USERNAME, password=PASSWORD)
    return World(live_server.url, section, player_questions(section), learner)


# --- How each page is reached ------------------------------------------------------------------


def home_anonymous(page: Page, world: World) -> None:
    page.goto(world.base + "/")


def home_signed_in(page: Page, world: World) -> None:
    """With a quiz to continue and cards due, so both of those panels show."""
    quiz(world.learner, [(world.questions["typed"], Presentation.TYPED)], immediate_feedback=True)
    due_cards(world, 2)
    world.sign_in(page)
    for panel in ("Continue where you left off", "Due for review"):
        expect(page.get_by_role("heading", name=panel)).to_be_visible()


def trial_question(page: Page, world: World) -> None:
    page.goto(world.url("quizzes:try", world.section.document.slug, world.section.path))


def trial_results(page: Page, world: World) -> None:
    trial_question(page, world)
    form = page.get_by_role("main").locator("form")
    for box in form.get_by_role("textbox").all():
        box.fill("1989")
    for group in form.locator("fieldset").all():
        group.get_by_role("radio").first.check()
    page.get_by_role("button", name="Check my answers").press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Your results")


def sign_up(page: Page, world: World) -> None:
    page.goto(world.url("signup"))


def log_in(page: Page, world: World) -> None:
    page.goto(world.url("login"))


def logout_confirmation(page: Page, world: World) -> None:
    world.sign_in(page, "/accounts/logout/")


def document_page(page: Page, world: World) -> None:
    page.goto(world.base + world.section.document.get_absolute_url())


def section_with_highlight(page: Page, world: World) -> None:
    question = world.questions["typed"]
    query = f"?block={question.block_id}&start={question.source_start}&end={question.source_end}"
    page.goto(world.base + world.section.get_absolute_url() + query + "#sentence")
    expect(page.locator("mark#sentence")).to_be_visible()


def practice_form(page: Page, world: World) -> None:
    query = f"?section={world.section.pk}"
    world.sign_in(page, f"/practice/{world.section.document.slug}/{query}")


def question(presentation: str, *, answered: bool) -> Callable[[Page, World], None]:
    """A one-question quiz in ``presentation``, before or after the feedback."""
    kind = {
        Presentation.MULTIPLE_CHOICE: "choice",
        Presentation.TRUE_FALSE: "swapped",
        Presentation.FILL_BLANK: "blank",
        Presentation.TYPED: "typed",
    }[presentation]

    def reach(page: Page, world: World) -> None:
        attempt = quiz(
            world.learner, [(world.questions[kind], presentation)], immediate_feedback=True
        )
        world.sign_in(page, attempt.get_absolute_url())
        expect(page.get_by_text("Question 1 of 1")).to_be_visible()
        if answered:
            if presentation == Presentation.TRUE_FALSE:
                page.get_by_role("button", name="False").press("Enter")
            else:
                if presentation == Presentation.MULTIPLE_CHOICE:
                    expect_keys_ready(page)
                    page.keyboard.press("2")
                else:
                    page.keyboard.type("32")
                page.keyboard.press("Enter")
            expect(page.locator("#feedback")).to_be_focused()

    return reach


def submitted(world: World, attempt):
    for number, item in enumerate(attempt.items.order_by("position")):
        record_answer(item=item, given=item.question.answer if number % 2 else "wrong")
    return submit_attempt(attempt=attempt)


def results(page: Page, world: World) -> None:
    served = [
        (world.questions["choice"], Presentation.MULTIPLE_CHOICE),
        (world.questions["blank"], Presentation.FILL_BLANK),
        (world.questions["typed"], Presentation.TYPED),
    ]
    attempt = submitted(world, quiz(world.learner, served, immediate_feedback=False))
    world.sign_in(page, f"/attempts/{attempt.pk}/results/")
    page.locator("details.results-item summary").first.press("Enter")


def results_withheld(page: Page, world: World) -> None:
    classroom = join_a_class(world)
    assignment = make_assignment(
        classroom,
        world.section.document,
        sections=[world.section],
        per_section=2,
        feedback=FeedbackTiming.AFTER_DUE,
    )
    attempt = services.start_assignment(assignment=assignment, learner=world.learner, seed=1)
    submitted(world, attempt)
    world.sign_in(page, f"/attempts/{attempt.pk}/results/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Submitted")


def deck(world: World, query: str = "") -> str:
    return f"/flashcards/{world.section.document.slug}/{world.section.path}/{query}"


def flashcards_front(page: Page, world: World) -> None:
    world.sign_in(page, deck(world))


def flashcards_back(page: Page, world: World) -> None:
    world.sign_in(page, deck(world, "?card=1&side=back"))
    expect(page).to_have_url(re.compile(r"side=back"))


def flashcards_done(page: Page, world: World) -> None:
    world.sign_in(page, deck(world, f"?card={len(world.questions) + 1}"))
    expect(page.get_by_text(re.compile("You went through all"))).to_be_visible()


def due_cards(world: World, count: int) -> None:
    for question in list(world.questions.values())[:count]:
        ReviewCard.objects.create(
            learner=world.learner,
            question=question,
            due=timezone.now() - timedelta(days=1),
            state=2,
        )


def review_nothing_due(page: Page, world: World) -> None:
    world.sign_in(page, "/review/")


def review_with_due_cards(page: Page, world: World) -> None:
    due_cards(world, 3)
    world.sign_in(page, "/review/")
    expect(page.get_by_role("heading", name="Due now")).to_be_visible()


def dashboard(page: Page, world: World) -> None:
    for days_ago in (1, 3, 8):
        history(world.learner, world.section, attempts=1, per_attempt=3, days_ago=days_ago)
    due_cards(world, 2)
    world.sign_in(page, "/dashboard/")


def join_a_class(world: World):
    instructor = type(world.learner).objects.create_user(
        username="ines", password="instructor-pass-2024", is_instructor=True
    )
    classroom = services.create_class(name="History 10B", instructor=instructor)
    services.join_class(user=world.learner, code=classroom.join_code)
    return classroom


def my_classes(page: Page, world: World) -> None:
    join_a_class(world)
    world.sign_in(page, "/classes/")
    expect(page.get_by_role("main")).to_contain_text("History 10B")


def my_classes_none(page: Page, world: World) -> None:
    world.sign_in(page, "/classes/")


def join_class(page: Page, world: World) -> None:
    world.sign_in(page, "/classes/join/")


def assigned_to_me(page: Page, world: World) -> None:
    make_assignment(join_a_class(world), world.section.document, sections=[world.section])
    world.sign_in(page, "/classes/assigned/")
    expect(page.get_by_role("main")).to_contain_text("Chapter quiz")


def assigned_nothing(page: Page, world: World) -> None:
    world.sign_in(page, "/classes/assigned/")


def account_settings(page: Page, world: World) -> None:
    world.sign_in(page, "/accounts/settings/")


def password_change(page: Page, world: World) -> None:
    world.sign_in(page, "/accounts/password/change/")


PAGES = {
    "home-anonymous": home_anonymous,
    "home-signed-in": home_signed_in,
    "trial-question": trial_question,
    "trial-results": trial_results,
    "sign-up": sign_up,
    "log-in": log_in,
    "logout-confirmation": logout_confirmation,
    "document": document_page,
    "section-highlighted": section_with_highlight,
    "practice-form": practice_form,
    "question-choice": question(Presentation.MULTIPLE_CHOICE, answered=False),
    "question-choice-feedback": question(Presentation.MULTIPLE_CHOICE, answered=True),
    "question-true-false": question(Presentation.TRUE_FALSE, answered=False),
    "question-true-false-feedback": question(Presentation.TRUE_FALSE, answered=True),
    "question-blank": question(Presentation.FILL_BLANK, answered=False),
    "question-blank-feedback": question(Presentation.FILL_BLANK, answered=True),
    "question-typed": question(Presentation.TYPED, answered=False),
    "question-typed-feedback": question(Presentation.TYPED, answered=True),
    "results": results,
    "results-withheld": results_withheld,
    "flashcards-front": flashcards_front,
    "flashcards-back": flashcards_back,
    "flashcards-done": flashcards_done,
    "review-nothing-due": review_nothing_due,
    "review-due": review_with_due_cards,
    "dashboard": dashboard,
    "my-classes": my_classes,
    "my-classes-none": my_classes_none,
    "join-class": join_class,
    "assigned-to-me": assigned_to_me,
    "assigned-nothing": assigned_nothing,
    "account-settings": account_settings,
    "password-change": password_change,
}


def report(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"]:
            lines.append(f"    {', '.join(map(str, node['target']))}")
            lines.append(f"      {node.get('failureSummary', '')}".replace("\n", " "))
    return "\n".join(lines)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("name", PAGES)
def test_page_has_no_wcag_violations(chromium, world, name, size):
    context = chromium.new_context(viewport=SIZES[size])
    page = context.new_page()
    page.set_default_timeout(10_000)
    try:
        PAGES[name](page, world)
        page.wait_for_load_state("networkidle")
        expect(page.get_by_role("heading", level=1)).to_have_count(1)
        results = AXE.run(page, options={"runOnly": {"type": "tag", "values": WCAG_22_AA}})
        violations = results.response["violations"]
        assert not violations, f"{name} at {size}:\n{report(violations)}"
    finally:
        context.close()
