"""Settings shared by every environment.

Nothing here is unsafe to ship: no secret key, no wildcard hosts, DEBUG off.
Environment-specific modules (dev, test, prod) fill in the rest.
"""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

DEBUG = False
ALLOWED_HOSTS: list[str] = []

INSTALLED_APPS = [
    # modeltranslation must come before the admin so it can patch model admins.
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
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
    # Ground floor first, then the apps, then the site level (see README: layers).
    "connection_hub.core",
    "resources",
    "programs",
    "workshops",
    "kits",
    "connection_hub",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Records who made each change in the field-level history (django-simple-history).
    "simple_history.middleware.HistoryRequestMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
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
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Misspelled searches fall back to titles with a similar word (pg_trgm's %> operator).
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = (
        "-c pg_trgm.word_similarity_threshold=0.45"
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
FORMS_URLFIELD_ASSUME_HTTPS = True  # Django 6 behaviour, opted into now

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
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
TIME_ZONE = os.environ.get("DJANGO_TIME_ZONE", "America/Los_Angeles")
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
# per-process memory cache, which is fine for one instance.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "connection-hub",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
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

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
