from django.test import Client
from django.urls import reverse

from classes.models import Classroom

URL = reverse("classes:create")


def test_the_form_has_a_labelled_name_field(client, instructor):
    client.force_login(instructor)
    html = client.get(URL).content.decode()
    assert "<h1>New class</h1>" in html
    assert 'for="id_name"' in html
    assert 'maxlength="100"' in html


def test_creating_a_class_makes_its_creator_its_instructor(client, instructor):
    client.force_login(instructor)
    response = client.post(URL, {"name": "  History   10B "})
    classroom = Classroom.objects.get()
    assert response.status_code == 302
    assert response.url == classroom.get_absolute_url()
    assert classroom.name == "History 10B"
    assert list(classroom.instructors.all()) == [instructor]
    assert classroom.created_by == instructor
    html = client.get(response.url).content.decode()
    assert f"Learners join it with the code {classroom.join_code}." in html


def test_a_blank_or_overlong_name_is_refused(client, instructor):
    client.force_login(instructor)
    for name in ("   ", "x" * 101):
        response = client.post(URL, {"name": name})
        assert response.status_code == 200
        assert 'class="invalid-feedback"' in response.content.decode()
    assert not Classroom.objects.exists()


def test_the_form_needs_the_csrf_token(instructor):
    client = Client(enforce_csrf_checks=True)
    client.force_login(instructor)
    assert client.post(URL, {"name": "History"}).status_code == 403
    assert not Classroom.objects.exists()
