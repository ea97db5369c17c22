import os

import pytest
from django.db import connection


def pytest_report_header(config):
    return f"database: {os.environ.get('DATABASE_URL', 'sqlite (default)')}"


@pytest.fixture(autouse=True)
def english_by_default():
    """Each test starts in English: a request to /es/ leaves Spanish active in the thread,
    and modeltranslation would then write factory titles into the Spanish columns."""
    from django.utils import translation

    translation.activate("en")
    yield
    translation.activate("en")


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: pages and search results cached by one test
    are never served to the next (the test settings' cache lives in the process)."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def on_postgres():
    return connection.vendor == "postgresql"


@pytest.fixture
def staff_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("librarian", "lib@example.org", "pw-12345!")
    client.force_login(user)
    return client
