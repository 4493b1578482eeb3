"""One JSON line per request on stdout, tagged with a request id the response echoes.

The id comes from the ``X-Request-ID`` header when a proxy (or client) sent a sane one, so a
request can be followed from the proxy's log to this one; otherwise a new one is made.
"""

import json
import logging
import re
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime

from django.http import HttpRequest, HttpResponse
from django.utils.functional import empty

logger = logging.getLogger(__name__)

REQUEST_ID_HEADER = "X-Request-ID"
# Letters, digits and a little punctuation: enough for UUIDs and tracing ids, nothing that
# could break a log line or a response header.
SANE_REQUEST_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,127}")


class JsonFormatter(logging.Formatter):
    """A record as one JSON object: time, level, logger, message and the record's ``fields``."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            **getattr(record, "fields", {}),
        }
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        # json.dumps escapes newlines, so a record is always exactly one line.
        return json.dumps(entry, default=str)


def request_id_for(request: HttpRequest) -> str:
    offered = request.headers.get(REQUEST_ID_HEADER, "")
    if SANE_REQUEST_ID.fullmatch(offered):
        return offered
    return uuid.uuid4().hex


def known_user_id(request: HttpRequest) -> int | None:
    """The logged-in user's id, when the request already looked the user up.

    A request that never asked who its user was (a static file, a probe) is not made to:
    that would cost a session and a user query just for the log line.
    """
    user = request.__dict__.get("user")
    if user is None or getattr(user, "_wrapped", None) is empty:
        return None
    return user.pk if user.is_authenticated else None


class RequestLogMiddleware:
    """First in MIDDLEWARE, so the duration covers every other middleware and the view."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        started = time.perf_counter()
        request.request_id = request_id_for(request)
        response = self.get_response(request)
        duration_ms = round((time.perf_counter() - started) * 1000, 1)
        response[REQUEST_ID_HEADER] = request.request_id
        fields = {
            "request_id": request.request_id,
            "user_id": known_user_id(request),
            "method": request.method,
            "path": request.path,
            "status": response.status_code,
            "duration_ms": duration_ms,
        }
        logger.info(
            "%s %s %s", request.method, request.path, response.status_code, extra={"fields": fields}
        )
        return response
