"""The yardstick for `make bench`: a bare Django project, no database, one view.

Served by gunicorn with the same gunicorn.conf.py as the site, so a page's ratio to this
view measures what the page costs beyond Django and gunicorn themselves.
"""

from pathlib import Path

DEBUG = False
SECRET_KEY = "bench-minimal-not-secret"  # serves one static template, no sessions or forms
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
ROOT_URLCONF = "bench.minimal.urls"
WSGI_APPLICATION = "bench.minimal.wsgi.application"
INSTALLED_APPS: list[str] = []
DATABASES: dict = {}
# startproject's middleware, less the ones that need sessions, users or a database.
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [Path(__file__).resolve().parent / "templates"],
    }
]
USE_I18N = False
USE_TZ = True
