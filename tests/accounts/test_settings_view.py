"""/accounts/settings/: a signed-in user chooses the time zone times are shown in."""

from django.urls import reverse

URL = reverse("account_settings")


def test_visitors_are_sent_to_log_in(client, db):
    response = client.get(URL)
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


def test_offers_every_zone_sorted_with_utc_selected_by_default(client, learner):
    client.force_login(learner)
    html = client.get(URL).content.decode()
    assert "<h1>Settings</h1>" in html
    assert '<option value="UTC" selected>UTC</option>' in html
    assert html.index('value="America/New_York"') < html.index('value="Asia/Tokyo"')
    assert '<option value="America/New_York">America/New York</option>' in html


def test_the_browser_zone_script_loads_only_while_the_zone_is_the_default(client, learner):
    client.force_login(learner)
    assert "js/time_zone.js" in client.get(URL).content.decode()
    learner.time_zone = "Europe/Paris"
    learner.save()
    assert "js/time_zone.js" not in client.get(URL).content.decode()


def test_choosing_a_zone_saves_it_and_says_so(client, learner):
    client.force_login(learner)
    response = client.post(URL, {"time_zone": "Asia/Tokyo"}, follow=True)
    assert "Times are now shown in Asia/Tokyo." in response.content.decode()
    learner.refresh_from_db()
    assert learner.time_zone == "Asia/Tokyo"


def test_an_unknown_zone_is_refused_with_a_message(client, learner):
    client.force_login(learner)
    response = client.post(URL, {"time_zone": "Mars/Olympus_Mons"})
    assert response.status_code == 400
    assert "“Mars/Olympus_Mons” is not a time zone we know." in response.content.decode()
    learner.refresh_from_db()
    assert learner.time_zone == "UTC"


def test_an_overlong_zone_is_refused_not_a_500(client, learner):
    client.force_login(learner)
    assert client.post(URL, {"time_zone": "A/" + "x" * 500}).status_code == 400


def test_the_navbar_links_to_settings(client, learner):
    client.force_login(learner)
    html = client.get(reverse("content:library")).content.decode()
    assert f'href="{URL}"' in html
