"""Who reaches each class view: anonymous visitors log in; learners are refused (403) on
instructors' views; an instructor who does not teach the class gets 404; staff and the
class's instructors are served. The learners' views are for anyone signed in."""

import pytest
from django.urls import reverse

from classes import services
from classes import urls as class_urls
from quizzes import attempts

# (url name, what its URL names besides the class, method)
TEACH_VIEWS = [
    ("classes:list", "none", "get"),
    ("classes:create", "none", "get"),
    ("classes:create", "none", "post"),
    ("classes:detail", "class", "get"),
    ("classes:edit", "class", "get"),
    ("classes:edit", "class", "post"),
    ("classes:archive", "class", "get"),
    ("classes:regenerate", "class", "post"),
    ("classes:add_instructor", "class", "post"),
    ("classes:remove_instructor", "instructor", "get"),
    ("classes:remove", "membership", "get"),
    ("classes:remove", "membership", "post"),
    ("classes:assignment_create", "class", "get"),
    ("classes:assignment", "assignment", "get"),
    ("classes:assignment_edit", "assignment", "get"),
    ("classes:assignment_archive", "assignment", "post"),
    ("classes:extend", "learner", "get"),
    ("classes:extend", "learner", "post"),
    ("classes:gradebook", "class", "get"),
    ("classes:gradebook_csv", "class", "get"),
    ("classes:progress", "class", "get"),
    ("classes:learner_attempts", "learner", "get"),
    ("classes:attempt_detail", "attempt", "get"),
]
LEARNER_VIEWS = [("classes:mine", "get"), ("classes:join", "get"), ("classes:join", "post")]
DATA = {
    "classes:create": {"name": "New class"},
    "classes:add_instructor": {"username": "otto"},
}


@pytest.fixture
def membership(membership, assignment, learner):
    """Leo's membership of Ines's class, which has an assignment Leo has submitted once."""
    attempt = services.start_assignment(assignment=assignment, learner=learner)
    attempts.submit_attempt(attempt=attempt)
    membership.assignment = assignment
    membership.attempt = attempt
    return membership


def url_for(name, needs, membership):
    classroom = membership.classroom
    args = {
        "none": [],
        "class": [classroom.pk],
        "membership": [classroom.pk, membership.pk],
        "instructor": [classroom.pk, classroom.instructors.get().pk],
        "assignment": [classroom.pk, membership.assignment.pk],
        "learner": [classroom.pk, membership.assignment.pk, membership.learner_id],
        "attempt": [classroom.pk, membership.attempt.pk],
    }[needs]
    return reverse(name, args=args)


def call(client, name, needs, method, membership, **extra):
    return getattr(client, method)(url_for(name, needs, membership), DATA.get(name, {}), **extra)


def test_every_instructors_class_view_is_in_this_matrix():
    """A new view under /teach/classes/ gets these checks by being listed above."""
    listed = {name.removeprefix("classes:") for name, _, _ in TEACH_VIEWS}
    routed = {
        pattern.name
        for pattern in class_urls.urlpatterns
        if str(pattern.pattern).startswith("teach/")
    }
    assert routed == listed


@pytest.mark.parametrize(("name", "needs", "method"), TEACH_VIEWS)
def test_anonymous_visitors_are_sent_to_log_in(client, membership, name, needs, method):
    response = call(client, name, needs, method, membership)
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


@pytest.mark.parametrize(("name", "method"), LEARNER_VIEWS)
def test_anonymous_visitors_log_in_to_join(client, db, name, method):
    response = getattr(client, method)(reverse(name), {"code": "ABCDEF"})
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


@pytest.mark.parametrize(("name", "needs", "method"), TEACH_VIEWS)
def test_learners_are_refused(client, learner, membership, name, needs, method):
    client.force_login(learner)
    assert call(client, name, needs, method, membership).status_code == 403
    membership.refresh_from_db()
    assert membership.is_active


@pytest.mark.parametrize(("name", "needs", "method"), [v for v in TEACH_VIEWS if v[1] != "none"])
def test_an_instructor_of_another_class_gets_404(
    client, other_instructor, membership, name, needs, method
):
    services.create_class(name="Otto's class", instructor=other_instructor)
    old_code = membership.classroom.join_code
    client.force_login(other_instructor)
    assert call(client, name, needs, method, membership).status_code == 404
    membership.refresh_from_db()
    assert membership.is_active
    assert membership.classroom.join_code == old_code
    assert not membership.classroom.instructors.filter(pk=other_instructor.pk).exists()


@pytest.mark.parametrize(("name", "needs", "method"), TEACH_VIEWS)
@pytest.mark.parametrize("who", ["staff", "instructor"])
def test_staff_and_the_classes_instructors_are_served(
    client, request, membership, other_instructor, name, needs, method, who
):
    """200, after the redirect that follows a POST."""
    client.force_login(request.getfixturevalue(who))
    assert call(client, name, needs, method, membership, follow=True).status_code == 200


@pytest.mark.parametrize(("name", "method"), LEARNER_VIEWS)
@pytest.mark.parametrize("who", ["learner", "instructor"])
def test_anyone_signed_in_reaches_the_learners_views(client, request, db, name, method, who):
    client.force_login(request.getfixturevalue(who))
    response = getattr(client, method)(reverse(name), {"code": "ABCDEF"}, follow=True)
    assert response.status_code == 200
