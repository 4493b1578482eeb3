"""Who reaches each class view: anonymous visitors log in; learners are refused (403) on
instructors' views; an instructor who does not teach the class gets 404; staff and the
class's instructors are served. The learners' views are for anyone signed in."""

import pytest
from django.urls import reverse

from classes import services

# (url name, whether it needs the class or a membership, method)
TEACH_VIEWS = [
    ("classes:list", "none", "get"),
    ("classes:create", "none", "get"),
    ("classes:create", "none", "post"),
    ("classes:detail", "class", "get"),
    ("classes:regenerate", "class", "post"),
    ("classes:add_instructor", "class", "post"),
    ("classes:remove", "membership", "get"),
    ("classes:remove", "membership", "post"),
]
LEARNER_VIEWS = [("classes:mine", "get"), ("classes:join", "get"), ("classes:join", "post")]
DATA = {
    "classes:create": {"name": "New class"},
    "classes:add_instructor": {"username": "otto"},
}


def url_for(name, needs, membership):
    args = {
        "none": [],
        "class": [membership.classroom.pk],
        "membership": [membership.classroom.pk, membership.pk],
    }[needs]
    return reverse(name, args=args)


def call(client, name, needs, method, membership, **extra):
    return getattr(client, method)(url_for(name, needs, membership), DATA.get(name, {}), **extra)


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
