"""When the database is slow or down: a calm 503 within a few seconds, and the help pages
still answer (issue 10)."""

import json
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from django.db import InterfaceError, OperationalError, connection

from connection_hub import views

ROOT = Path(__file__).resolve().parents[1]
CRISIS = "If you or someone you know needs help now"


@pytest.mark.django_db
@pytest.mark.parametrize("error", [OperationalError, InterfaceError])
def test_a_database_error_on_a_public_page_is_a_calm_503(client, monkeypatch, error):
    def fail(self, **kwargs):
        raise error("could not connect to server: Connection timed out")

    monkeypatch.setattr(views.HomeView, "get_context_data", fail)
    response = client.get("/")
    assert response.status_code == 503
    assert response["Retry-After"].isdigit()
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    html = response.content.decode()
    assert "taking a short break" in html
    assert CRISIS in html


@pytest.mark.django_db
def test_other_errors_are_still_500s(monkeypatch):
    from django.test import Client

    def fail(self, **kwargs):
        raise ValueError("a bug, not the database")

    monkeypatch.setattr(views.HomeView, "get_context_data", fail)
    assert Client(raise_request_exception=False).get("/").status_code == 500


def test_the_503_page_renders_without_the_database():
    # No django_db mark: a query here would fail the test.
    from connection_hub.core.middleware import unavailable_response

    response = unavailable_response()
    assert response.status_code == 503
    assert CRISIS in response.content.decode()


def test_web_requests_get_a_statement_timeout_and_commands_do_not():
    env = {
        **os.environ,
        "DATABASE_URL": "postgres://nobody@127.0.0.1:1/none",
        "DJANGO_SETTINGS_MODULE": "connection_hub.settings.test",
    }
    env.pop("DATABASE_STATEMENT_TIMEOUT_MS", None)
    show = (
        "from django.conf import settings; import json; "
        "print(json.dumps(settings.DATABASES['default']['OPTIONS']))"
    )
    web = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {show}"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    options = json.loads(web.stdout)
    assert options["connect_timeout"] == 3
    assert "-c statement_timeout=5000" in options["options"]
    assert "-c pg_trgm.word_similarity_threshold=0.45" in options["options"]
    command = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", show],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (
        "-c statement_timeout=0" in json.loads(command.stdout.strip().splitlines()[-1])["options"]
    )


@pytest.mark.django_db
def test_postgresql_cancels_a_statement_that_runs_too_long(on_postgres):
    if not on_postgres:
        pytest.skip("statement_timeout is a PostgreSQL setting")
    with connection.cursor() as cursor:
        cursor.execute("SHOW statement_timeout")
        assert cursor.fetchone()[0] == "5s"
        cursor.execute("SET LOCAL statement_timeout = 200")
        with pytest.raises(OperationalError):
            cursor.execute("SELECT pg_sleep(2)")


@pytest.fixture
def silent_database():
    """A server on 127.0.0.1 that accepts connections and never says a word."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    held = []
    stop = threading.Event()

    def accept():
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(server.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield server.getsockname()[1]
    stop.set()
    thread.join(timeout=2)
    for conn in held:
        conn.close()
    server.close()


PROBE = """
import json, time
import django
django.setup()
from django.test import Client
client = Client(raise_request_exception=False)
results = {}
for path in ("/", "/health/", "/get-help/", "/privacy/", "/resources/"):
    started = time.monotonic()
    response = client.get(path)
    results[path] = {
        "status": response.status_code,
        "seconds": time.monotonic() - started,
        "retry_after": response.get("Retry-After"),
        "crisis": "If you or someone you know needs help now" in response.content.decode(),
    }
print(json.dumps(results))
"""


def test_a_database_that_never_answers_gives_a_503_within_seconds(silent_database):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "connection_hub.settings.test",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:{silent_database}/connection_hub",
    }
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    pages = json.loads(result.stdout.strip().splitlines()[-1])
    for path in ("/", "/resources/"):
        assert pages[path]["status"] == 503, (path, pages[path])
        assert pages[path]["retry_after"]
        assert pages[path]["crisis"]
        assert pages[path]["seconds"] < 8, (path, pages[path])
    assert pages["/health/"]["status"] == 503
    assert pages["/health/"]["seconds"] < 8
    # The help pages never touch the database: they answer at once.
    for path in ("/get-help/", "/privacy/"):
        assert pages[path]["status"] == 200, (path, pages[path])
        assert pages[path]["seconds"] < 1, (path, pages[path])
        assert pages[path]["crisis"]
    assert time.monotonic() - started < 45
