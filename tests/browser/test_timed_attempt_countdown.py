"""A timed assignment in the browser: the time left counts down in the page from the
server's figure, and when it reaches zero the page reloads and the server submits the
attempt as it stands."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from classes import services
from tests.browser.journey import sign_in
from tests.classes.conftest import leaf_sections, make_assignment
from tests.conftest import add_questions

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "timed-learner-pass-2024"


@pytest.fixture
def nearly_over(make_document, instructor, django_user_model):
    """Leo's attempt at a timed assignment, with 4 seconds left on the server's clock."""
    leo = django_user_model.objects.create_user(username="leo-timed", password=PASSWORD)
    classroom = services.create_class(name="Timed class", instructor=instructor)
    services.join_class(user=leo, code=classroom.join_code)
    document = make_document(slug="timed", sections_per_part=1, uploaded_by=instructor)
    for section in leaf_sections(document):
        add_questions(section, 2)
    assignment = make_assignment(classroom, document, time_limit_minutes=10)
    attempt = services.start_assignment(assignment=assignment, learner=leo)
    attempt.deadline = timezone.now() + timedelta(seconds=4)
    attempt.save(update_fields=["deadline"])
    return attempt


def test_the_time_left_counts_down_and_the_attempt_is_submitted_at_zero(
    page, live_server, nearly_over
):
    sign_in(page, live_server.url, "leo-timed", PASSWORD, f"/attempts/{nearly_over.pk}/")

    time_left = page.locator("#time-left")
    # Live, the figure drops the note that it was the time at loading, and counts seconds.
    expect(time_left).to_contain_text(re.compile(r"Time left: \d+ s"))
    expect(time_left).not_to_contain_text("when you loaded this page")

    expect(page).to_have_url(re.compile(rf"/attempts/{nearly_over.pk}/results/"), timeout=15_000)
    nearly_over.refresh_from_db()
    assert nearly_over.is_submitted
