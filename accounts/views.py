from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme

from accounts.forms import SignupForm


def signup(request: HttpRequest) -> HttpResponse:
    redirect_to = _safe_next(request)
    if request.user.is_authenticated:
        return redirect(redirect_to or settings.LOGIN_REDIRECT_URL)
    bound = request.method == "POST"
    form = SignupForm(request.POST if bound else None)
    if bound and form.is_valid():
        user = form.save()
        login(request, user)
        messages.success(request, f"Welcome, {user.get_username()}! Your account is ready.")
        return redirect(redirect_to or settings.LOGIN_REDIRECT_URL)
    return render(
        request,
        "accounts/signup.html",
        {"form": form, "next": redirect_to},
        status=400 if form.errors else 200,
    )


def _safe_next(request: HttpRequest) -> str:
    """The ``next`` URL from the form or the query string, or "" when it leaves this site."""
    url = request.POST.get("next", request.GET.get("next", ""))
    is_safe = url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return url if is_safe else ""
