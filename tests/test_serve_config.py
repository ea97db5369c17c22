"""`make serve`: gunicorn.conf.py, and the production stack really served by it.

The configuration tests read gunicorn.conf.py as gunicorn does (a Python file run with
the environment) and check the names against gunicorn's own settings, since gunicorn
ignores a misspelled one silently. The served tests start gunicorn with that file and
production settings on a free port against a temporary SQLite file (migrated, static
files collected, as `make serve` does), then stop it.
"""

import gc
import os
import re
import runpy
import secrets
import signal
import socket
import subprocess
import sys
import time
import types
import urllib.request
from pathlib import Path

import pytest
from gunicorn.config import Config

ROOT = Path(__file__).resolve().parent.parent
CONF = ROOT / "gunicorn.conf.py"
GUNICORN = Path(sys.executable).parent / "gunicorn"
SERVE_ENV = (
    "GUNICORN_WORKER_CLASS",
    "WEB_CONCURRENCY",
    "GUNICORN_THREADS",
    "GUNICORN_WORKER_CONNECTIONS",
    "GUNICORN_BIND",
    "PORT",
    "GUNICORN_ACCESS_LOG",
)


def load_conf(monkeypatch, **env):
    for name in SERVE_ENV:
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(CONF))


def cores():
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()


def test_threads_so_one_slow_request_cannot_hold_a_worker(monkeypatch):
    conf = load_conf(monkeypatch)
    assert conf["worker_class"] == "gthread"
    assert conf["threads"] == 4
    assert conf["workers"] == min(2 * cores() + 1, 9)
    # A worker at 8 connections stops accepting, so a burst is spread over the workers.
    assert conf["worker_connections"] == 8
    assert conf["timeout"] == 30
    assert conf["graceful_timeout"] == 30
    assert conf["preload_app"] is True
    assert conf["bind"] == ["127.0.0.1:8000"]
    assert conf["accesslog"] is None
    assert conf["wsgi_app"] == "connection_hub.wsgi:application"


def test_environment_overrides(monkeypatch):
    conf = load_conf(
        monkeypatch,
        WEB_CONCURRENCY="3",
        GUNICORN_THREADS="8",
        PORT="8123",
        GUNICORN_ACCESS_LOG="1",
    )
    assert (conf["workers"], conf["threads"]) == (3, 8)
    assert conf["worker_connections"] == 16
    assert conf["bind"] == ["127.0.0.1:8123"]
    assert conf["accesslog"] == "-"
    conf = load_conf(monkeypatch, GUNICORN_BIND="0.0.0.0:9000", WEB_CONCURRENCY="0")
    assert conf["bind"] == ["0.0.0.0:9000"]
    assert conf["workers"] == 1  # never fewer than one
    conf = load_conf(monkeypatch, GUNICORN_WORKER_CONNECTIONS="2")
    assert conf["worker_connections"] == 5  # room for every thread, and one kept alive


def test_the_worker_class_can_be_sync_and_nothing_untested(monkeypatch):
    conf = load_conf(monkeypatch, GUNICORN_WORKER_CLASS="sync", WEB_CONCURRENCY="6")
    assert (conf["worker_class"], conf["workers"]) == ("sync", 6)
    assert load_conf(monkeypatch, GUNICORN_WORKER_CLASS=" ")["worker_class"] == "gthread"
    with pytest.raises(SystemExit, match="GUNICORN_WORKER_CLASS='gevent' is not supported"):
        load_conf(monkeypatch, GUNICORN_WORKER_CLASS="gevent")


def test_every_name_is_a_gunicorn_setting(monkeypatch):
    conf = load_conf(monkeypatch)
    config = Config()
    names = [
        name
        for name, value in conf.items()
        if not name.startswith("_")
        and not name.isupper()
        and not isinstance(value, types.ModuleType | types.FunctionType)
    ]
    unknown = [name for name in names if name not in config.settings]
    assert not unknown
    for name in names:
        config.set(name, conf[name])  # gunicorn's own validation of each value
    assert config.worker_class_str == "gthread"
    assert config.threads == 4


def test_workers_fork_with_the_loaded_app_out_of_the_garbage_collectors_way(monkeypatch):
    """Just before each fork the master freezes what it has loaded, so a worker's full
    collections (which hold the GIL) walk only the worker's own objects."""
    conf = load_conf(monkeypatch)
    config = Config()
    config.set("pre_fork", conf["pre_fork"])  # gunicorn checks the hook takes 2 arguments
    gc.unfreeze()
    try:
        assert gc.get_freeze_count() == 0
        config.pre_fork(None, None)
        assert gc.get_freeze_count() > 1000
    finally:
        gc.unfreeze()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)  # the hook closes its connection
def test_a_server_starting_on_an_emptied_cache_records_the_next_publishing_window(monkeypatch):
    """Without it, every cached page and fragment would expire within a minute until
    someone saved something (the window is recorded when content changes)."""
    from datetime import timedelta

    from django.core.cache import cache
    from django.utils import timezone

    from connection_hub.core import cache as generation
    from tests.factories import ResourceFactory

    opens = timezone.now() + timedelta(hours=2)
    ResourceFactory(title="Published later", publish_from=opens)
    cache.clear()  # a Redis restarted or flushed
    assert generation.scheduled_change(generation.content_generation()) is None
    conf = load_conf(monkeypatch)
    config = Config()
    config.set("when_ready", conf["when_ready"])  # gunicorn checks it takes 1 argument
    config.when_ready(None)
    recorded = generation.scheduled_change(generation.content_generation())
    assert recorded == pytest.approx(opens.timestamp())


# --- the production stack, really served ------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url, timeout=10, **headers):
    request = urllib.request.Request(url, headers=headers)
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return response.status, dict(response.headers), response.read()


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """gunicorn on a free port: production settings, one worker with four threads."""
    folder = tmp_path_factory.mktemp("serve")
    port = free_port()
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_", "REDIS_", "GUNICORN_", "PAGE_CACHE"))
        and key not in {"WEB_CONCURRENCY", "PORT", "SITE_URL"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="tests.serve_settings",
        SERVE_TEST_STATIC_ROOT=str(folder / "static"),
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS="127.0.0.1",
        SITE_URL=f"http://127.0.0.1:{port}",
        DJANGO_SECURE_SSL_REDIRECT="0",
        DATABASE_URL=f"sqlite:///{folder / 'db.sqlite3'}",
        DATABASE_CONN_MAX_AGE="60",
        PORT=str(port),
        WEB_CONCURRENCY="1",
        GUNICORN_THREADS="4",
        PYTHONPATH=str(ROOT),
    )
    for command in (["migrate", "--noinput", "-v0"], ["collectstatic", "--noinput", "-v0"]):
        subprocess.run(
            [sys.executable, "manage.py", *command], cwd=ROOT, env=env, check=True, timeout=300
        )
    log = (folder / "gunicorn.log").open("wb")
    server = subprocess.Popen(
        [str(GUNICORN), "-c", str(CONF)], cwd=ROOT, env=env, stdout=log, stderr=log
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            get(f"{base}/health/", timeout=2)
            break
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                pytest.fail((folder / "gunicorn.log").read_text())
            time.sleep(0.2)
    yield types.SimpleNamespace(base=base, process=server, log=folder / "gunicorn.log")
    if server.poll() is None:
        server.terminate()
        try:
            server.wait(40)
        except subprocess.TimeoutExpired:
            server.kill()


def test_serves_pages_health_and_static_files(served):
    status, headers, body = get(f"{served.base}/get-help/")
    assert status == 200
    assert b"988" in body
    status, _headers, body = get(f"{served.base}/health/")
    assert status == 200

    _status, _headers, home = get(f"{served.base}/")
    stylesheet = re.search(rb'<link rel="stylesheet" href="(/static/[^"]+\.css)"', home)
    assert stylesheet, "the home page links its stylesheet"
    # Hashed name (manifest storage), far-future caching, compressed by whitenoise.
    assert re.search(rb"\.[0-9a-f]{12}\.css$", stylesheet[1])
    status, headers, css = get(served.base + stylesheet[1].decode(), **{"Accept-Encoding": "gzip"})
    assert status == 200
    assert headers["Content-Encoding"] == "gzip"
    assert "max-age=315360000" in headers["Cache-Control"]


def test_a_stalled_client_does_not_block_the_help_page(served):
    """One worker: a client that sent half a request holds one thread, the help page is
    served by another. (A `sync` worker, or gthread with one thread, would sit on the
    stalled client until the 30 s timeout.)"""
    with socket.create_connection(("127.0.0.1", int(served.base.rsplit(":", 1)[1]))) as stalled:
        stalled.sendall(b"GET /get-help/ HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        time.sleep(0.5)
        started = time.monotonic()
        status, _headers, _body = get(f"{served.base}/get-help/", timeout=10)
        assert status == 200
        assert time.monotonic() - started < 10


def test_stops_gracefully_on_sigterm(served):
    served.process.send_signal(signal.SIGTERM)
    assert served.process.wait(timeout=40) == 0
    assert b"Shutting down" in served.log.read_bytes()


def test_persistent_connections_are_checked_before_a_request_uses_them():
    """With DATABASE_CONN_MAX_AGE (60 under make serve) a connection outlives its request;
    one the server closed meanwhile is replaced before use, not failed on."""
    code = (
        "from django.conf import settings; d = settings.DATABASES['default']; "
        "print(d['CONN_MAX_AGE'], d['CONN_HEALTH_CHECKS'])"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "connection_hub.settings.prod",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "SITE_URL": "https://hub.example.org",
        "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/connection_hub",
        "DATABASE_CONN_MAX_AGE": "60",
    }
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=Path(__file__).resolve().parent.parent,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.split() == ["60", "True"]
