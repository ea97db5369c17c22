"""The database cache (production without REDIS_URL) keeps the content generation as
Redis does: never expiring, never culled before the pages, and moved by every bump even
when several processes bump at once."""

import threading

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection, connections
from django.test import Client

from connection_hub.core import cache as generation
from tests.factories import ResourceFactory


def database_cache(max_entries=20000):
    return {
        "default": {
            "BACKEND": "connection_hub.core.cache.TolerantDatabaseCache",
            "LOCATION": "connection_hub_cache",
            "KEY_PREFIX": "connection-hub-db-cache",
            "OPTIONS": {"MAX_ENTRIES": max_entries, "CULL_FREQUENCY": 2},
        }
    }


@pytest.fixture
def db_cache(settings, db):
    settings.CACHES = database_cache()
    call_command("createcachetable", verbosity=0)
    caches["default"].clear()
    return caches["default"]


def expires_of(key):
    made = caches["default"].make_key(key)
    with connection.cursor() as cursor:
        cursor.execute("SELECT expires FROM connection_hub_cache WHERE cache_key = %s", [made])
        return cursor.fetchone()[0]


def test_a_bump_keeps_the_generation_without_expiry(db_cache):
    start = generation.content_generation()
    never = expires_of(generation.GENERATION_KEY)
    generation.bump_content_generation()
    generation.bump_content_generation()
    assert generation.content_generation() == start + 2
    # Django's own incr would have set it again with the default 300 s timeout.
    assert expires_of(generation.GENERATION_KEY) == never
    assert str(never).startswith("9999")


def test_incr_of_a_missing_or_expired_key_says_so(db_cache):
    with pytest.raises(ValueError):
        db_cache.incr("nothing-here")
    db_cache.set("short", 5, timeout=-1)  # already expired
    with pytest.raises(ValueError):
        db_cache.incr("short")


def test_a_full_cache_culls_pages_before_the_generation(settings, db):
    settings.CACHES = database_cache(max_entries=10)
    settings.PAGE_CACHE_SECONDS = 300
    call_command("createcachetable", verbosity=0)
    caches["default"].clear()
    ResourceFactory(slug="neighbours")
    current = generation.content_generation()
    for page in range(1, 30):  # many stored pages: the cache culls again and again
        assert Client().get(f"/resources/?page={page}&sort=title").status_code in (200, 302)
    assert caches["default"].get(generation.GENERATION_KEY) == current
    assert Client().get("/resources/neighbours/")["X-Page-Cache"] == "miss"
    assert Client().get("/resources/neighbours/")["X-Page-Cache"] == "hit"


# Real commits (each thread has its own connection). serialized_rollback: the database is
# restored afterwards as tests/test_two_instances.py expects it (a plain flush would make
# post_migrate create the content types again under new ids).
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_bumps_from_several_threads_at_once_are_all_counted(settings):
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only: SQLite serialises writers, there is no race to show")
    settings.CACHES = database_cache()
    call_command("createcachetable", verbosity=0)
    caches["default"].clear()
    start = generation.content_generation()
    errors = []

    def bump_many():
        try:
            for _ in range(25):
                caches["default"].incr(generation.GENERATION_KEY)
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=bump_many) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert caches["default"].get(generation.GENERATION_KEY) == start + 200
