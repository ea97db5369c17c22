"""Two server processes on one PostgreSQL database and one Redis share the page cache and
its invalidation: an editor's change made through one server's admin, or through a third
process, is served, fresh, by both.

Runs on PostgreSQL only (the CI step with DATABASE_URL); needs Redis at REDIS_URL or
127.0.0.1:6379, and fails rather than skips when it is unreachable and CI=true.
"""

import http.cookiejar
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

import pytest
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.contrib.auth.models import Group
from django.db import connection

from tests.factories import ResourceFactory

ROOT = Path(__file__).resolve().parent.parent
REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")

pytestmark = [
    pytest.mark.skipif(
        not os.environ.get("DATABASE_URL", "").startswith("postgres"),
        reason="two server processes need one shared database: PostgreSQL (DATABASE_URL)",
    ),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def redis_prefix():
    import redis

    try:
        client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1, socket_timeout=1)
        client.ping()
    except redis.exceptions.RedisError as error:
        if os.environ.get("CI") == "true":
            pytest.fail(f"Redis is unreachable at {REDIS_URL} and CI=true: {error}")
        pytest.skip(f"Redis is unreachable at {REDIS_URL}: {error}")
    prefix = f"connection-hub-test-{uuid.uuid4().hex[:12]}"
    yield prefix
    for key in client.scan_iter(f"{prefix}:*"):
        client.delete(key)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def environment(prefix):
    database = connection.settings_dict
    url = (
        f"postgres://{database['USER']}@{database['HOST'] or '127.0.0.1'}:"
        f"{database['PORT'] or 5432}/{database['NAME']}"
    )
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "connection_hub.settings.dev",
        "DJANGO_DEBUG": "0",
        "DATABASE_URL": url,
        "REDIS_URL": REDIS_URL,
        "CACHE_KEY_PREFIX": prefix,
        "PAGE_CACHE_SECONDS": "300",
        "SITE_URL": "http://127.0.0.1:8000",
        "PYTHONUNBUFFERED": "1",
    }


def get(port, path):
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=20) as response:
        return response.headers.get("X-Page-Cache"), response.read().decode()


@pytest.fixture
def two_servers(redis_prefix, tmp_path):
    env = environment(redis_prefix)
    servers = []
    for n in range(2):
        port = free_port()
        log = (tmp_path / f"server{n}.log").open("w")
        process = subprocess.Popen(
            [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        servers.append((port, process))
    try:
        for port, process in servers:
            deadline = time.monotonic() + 60
            while True:
                try:
                    get(port, "/health/")
                    break
                except OSError:
                    if process.poll() is not None or time.monotonic() > deadline:
                        logs = "\n".join(p.read_text() for p in tmp_path.glob("*.log"))
                        pytest.fail(f"server on {port} did not start:\n{logs}")
                    time.sleep(0.2)
        yield [port for port, _process in servers], env
    finally:
        for _port, process in servers:
            process.terminate()
        for _port, process in servers:
            process.wait(timeout=10)


class Browser:
    """One person's cookies and CSRF token against one server, as a browser keeps them."""

    def __init__(self, port):
        self.port = port
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )

    def open(self, path, data=None):
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        url = f"http://127.0.0.1:{self.port}{path}"
        with self.opener.open(url, body, timeout=20) as response:
            return response.geturl(), response.read().decode()

    def post_form(self, path, data):
        """GET ``path``, then POST ``data`` to it with the token the form carried."""
        _url, page = self.open(path)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        return self.open(path, {**data, "csrfmiddlewaretoken": token})


def test_an_editor_unpublishing_in_one_servers_admin_is_seen_at_once_by_the_other(
    two_servers, django_user_model
):
    resource = ResourceFactory(title="Garden notes", slug="garden-notes")
    # Hashed as the servers' settings hash (the test settings' MD5 is not among theirs).
    password = PBKDF2PasswordHasher().encode("pw-ed-12345!", "two-instances-salt")
    editor = django_user_model.objects.create(username="ed", is_staff=True, password=password)
    editor.groups.add(Group.objects.get(name="Editors"))
    (first, second), _env = two_servers
    path = "/resources/garden-notes/"
    assert get(first, path)[0] == "miss"
    assert get(second, path)[0] == "hit"  # stored by the first, read by the second
    assert "Garden notes" in get(second, "/resources/")[1]

    browser = Browser(first)
    url, page = browser.post_form(
        "/admin/login/?next=/admin/",
        {"username": "ed", "password": "pw-ed-12345!", "next": "/admin/"},
    )
    assert urllib.parse.urlsplit(url)[2:4] == ("/admin/", ""), page  # signed in
    url, page = browser.post_form(
        "/admin/resources/resource/",
        {"action": "unpublish", "_selected_action": [resource.pk], "index": "0"},
    )
    assert "1 resource returned to draft." in page, page  # confirmed with a message

    for port in (second, first):
        with pytest.raises(urllib.error.HTTPError) as gone:
            get(port, path)
        assert gone.value.code == 404, port
        assert "Garden notes" not in get(port, "/resources/")[1], port


def test_an_edit_through_one_process_is_served_fresh_by_both(two_servers):
    ResourceFactory(title="Neighbours report", slug="neighbours")
    (first, second), env = two_servers
    path = "/resources/neighbours/"
    state, body = get(first, path)
    assert state == "miss" and "Neighbours report" in body
    # The second process finds the page the first one stored: one shared cache.
    state, body = get(second, path)
    assert state == "hit" and "Neighbours report" in body
    assert get(first, path)[0] == "hit"

    # An editor's change in a third process sharing the database and Redis.
    subprocess.run(
        [
            sys.executable,
            "manage.py",
            "shell",
            "-c",
            "from resources.models import Resource; r = Resource.objects.get(slug='neighbours');"
            " r.title = 'Neighbours, revised'; r.save()",
        ],
        cwd=ROOT,
        env=env,
        check=True,
        timeout=60,
    )
    for port in (second, first):
        state, body = get(port, path)
        assert "Neighbours, revised" in body, port
        assert "Neighbours report" not in body
    assert get(second, path)[0] == "hit"  # stored again, under the new generation
