"""Show times in the signed-in user's time zone; visitors see UTC."""

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.utils import timezone

from accounts.time_zones import zone_or_default


class UserTimeZoneMiddleware:
    """Activates ``request.user.time_zone`` for the request (after AuthenticationMiddleware).

    Only display and form input change: the database stores and compares times in UTC."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            timezone.activate(zone_or_default(user.time_zone))
        else:
            timezone.deactivate()
        try:
            return self.get_response(request)
        finally:
            # The thread serves other users next.
            timezone.deactivate()
