from django.urls import reverse

from classes import services
from classes.models import Membership


def add(client, classroom, username):
    url = reverse("classes:add_instructor", args=[classroom.pk])
    return client.post(url, {"username": username}, follow=True)


def test_an_instructor_is_added_by_username_in_any_case(
    client, instructor, classroom, other_instructor
):
    client.force_login(instructor)
    html = add(client, classroom, " OTTO ").content.decode()
    assert "otto now teaches History 10B." in html
    assert set(classroom.instructors.all()) == {instructor, other_instructor}


def test_adding_twice_says_so(client, instructor, classroom, other_instructor):
    client.force_login(instructor)
    add(client, classroom, "otto")
    assert "otto already teaches History 10B." in add(client, classroom, "otto").content.decode()


def test_a_learner_cannot_be_made_a_co_instructor(client, instructor, classroom, learner):
    client.force_login(instructor)
    response = add(client, classroom, "leo")
    assert response.status_code == 200
    assert "leo is not an instructor" in response.content.decode()
    assert list(classroom.instructors.all()) == [instructor]


def test_an_unknown_username_says_so(client, instructor, classroom):
    client.force_login(instructor)
    assert "No user is called" in add(client, classroom, "nobody").content.decode()


def test_a_learner_of_the_class_who_becomes_its_instructor_leaves_the_list(
    client, instructor, classroom, django_user_model
):
    tutor = django_user_model.objects.create_user(username="tara", is_instructor=True)
    services.join_class(user=tutor, code=classroom.join_code)
    client.force_login(instructor)
    add(client, classroom, "tara")
    assert not Membership.objects.active().exists()
