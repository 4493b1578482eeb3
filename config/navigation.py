"""The addresses the navigation bar links to, for every page's template (``nav``)."""

import functools

from django.http import HttpRequest
from django.urls import get_script_prefix, reverse

NAV_LINKS = (
    "account_settings",
    "classes:assigned",
    "classes:list",
    "classes:mine",
    "content:library",
    "content:search",
    "content:upload",
    "login",
    "logout",
    "password_change",
    "quizzes:dashboard",
    "quizzes:review",
    "signup",
    "teach:workspace",
)


def navigation(request: HttpRequest) -> dict:
    """``nav.<name>`` for each of ``NAV_LINKS``, ":" written "_" (``nav.quizzes_review``).

    They take no arguments, so they are reversed once per process (and script prefix)
    rather than on every page: fourteen ``{% url %}`` tags took a tenth of a question page.
    """
    return {"nav": _links(get_script_prefix())}


@functools.cache
def _links(script_prefix: str) -> dict[str, str]:
    # reverse() prepends the prefix of the request being served; the argument only keys
    # the cache by it.
    return {name.replace(":", "_"): reverse(name) for name in NAV_LINKS}
