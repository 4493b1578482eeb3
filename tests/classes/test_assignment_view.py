"""The assignment page for instructors: its settings, each learner's progress and the
item statistics of the attempts that count, with the questions to review."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from classes import services
from quizzes import attempts
from tests.classes.conftest import add_learners, make_assignment


def page_url(assignment, classroom=None):
    classroom_id = classroom.pk if classroom else assignment.classroom_id
    return reverse("classes:assignment", args=[classroom_id, assignment.pk])


def take(assignment, learner, *, right=lambda question: True, seed=None):
    """A submitted attempt by ``learner``, right on the questions ``right`` picks."""
    attempt = services.start_assignment(assignment=assignment, learner=learner, seed=seed)
    for item in attempt.items.select_related("question"):
        given = item.shown_answer if right(item.question) else "nothing like it"
        attempts.record_answer(item=item, given=given)
    return attempts.submit_attempt(attempt=attempt)


@pytest.fixture
def fixed(classroom, assignment):
    """A quiz asking every question of its sections (three of three per section), so
    every attempt has the same questions."""
    return make_assignment(classroom, assignment.document, per_section=3, title="Fixed quiz")


def learners(classroom, django_user_model, count):
    add_learners(classroom, django_user_model, count)
    return list(django_user_model.objects.filter(username__startswith="learner-"))


@pytest.fixture
def other_class(other_instructor):
    return services.create_class(name="Other class", instructor=other_instructor)


# Who reaches the page.


def test_anonymous_visitor_is_sent_to_log_in(client, assignment):
    response = client.get(page_url(assignment))
    assert response.status_code == 302
    assert reverse("login") in response.url


def test_learner_gets_403(client, learner, assignment):
    client.force_login(learner)
    assert client.get(page_url(assignment)).status_code == 403


def test_instructor_of_another_class_gets_404(client, other_instructor, assignment):
    client.force_login(other_instructor)
    assert client.get(page_url(assignment)).status_code == 404


def test_assignment_of_another_class_under_this_class_gets_404(
    client, instructor, assignment, other_class
):
    other_class.instructors.add(instructor)
    client.force_login(instructor)
    assert client.get(page_url(assignment, classroom=other_class)).status_code == 404


def test_deleted_assignment_gets_404(client, instructor, assignment):
    services.archive_assignment(assignment=assignment)
    client.force_login(instructor)
    assert client.get(page_url(assignment)).status_code == 404


def test_staff_see_any_assignment(client, staff, assignment):
    client.force_login(staff)
    assert client.get(page_url(assignment)).status_code == 200


# What it shows.


def test_class_page_links_to_each_assignment(client, instructor, assignment):
    client.force_login(instructor)
    page = client.get(assignment.classroom.get_absolute_url()).content.decode()
    assert page_url(assignment) in page


def test_page_shows_the_settings(client, instructor, classroom, assignment):
    timed = make_assignment(
        classroom, assignment.document, time_limit_minutes=15, max_attempts=3, title="Timed"
    )
    client.force_login(instructor)
    page = client.get(page_url(timed)).content.decode()
    assert "<h1>Timed</h1>" in page
    assert "15 minutes per attempt" in page
    assert "Highest attempt" in page
    assert timed.due_at.strftime("%H:%M") in page


def test_page_shows_each_learners_status_attempts_and_grade(
    client, instructor, learner, classroom, assignment, django_user_model
):
    others = learners(classroom, django_user_model, 2)
    taken = take(assignment, learner, right=lambda question: question.pk % 2 == 0)
    services.start_assignment(assignment=assignment, learner=others[0])
    client.force_login(instructor)
    response = client.get(page_url(assignment))
    rows = {row["learner"]: row for row in response.context["page"].object_list}
    assert rows[learner]["status"] == "submitted"
    assert rows[learner]["attempts_used"] == 1
    grade = 100 * taken.correct_count / taken.question_count
    assert rows[learner]["grade"] == grade
    assert rows[others[0]]["status"] == "in_progress"
    assert rows[others[1]]["status"] == "not_started"
    page = response.content.decode()
    assert f"{grade:.0f}%" in page
    assert "In progress" in page
    assert "Not started" in page


def test_overdue_learner_is_shown_overdue(client, instructor, learner, classroom, assignment):
    now = timezone.now()
    late = make_assignment(
        classroom,
        assignment.document,
        opens_at=now - timedelta(days=2),
        due_at=now - timedelta(days=1),
    )
    client.force_login(instructor)
    response = client.get(page_url(late))
    assert response.context["page"].object_list[0]["status"] == "overdue"


def test_page_without_attempts_says_so(client, instructor, assignment):
    client.force_login(instructor)
    assert "No graded attempts yet" in client.get(page_url(assignment)).content.decode()


def test_page_without_learners_says_so(client, instructor, classroom, assignment, learner):
    services.remove_learner(membership=classroom.memberships.get(learner=learner), by=instructor)
    client.force_login(instructor)
    assert "No learners yet" in client.get(page_url(assignment)).content.decode()


def test_same_questions_show_internal_consistency(
    client, instructor, learner, classroom, fixed, django_user_model
):
    everyone = [learner, *learners(classroom, django_user_model, 4)]
    for number, person in enumerate(everyone):
        take(fixed, person, right=lambda question, n=number: question.pk % (n + 2) == 0)
    client.force_login(instructor)
    response = client.get(page_url(fixed))
    stats = response.context["stats"]
    assert stats.same_questions
    assert stats.attempts == 5
    assert "Not defined" not in response.content.decode()
    assert all(figures.attempts == 5 for figures in stats.questions)


def test_questions_drawn_at_random_leave_internal_consistency_undefined(
    client, instructor, learner, classroom, assignment, django_user_model
):
    everyone = [learner, *learners(classroom, django_user_model, 3)]
    taken = [take(assignment, person, seed=number) for number, person in enumerate(everyone)]
    asked = {frozenset(attempt.items.values_list("question", flat=True)) for attempt in taken}
    assert len(asked) > 1, "the seeds should draw different questions"
    client.force_login(instructor)
    response = client.get(page_url(assignment))
    page = response.content.decode()
    assert "Not defined: learners were asked different questions" in page
    counts = {figures.attempts for figures in response.context["stats"].questions}
    assert counts <= {1, 2, 3, 4}
    assert len(counts) > 1


def test_figures_rest_on_the_attempts_that_count(
    client, instructor, learner, classroom, assignment
):
    """Graded by the highest attempt, a learner's lower attempt is left out."""
    take(assignment, learner, right=lambda question: False)
    take(assignment, learner)
    client.force_login(instructor)
    stats = client.get(page_url(assignment)).context["stats"]
    assert stats.attempts == 1
    assert stats.mean == 100


def test_too_few_attempts_are_not_judged(client, instructor, learner, fixed):
    take(fixed, learner, right=lambda question: False)
    client.force_login(instructor)
    page = client.get(page_url(fixed)).content.decode()
    assert "Too few attempts to judge" in page
    assert "Review:" not in page


def test_a_question_everyone_gets_right_is_flagged(
    client, instructor, learner, classroom, fixed, django_user_model
):
    everyone = [learner, *learners(classroom, django_user_model, 4)]
    easiest = min(
        question.pk for section in fixed.sections.all() for question in section.questions.all()
    )
    for number, person in enumerate(everyone):
        take(fixed, person, right=lambda q, n=number: q.pk == easiest or q.pk % (n + 2) == 0)
    client.force_login(instructor)
    response = client.get(page_url(fixed))
    flagged = [figures for figures in response.context["stats"].questions if figures.concerns]
    assert easiest in {figures.question.pk for figures in flagged}
    page = response.content.decode()
    assert "Very easy" in page
    assert "Review:" in page
    assert "discrimination index is below 20" in page


def test_questions_link_to_their_edit_page_for_the_documents_owner(
    client, instructor, learner, fixed
):
    take(fixed, learner)
    client.force_login(instructor)
    page = client.get(page_url(fixed)).content.decode()
    question = fixed.attempts.get().items.first().question
    assert reverse("teach:edit", args=[fixed.document.slug, question.pk]) in page


def test_a_co_instructor_without_the_document_gets_no_edit_links(
    client, other_instructor, learner, fixed
):
    fixed.classroom.instructors.add(other_instructor)
    take(fixed, learner)
    client.force_login(other_instructor)
    response = client.get(page_url(fixed))
    assert response.status_code == 200
    assert all(row["edit_url"] is None for row in response.context["questions"])


def test_query_count_does_not_grow_with_learners_or_attempts(
    client, instructor, learner, classroom, assignment, django_user_model, django_assert_num_queries
):
    """No query per learner (attempts, extension, grade) or per attempt (its items and
    their questions): 1 learner with 1 attempt costs what 6 learners with 2 each do."""
    take(assignment, learner)
    client.force_login(instructor)
    with CaptureQueriesContext(connection) as few:
        client.get(page_url(assignment))
    for number, person in enumerate(learners(classroom, django_user_model, 5)):
        take(assignment, person, seed=number)
        take(assignment, person, seed=number + 10)
        services.grant_extension(
            assignment=assignment,
            learner=person,
            by=instructor,
            due_at=assignment.due_at + timedelta(days=1),
            time_limit_minutes=None,
        )
    with django_assert_num_queries(len(few)):
        response = client.get(page_url(assignment))
    assert response.context["stats"].attempts == 6


def test_page_shows_the_options_and_links_to_the_edit_page(
    client, instructor, classroom, assignment
):
    options = make_assignment(
        classroom,
        assignment.document,
        title="Options",
        shuffle_questions=False,
        presentations=["typed", "true_false"],
        feedback="after_due",
    )
    client.force_login(instructor)
    page = client.get(page_url(options)).content.decode()
    assert "2 per section, drawn at random for each attempt; in reading order" in page
    assert "Typed answer, True or false" in page
    assert "After the due date" in page
    assert options.get_edit_url() in page
