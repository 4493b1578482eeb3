"""Refuse requests carrying a NUL byte before any view or the session sees them.

PostgreSQL cannot store NUL in text and raises an error for a query that contains one,
so ``/search/?q=%00`` or a form value with ``\\x00`` would otherwise end in a 500. No
legitimate text in this app contains NUL, so the whole request is refused with a 400.
Uploaded file *contents* may hold NULs and are left to the importers, which refuse binary
files with their own message; only field values and file names are checked here.
"""

from collections.abc import Callable, Iterable

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.template.loader import render_to_string

NUL = "\x00"
FORM_CONTENT_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


def _any_nul(values: Iterable[str]) -> bool:
    return any(NUL in value for value in values)


def _multivalue_strings(data) -> list[str]:
    """Every key and value of a QueryDict (a key can carry several values)."""
    strings = []
    for key, values in data.lists():
        strings.append(key)
        strings.extend(value for value in values if isinstance(value, str))
    return strings


def request_has_nul(request: HttpRequest) -> bool:
    if NUL in request.path_info or NUL in request.path:
        return True
    if _any_nul(_multivalue_strings(request.GET)):
        return True
    if _any_nul(list(request.COOKIES) + list(request.COOKIES.values())):
        return True
    if request.method == "POST" and request.content_type in FORM_CONTENT_TYPES:
        # Django's normal parsing: files go through the upload handlers, not into this check.
        if _any_nul(_multivalue_strings(request.POST)):
            return True
        # Django's parser already drops NULs from file names; checked again in case it stops.
        file_names = [upload.name or "" for upload in request.FILES.values()]
        if _any_nul(list(request.FILES) + file_names):
            return True
    return False


class RefuseNulBytesMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request_has_nul(request):
            # Rendered without the request: the page must not touch the session or the user.
            return HttpResponseBadRequest(render_to_string("errors/nul_byte.html"))
        return self.get_response(request)
