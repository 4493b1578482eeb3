from django.urls import reverse

from classes import services
from classes.models import Classroom


def test_a_new_code_replaces_the_old_one(client, instructor, classroom, learner):
    old = classroom.join_code
    client.force_login(instructor)
    response = client.post(reverse("classes:regenerate", args=[classroom.pk]), follow=True)
    classroom.refresh_from_db()
    assert classroom.join_code != old
    assert classroom.code_changed_at is not None
    assert f"The new code is {classroom.join_code}." in response.content.decode()
    client.force_login(learner)
    html = client.post(reverse("classes:join"), {"code": old}).content.decode()
    assert "No class has that code." in html
    client.post(reverse("classes:join"), {"code": classroom.join_code})
    assert Classroom.objects.joined_by(learner).get() == classroom


def test_members_stay_members(instructor, classroom, membership, learner):
    services.regenerate_code(classroom=classroom)
    assert Classroom.objects.joined_by(learner).get() == classroom


def test_it_is_a_post(client, instructor, classroom):
    client.force_login(instructor)
    response = client.get(reverse("classes:regenerate", args=[classroom.pk]))
    assert response.status_code == 405


def test_the_new_code_is_never_the_old_one_nor_another_class(instructor, classroom, monkeypatch):
    other = services.create_class(name="Other", instructor=instructor)
    codes = iter([classroom.join_code, other.join_code, "ZZZZZZ"])
    monkeypatch.setattr(services, "new_join_code", lambda: next(codes))
    assert services.regenerate_code(classroom=classroom).join_code == "ZZZZZZ"
