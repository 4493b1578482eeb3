from django.urls import reverse, set_script_prefix


def nav(page: str) -> str:
    return page.split('<nav class="navbar', 1)[1].split("</nav>", 1)[0]


def test_visitors_see_log_in_and_sign_up(client, db):
    links = nav(client.get(reverse("content:search")).content.decode())
    assert f'href="{reverse("login")}?next=/search/"' in links
    assert f'href="{reverse("signup")}?next=/search/"' in links
    assert "Log out" not in links
    assert "Change password" not in links


def test_users_see_change_password_and_log_out(client, learner):
    client.force_login(learner)
    links = nav(client.get(reverse("content:library")).content.decode())
    assert f'href="{reverse("password_change")}"' in links
    assert f'href="{reverse("logout")}"' in links
    assert "Signed in as leo" in links
    assert ">Log in<" not in links
    assert ">Sign up<" not in links


def test_the_current_account_page_is_marked(client, learner):
    signup = nav(client.get(reverse("signup")).content.decode())
    assert f'href="{reverse("signup")}" aria-current="page">Sign up' in signup
    login = nav(client.get(reverse("login")).content.decode())
    assert f'href="{reverse("login")}" aria-current="page">Log in' in login
    client.force_login(learner)
    change = nav(client.get(reverse("password_change")).content.decode())
    assert f'href="{reverse("password_change")}" aria-current="page">Change password' in change


def test_account_pages_do_not_send_visitors_back_to_themselves(client, db):
    links = nav(client.get(reverse("password_reset_done")).content.decode())
    assert "next=" not in links


def test_links_follow_the_prefix_the_app_is_served_under(client, learner):
    """The nav's addresses are reversed once per process: once per script prefix, so an
    app mounted under /quiz links within it (and the same process serving / does not)."""
    client.force_login(learner)
    library, review = reverse("content:library"), reverse("quizzes:review")
    # What the WSGI handler sets from SCRIPT_NAME (the test client does not).
    set_script_prefix("/quiz/")
    try:
        mounted = nav(client.get(library).content.decode())
    finally:
        set_script_prefix("/")
    at_root = nav(client.get(library).content.decode())
    assert f'href="/quiz{review}"' in mounted
    assert f'href="{review}"' in at_root
    assert 'href="/quiz' not in at_root
