from django.urls import reverse

from classes import services

URL = reverse("classes:mine")


def test_lists_the_learners_classes_with_their_instructors(
    client, learner, membership, other_instructor
):
    services.add_instructor(classroom=membership.classroom, user=other_instructor)
    client.force_login(learner)
    html = client.get(URL).content.decode()
    assert "<h1>My classes</h1>" in html
    assert "History 10B" in html
    assert "Taught by ines, otto" in html


def test_a_learner_without_classes_is_told_how_to_join(client, learner):
    client.force_login(learner)
    html = client.get(URL).content.decode()
    assert "You are not in any class yet." in html
    assert f'href="{reverse("classes:join")}"' in html


def test_classes_of_others_are_not_listed(client, learner, classroom, django_user_model):
    other = django_user_model.objects.create_user(username="olga")
    services.join_class(user=other, code=classroom.join_code)
    client.force_login(learner)
    assert "History 10B" not in client.get(URL).content.decode()
