from django.urls import reverse

from classes.models import Membership

URL = reverse("classes:join")


def spaced_lower(code: str) -> str:
    return f" {code[:3].lower()} - {code[3:].lower()} "


def test_a_learner_joins_with_the_code_in_any_case_and_with_spaces(client, learner, classroom):
    client.force_login(learner)
    response = client.post(URL, {"code": spaced_lower(classroom.join_code)}, follow=True)
    assert response.redirect_chain == [(reverse("classes:mine"), 302)]
    assert f"You joined {classroom.name}." in response.content.decode()
    assert Membership.objects.active().filter(classroom=classroom, learner=learner).exists()


def test_joining_again_says_they_are_already_a_member(client, learner, membership):
    client.force_login(learner)
    response = client.post(URL, {"code": membership.classroom.join_code}, follow=True)
    assert "You are already a member of History 10B." in response.content.decode()
    assert Membership.objects.count() == 1


def test_a_wrong_code_says_so_and_joins_nothing(client, learner, classroom):
    client.force_login(learner)
    response = client.post(URL, {"code": "ZZZZZZ" if classroom.join_code != "ZZZZZZ" else "YYYYYY"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "No class has that code." in html
    assert "the old one stops working" in html
    assert not Membership.objects.exists()


def test_an_overlong_code_is_refused(client, learner, classroom):
    client.force_login(learner)
    response = client.post(URL, {"code": classroom.join_code + " " * 20 + "x"})
    assert response.status_code == 200
    assert not Membership.objects.exists()


def test_an_instructor_cannot_join_their_own_class(client, instructor, classroom):
    client.force_login(instructor)
    response = client.post(URL, {"code": classroom.join_code})
    assert "You teach History 10B" in response.content.decode()
    assert not Membership.objects.exists()


def test_the_shared_link_fills_in_the_code(client, learner, classroom):
    client.force_login(learner)
    html = client.get(classroom.get_join_url()).content.decode()
    assert "<h1>Join a class</h1>" in html
    assert f'value="{classroom.join_code}"' in html
    assert 'for="id_code"' in html
