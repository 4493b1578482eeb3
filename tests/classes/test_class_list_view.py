from django.urls import reverse

from classes import services
from tests.classes.conftest import add_learners

URL = reverse("classes:list")


def test_lists_the_instructors_classes_with_code_and_learner_count(
    client, instructor, classroom, django_user_model
):
    add_learners(classroom, django_user_model, 3)
    client.force_login(instructor)
    html = client.get(URL).content.decode()
    assert "<h1>Classes</h1>" in html
    row = html.split(classroom.get_absolute_url(), 1)[1].split("</tr>", 1)[0]
    assert classroom.join_code in row
    assert '<td class="text-end">3</td>' in row


def test_an_instructor_without_classes_is_told_how_to_start(client, other_instructor, classroom):
    client.force_login(other_instructor)
    html = client.get(URL).content.decode()
    assert "You have no classes yet." in html
    assert "History 10B" not in html


def test_staff_see_every_class(client, staff, classroom, other_instructor):
    services.create_class(name="Geography", instructor=other_instructor)
    client.force_login(staff)
    html = client.get(URL).content.decode()
    assert "History 10B" in html
    assert "Geography" in html
