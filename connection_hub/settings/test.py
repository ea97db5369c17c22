"""Fast, isolated settings for the test suite."""

from .base import *  # noqa: F403

SECRET_KEY = "test-only-not-secret"
DEBUG = False
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Tasks run at once, in the test, instead of waiting for a worker.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# Tests that need the search cache turn it on themselves.
SEARCH_CACHE_SECONDS = 0
# And the fragment cache (a test that edits rows without signals would see stale HTML).
FRAGMENT_CACHE_SECONDS = 0
# Absolute addresses in tests use the test client's host.
SITE_URL = "http://testserver"
