"""Settings for the test suite: the real settings with a throwaway secret key.

DATABASE_URL is honoured, so the same suite runs on SQLite and on PostgreSQL.
"""

import os

os.environ.setdefault("DJANGO_SECRET_KEY", "test-only-secret-key-that-is-long-enough-0123456789")

from config.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # fast logins in tests
# The test client and the live server speak plain HTTP.
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
# Pages render from the source static files; no collectstatic manifest in tests.
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True  # serve app static files (htmx, Bootstrap) without collectstatic
# Local memory, whatever REDIS_URL says: tests never share Redis with a running app, the
# accounts tests clear it between tests and move its clock with time.time. The database
# and Redis caches of production are exercised by tests/ops/test_two_servers.py.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
SESSION_ENGINE = "config.session_store"
