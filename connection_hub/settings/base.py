"""Settings shared by every environment.

Nothing here is unsafe to ship: no secret key, no wildcard hosts, DEBUG off.
Environment-specific modules (dev, test, prod) fill in the rest.
"""

import os
import sys
from datetime import timedelta
from email.utils import parseaddr
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

DEBUG = False
ALLOWED_HOSTS: list[str] = []

INSTALLED_APPS = [
    # modeltranslation must come before the admin so it can patch model admins.
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "axes",  # login lockout (django-axes)
    "csp",  # Content-Security-Policy (django-csp)
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "taggit",
    "django_filters",
    "simple_history",
    "django_tasks",
    "django_tasks_db",
    "import_export",  # CSV/XLSX import and export in the admin (django-import-export)
    # Ground floor first, then the apps, then the site level (see README: layers).
    "connection_hub.core",
    "resources",
    "programs",
    "workshops",
    "kits",
    "listings",
    "connection_hub",
]

MIDDLEWARE = [
    # Stored public pages without a form, answered before any other middleware runs
    # (connection_hub/core/pagecache.py); it also stores what PageCacheMiddleware chose.
    "connection_hub.core.pagecache.PageCacheFrontMiddleware",
    # Before whitenoise, so static files get the headers and a charset too.
    "connection_hub.core.middleware.SecurityHeadersMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    # Query-string values cut to 200 characters before any page reads (or echoes) them.
    "connection_hub.core.middleware.BoundedQueryMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # A database that is down or too slow: a calm 503 page instead of a 500.
    "connection_hub.core.middleware.DatabaseUnavailableMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Decides which anonymous public pages are stored (after the language, the CSRF cookie,
    # the user and the messages are known) and serves the stored pages with a form.
    "connection_hub.core.pagecache.PageCacheMiddleware",
    # Records who made each change in the field-level history (django-simple-history).
    "simple_history.middleware.HistoryRequestMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last: turns a locked-out login into the lockout page (django-axes).
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "connection_hub.urls"
WSGI_APPLICATION = "connection_hub.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# SQLite by default, so a fresh clone runs with no server; DATABASE_URL selects
# PostgreSQL (psycopg 3) anywhere, tests included.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
        # A persistent connection the server closed (a restart, a failover) is found
        # before a request uses it, and replaced: the request does not fail.
        conn_health_checks=True,
    )
}
# A management command (migrate, export_site, load_scale_data, the task worker) may run
# long statements; web requests (runserver, gunicorn/WSGI, tests) may not.
_RUNNING_COMMAND = Path(sys.argv[0]).name in {"manage.py", "django-admin"} and sys.argv[1:2] != [
    "runserver"
]
# Milliseconds one SQL statement may run before PostgreSQL cancels it (0: no limit).
DATABASE_STATEMENT_TIMEOUT_MS = int(
    os.environ.get("DATABASE_STATEMENT_TIMEOUT_MS", "0" if _RUNNING_COMMAND else "5000")
)
# Seconds to wait for a connection (PostgreSQL connect_timeout; SQLite's lock wait).
DATABASE_CONNECT_TIMEOUT = int(os.environ.get("DATABASE_CONNECT_TIMEOUT", "3"))
# What a 503 page asks clients to wait before trying again (Retry-After, seconds).
DATABASE_RETRY_AFTER = 30
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    _options = DATABASES["default"].setdefault("OPTIONS", {})
    # A server that accepts the connection and never answers fails after a few seconds.
    _options.setdefault("connect_timeout", DATABASE_CONNECT_TIMEOUT)
    # Misspelled searches fall back to titles with a similar word (pg_trgm's %> operator).
    _options["options"] = " ".join(
        [
            "-c pg_trgm.word_similarity_threshold=0.45",
            f"-c statement_timeout={DATABASE_STATEMENT_TIMEOUT_MS}",
        ]
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
FORMS_URLFIELD_ASSUME_HTTPS = True  # Django 6 behaviour, opted into now

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        # ASVS 2.1.1: at least 12 characters.
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalization: English at unprefixed URLs, Spanish under /es/.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("es", _("Spanish")),
]
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["connection_hub.formats"]
TIME_ZONE = os.environ.get("DJANGO_TIME_ZONE", "America/New_York")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
# Images staff upload (served by the web server or object storage in production).
MEDIA_URL = "media/"
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", BASE_DIR / "media"))

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# The language cookie is the only cookie a reader gets besides CSRF on form pages.
LANGUAGE_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

TAGGIT_CASE_INSENSITIVE = True

# One cache shared by every server instance when REDIS_URL is set (Redis); otherwise a
# per-process memory cache, fine for one development server (production refuses it and
# uses the database instead: prod.py). Redis that is down or hangs costs a request at most
# one short socket timeout, then the site runs uncached for CACHE_RETRY_SECONDS before it
# tries again (connection_hub.core.cache.TolerantRedisCache).
REDIS_URL = os.environ.get("REDIS_URL", "")
REDIS_SOCKET_TIMEOUT = float(os.environ.get("REDIS_SOCKET_TIMEOUT", "0.25"))
CACHE_RETRY_SECONDS = float(os.environ.get("CACHE_RETRY_SECONDS", "5"))
CACHE_KEY_PREFIX = os.environ.get("CACHE_KEY_PREFIX", "connection-hub")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "connection_hub.core.cache.TolerantRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": CACHE_KEY_PREFIX,
            "OPTIONS": {
                "socket_connect_timeout": REDIS_SOCKET_TIMEOUT,
                "socket_timeout": REDIS_SOCKET_TIMEOUT,
                "RETRY_SECONDS": CACHE_RETRY_SECONDS,
            },
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Every anonymous public page is cached whole this long at most (0 turns the page cache
# off; pages still get ETag, Last-Modified and compression): connection_hub/core/pagecache.py.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300"))
# Below it, the expensive shared parts of pages ({% fragment %}: the home page's lists, a
# topic's featured resources, the library's results and filters, …) are kept this long
# at most, for every visitor, signed-in staff included (0 turns it off):
# connection_hub/core/fragments.py.
FRAGMENT_CACHE_SECONDS = int(os.environ.get("FRAGMENT_CACHE_SECONDS", "300"))
# PostgreSQL text search configuration per language (accent-folding copies of english and
# spanish, made by resources migration 0007). A language not named here uses "simple".
SEARCH_CONFIGS = {"en": "hub_english", "es": "hub_spanish"}
# Search result pages are cached this long (0 turns the cache off).
SEARCH_CACHE_SECONDS = int(os.environ.get("SEARCH_CACHE_SECONDS", "300"))

# --- Site configuration -------------------------------------------------------

SITE_NAME = os.environ.get("SITE_NAME", "Connection Hub")
# ISO 3166 country of the community served (Open Graph locales such as es_US).
SITE_COUNTRY = os.environ.get("SITE_COUNTRY", "US")

# Crisis lines shown in the footer of every page and in full on /get-help/.
# A deployment elsewhere overrides this setting; templates never hard-code them.
# "label" and "how" are translated at render time (gettext_lazy).
CRISIS_LINES = [
    {
        "name": _("988 Suicide & Crisis Lifeline"),
        "how": _("Call or text 988"),
        "details": _("Free, confidential support 24 hours a day, every day."),
        "actions": [
            {"kind": "tel", "target": "988", "label": _("Call 988")},
            {"kind": "sms", "target": "988", "label": _("Text 988")},
        ],
    },
    {
        "name": _("Crisis Text Line"),
        "how": _("Text HELP to 741741"),
        "details": _("Free text support from a trained volunteer, 24 hours a day."),
        "actions": [
            {"kind": "sms", "target": "741741", "body": "HELP", "label": _("Text HELP to 741741")},
        ],
    },
    {
        "name": "En español",
        "how": "Llame al 988 y oprima 2, o envíe AYUDA por texto al 988",
        "details": "Apoyo en español de la Línea 988, gratis y confidencial.",
        "lang": "es",
        # The footer links to the help page in this line's language, when the site has it.
        "help_link": "En Español",
        "actions": [
            # Spanish on every page, whatever the page's language (marked lang="es").
            {"kind": "tel", "target": "988", "label": "Llamar al 988 (oprima 2)"},
            {"kind": "sms", "target": "988", "body": "AYUDA", "label": "Enviar AYUDA al 988"},
        ],
    },
]
CRISIS_EMERGENCY_NUMBER = os.environ.get("CRISIS_EMERGENCY_NUMBER", "911")

# Where "Leave this site" goes: a neutral page on another site.
QUICK_EXIT_URL = os.environ.get("QUICK_EXIT_URL", "https://www.wikipedia.org/")

# --- Background tasks and email ---------------------------------------------------
# Django's Tasks API through the django-tasks backport; jobs are rows in the site's own
# database, run by `manage.py db_worker` (`make worker`). Tests run them immediately.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
# Who is told about each new workshop request (comma-separated addresses). When empty, the
# active staff allowed to see every request are told.
WORKSHOP_NOTIFY_EMAILS = [
    a.strip() for a in os.environ.get("WORKSHOP_NOTIFY_EMAILS", "").split(",") if a.strip()
]
# Workshop requests accepted from one client address per hour, counted in the database.
WORKSHOP_REQUESTS_PER_HOUR = int(os.environ.get("WORKSHOP_REQUESTS_PER_HOUR", "5"))
# How many times the queue tries one workshop email before leaving it to the daily job.
WORKSHOP_EMAIL_MAX_ATTEMPTS = 5
# Request header (e.g. HTTP_X_FORWARDED_FOR) holding the client address when a proxy is in
# front; its last entry, the one the proxy added, is used. Empty: the connection's address.
WORKSHOP_CLIENT_ADDRESS_HEADER = os.environ.get("WORKSHOP_CLIENT_ADDRESS_HEADER", "")

# --- Link checks and bulk import --------------------------------------------------
# The daily link check of library resources (resources/linkcheck.py): seconds before a
# silent server counts as a timeout, requests at a time, seconds between two to one host.
LINK_CHECK_TIMEOUT = float(os.environ.get("LINK_CHECK_TIMEOUT", "10"))
LINK_CHECK_CONCURRENCY = int(os.environ.get("LINK_CHECK_CONCURRENCY", "4"))
LINK_CHECK_HOST_DELAY = float(os.environ.get("LINK_CHECK_HOST_DELAY", "1"))
# django-import-export: a whole file is one transaction (nothing written unless every row
# is valid); importing and exporting need the model's "import_…" / "export_…" permission.
IMPORT_EXPORT_USE_TRANSACTIONS = True
IMPORT_EXPORT_IMPORT_PERMISSION_CODE = "import"
IMPORT_EXPORT_EXPORT_PERMISSION_CODE = "export"

# Listings that stay true (listings/): a check of a listing holds this many days; after
# that it is in the admin's "Needs checking" and residents see a "may have changed" notice.
VERIFY_PROGRAMS_DAYS = int(os.environ.get("VERIFY_PROGRAMS_DAYS", "180"))
VERIFY_RESOURCES_DAYS = int(os.environ.get("VERIFY_RESOURCES_DAYS", "365"))
# Days between the first "Is this still right?" email to a program's contact and the
# second, and after the second before the listing is flagged "no answer".
CONTACT_REMINDER_INTERVAL_DAYS = int(os.environ.get("CONTACT_REMINDER_INTERVAL_DAYS", "14"))
# Days the links in a reminder work.
CONTACT_LINK_MAX_AGE_DAYS = int(os.environ.get("CONTACT_LINK_MAX_AGE_DAYS", "30"))
# How many times the queue tries one reminder email before leaving it to the daily job.
CONTACT_REMINDER_MAX_ATTEMPTS = 5
# "Suggest an edit" submissions accepted from one client address per hour.
SUGGESTIONS_PER_HOUR = int(os.environ.get("SUGGESTIONS_PER_HOUR", "5"))

# --- Security ----------------------------------------------------------------------

# The site's own origin: every absolute address (canonical links, Open Graph, JSON-LD,
# feeds, sitemaps, QR codes, handouts, share links) is built from it, never from the
# request's Host header (connection_hub.core.urls.absolute_url).
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

# DJANGO_BEHIND_PROXY=1: a reverse proxy (nginx, a load balancer) is in front and sets
# X-Forwarded-Proto and X-Forwarded-For; only then are those headers trusted.
BEHIND_PROXY = os.environ.get("DJANGO_BEHIND_PROXY", "0") == "1"
if BEHIND_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Content-Security-Policy (django-csp 4). No inline scripts or styles anywhere, the admin
# included; connect-src for the admin's Markdown preview (fetch to this site).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [NONE],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "manifest-src": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [NONE],
        "object-src": [NONE],
    },
}
# Resources of this site are not for other sites' pages (Cross-Origin-Resource-Policy).
SECURE_CROSS_ORIGIN_RESOURCE_POLICY = "same-origin"
# Browser features the site never uses, denied to every origin (Permissions-Policy).
PERMISSIONS_POLICY_DENY = (
    "accelerometer",
    "autoplay",
    "camera",
    "display-capture",
    "encrypted-media",
    "geolocation",
    "gyroscope",
    "hid",
    "magnetometer",
    "microphone",
    "midi",
    "payment",
    "publickey-credentials-get",
    "screen-wake-lock",
    "serial",
    "usb",
    "xr-spatial-tracking",
)
CSRF_FAILURE_VIEW = "connection_hub.views.csrf_failure"
# The JSON API refuses an over-long parameter with a 400 instead of trimming it.
BOUNDED_QUERY_EXEMPT = ["/api/"]
# A load balancer checks /health/ over plain HTTP even when HTTPS is enforced.
SECURE_REDIRECT_EXEMPT = [r"^health/$"]

# Uploads: request bodies up to 2.5 MB are held in memory; images up to 5 MB are accepted.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
DATA_UPLOAD_MAX_NUMBER_FIELDS = 1000
MAX_IMAGE_UPLOAD_SIZE = 5 * 1024 * 1024

# Login lockout (django-axes): five wrong passwords for one username from one address
# lock that pair for 15 minutes, never for good; each new failure restarts the wait.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# A calm page with the crisis lines (templates/lockout.html).
AXES_LOCKOUT_CALLABLE = "connection_hub.views.lockout"
AXES_HTTP_RESPONSE_CODE = 429
# The client address: the connection's, or behind a proxy (DJANGO_BEHIND_PROXY=1) the
# last X-Forwarded-For entry, the one the proxy added; anything before it is whatever the
# client sent. (django-ipware, axes' default, prefers a public address anywhere in the
# header, which a client can forge, so axes is given this function instead.)
AXES_CLIENT_IP_CALLABLE = "connection_hub.core.middleware.client_address"

# Errors reach people: ADMINS ("Name <address>, …") get Django's error e-mails.
ADMINS = [
    (name or address, address)
    for name, address in (
        parseaddr(entry)
        for entry in os.environ.get("DJANGO_ADMINS", "").split(",")
        if entry.strip()
    )
    if address
]
SERVER_EMAIL = os.environ.get("DJANGO_SERVER_EMAIL", "root@localhost")

# Logs go to standard error: plain lines in development, one JSON object per line in
# production (DJANGO_LOG_FORMAT=json) for a log aggregator.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(levelname)s %(name)s: %(message)s"},
        "json": {"()": "connection_hub.core.logging.JSONFormatter"},
    },
    "filters": {"calm": {"()": "connection_hub.core.logging.CalmSecurityRecord"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stderr",
            "formatter": os.environ.get("DJANGO_LOG_FORMAT", "plain"),
        }
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        # An unknown Host header is a scan or a typo: one WARNING line, no traceback.
        "django.security.DisallowedHost": {
            "handlers": ["console"],
            "filters": ["calm"],
            "level": "WARNING",
            "propagate": False,
        },
    },
}
