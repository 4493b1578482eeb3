"""Who a login or password reset request comes from, and how often they may ask.

Login failures are counted by django-axes (see AXES_* in config/settings.py); password
reset requests are counted here, in the default cache.
"""

import hashlib
import ipaddress

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

RESET_WINDOW_SECONDS = 3600
# No account has a longer username (the model's limit); cutting there also keeps a hostile
# value within the column where django-axes records the attempt.
MAX_USERNAME_LENGTH = 150


def client_address(request: HttpRequest) -> str:
    """The client's IP address: from the trusted proxy's header when configured, else the peer."""
    header = settings.CLIENT_ADDRESS_HEADER
    if header:
        meta_key = "HTTP_" + header.upper().replace("-", "_")
        # A proxy may append to a list ("client, proxy1"); the first entry is the client.
        candidate = request.META.get(meta_key, "").split(",")[0].strip()
        if _is_ip_address(candidate):
            return candidate
    return request.META.get("REMOTE_ADDR", "") or "0.0.0.0"


def _is_ip_address(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


def login_username(request: HttpRequest, credentials: dict | None) -> str:
    """The username a login attempt counts against, in the case-insensitive form used to log in."""
    field = settings.AXES_USERNAME_FORM_FIELD
    username = credentials.get(field) if credentials is not None else request.POST.get(field)
    return str(username or "").strip().casefold()[:MAX_USERNAME_LENGTH]


def take_password_reset_allowance(*, email: str, address: str) -> bool:
    """Count one reset request; False when this address or this email asked too often this hour.

    The address is checked first, so requests refused for it do not use up the allowance of
    the email addresses it tried.
    """
    email_digest = hashlib.sha256(email.strip().casefold().encode()).hexdigest()
    counters = [
        (f"password-reset:address:{address}", settings.PASSWORD_RESET_LIMIT_PER_ADDRESS),
        (f"password-reset:email:{email_digest}", settings.PASSWORD_RESET_LIMIT_PER_EMAIL),
    ]
    # all() stops at the first counter over its limit, leaving the later ones untouched.
    return all(_count_request(key) <= limit for key, limit in counters)


def _count_request(key: str) -> int:
    """Add one to a counter that starts at the first request of an hour-long window."""
    cache.add(key, 0, timeout=RESET_WINDOW_SECONDS)
    try:
        return cache.incr(key)
    except ValueError:
        # The window ended between add() and incr(): this request opens a new one.
        cache.set(key, 1, timeout=RESET_WINDOW_SECONDS)
        return 1


def lockout_response(
    request: HttpRequest,
    original_response: HttpResponse | None = None,
    credentials: dict | None = None,
) -> HttpResponse:
    """The page shown instead of the login form while a username and address are locked out."""
    minutes = max(1, round(settings.AXES_COOLOFF_TIME.total_seconds() / 60))
    context = {
        "username": login_username(request, credentials),
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "minutes": minutes,
    }
    return render(request, "registration/lockout.html", context, status=429)
