import pytest

from classes import services
from tests.classes.conftest import add_learners


def test_shows_the_code_and_the_link_to_share(client, instructor, classroom):
    client.force_login(instructor)
    html = client.get(classroom.get_absolute_url()).content.decode()
    assert "<h1>History 10B</h1>" in html
    assert classroom.join_code in html
    assert f"http://testserver{classroom.get_join_url()}" in html


def test_learners_appear_as_they_join(client, instructor, classroom, learner):
    client.force_login(instructor)
    assert "No learners yet." in client.get(classroom.get_absolute_url()).content.decode()
    services.join_class(user=learner, code=classroom.join_code)
    html = client.get(classroom.get_absolute_url()).content.decode()
    assert "Learners (1)" in html
    assert "leo" in html


def test_a_co_instructor_manages_the_class(client, other_instructor, classroom):
    services.add_instructor(classroom=classroom, user=other_instructor)
    client.force_login(other_instructor)
    assert client.get(classroom.get_absolute_url()).status_code == 200


@pytest.mark.parametrize("learners", [5, 50])
def test_the_page_takes_the_same_queries_for_5_and_50_learners(
    client, instructor, classroom, django_user_model, django_assert_max_num_queries, learners
):
    """The learners' user rows come with their memberships (select_related), not one query
    per learner (the N+1 this guards against: ``membership.learner`` in the list)."""
    add_learners(classroom, django_user_model, learners)
    client.force_login(instructor)
    # One query more than the learners need: the assignments list.
    with django_assert_max_num_queries(7):
        html = client.get(classroom.get_absolute_url()).content.decode()
    assert f"Learners ({learners})" in html
