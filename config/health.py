"""Health checks for load balancers and orchestrators.

``/healthz`` (liveness) says the process answers HTTP; it touches no database, cache or
session, so a slow database never gets healthy app servers restarted. ``/readyz``
(readiness) says this server can do useful work: the database answers a trivial query,
and the cache (password reset limits; sessions too with Redis) and the task backend are
reachable. Both are answered by a middleware near the top of the stack, before the HTTPS
redirect, the ``ALLOWED_HOSTS`` check (a load balancer probes by address, not by the
site's name), the session and the CSRF machinery.
"""

import logging
from collections.abc import Callable

import redis
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse

logger = logging.getLogger(__name__)

# A probe must answer well within a load balancer's timeout, even when Redis is unreachable.
REDIS_TIMEOUT_SECONDS = 2


def healthz(request: HttpRequest) -> HttpResponse:
    return HttpResponse("ok", content_type="text/plain")


def readyz(request: HttpRequest) -> JsonResponse:
    """200 with every check "ok", or 503 naming the checks that failed."""
    checks = {"database": _check_database, "cache": _check_cache, "tasks": _check_tasks}
    results = {name: _run_check(name, check) for name, check in checks.items()}
    ready = all(result == "ok" for result in results.values())
    return JsonResponse(results, status=200 if ready else 503)


def _run_check(name: str, check: Callable[[], None]) -> str:
    try:
        check()
    except Exception:
        # The reason goes to the log, never into the response: it may name hosts or users.
        logger.warning("Readiness check %s failed", name, exc_info=True)
        return "unavailable"
    return "ok"


def _check_database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def _check_cache() -> None:
    """A read: the cache table exists (createcachetable has run), or Redis answers."""
    cache.get("readyz-probe")


def _check_tasks() -> None:
    """The queue the background tasks go to: a table in the database, or Redis for RQ."""
    if settings.TASKS_BACKEND == "rq":
        client = redis.Redis.from_url(
            settings.RQ_QUEUES["default"]["URL"],
            socket_connect_timeout=REDIS_TIMEOUT_SECONDS,
            socket_timeout=REDIS_TIMEOUT_SECONDS,
        )
        try:
            client.ping()
        finally:
            client.close()
        return
    # Imported here: the model exists only while django_tasks_db is installed.
    from django_tasks_db.models import DBTaskResult

    # The tasks table itself, so a database the migrations have not reached is not ready.
    DBTaskResult.objects.only("pk").exists()


HEALTH_VIEWS: dict[str, Callable[[HttpRequest], HttpResponse]] = {
    "/healthz": healthz,
    "/readyz": readyz,
}


class HealthCheckMiddleware:
    """Answers the two probe paths itself; every other request goes down the stack."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        view = HEALTH_VIEWS.get(request.path_info)
        if view is not None and request.method in ("GET", "HEAD"):
            return view(request)
        return self.get_response(request)
