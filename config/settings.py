"""Settings for the quiz app, read from the environment (see README, "Configuration")."""

import os
from datetime import timedelta
from pathlib import Path

import bootstrap_wrapper
import dj_database_url
from django.contrib.messages import constants as message_constants
from django.core.exceptions import ImproperlyConfigured

from config.env import env_bool, env_header, env_int, env_list, env_origins

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env_bool("DJANGO_DEBUG", default=False)

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off "
            "(for local development, set DJANGO_DEBUG=1)"
        )
    SECRET_KEY = "dev-only-insecure-key-never-use-in-production-0123456789"
elif len(SECRET_KEY) < 32:
    raise ImproperlyConfigured("DJANGO_SECRET_KEY must be at least 32 characters long")

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])

INSTALLED_APPS = [
    "accounts",
    "axes",
    "classes",
    "content",
    "quizzes",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "crispy_forms",
    "crispy_bootstrap5",
    "django_htmx",
    "django_tasks",
    "django_tasks_db",
]

MIDDLEWARE = [
    # First, so a request's logged duration covers all the rest.
    "config.request_log.RequestLogMiddleware",
    # Load balancer probes are answered before the HTTPS redirect and host check.
    "config.health.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before anything reads the session or the database with what the client sent.
    "config.middleware.RefuseNulBytesMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "accounts.middleware.UserTimeZoneMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, so that it turns a refused login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "quizzes.context_processors.review_due",
                "config.navigation.navigation",
            ],
        },
    },
]

try:
    DATABASES = {
        # A blank DATABASE_URL (``DATABASE_URL= make run``) means the default, not no engine.
        "default": dj_database_url.parse(
            os.environ.get("DATABASE_URL", "").strip() or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
            # A gunicorn worker keeps its connection between requests (opening one costs
            # PostgreSQL a new process); the development server opens one per thread.
            conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0 if DEBUG else 60),
            conn_health_checks=True,
        )
    }
except ValueError as error:
    raise ImproperlyConfigured(f"DATABASE_URL is not a valid database URL: {error}") from None

# On PostgreSQL, parameters are bound by the server, so psycopg prepares a statement the
# second time a connection runs it: the session, the user, the nav's due count and the
# player's queries are then parsed and planned once per connection, not on every request
# (a question page cost PostgreSQL 3.1-3.4 ms of CPU, 1.3 ms so; README "Load and scale").
# A pooler that shares server connections between transactions cannot keep prepared
# statements: DATABASE_PREPARED_STATEMENTS=0 turns them off.
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and env_bool(
    "DATABASE_PREPARED_STATEMENTS", default=True
):
    DATABASES["default"]["OPTIONS"] = {
        **DATABASES["default"].get("OPTIONS", {}),
        "server_side_binding": True,
        "prepare_threshold": 2,
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "content:library"
LOGOUT_REDIRECT_URL = "content:library"

AUTHENTICATION_BACKENDS = [
    # First, so a locked-out username and address pair is refused before any password check.
    "accounts.backends.LockoutBackend",
    # Finds the user through User.objects.get_by_natural_key, which ignores case.
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
# Where collectstatic gathers the files that gunicorn serves through WhiteNoise.
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", "").strip() or BASE_DIR / "staticfiles")
STATICFILES_DIRS = [
    BASE_DIR / "static",
    # Bootstrap's dist files come from a pinned wheel, never from a CDN.
    ("bootstrap", bootstrap_wrapper.get_bootstrap_dir()),
]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "config.static_storage.StaticFilesStorage"
    },
}
# Pages still render when collectstatic has not run (tests, a quick local start).
WHITENOISE_MANIFEST_STRICT = False

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

MESSAGE_TAGS = {message_constants.ERROR: "danger"}

# Largest document accepted by the importers, from the command line or the upload form.
CONTENT_MAX_UPLOAD_BYTES = env_int("CONTENT_MAX_UPLOAD_BYTES", 5 * 1024 * 1024, minimum=1)

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# Production (DEBUG off) is HTTPS-only unless the operator opts out, for a plain-HTTP trial,
# with DJANGO_SECURE_SSL_REDIRECT=0, DJANGO_SECURE_HSTS_SECONDS=0 and DJANGO_SECURE_COOKIES=0.
SESSION_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", default=not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", default=not DEBUG)
SECURE_HSTS_SECONDS = env_int("DJANGO_SECURE_HSTS_SECONDS", 0 if DEBUG else 365 * 24 * 3600)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env_bool("DJANGO_SECURE_HSTS_PRELOAD", default=True)
# Behind a proxy that terminates TLS, e.g. "X-Forwarded-Proto: https". Only set it when the
# proxy always overwrites that header: a client could otherwise claim HTTPS.
SECURE_PROXY_SSL_HEADER = env_header("DJANGO_SECURE_PROXY_SSL_HEADER")
# Extra origins allowed to POST forms, e.g. "https://quiz.example.org" when the proxy
# rewrites the Host header.
CSRF_TRUSTED_ORIGINS = env_origins("DJANGO_CSRF_TRUSTED_ORIGINS")

# Content-Security-Policy (django-csp): scripts and style sheets only from this site, so an
# injected <script> or event handler does not run. Inline style *attributes* are allowed
# (progress bar widths); inline <style> elements are not.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "style-src-elem": ["'self'"],
        "style-src-attr": ["'unsafe-inline'"],
        # Bootstrap draws its icons (toggler, check marks) as data: SVG images in its CSS.
        "img-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "font-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

# Login throttling (django-axes). Failures are counted per username *and* client address:
# keyed on the address alone, one guesser behind a shared NAT or proxy would lock everybody
# out; keyed on the username alone, anybody could lock any learner out from anywhere.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_FAILURE_LIMIT = env_int("DJANGO_LOGIN_FAILURE_LIMIT", 5, minimum=1)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("DJANGO_LOGIN_LOCKOUT_MINUTES", 15, minimum=1))
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "accounts.throttling.lockout_response"
# Usernames are case-insensitive, so "Leo" and "leo" share one count.
AXES_USERNAME_CALLABLE = "accounts.throttling.login_username"
AXES_CLIENT_IP_CALLABLE = "accounts.throttling.client_address"
# Name of a header a trusted proxy sets to the client's address (e.g. X-Real-IP); without it
# the peer address (REMOTE_ADDR) is used, which behind a proxy is the proxy's.
CLIENT_ADDRESS_HEADER = os.environ.get("DJANGO_CLIENT_ADDRESS_HEADER", "").strip()

# Shared state lives in the database, or in Redis when REDIS_URL is set, never in a
# process or on local disk, so every worker of every app server sees the same sessions
# and counters (password reset limits are counted in the cache).
REDIS_URL = os.environ.get("REDIS_URL", "").strip()
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            # An unreachable Redis fails a request in a second instead of hanging it.
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
    # Read from Redis, written through to the database: sessions outlive a Redis restart,
    # and a Redis outage falls back to the database instead of logging everybody out.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {
        "default": {
            # The table is made by `manage.py createcachetable` (make serve, make migrate).
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "django_cache",
            # Room for many counters, so a flood of new keys does not cull the live ones.
            "OPTIONS": {"MAX_ENTRIES": 100_000},
        }
    }
    SESSION_ENGINE = "config.session_store"

# Password reset requests allowed per hour, per email address and per client address.
PASSWORD_RESET_LIMIT_PER_EMAIL = env_int("DJANGO_PASSWORD_RESET_LIMIT_PER_EMAIL", 3, minimum=1)
PASSWORD_RESET_LIMIT_PER_ADDRESS = env_int("DJANGO_PASSWORD_RESET_LIMIT_PER_ADDRESS", 20, minimum=1)

EMAIL_BACKEND = os.environ.get(
    "DJANGO_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
DEFAULT_FROM_EMAIL = os.environ.get("DJANGO_DEFAULT_FROM_EMAIL", "Bluebook Quiz <quiz@localhost>")

# Everything at DJANGO_LOG_LEVEL on stderr; besides, one JSON line per request on stdout
# (config/request_log.py) unless DJANGO_REQUEST_LOG is off.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "config.request_log.JsonFormatter"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        "requests": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "json",
        },
    },
    "loggers": {
        "config.request_log": {
            "handlers": ["requests"],
            "level": "INFO" if env_bool("DJANGO_REQUEST_LOG", default=True) else "WARNING",
            "propagate": False,
        },
    },
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING")},
}

# Background tasks (question generation after an upload) on the django-tasks backport of
# Django 6's django.tasks. By default they are stored in the database and run by
# `manage.py db_worker`; TASKS_BACKEND=rq stores them in Redis (REDIS_URL) for workers
# started with `manage.py rqworker --job-class django_tasks_rq.Job`, on any machine.
TASKS_BACKEND = os.environ.get("TASKS_BACKEND", "database").strip().lower() or "database"
if TASKS_BACKEND == "database":
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
elif TASKS_BACKEND == "rq":
    INSTALLED_APPS += ["django_rq", "django_tasks_rq"]
    TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
    RQ_QUEUES = {"default": {"URL": REDIS_URL or "redis://127.0.0.1:6379/0"}}
else:
    raise ImproperlyConfigured(f"TASKS_BACKEND must be database or rq; got {TASKS_BACKEND!r}")

FILE_UPLOAD_HANDLERS = [
    "content.uploads.SizeLimitedUploadHandler",
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]
