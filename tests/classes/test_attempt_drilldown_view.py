"""Behind a gradebook cell: a learner's attempts at one assignment (the one graded
marked) and one attempt item by item; who may see them; attempts outside the class 404."""

import pytest
from django.urls import reverse
from django.utils.html import escape

from classes import services
from classes.models import Assignment, GradingMethod
from quizzes.attempts import start_attempt
from quizzes.models import AttemptItem, Question
from tests.classes.conftest import make_assignment
from tests.classes.results_helpers import count_queries, take


@pytest.fixture
def attempt(assignment, learner):
    return take(assignment, learner, right=1)


def attempt_url(attempt, classroom=None):
    classroom = classroom or attempt.assignment.classroom
    return reverse("classes:attempt_detail", args=[classroom.pk, attempt.pk])


def attempts_url(assignment, learner, classroom=None):
    classroom = classroom or assignment.classroom
    return reverse("classes:learner_attempts", args=[classroom.pk, assignment.pk, learner.pk])


@pytest.fixture(params=["attempt", "attempts"])
def page_url(request, attempt, assignment, learner):
    """Each of the two pages, for the permission tests."""
    if request.param == "attempt":
        return attempt_url(attempt)
    return attempts_url(assignment, learner)


def test_anonymous_visitor_is_sent_to_log_in(client, page_url):
    response = client.get(page_url)
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


def test_learner_gets_403(client, learner, page_url):
    client.force_login(learner)
    assert client.get(page_url).status_code == 403


def test_instructor_of_another_class_gets_404(client, other_instructor, page_url):
    client.force_login(other_instructor)
    assert client.get(page_url).status_code == 404


def test_staff_are_served(client, staff, page_url):
    client.force_login(staff)
    assert client.get(page_url).status_code == 200


def test_a_practice_attempt_is_404(client, instructor, assignment, learner):
    practice = start_attempt(
        learner=learner, questions=Question.objects.all(), title="Practice", count=2
    )
    client.force_login(instructor)
    url = reverse("classes:attempt_detail", args=[assignment.classroom.pk, practice.pk])
    assert client.get(url).status_code == 404


def test_another_classes_attempt_is_404(client, instructor, attempt, assigned_document):
    mine = services.create_class(name="Mine too", instructor=instructor)
    client.force_login(instructor)
    assert client.get(attempt_url(attempt, classroom=mine)).status_code == 404
    other_assignment = make_assignment(mine, assigned_document, title="Elsewhere")
    url = attempts_url(other_assignment, attempt.learner, classroom=attempt.assignment.classroom)
    assert client.get(url).status_code == 404


def test_someone_never_in_the_class_is_404(client, instructor, assignment, other_instructor):
    client.force_login(instructor)
    assert client.get(attempts_url(assignment, other_instructor)).status_code == 404


def test_the_attempt_shows_each_item_with_answer_verdict_key_and_source(
    client, instructor, attempt
):
    AttemptItem.objects.filter(attempt=attempt, position=1).update(
        accepted_answers=["Another <b>way</b>"]
    )
    items = list(attempt.items.select_related("question__section").order_by("position"))
    client.force_login(instructor)

    html = client.get(attempt_url(attempt)).content.decode()

    assert "<h1>leo: Chapter quiz</h1>" in html
    assert "1/4 (25%)" in html
    assert html.count(">Right<") == 1
    assert html.count(">Wrong<") == 3
    for item in items:
        assert escape(item.shown_prompt) in html
        assert escape(item.shown_answer) in html
        assert escape(item.question.section.title) in html
        assert f"<td>{escape(item.given_answer)}</td>" in html
    assert "Also accepted: Another &lt;b&gt;way&lt;/b&gt;" in html


def test_the_attempt_page_takes_the_same_queries_for_few_and_many_items(
    client, instructor, assignment, learner, django_assert_num_queries
):
    """Items come with their question and section (select_related), not one query per
    item for the source link."""
    few = take(assignment, learner, right=1)
    Assignment.objects.filter(pk=assignment.pk).update(per_section=3)
    assignment.refresh_from_db()
    many = take(assignment, learner, right=1)
    assert many.question_count > few.question_count
    client.force_login(instructor)
    expected = count_queries(client, attempt_url(few))
    url = attempt_url(many)
    with django_assert_num_queries(expected):
        client.get(url)


@pytest.mark.parametrize(
    ("method", "counting"), [("first", 0), ("last", 1), ("highest", 1), ("average", None)]
)
def test_the_attempts_list_marks_the_one_graded(
    client, instructor, assignment, learner, method, counting
):
    Assignment.objects.filter(pk=assignment.pk).update(grading_method=method)
    made = [take(assignment, learner, right=1), take(assignment, learner, right=3)]
    client.force_login(instructor)

    html = client.get(attempts_url(assignment, learner)).content.decode()

    for attempt in made:
        assert attempt_url(attempt) in html
    rows = html.split("<tbody>")[1].split("</tr>")
    marked = [index for index, row in enumerate(rows[:2]) if ">Counts<" in row]
    assert marked == ([] if counting is None else [counting])
    if method == GradingMethod.AVERAGE:
        assert "Grade: <strong>50.0%</strong>" in html


def test_a_removed_learners_attempts_stay_open(client, instructor, attempt, membership):
    services.remove_learner(membership=membership, by=instructor)
    client.force_login(instructor)
    assert client.get(attempt_url(attempt)).status_code == 200
    assert client.get(attempts_url(attempt.assignment, attempt.learner)).status_code == 200


def test_a_learner_who_has_not_started_is_told_so(client, instructor, assignment, learner):
    client.force_login(instructor)
    html = client.get(attempts_url(assignment, learner)).content.decode()
    assert "leo has not started this assignment." in html
