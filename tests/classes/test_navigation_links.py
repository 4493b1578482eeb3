from django.urls import reverse

LIBRARY = reverse("content:library")


def test_instructors_and_staff_see_classes(client, instructor, staff):
    for user in (instructor, staff):
        client.force_login(user)
        html = client.get(LIBRARY).content.decode()
        assert f'href="{reverse("classes:list")}"' in html


def test_learners_see_my_classes_and_not_classes(client, learner):
    client.force_login(learner)
    html = client.get(LIBRARY).content.decode()
    assert f'href="{reverse("classes:mine")}"' in html
    assert f'href="{reverse("classes:list")}"' not in html


def test_anonymous_visitors_see_neither(client, db):
    html = client.get(LIBRARY).content.decode()
    assert reverse("classes:mine") not in html
    assert reverse("classes:list") not in html


def test_the_links_are_marked_current(client, instructor, learner):
    client.force_login(instructor)
    html = client.get(reverse("classes:list")).content.decode()
    assert f'href="{reverse("classes:list")}" aria-current="page">Classes' in html
    client.force_login(learner)
    html = client.get(reverse("classes:join")).content.decode()
    assert f'href="{reverse("classes:mine")}" aria-current="page">My classes' in html
