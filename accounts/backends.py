"""Authentication backends: django-axes' lockout check in front of Django's password check."""

from axes.backends import AxesStandaloneBackend


class LockoutBackend(AxesStandaloneBackend):
    """Refuse a login while its username and client address are locked out.

    Logins from the web always pass the request (Django's login form and the admin do).
    A call without one comes from code (the shell, a command, a test), where there is no
    client address to count against, so it is left to the next backend instead of failing.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
