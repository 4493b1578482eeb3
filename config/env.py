"""Typed readers for settings that come from the environment.

A bad value stops start-up with a message naming the variable, instead of
silently falling back to a default the operator did not ask for.
"""

import os

from django.core.exceptions import ImproperlyConfigured

TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off", ""}


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    word = raw.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ImproperlyConfigured(
        f"{name} must be one of 1/0, true/false, yes/no, on/off; got {raw!r}"
    )


def env_int(name: str, default: int, *, minimum: int = 0) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number; got {raw!r}") from None
    if value < minimum:
        raise ImproperlyConfigured(f"{name} must be at least {minimum}; got {value}")
    return value


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return default
    items = [item.strip() for item in raw.split(",") if item.strip()]
    if not items:
        raise ImproperlyConfigured(f"{name} is set but names no value")
    return items


def env_header(name: str) -> tuple[str, str] | None:
    """A request header and the value that marks it, written "Header-Name: value".

    Returns Django's form, e.g. ("HTTP_X_FORWARDED_PROTO", "https"), or None when unset.
    """
    raw = os.environ.get(name, "").strip()
    if not raw:
        return None
    header, separator, value = raw.partition(":")
    header, value = header.strip(), value.strip()
    if not separator or not header or not value or " " in header:
        raise ImproperlyConfigured(f'{name} must look like "X-Forwarded-Proto: https"; got {raw!r}')
    return "HTTP_" + header.upper().replace("-", "_"), value


def env_origins(name: str) -> list[str]:
    """Comma-separated origins, each with its scheme (https://quiz.example.org)."""
    raw = os.environ.get(name, "").strip()
    if not raw:
        return []
    origins = [item.strip() for item in raw.split(",") if item.strip()]
    for origin in origins:
        if not origin.startswith(("https://", "http://")):
            raise ImproperlyConfigured(
                f"{name} must list origins with their scheme, e.g. https://quiz.example.org;"
                f" got {origin!r}"
            )
    return origins
