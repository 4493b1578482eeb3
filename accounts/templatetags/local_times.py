"""Times as the signed-in user reads them: in their zone, with the zone named.

``{{ assignment.due_at|local_time }}`` gives ``<time datetime="…">3 Dec 2026, 17:00 JST</time>``
and ``{{ assignment.due_at|relative_to:now }}`` gives "in 2 days" or "3 hours ago"."""

from __future__ import annotations

from datetime import datetime

from django import template
from django.utils import timezone
from django.utils.dateformat import format as format_date
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.timesince import timesince, timeuntil

register = template.Library()

LOCAL_TIME_FORMAT = "j M Y, H:i T"
NOW_WINDOW_SECONDS = 60


@register.filter
def local_time(value: datetime | None) -> SafeString | str:
    """A ``<time>`` element in the active time zone, with its abbreviation (JST, CET) or
    its offset (+04) when the zone has none."""
    if value is None:
        return ""
    local = timezone.localtime(value)
    return format_html(
        '<time datetime="{}">{}</time>', local.isoformat(), format_date(local, LOCAL_TIME_FORMAT)
    )


@register.filter
def relative_to(value: datetime | None, now: datetime) -> str:
    """How far ``value`` is from ``now``, in its largest unit: "in 2 days", "3 hours ago"."""
    if value is None:
        return ""
    if abs((value - now).total_seconds()) < NOW_WINDOW_SECONDS:
        return "now"
    if value > now:
        return f"in {timeuntil(value, now, depth=1)}"
    return f"{timesince(value, now, depth=1)} ago"
