"""Production: everything that matters comes from the environment.

Refuses to start without DJANGO_SECRET_KEY, DJANGO_ALLOWED_HOSTS, DATABASE_URL and
SITE_URL. `manage.py check --deploy --fail-level WARNING` passes with them set (CI runs it).
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403


def _required(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"Set the {name} environment variable for production.")
    return value


SECRET_KEY = _required("DJANGO_SECRET_KEY")
ALLOWED_HOSTS = [h.strip() for h in _required("DJANGO_ALLOWED_HOSTS").split(",") if h.strip()]
# No quiet fallback to a SQLite file next to the code.
_required("DATABASE_URL")
SITE_URL = _required("SITE_URL").rstrip("/")
CSRF_TRUSTED_ORIGINS = [
    o.strip() for o in os.environ.get("DJANGO_CSRF_TRUSTED_ORIGINS", "").split(",") if o.strip()
]
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Compressed files with hashed names, served by whitenoise with far-future caching.
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# SECURE_PROXY_SSL_HEADER is set in base.py only when DJANGO_BEHIND_PROXY=1.
SECURE_SSL_REDIRECT = os.environ.get("DJANGO_SECURE_SSL_REDIRECT", "1") == "1"
# __Host- cookies: sent only over HTTPS, for this exact host, for the whole site.
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
SESSION_COOKIE_NAME = "__Host-sessionid"
CSRF_COOKIE_NAME = "__Host-csrftoken"
SESSION_COOKIE_PATH = "/"
CSRF_COOKIE_PATH = "/"
SESSION_COOKIE_DOMAIN = None
CSRF_COOKIE_DOMAIN = None
# HSTS for a year (at least), subdomains included. Preload is a choice that is slow to
# undo (browsers ship the list), so it is off unless DJANGO_HSTS_PRELOAD=1; Django's
# deploy check warns about that (security.W021), which is silenced on purpose.
SECURE_HSTS_SECONDS = max(int(os.environ.get("DJANGO_HSTS_SECONDS", "31536000")), 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = os.environ.get("DJANGO_HSTS_PRELOAD", "0") == "1"
if not SECURE_HSTS_PRELOAD:
    SILENCED_SYSTEM_CHECKS = ["security.W021"]
LOGGING["handlers"]["console"]["formatter"] = os.environ.get(  # noqa: F405
    "DJANGO_LOG_FORMAT", "json"
)

# The cache must be shared by every process (the page and search caches and their
# invalidation): Redis when REDIS_URL is set (base.py), else the database
# (`manage.py migrate` creates the table). Never a per-process memory cache: with two
# workers an unpublished page would stay in one of them.
if not REDIS_URL:  # noqa: F405
    CACHES = {
        "default": {
            "BACKEND": "connection_hub.core.cache.TolerantDatabaseCache",
            "LOCATION": "connection_hub_cache",
            "KEY_PREFIX": CACHE_KEY_PREFIX,  # noqa: F405
            "OPTIONS": {"MAX_ENTRIES": 20000, "RETRY_SECONDS": CACHE_RETRY_SECONDS},  # noqa: F405
        }
    }
for _alias, _cache in CACHES.items():
    if _cache["BACKEND"].endswith("LocMemCache"):
        raise ImproperlyConfigured(
            f"CACHES[{_alias!r}] is a per-process memory cache: production needs one cache "
            "shared by every process (set REDIS_URL, or use the database cache)."
        )

EMAIL_BACKEND = os.environ.get(
    "DJANGO_EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend"
)
DEFAULT_FROM_EMAIL = os.environ.get("DJANGO_DEFAULT_FROM_EMAIL", "webmaster@localhost")
EMAIL_HOST = os.environ.get("DJANGO_EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("DJANGO_EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("DJANGO_EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("DJANGO_EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("DJANGO_EMAIL_USE_TLS", "1") == "1"
# A mail server that stops answering fails the task (retried later) instead of hanging it.
EMAIL_TIMEOUT = int(os.environ.get("DJANGO_EMAIL_TIMEOUT", "20"))
