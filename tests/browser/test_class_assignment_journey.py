"""A class from both sides, in two browsers: the instructor at desktop size, the learner
at phone size, driven by accessible names and the keyboard.

The instructor creates a class and reads its code; the learner joins with it, typed the
sloppy way; the instructor assigns a quiz with a 10-minute time limit; the learner starts
it from "Assigned to me", sees the time left from the server's deadline, answers every
question and submits; the instructor finds the grade in the gradebook, reads the item
statistics of the assignment and downloads the gradebook as CSV.
"""

import csv
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from io import StringIO
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from django.utils import timezone
from playwright.sync_api import Browser, Page, expect

from classes.models import Assignment, Classroom
from content.models import Document
from content.services import import_document_file
from quizzes.models import Attempt, Question
from tests.attempts.conftest import make_question
from tests.browser.journey import field, main, open_menu, sign_in, tick, use_nav_link
from tests.conftest import SEED_PATH

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORDS = {"ines": "instructor-pass-2024", "leo": "learner-pass-2024"}
CLASS_NAME = "Year 10 history, group B"
TITLE = "Organized crime check"
SECTION_PATH = "3/1/c"
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
LOCAL_INPUT = "%Y-%m-%dT%H:%M"  # what a datetime-local input takes


@dataclass
class Step:
    """One question of the assignment and what the learner types for it."""

    prompt: str
    typed: str


# In reading order, which is the order the quiz asks them with shuffling off.
STEPS = [
    Step("When was FATF created?", "1989"),
    Step("How many countries and territories are members of FATF?", "32"),
    Step("Which minister for foreign affairs held talks with Robert Gates?", "Yoshiro Mori"),
]


@pytest.fixture
def users(transactional_db, django_user_model):
    for username, password in PASSWORDS.items():
        django_user_model.objects.create_user(username=username, password=password)
    call_command("grant_instructor", "ines", stdout=StringIO())


@pytest.fixture
def document(users, django_user_model) -> Document:
    """The seed chapter, uploaded by Ines, with three approved questions on section (c)."""
    ines = django_user_model.objects.get(username="ines")
    document = import_document_file(
        data=SEED_PATH.read_bytes(), filename=SEED_PATH.name, uploaded_by=ines
    ).document
    section = document.sections.get(path=SECTION_PATH)
    make_question(section, prompt=STEPS[0].prompt, answer="1989", status=Question.Status.APPROVED)
    make_question(
        section,
        kind="how_many",
        answer_type="number",
        prompt=STEPS[1].prompt,
        answer="32",
        status=Question.Status.APPROVED,
    )
    make_question(
        section,
        kind="who",
        answer_type="person",
        prompt=STEPS[2].prompt,
        answer="Masahiko Koumura",
        accepted_answers=["Koumura"],
        status=Question.Status.APPROVED,
    )
    return document


def new_page(browser: Browser, viewport: dict) -> Page:
    page = browser.new_context(viewport=viewport, accept_downloads=True).new_page()
    page.set_default_timeout(10_000)
    return page


@pytest.fixture
def instructor_page(chromium):
    page = new_page(chromium, DESKTOP)
    yield page
    page.context.close()


@pytest.fixture
def learner_page(chromium):
    page = new_page(chromium, PHONE)
    yield page
    page.context.close()


def expect_heading(page: Page, heading: str | re.Pattern) -> None:
    expect(page.get_by_role("heading", level=1)).to_have_text(heading)


def log_in(page: Page, base: str, username: str) -> None:
    sign_in(page, base, username, PASSWORDS[username])
    nav = page.get_by_role("navigation", name="Main")
    if page.viewport_size["width"] < 768:  # collapsed behind the menu button
        nav = open_menu(page)
    expect(nav).to_contain_text(f"Signed in as {username}")


def nav_link(page: Page, name: str) -> None:
    """Follow a link of the main navigation, shown in full at desktop size."""
    page.get_by_role("navigation", name="Main").get_by_role("link", name=name, exact=True).press(
        "Enter"
    )


def local_input(moment: datetime, zone: str) -> str:
    return moment.astimezone(ZoneInfo(zone)).strftime(LOCAL_INPUT)


def grade_text(attempt: Attempt) -> str:
    """The attempt's score in percent as the gradebook writes it: one decimal, half up."""
    percent = Decimal(100 * attempt.correct_count) / Decimal(attempt.question_count)
    return str(percent.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


# --- The instructor ---------------------------------------------------------------------------


def create_class(page: Page) -> str:
    """Create the class; return its join code as the page shows it."""
    nav_link(page, "Classes")
    expect_heading(page, "Classes")
    main(page).get_by_role("link", name="New class", exact=True).press("Enter")
    expect_heading(page, "New class")
    field(page, "Class name").fill(CLASS_NAME)
    field(page, "Class name").press("Enter")

    expect_heading(page, CLASS_NAME)
    expect(page).to_have_url(re.compile(r"/teach/classes/\d+/$"))
    code_section = page.get_by_role("region", name="Join code")
    code = code_section.get_by_role("code").inner_text().strip()
    assert re.fullmatch(r"[A-Z0-9]{6}", code), code
    expect(main(page)).to_contain_text(f"Learners join it with the code {code}.")
    return code


def assign_quiz(page: Page, document: Document, zone: str) -> None:
    """Fill the new assignment form by its labels: section (c) at random, typed answers
    only, in reading order, marks after submission, a 10-minute limit, one attempt."""
    main(page).get_by_role("link", name="New assignment", exact=True).press("Enter")
    expect_heading(page, f"New assignment for {CLASS_NAME}")

    field(page, "Title").fill(TITLE)
    questions = page.get_by_role("group", name=re.compile(r"^Questions\*?$"))
    expect(
        questions.get_by_role("radio", name="At random: a number of questions from each section")
    ).to_be_checked()
    section = document.sections.get(path=SECTION_PATH)
    field(page, "Sections").select_option(label=f"{document.title}: {section.heading}")
    field(page, "Questions per section").fill(str(len(STEPS)))
    tick(field(page, "Shuffle the questions"), False)
    for other in ("Multiple choice", "True or false", "Fill in the blank"):
        tick(page.get_by_label(other, exact=True), False)
    tick(page.get_by_label("Typed answer", exact=True), True)
    marks = page.get_by_role("group", name=re.compile(r"^Learners see their marks"))
    expect(marks.get_by_role("radio", name="After the learner submits")).to_be_checked()

    now = timezone.now()
    field(page, "Opens").fill(local_input(now - timedelta(minutes=5), zone))
    field(page, "Due").fill(local_input(now + timedelta(days=7), zone))
    field(page, "Time limit (minutes)").fill("10")
    field(page, "Attempts allowed").fill("1")
    field(page, "Grade").select_option(label="Highest attempt")
    page.get_by_role("button", name="Assign", exact=True).press("Enter")

    expect_heading(page, CLASS_NAME)
    expect(main(page)).to_contain_text(f"“{TITLE}” is assigned to {CLASS_NAME}.")
    assignments = page.get_by_role("region", name="Assignments")
    expect(assignments.get_by_role("link", name=TITLE, exact=True)).to_be_visible()


def check_gradebook(page: Page, attempt: Attempt) -> None:
    grade = grade_text(attempt)
    page.get_by_role("navigation", name=f"Results of {CLASS_NAME}").get_by_role(
        "link", name="Gradebook"
    ).press("Enter")
    expect_heading(page, f"Gradebook: {CLASS_NAME}")
    table = page.get_by_role("table", name=f"Grades of {CLASS_NAME}")
    row = table.get_by_role("row").filter(has=page.get_by_role("rowheader", name="leo"))
    # The link's name adds, for screen readers, whose grade it is and for what.
    cell = row.get_by_role("link", name=re.compile(rf"^{re.escape(grade)}%\s*: leo, {TITLE}$"))
    expect(cell).to_be_visible()
    expect(row.get_by_role("cell").last).to_have_text(f"{grade}%")  # the learner's average


def check_item_statistics(page: Page) -> None:
    page.get_by_role("navigation", name="Breadcrumb").get_by_role("link", name=CLASS_NAME).press(
        "Enter"
    )
    expect_heading(page, CLASS_NAME)
    page.get_by_role("region", name="Assignments").get_by_role(
        "link", name=TITLE, exact=True
    ).press("Enter")
    expect_heading(page, TITLE)

    stats = page.get_by_role("region", name="Item statistics")
    expect(stats).to_contain_text("From 1 submitted attempt")
    table = stats.get_by_role("table", name=re.compile(r"^Figures for each question"))
    for step in STEPS:
        expect(table.get_by_role("rowheader", name=step.prompt)).to_be_visible()
    for column in ("Facility", "Discrimination index", "Discriminative efficiency", "Review?"):
        expect(table.get_by_role("columnheader", name=column)).to_be_visible()
    # One attempt is too few to judge a question, and the page says so rather than flag it.
    expect(table.get_by_text("Too few attempts to judge")).to_have_count(len(STEPS))
    expect(stats.get_by_role("heading", name="Reading these figures")).to_be_visible()
    for explained in (
        "how easy learners found it",  # facility
        "between the mark on this question and the mark on the rest of the attempt",
        "the best this question could reach given how easy it is",  # efficiency
        "Cronbach's alpha",
    ):
        expect(stats.get_by_role("definition").filter(has_text=explained)).to_be_visible()
    expect(stats).to_contain_text("A flag is a prompt to read the question again, not a verdict.")


def check_csv(page: Page, attempt: Attempt) -> None:
    page.get_by_role("navigation", name="Breadcrumb").get_by_role("link", name=CLASS_NAME).press(
        "Enter"
    )
    expect_heading(page, CLASS_NAME)
    results_nav = page.get_by_role("navigation", name=f"Results of {CLASS_NAME}")
    with page.expect_download() as download_info:
        results_nav.get_by_role("link", name="Download CSV").press("Enter")
    download = download_info.value
    assert download.suggested_filename == "year-10-history-group-b-gradebook.csv"
    rows = list(csv.reader(StringIO(Path(download.path()).read_text(encoding="utf-8"))))
    grade = grade_text(attempt)
    assert rows == [["Username", TITLE, "Average"], ["leo", grade, grade]]


# --- The learner ------------------------------------------------------------------------------


def join_class(page: Page, code: str) -> None:
    use_nav_link(page, "My classes")
    expect_heading(page, "My classes")
    expect(main(page)).to_contain_text("You are not in any class yet.")
    main(page).get_by_role("link", name="Join a class", exact=True).press("Enter")
    expect_heading(page, "Join a class")
    # Lower case with a hyphen, as it might be read out: the form normalises it.
    field(page, "Class code").fill(f"{code[:3].lower()}-{code[3:].lower()}")
    page.get_by_role("button", name="Join", exact=True).press("Enter")

    expect_heading(page, "My classes")
    expect(main(page)).to_contain_text(f"You joined {CLASS_NAME}.")
    expect(main(page).get_by_role("listitem").filter(has_text=CLASS_NAME)).to_contain_text(
        "Taught by ines"
    )


def start_assignment(page: Page) -> Attempt:
    use_nav_link(page, "Assigned to me")
    expect_heading(page, "Assigned to me")
    row = page.get_by_role("row").filter(has=page.get_by_role("rowheader", name=TITLE))
    expect(row).to_contain_text("Time limit: 10 min")
    expect(row).to_contain_text("Not started")
    expect(row).to_contain_text("0 of 1")
    row.get_by_role("button", name=f"Start {TITLE}").press("Enter")

    expect(page).to_have_url(re.compile(r"/attempts/\d+/"))
    attempt = Attempt.objects.get(assignment__title=TITLE, learner__username="leo")
    # Ten minutes from the start (the deadline is worked out just before the row is saved).
    assert abs(attempt.deadline - attempt.started_at - timedelta(minutes=10)) < timedelta(seconds=1)
    # The time left comes from the server's deadline, which the page also states.
    time_left = main(page).get_by_role("paragraph").filter(has_text="Time left:")
    expect(time_left).to_contain_text(re.compile(r"Time left: (10|9) min"))
    shown = time_left.get_by_role("time").get_attribute("datetime")
    assert datetime.fromisoformat(shown) == attempt.deadline
    return attempt


def answer_and_submit(page: Page) -> None:
    for number, step in enumerate(STEPS, start=1):
        expect(page.get_by_text(f"Question {number} of {len(STEPS)}")).to_be_visible()
        box = page.get_by_label(step.prompt)
        expect(box).to_be_focused()
        page.keyboard.type(step.typed)
        # Without immediate feedback, Enter saves the answer and moves on (the last stays).
        page.keyboard.press("Enter")
        if number < len(STEPS):
            expect(page.get_by_text(f"Question {number + 1} of {len(STEPS)}")).to_be_visible()
    expect(page.get_by_label(STEPS[-1].prompt)).to_have_value(STEPS[-1].typed)
    expect(page.get_by_role("status").filter(has_text="Answer saved.")).to_be_visible()
    page.get_by_role("button", name="Finish and see results").press("Enter")

    expect(main(page)).to_contain_text(f"2 of {len(STEPS)} right (67%)")


# --- The journey ------------------------------------------------------------------------------


def test_a_class_from_creation_to_the_gradebook(
    instructor_page, learner_page, live_server, document
):
    base = live_server.url
    instructor, learner = instructor_page, learner_page

    log_in(instructor, base, "ines")
    code = create_class(instructor)

    log_in(learner, base, "leo")
    join_class(learner, code)
    assert (
        Classroom.objects.get(name=CLASS_NAME).memberships.filter(learner__username="leo").exists()
    )

    instructor.reload()  # the learner now shows in the class
    expect(instructor.get_by_role("region", name="Learners (1)")).to_contain_text("leo")
    assign_quiz(instructor, document, zone=document.uploaded_by.time_zone)
    assignment = Assignment.objects.get(title=TITLE)
    assert assignment.time_limit_minutes == 10
    assert not assignment.shuffle_questions

    attempt = start_assignment(learner)
    answer_and_submit(learner)
    attempt.refresh_from_db()
    assert attempt.is_submitted
    assert (attempt.correct_count, attempt.question_count) == (2, 3)

    check_gradebook(instructor, attempt)
    check_item_statistics(instructor)
    check_csv(instructor, attempt)
