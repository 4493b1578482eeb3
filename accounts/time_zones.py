"""Time zones users can choose: the IANA names Python's zoneinfo knows."""

from __future__ import annotations

from functools import cache
from zoneinfo import ZoneInfo, available_timezones

from django.core.exceptions import ValidationError

DEFAULT_TIME_ZONE = "UTC"
TIME_ZONE_MAX_LENGTH = 64  # the longest IANA name is about 32 characters


@cache
def time_zone_names() -> tuple[str, ...]:
    """Every zone name, sorted; read once, since it scans the zone database on disk."""
    return tuple(sorted(available_timezones()))


def validate_time_zone(name: str) -> None:
    if name not in time_zone_names():
        raise ValidationError(
            "“%(name)s” is not a time zone we know. Choose one from the list, "
            "for example Europe/Paris or Asia/Tokyo.",
            code="unknown_time_zone",
            params={"name": name},
        )


def zone_or_default(name: str) -> ZoneInfo:
    """The zone called ``name``, or UTC for a name the zone database no longer has."""
    if name in time_zone_names():
        return ZoneInfo(name)
    return ZoneInfo(DEFAULT_TIME_ZONE)
