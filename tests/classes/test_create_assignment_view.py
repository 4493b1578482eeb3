"""/teach/classes/<pk>/assignments/new/: an instructor assigns a quiz to their class."""

from datetime import UTC, datetime, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from classes.models import Assignment
from tests.classes.conftest import leaf_sections
from tests.conftest import add_questions

FORMAT = "%Y-%m-%dT%H:%M"


@pytest.fixture
def sections(assigned_document):
    found = leaf_sections(assigned_document)
    for section in found:
        add_questions(section, 3)
    return found


def form_data(sections, **overrides):
    now = timezone.now()
    data = {
        "title": "Week 1 quiz",
        "sections": [section.pk for section in sections],
        "per_section": "2",
        "opens_at": now.strftime(FORMAT),
        "due_at": (now + timedelta(days=7)).strftime(FORMAT),
        "time_limit_minutes": "10",
        "max_attempts": "3",
        "grading_method": "average",
        "selection": "random",
        "shuffle_questions": "on",
        "presentations": ["typed", "multiple_choice", "true_false", "fill_blank"],
        "feedback": "after_submission",
    }
    data.update(overrides)
    return data


def url(classroom):
    return reverse("classes:assignment_create", args=[classroom.pk])


def test_the_form_offers_the_sections_of_the_instructors_documents(
    client, instructor, classroom, sections
):
    client.force_login(instructor)
    html = client.get(url(classroom)).content.decode()
    for section in sections:
        assert f'value="{section.pk}"' in html
    assert 'type="datetime-local"' in html


def test_posting_assigns_the_quiz_and_returns_to_the_class(client, instructor, classroom, sections):
    client.force_login(instructor)
    response = client.post(url(classroom), form_data(sections))
    assert response.status_code == 302
    assert response.url == classroom.get_absolute_url()
    assignment = Assignment.objects.get()
    assert assignment.classroom == classroom
    assert set(assignment.sections.all()) == set(sections)
    assert assignment.document == sections[0].document
    assert (assignment.per_section, assignment.time_limit_minutes) == (2, 10)
    assert (assignment.max_attempts, assignment.grading_method) == (3, "average")
    assert timezone.is_aware(assignment.due_at)
    assert "Week 1 quiz" in client.get(classroom.get_absolute_url()).content.decode()


def test_the_time_limit_may_be_left_empty(client, instructor, classroom, sections):
    client.force_login(instructor)
    client.post(url(classroom), form_data(sections, time_limit_minutes=""))
    assert Assignment.objects.get().time_limit_minutes is None


def test_a_due_time_before_the_opening_is_refused(client, instructor, classroom, sections):
    client.force_login(instructor)
    opens = timezone.now() + timedelta(days=2)
    data = form_data(
        sections, opens_at=opens.strftime(FORMAT), due_at=timezone.now().strftime(FORMAT)
    )
    response = client.post(url(classroom), data)
    assert response.status_code == 200
    assert "must come after the opening time" in response.content.decode()
    assert not Assignment.objects.exists()


def test_sections_of_another_instructors_document_are_refused(
    client, other_instructor, classroom, sections
):
    classroom.instructors.add(other_instructor)
    client.force_login(other_instructor)
    response = client.post(url(classroom), form_data(sections))
    assert response.status_code == 200
    assert not Assignment.objects.exists()


def test_sections_of_two_documents_are_refused(
    client, instructor, classroom, sections, make_document
):
    other = make_document(slug="other", uploaded_by=instructor)
    extra = leaf_sections(other)[0]
    add_questions(extra, 1)
    client.force_login(instructor)
    response = client.post(url(classroom), form_data([*sections, extra]))
    assert "Choose sections of one document only." in response.content.decode()
    assert not Assignment.objects.exists()


def test_times_are_entered_in_the_instructors_zone_and_stored_in_utc(
    client, instructor, classroom, sections
):
    instructor.time_zone = "Asia/Tokyo"
    instructor.save()
    client.force_login(instructor)
    data = form_data(sections, opens_at="2030-12-01T09:00", due_at="2030-12-03T17:00")
    assert client.post(url(classroom), data).status_code == 302
    assignment = Assignment.objects.get()
    assert assignment.due_at == datetime(2030, 12, 3, 8, 0, tzinfo=UTC)
    stored = Assignment.objects.values_list("due_at", flat=True).get()
    assert stored.utcoffset() == timedelta(0)
    assert stored.hour == 8
