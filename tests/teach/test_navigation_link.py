from django.urls import reverse


def test_instructors_and_staff_see_teach(client, instructor, staff):
    for user in (instructor, staff):
        client.force_login(user)
        html = client.get(reverse("content:library")).content.decode()
        assert f'href="{reverse("teach:workspace")}"' in html


def test_learners_do_not(client, learner):
    client.force_login(learner)
    html = client.get(reverse("content:library")).content.decode()
    assert reverse("teach:workspace") not in html


def test_it_is_marked_current_in_the_workspace(client, instructor):
    client.force_login(instructor)
    html = client.get(reverse("teach:workspace")).content.decode()
    assert f'href="{reverse("teach:workspace")}" aria-current="page">Teach' in html
