"""/teach/classes/<pk>/assignments/<pk>/edit/: an instructor changes an assignment's
settings; attempts started afterwards follow them."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from classes import services
from classes.models import Assignment
from quizzes.models import Question
from tests.classes.conftest import leaf_sections
from tests.conftest import add_questions

FORMAT = "%Y-%m-%dT%H:%M"


def url(assignment):
    return reverse("classes:assignment_edit", args=[assignment.classroom_id, assignment.pk])


def form_data(assignment, **overrides):
    data = {
        "title": "Chapter quiz, revised",
        "selection": "random",
        "sections": [section.pk for section in assignment.sections.all()],
        "per_section": "1",
        "shuffle_questions": "",
        "presentations": ["typed"],
        "feedback": "after_due",
        "opens_at": assignment.opens_at.strftime(FORMAT),
        "due_at": assignment.due_at.strftime(FORMAT),
        "time_limit_minutes": "",
        "max_attempts": "2",
        "grading_method": "last",
    }
    data.update(overrides)
    return data


def test_anonymous_visitors_are_sent_to_log_in(client, assignment):
    response = client.get(url(assignment))
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


def test_learners_get_403(client, learner, assignment):
    client.force_login(learner)
    assert client.get(url(assignment)).status_code == 403
    assert client.post(url(assignment), form_data(assignment)).status_code == 403


def test_an_instructor_of_another_class_gets_404(client, other_instructor, assignment):
    client.force_login(other_instructor)
    assert client.get(url(assignment)).status_code == 404
    assert client.post(url(assignment), form_data(assignment)).status_code == 404
    assert Assignment.objects.get().title == "Chapter quiz"


def test_an_assignment_of_another_class_gets_404(client, instructor, assignment):
    elsewhere = services.create_class(name="Other class", instructor=instructor)
    client.force_login(instructor)
    wrong = reverse("classes:assignment_edit", args=[elsewhere.pk, assignment.pk])
    assert client.get(wrong).status_code == 404


def test_a_deleted_assignment_gets_404(client, instructor, assignment):
    services.archive_assignment(assignment=assignment)
    client.force_login(instructor)
    assert client.get(url(assignment)).status_code == 404


def test_the_form_comes_filled_in_and_says_when_changes_apply(client, instructor, assignment):
    client.force_login(instructor)
    html = client.get(url(assignment)).content.decode()
    assert 'value="Chapter quiz"' in html
    assert "Changes apply to attempts started after you save them" in html
    assert html.count("<h1") == 1
    for section in assignment.sections.all():
        assert f'<option value="{section.pk}" selected' in html


def test_saving_changes_the_assignment_and_returns_to_the_class(client, instructor, assignment):
    client.force_login(instructor)
    response = client.post(url(assignment), form_data(assignment))
    assert response.url == assignment.classroom.get_absolute_url()
    assignment.refresh_from_db()
    assert assignment.title == "Chapter quiz, revised"
    assert (assignment.per_section, assignment.shuffle_questions) == (1, False)
    assert (assignment.presentations, assignment.feedback) == (["typed"], "after_due")
    assert assignment.grading_method == "last"


def test_switching_to_hand_picked_questions(client, instructor, assignment):
    picked = Question.objects.filter(section=assignment.sections.first())[:2]
    Question.objects.filter(pk__in=picked.values("pk")).update(status="approved")
    chosen = sorted(question.pk for question in picked)
    client.force_login(instructor)
    page = client.get(url(assignment)).content.decode()
    assert "<details" in page
    assert f'value="{chosen[0]}"' in page
    data = form_data(assignment, selection="hand_picked", sections=[], per_section="")
    data["questions"] = chosen
    assert client.post(url(assignment), data).status_code == 302
    assignment.refresh_from_db()
    assert assignment.is_hand_picked
    assert sorted(assignment.questions.values_list("pk", flat=True)) == chosen
    assert assignment.per_section == 2  # kept for a switch back


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"presentations": []}, "presentations", "Allow at least one format."),
        ({"sections": []}, "sections", "Choose at least one section"),
        ({"per_section": ""}, "per_section", "how many questions"),
        ({"per_section": "500"}, "per_section", "less than or equal to 50"),
        ({"selection": "hand_picked"}, "questions", "Tick at least one question"),
        ({"selection": "everything"}, "selection", "Select a valid choice"),
        ({"feedback": "never"}, "feedback", "Select a valid choice"),
        ({"title": "x" * 101}, "title", "at most 100 characters"),
    ],
)
def test_bad_input_is_a_clear_form_error(client, instructor, assignment, overrides, field, message):
    client.force_login(instructor)
    response = client.post(url(assignment), form_data(assignment, **overrides))
    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors[field])
    assert Assignment.objects.get().title == "Chapter quiz"


def test_a_due_time_before_the_opening_is_refused(client, instructor, assignment):
    client.force_login(instructor)
    early = (assignment.opens_at - timedelta(hours=1)).strftime(FORMAT)
    response = client.post(url(assignment), form_data(assignment, due_at=early))
    assert "must come after the opening" in response.content.decode()


def test_a_draft_question_cannot_be_hand_picked(client, instructor, assignment):
    draft = Question.objects.filter(section=assignment.sections.first()).first()
    client.force_login(instructor)
    data = form_data(assignment, selection="hand_picked", questions=[draft.pk])
    response = client.post(url(assignment), data)
    assert "Select a valid choice" in " ".join(response.context["form"].errors["questions"])


def test_picked_questions_that_no_allowed_format_can_ask_are_refused(
    client, instructor, assignment
):
    question = Question.objects.filter(section=assignment.sections.first()).first()
    Question.objects.filter(pk=question.pk).update(status="approved")
    client.force_login(instructor)
    data = form_data(
        assignment, selection="hand_picked", questions=[question.pk], presentations=["true_false"]
    )
    response = client.post(url(assignment), data)
    assert "None of the questions you picked" in response.content.decode()


def test_staff_can_edit_any_class_assignment(client, staff, assignment):
    client.force_login(staff)
    assert client.post(url(assignment), form_data(assignment)).status_code == 302


def test_the_question_picker_costs_the_same_queries_for_many_questions(
    client, instructor, assignment, django_assert_max_num_queries
):
    """The picker groups questions by section and names each section's document: without
    select_related that is a query per question."""
    client.force_login(instructor)
    Question.objects.update(status="approved")
    with django_assert_max_num_queries(20) as few:
        client.get(url(assignment))
    for section in leaf_sections(assignment.document):
        add_questions(section, 30, status="approved")
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(url(assignment))


def test_the_class_page_links_to_the_edit_page(client, instructor, assignment):
    client.force_login(instructor)
    html = client.get(assignment.classroom.get_absolute_url()).content.decode()
    assert url(assignment) in html


def test_an_attempt_started_before_the_edit_keeps_its_questions(
    client, instructor, learner, assignment
):
    attempt = services.start_assignment(assignment=assignment, learner=learner)
    before = list(attempt.items.values_list("question_id", "presentation"))
    client.force_login(instructor)
    client.post(
        url(assignment),
        form_data(assignment, due_at=(timezone.now() + timedelta(days=9)).strftime(FORMAT)),
    )
    assert list(attempt.items.values_list("question_id", "presentation")) == before
