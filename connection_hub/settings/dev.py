"""Local development: runs with no environment at all."""

import os

from .base import *  # noqa: F403

DEBUG = os.environ.get("DJANGO_DEBUG", "1") == "1"
# A fixed key is fine on a developer's machine; prod.py refuses to start without its own.
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "dev-only-not-secret-" + "x" * 40)
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# Serve static files through whitenoise from the app folders, even with DEBUG off
# (the browser tests run the dev server with DEBUG off to see the real error pages).
WHITENOISE_USE_FINDERS = True
