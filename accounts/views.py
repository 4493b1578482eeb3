from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme

from accounts.forms import AccountSettingsForm, SignupForm
from accounts.throttling import client_address, take_password_reset_allowance
from accounts.time_zones import DEFAULT_TIME_ZONE

# Several backends are configured (the lockout check first), so login() must be told which
# one vouches for a user who has just been created rather than authenticated.
PASSWORD_BACKEND = "django.contrib.auth.backends.ModelBackend"


def signup(request: HttpRequest) -> HttpResponse:
    redirect_to = _safe_next(request)
    if request.user.is_authenticated:
        return redirect(redirect_to or settings.LOGIN_REDIRECT_URL)
    bound = request.method == "POST"
    form = SignupForm(request.POST if bound else None)
    user = form.save_unless_taken() if bound and form.is_valid() else None
    if user is not None:
        login(request, user, backend=PASSWORD_BACKEND)
        messages.success(request, f"Welcome, {user.get_username()}! Your account is ready.")
        return redirect(redirect_to or settings.LOGIN_REDIRECT_URL)
    return render(
        request,
        "accounts/signup.html",
        {"form": form, "next": redirect_to},
        status=400 if form.errors else 200,
    )


@login_required
def account_settings(request: HttpRequest) -> HttpResponse:
    """The signed-in user's own settings: for now, the time zone times are shown in."""
    form = AccountSettingsForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, f"Times are now shown in {form.instance.time_zone}.")
        return redirect("account_settings")
    return render(
        request,
        "accounts/settings.html",
        {"form": form, "default_time_zone": DEFAULT_TIME_ZONE},
        status=400 if form.errors else 200,
    )


def _safe_next(request: HttpRequest) -> str:
    """The ``next`` URL from the form or the query string, or "" when it leaves this site."""
    url = request.POST.get("next", request.GET.get("next", ""))
    is_safe = url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return url if is_safe else ""


class ThrottledPasswordResetView(auth_views.PasswordResetView):
    """Django's reset form, refusing more than a few requests an hour per email and address.

    Every valid request counts, for known and unknown addresses alike, so the refusal says
    nothing about which addresses have accounts.
    """

    def form_valid(self, form):
        allowed = take_password_reset_allowance(
            email=form.cleaned_data["email"], address=client_address(self.request)
        )
        if not allowed:
            form.add_error(
                None,
                "Too many password reset requests. Please wait an hour before asking again, "
                "and check your spam folder for the links already sent.",
            )
            return self.render_to_response(self.get_context_data(form=form), status=429)
        return super().form_valid(form)


def log_out(request: HttpRequest) -> HttpResponse:
    """Ask before logging out (GET), log out on the confirming POST and say so.

    Django logs out on POST only; the nav links here so that a stray click does not end
    the session, and a visitor who is not signed in is sent to the library.
    """
    if request.method == "POST":
        response = auth_views.LogoutView.as_view()(request)
        messages.success(request, "You are logged out.")
        return response
    if not request.user.is_authenticated:
        return redirect(settings.LOGOUT_REDIRECT_URL)
    return render(request, "registration/logout_confirm.html")
