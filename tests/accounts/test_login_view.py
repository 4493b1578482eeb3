from django.urls import reverse

URL = reverse("login")


def test_the_login_page_links_to_sign_up_and_to_password_reset(client, db):
    page = client.get(URL).content.decode()
    assert f'href="{reverse("signup")}">Sign up</a>' in page
    assert f'href="{reverse("password_reset")}">Forgot your password?</a>' in page


def test_the_sign_up_link_keeps_next(client, db):
    page = client.get(URL, {"next": "/search/?q=ASEAN"}).content.decode()
    assert f'href="{reverse("signup")}?next=/search/%3Fq%3DASEAN">Sign up</a>' in page


def test_learners_log_in_with_their_password(client, learner):
    response = client.post(URL, {"username": "leo", "password": "learner-pass-1"})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(learner.pk)


def test_log_out_asks_first_and_logs_out_on_post_only(client, learner):
    client.force_login(learner)
    confirm = client.get(reverse("logout"))
    assert confirm.status_code == 200
    assert "_auth_user_id" in client.session
    response = client.post(reverse("logout"), follow=True)
    assert "_auth_user_id" not in client.session
    assert "You are logged out." in response.content.decode()


def test_the_username_is_not_case_sensitive(client, learner):
    response = client.post(URL, {"username": "LEO", "password": "learner-pass-1"})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(learner.pk)


def test_log_out_confirmation_page_has_a_clear_post_button(client, learner):
    client.force_login(learner)
    html = client.get(reverse("logout")).content.decode()
    assert "<h1>Log out?</h1>" in html
    form = html.split('<form method="post" action="' + reverse("logout") + '"', 1)[1]
    assert "csrfmiddlewaretoken" in form.split("</form>", 1)[0]
    assert '<button type="submit" class="btn btn-primary">Log out</button>' in form


def test_visitors_asking_to_log_out_go_to_the_library(client, db):
    assert client.get(reverse("logout")).url == reverse("content:library")
