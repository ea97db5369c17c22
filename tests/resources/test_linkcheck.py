"""The link checker against a local HTTP server started here (never the internet)."""

import contextlib
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.test import override_settings

from connection_hub.core.models import Status
from connection_hub.management.commands.run_daily_jobs import DAILY_TASKS
from resources.linkcheck import LinkChecker, user_agent
from resources.models import LinkCheck, LinkProblem
from resources.tasks import check_resource_links
from tests.factories import ResourceFactory
from tests.staff.conftest import sign_in  # noqa: F401 (a fixture)

SLOW_SECONDS = 1.5
TIMEOUT = 0.3


class Handler(BaseHTTPRequestHandler):
    seen = []  # (method, path, user agent, monotonic time)

    def log_message(self, *args):
        pass

    def answer(self, body: bool):
        Handler.seen.append(
            (self.command, self.path, self.headers.get("User-Agent"), time.monotonic())
        )
        path = self.path
        if path == "/slow":
            time.sleep(SLOW_SECONDS)
        if path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/ok")
        elif path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
        elif path == "/missing":
            self.send_response(404)
        elif path == "/error":
            self.send_response(500)
        elif path == "/no-head" and self.command == "HEAD":
            self.send_response(405)
        else:
            self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        if body:
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(b"ok")

    def do_HEAD(self):
        self.answer(body=False)

    def do_GET(self):
        self.answer(body=True)


@pytest.fixture
def server():
    Handler.seen = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def closed_port():
    """An address on this machine where nothing listens."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/"


@pytest.fixture
def no_dns(monkeypatch):
    """``no-such-host.test`` does not resolve (without asking any resolver)."""
    real = socket.getaddrinfo

    def getaddrinfo(host, *args, **kwargs):
        if host == "no-such-host.test":
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return "http://no-such-host.test/page"


def checker(**kwargs):
    return LinkChecker(**{"timeout": TIMEOUT, "host_delay": 0, **kwargs})


def test_each_kind_of_answer_is_told_apart(server, closed_port, no_dns):
    urls = {
        "ok": f"{server}/ok",
        "moved": f"{server}/moved",
        "missing": f"{server}/missing",
        "error": f"{server}/error",
        "slow": f"{server}/slow",
        "no_head": f"{server}/no-head",
        "loop": f"{server}/loop",
        "closed": closed_port,
        "dns": no_dns,
    }
    outcomes = checker().check_all(urls.values())
    got = {name: outcomes[url] for name, url in urls.items()}

    assert got["ok"].ok and got["ok"].status_code == 200
    assert got["moved"].ok and got["moved"].status_code == 200
    assert got["moved"].final_url == f"{server}/ok"
    assert (got["missing"].problem, got["missing"].status_code) == (LinkProblem.HTTP, 404)
    assert (got["error"].problem, got["error"].status_code) == (LinkProblem.HTTP, 500)
    assert got["slow"].problem == LinkProblem.TIMEOUT
    assert got["no_head"].ok and got["no_head"].status_code == 200
    assert got["loop"].problem == LinkProblem.HTTP
    assert got["closed"].problem == LinkProblem.REFUSED
    assert got["dns"].problem == LinkProblem.DNS


def test_head_first_then_get_only_when_head_is_refused_with_the_site_user_agent(server):
    checker().check_all([f"{server}/ok", f"{server}/no-head"])
    requests = [(method, path) for method, path, _agent, _t in Handler.seen]
    assert ("HEAD", "/ok") in requests and ("GET", "/ok") not in requests
    no_head = [r for r in requests if r[1] == "/no-head"]
    assert no_head == [("HEAD", "/no-head"), ("GET", "/no-head")]
    agents = {agent for _m, _p, agent, _t in Handler.seen}
    assert agents == {user_agent()}
    assert user_agent() == "Connection Hub link checker (+http://testserver)"


def test_requests_to_one_host_wait_for_each_other(server):
    checker(host_delay=0.25, concurrency=4).check_all([f"{server}/ok?{i}" for i in range(3)])
    times = sorted(t for _m, _p, _a, t in Handler.seen)
    assert len(times) == 3
    assert all(b - a >= 0.24 for a, b in zip(times, times[1:], strict=False))


@pytest.mark.django_db
def test_a_link_is_broken_only_after_three_failed_checks_in_a_row(server, settings):
    settings.LINK_CHECK_TIMEOUT = TIMEOUT
    settings.LINK_CHECK_HOST_DELAY = 0
    good = ResourceFactory(url=f"{server}/moved")
    gone = ResourceFactory(url=f"{server}/missing")
    draft = ResourceFactory(url=f"{server}/error", status=Status.DRAFT)

    for day in range(1, 4):
        check_resource_links.enqueue()
        gone_check = LinkCheck.objects.get(resource=gone)
        assert gone_check.consecutive_failures == day
        assert gone_check.is_broken == (day == 3)
        page = gone.get_absolute_url()

    good_check = LinkCheck.objects.get(resource=good)
    assert (good_check.status_code, good_check.final_url) == (200, f"{server}/ok")
    assert not good_check.is_broken and good_check.first_failed_at is None
    assert gone_check.status_code == 404 and gone_check.first_failed_at < gone_check.checked_at
    assert not LinkCheck.objects.filter(resource=draft).exists()  # only published resources

    # A working link again clears it.
    gone.url = f"{server}/ok"
    gone.save()
    check_resource_links.enqueue()
    gone_check.refresh_from_db()
    assert (gone_check.is_broken, gone_check.consecutive_failures) == (False, 0)
    assert page


@pytest.mark.django_db
def test_the_public_page_warns_only_after_repeated_failures(client, server, settings):
    settings.LINK_CHECK_TIMEOUT = TIMEOUT
    settings.LINK_CHECK_HOST_DELAY = 0
    resource = ResourceFactory(url=f"{server}/error")
    warning = "This link may be broken"
    for _ in range(2):
        check_resource_links.enqueue()
        response = client.get(resource.get_absolute_url())
        assert response.status_code == 200
        assert warning not in response.content.decode()
    check_resource_links.enqueue()
    html = client.get(resource.get_absolute_url()).content.decode()
    assert warning in html
    assert f'href="{server}/error"' in html  # the link itself stays


def test_the_daily_jobs_include_the_link_check():
    assert check_resource_links in DAILY_TASKS


@pytest.mark.django_db
@pytest.mark.parametrize("group", ["Librarians", "Editors"])
def test_librarians_and_editors_see_broken_links_read_only(client, sign_in, group):  # noqa: F811
    broken = ResourceFactory(title="Gone report", url="https://example.org/gone")
    fine = ResourceFactory(title="Fine report", url="https://example.org/fine")
    for resource, problem, status in ((broken, LinkProblem.HTTP, 404), (fine, "", 200)):
        check = LinkCheck(resource=resource, url=resource.url)
        for _ in range(3):
            check.record(status_code=status, problem=problem)
    sign_in(group)
    response = client.get("/admin/resources/brokenlink/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'href="/admin/resources/resource/{broken.pk}/change/"' in html
    assert "Gone report" in html and "404" in html
    assert "Fine report" not in html
    assert client.get("/admin/resources/brokenlink/add/").status_code == 403
    check = LinkCheck.objects.get(resource=broken)
    assert client.get(f"/admin/resources/brokenlink/{check.pk}/delete/").status_code == 403


@pytest.mark.django_db
def test_organizers_do_not_see_broken_links(client, sign_in):  # noqa: F811
    sign_in("Organizers")
    assert client.get("/admin/resources/brokenlink/").status_code == 403


@override_settings(SITE_NAME="Hub")
def test_the_user_agent_names_the_site():
    assert user_agent().startswith("Hub link checker (+")
