"""The user's time zone: validated against the zone database, activated for their
requests by accounts.middleware, never used to store times."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError
from django.test import RequestFactory
from django.utils import timezone

from accounts.middleware import UserTimeZoneMiddleware


def test_a_new_user_is_in_utc(learner):
    assert learner.time_zone == "UTC"


def test_model_validation_refuses_an_unknown_zone(learner):
    learner.time_zone = "Europe/Atlantis"
    with pytest.raises(ValidationError, match="not a time zone we know"):
        learner.full_clean()


def seen_zone(user) -> str:
    """The zone active while a view runs for ``user``."""
    request = RequestFactory().get("/")
    request.user = user
    return UserTimeZoneMiddleware(lambda _: timezone.get_current_timezone_name())(request)


def test_the_signed_in_users_zone_is_active_during_their_request(learner):
    learner.time_zone = "Asia/Tokyo"
    assert seen_zone(learner) == "Asia/Tokyo"
    assert timezone.get_current_timezone_name() == "UTC"


def test_visitors_see_utc(db):
    assert seen_zone(AnonymousUser()) == "UTC"


def test_a_zone_the_database_no_longer_has_falls_back_to_utc(learner):
    learner.time_zone = "Gone/Away"
    assert seen_zone(learner) == "UTC"
