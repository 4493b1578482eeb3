"""The JSON line logged for every request, and the request id the response echoes."""

import json
import logging
import re

import pytest
from django.urls import path, reverse

from config.request_log import JsonFormatter


def broken_view(request):
    raise RuntimeError("the view failed")


urlpatterns = [path("broken/", broken_view)]


@pytest.fixture
def request_lines(caplog):
    """The request log's records; its logger does not propagate to the root, where caplog is."""
    request_logger = logging.getLogger("config.request_log")
    request_logger.addHandler(caplog.handler)
    caplog.set_level(logging.INFO, logger="config.request_log")
    yield lambda: [record.fields for record in caplog.records if record.name == request_logger.name]
    request_logger.removeHandler(caplog.handler)


def test_each_request_logs_one_line_with_its_fields(client, db, request_lines):
    response = client.get("/healthz")
    [line] = request_lines()
    assert re.fullmatch(r"[0-9a-f]{32}", line["request_id"])
    assert response["X-Request-ID"] == line["request_id"]
    assert line["user_id"] is None
    assert (line["method"], line["path"], line["status"]) == ("GET", "/healthz", 200)
    assert isinstance(line["duration_ms"], float)
    assert line["duration_ms"] >= 0


def test_a_sane_request_id_from_the_proxy_is_kept_and_echoed(client, db, request_lines):
    response = client.get("/healthz", HTTP_X_REQUEST_ID="7f1c2e9a-5b4d-4c1e-9a8f-0e2d3c4b5a69")
    assert response["X-Request-ID"] == "7f1c2e9a-5b4d-4c1e-9a8f-0e2d3c4b5a69"
    assert request_lines()[0]["request_id"] == "7f1c2e9a-5b4d-4c1e-9a8f-0e2d3c4b5a69"


@pytest.mark.parametrize(
    "offered", ["", "two words", "id\r\nSet-Cookie: x=1", "<script>", "-leading-dash", "a" * 129]
)
def test_an_odd_request_id_is_replaced_by_a_new_one(client, db, request_lines, offered):
    response = client.get("/healthz", HTTP_X_REQUEST_ID=offered)
    assert re.fullmatch(r"[0-9a-f]{32}", response["X-Request-ID"])
    assert request_lines()[0]["request_id"] == response["X-Request-ID"]


def test_the_logged_in_user_is_logged_by_id(client, learner, request_lines):
    client.force_login(learner)
    response = client.get(reverse("content:library"))
    assert response.status_code == 200
    assert request_lines()[0]["user_id"] == learner.pk


def test_an_anonymous_visitor_is_logged_as_null(client, db, request_lines):
    client.get(reverse("content:library"))
    assert request_lines()[0]["user_id"] is None


def test_the_log_never_looks_the_user_up_itself(
    client, learner, request_lines, django_assert_num_queries
):
    """A probe from a logged-in browser would otherwise cost a session and a user query."""
    client.force_login(learner)
    with django_assert_num_queries(0):
        client.get("/healthz")
    assert request_lines()[0]["user_id"] is None


def test_a_failing_view_is_logged_with_its_500(client, db, request_lines, settings):
    settings.ROOT_URLCONF = __name__
    client.raise_request_exception = False
    response = client.get("/broken/")
    assert response.status_code == 500
    assert request_lines()[-1]["status"] == 500
    assert request_lines()[-1]["path"] == "/broken/"


def test_the_formatter_writes_one_json_line():
    record = logging.LogRecord(
        "config.request_log", logging.INFO, __file__, 1, "GET %s", ("/a\nb",), None
    )
    record.fields = {"request_id": "abc", "status": 200, "user_id": None}
    line = JsonFormatter().format(record)
    assert "\n" not in line
    entry = json.loads(line)
    assert entry["message"] == "GET /a\nb"
    assert entry["level"] == "INFO"
    assert entry["time"].endswith("+00:00")
    assert (entry["request_id"], entry["status"], entry["user_id"]) == ("abc", 200, None)
