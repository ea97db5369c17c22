"""The link checker: is each resource's external link still there?

One check is a HEAD request, then a GET when the server refuses HEAD (405, 403 or 501);
redirects are followed (at most ``MAX_REDIRECTS``) and the address it lands on is kept.
Checks run a few at a time (``LINK_CHECK_CONCURRENCY`` threads), never two at once to
one host, with ``LINK_CHECK_HOST_DELAY`` seconds between requests to the same host, and
each request gives up after ``LINK_CHECK_TIMEOUT`` seconds. The ``User-Agent`` names the
site and its address, so the other site's staff know who is asking.

The standard library's ``urllib`` does all of this (HEAD, bounded redirects, timeouts,
headers), so the checker needs no HTTP package of its own.
"""

import http.client
import socket
import ssl
import threading
import time
import urllib.error
import urllib.request
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings

from .models import LinkProblem

MAX_REDIRECTS = 5
# Statuses that mean "I do not answer HEAD", not "the page is gone": ask again with GET.
HEAD_REFUSED = {403, 405, 501}


@dataclass(frozen=True)
class Outcome:
    url: str
    status_code: int | None = None
    problem: str = ""  # a LinkProblem value; empty when the link works
    detail: str = ""
    final_url: str = ""

    @property
    def ok(self) -> bool:
        return not self.problem


def user_agent() -> str:
    site_url = getattr(settings, "SITE_URL", "http://127.0.0.1:8000")
    return f"{settings.SITE_NAME} link checker (+{site_url})"


class _BoundedRedirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS


class _Throttle:
    """At most one request per ``delay`` seconds to each host."""

    def __init__(self, delay: float):
        self.delay = delay
        self.lock = threading.Lock()
        self.next_allowed = defaultdict(float)

    def wait(self, host: str) -> None:
        with self.lock:
            now = time.monotonic()
            start = max(now, self.next_allowed[host])
            self.next_allowed[host] = start + self.delay
        if start > now:
            time.sleep(start - now)


def _problem_of(error: BaseException) -> str:
    """Which kind of failure an exception from urllib is."""
    if isinstance(error, urllib.error.URLError) and not isinstance(error, urllib.error.HTTPError):
        error = error.reason if isinstance(error.reason, BaseException) else error
    if isinstance(error, socket.gaierror):
        return LinkProblem.DNS
    if isinstance(error, TimeoutError | socket.timeout):
        return LinkProblem.TIMEOUT
    if isinstance(error, ConnectionRefusedError):
        return LinkProblem.REFUSED
    return LinkProblem.OTHER


class LinkChecker:
    def __init__(self, *, timeout=None, concurrency=None, host_delay=None):
        self.timeout = timeout if timeout is not None else settings_value("LINK_CHECK_TIMEOUT")
        self.concurrency = concurrency or settings_value("LINK_CHECK_CONCURRENCY")
        delay = host_delay if host_delay is not None else settings_value("LINK_CHECK_HOST_DELAY")
        self.throttle = _Throttle(delay)
        self.opener = urllib.request.build_opener(_BoundedRedirects())
        self.opener.addheaders = [("User-Agent", user_agent()), ("Accept", "*/*")]

    def _request(self, url: str, method: str):
        self.throttle.wait(urlsplit(url).hostname or "")
        request = urllib.request.Request(url, method=method)
        try:
            with self.opener.open(request, timeout=self.timeout) as response:
                if method == "GET":
                    response.read(1024)  # the start of the body is enough to know it came
                return response.status, response.geturl()
        except urllib.error.HTTPError as error:
            error.close()
            return error.code, error.geturl() or url

    def check(self, url: str) -> Outcome:
        try:
            status, final_url = self._request(url, "HEAD")
            if status in HEAD_REFUSED:
                status, final_url = self._request(url, "GET")
        except (OSError, http.client.HTTPException, ssl.SSLError, ValueError) as error:
            return Outcome(url=url, problem=_problem_of(error), detail=str(error)[:255])
        if status >= 300:  # an error page, or redirects that never arrive anywhere
            return Outcome(
                url=url,
                status_code=status,
                problem=LinkProblem.HTTP,
                detail=http.client.responses.get(status, "") if status >= 400 else "redirects",
                final_url=final_url,
            )
        return Outcome(url=url, status_code=status, final_url=final_url)

    def check_all(self, urls) -> dict[str, Outcome]:
        """Check every address in ``urls``; the outcome of each, by address."""
        by_host = defaultdict(list)
        for url in dict.fromkeys(urls):
            by_host[urlsplit(url).hostname or ""].append(url)

        def check_host(host_urls):
            return [(url, self.check(url)) for url in host_urls]

        outcomes = {}
        with ThreadPoolExecutor(max_workers=self.concurrency) as pool:
            for pairs in pool.map(check_host, by_host.values()):
                outcomes.update(pairs)
        return outcomes


DEFAULTS = {"LINK_CHECK_TIMEOUT": 10, "LINK_CHECK_CONCURRENCY": 4, "LINK_CHECK_HOST_DELAY": 1}


def settings_value(name):
    return getattr(settings, name, DEFAULTS[name])
