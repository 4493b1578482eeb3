"""/classes/assigned/: a learner's assignments with their status, due time and grade."""

from datetime import UTC, datetime, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from classes import services
from quizzes.models import Attempt
from tests.classes.conftest import leaf_sections, make_assignment
from tests.conftest import add_questions

URL = reverse("classes:assigned")


def page(client, learner) -> str:
    client.force_login(learner)
    return client.get(URL).content.decode()


def test_a_new_assignment_is_not_started_with_its_due_time_and_a_start_button(
    client, learner, assignment
):
    html = page(client, learner)
    assert "Chapter quiz" in html
    assert "Not started" in html
    assert f'datetime="{assignment.due_at.isoformat()}"' in html
    assert reverse("classes:start", args=[assignment.pk]) in html
    assert ">Start<" in html


def test_an_open_attempt_shows_in_progress_and_continue(client, learner, assignment):
    services.start_assignment(assignment=assignment, learner=learner)
    html = page(client, learner)
    assert "In progress" in html
    assert ">Continue<" in html


def test_a_submitted_attempt_shows_submitted_and_the_grade(client, learner, assignment):
    attempt = services.start_assignment(assignment=assignment, learner=learner)
    Attempt.objects.filter(pk=attempt.pk).update(
        submitted_at=timezone.now(), correct_count=attempt.question_count
    )
    html = page(client, learner)
    assert "Submitted" in html
    assert "100%" in html
    assert "1 of 2" in html


def test_an_assignment_past_due_without_a_submission_is_overdue(
    client, learner, classroom, assigned_document, membership
):
    now = timezone.now()
    make_assignment(
        classroom,
        assigned_document,
        opens_at=now - timedelta(days=2),
        due_at=now - timedelta(days=1),
    )
    html = page(client, learner)
    assert "Overdue" in html
    assert ">Start<" not in html


def test_an_expired_attempt_is_submitted_when_the_page_is_next_loaded(client, learner, assignment):
    attempt = services.start_assignment(assignment=assignment, learner=learner)
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - timedelta(seconds=1))
    assert "Submitted" in page(client, learner)
    attempt.refresh_from_db()
    assert attempt.is_submitted


def test_deleted_assignments_and_other_classes_assignments_are_not_listed(
    client, learner, assignment, other_instructor, assigned_document
):
    other_class = services.create_class(name="Other", instructor=other_instructor)
    make_assignment(other_class, assigned_document, title="Not yours")
    services.archive_assignment(assignment=assignment)
    html = page(client, learner)
    assert "Chapter quiz" not in html
    assert "Not yours" not in html
    assert "Nothing is assigned to you" in html


def test_a_removed_learner_no_longer_sees_the_assignment(
    client, learner, assignment, membership, instructor
):
    services.remove_learner(membership=membership, by=instructor)
    assert "Chapter quiz" not in page(client, learner)


def test_a_learner_in_tokyo_sees_the_due_time_in_tokyo_time(
    client, learner, classroom, assigned_document, membership
):
    due = datetime(2030, 12, 3, 8, 0, tzinfo=UTC)
    make_assignment(classroom, assigned_document, due_at=due)
    learner.time_zone = "Asia/Tokyo"
    learner.save()
    html = page(client, learner)
    assert '<time datetime="2030-12-03T17:00:00+09:00">3 Dec 2030, 17:00 JST</time>' in html
    assert "Times are in your time zone, Asia/Tokyo" in html
    assert "(in 4\xa0years)" in html


def test_an_assignment_not_open_yet_says_when_it_opens(
    client, learner, classroom, assigned_document, membership
):
    now = timezone.now()
    make_assignment(
        classroom,
        assigned_document,
        opens_at=now + timedelta(hours=3, minutes=5),
        due_at=now + timedelta(days=2, hours=1),
    )
    html = page(client, learner)
    assert "Opens <time" in html
    assert "(in 3\xa0hours)" in html
    assert "(in 2\xa0days)" in html


def test_in_progress_comes_first_then_to_do_then_overdue_then_submitted(
    client, learner, classroom, assigned_document, membership
):
    for section in leaf_sections(assigned_document):
        add_questions(section, 3)
    now = timezone.now()
    submitted = make_assignment(classroom, assigned_document, title="Done quiz")
    attempt = services.start_assignment(assignment=submitted, learner=learner)
    Attempt.objects.filter(pk=attempt.pk).update(submitted_at=now)
    make_assignment(
        classroom,
        assigned_document,
        title="Missed quiz",
        opens_at=now - timedelta(days=3),
        due_at=now - timedelta(days=2),
    )
    make_assignment(
        classroom, assigned_document, title="Later quiz", due_at=now + timedelta(days=5)
    )
    started = make_assignment(classroom, assigned_document, title="Running quiz")
    services.start_assignment(assignment=started, learner=learner)
    make_assignment(
        classroom, assigned_document, title="Sooner quiz", due_at=now + timedelta(days=2)
    )
    html = page(client, learner)
    order = ["Running quiz", "Sooner quiz", "Later quiz", "Missed quiz", "Done quiz"]
    assert sorted(order, key=html.index) == order


def test_the_empty_state_links_to_joining_a_class(client, learner):
    html = page(client, learner)
    assert f'href="{reverse("classes:join")}"' in html


@pytest.mark.parametrize("count", [1, 8])
def test_query_count_is_constant_in_the_number_of_assignments(
    client, learner, classroom, assigned_document, membership, django_assert_max_num_queries, count
):
    """Status and grade come from one prefetch of the learner's attempts, not one query per
    assignment."""
    for number in range(count):
        make_assignment(classroom, assigned_document, title=f"Quiz {number}")
    client.force_login(learner)
    with django_assert_max_num_queries(8):
        assert client.get(URL).status_code == 200
