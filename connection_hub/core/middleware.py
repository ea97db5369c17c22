"""Response headers every page carries, and a calm page when the database fails.

``SecurityHeadersMiddleware`` goes first in ``MIDDLEWARE`` so static files served by
whitenoise get the headers too; ``DatabaseUnavailableMiddleware`` goes after the
session and authentication middleware so it sees what the view (and the template it
renders) raised.
"""

import logging

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader
from django.utils.cache import add_never_cache_headers

from .urls import bounded_query

logger = logging.getLogger(__name__)

# Media types that are text even though they do not start with "text/".
TEXTUAL = ("application/xml", "application/json", "application/javascript", "image/svg+xml")
TEXTUAL_SUFFIXES = ("+xml", "+json")


def is_textual(media_type: str) -> bool:
    return (
        media_type.startswith("text/")
        or media_type in TEXTUAL
        or media_type.endswith(TEXTUAL_SUFFIXES)
    )


def permissions_policy(features) -> str:
    """``camera=(), microphone=(), …``: each feature allowed to no one."""
    return ", ".join(f"{feature}=()" for feature in features)


class SecurityHeadersMiddleware:
    """Cross-Origin-Resource-Policy, Permissions-Policy, and a charset on every text
    response (HTML, feeds, sitemaps, robots.txt, SVG, calendars, JSON)."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.corp = getattr(settings, "SECURE_CROSS_ORIGIN_RESOURCE_POLICY", "same-origin")
        self.permissions = permissions_policy(getattr(settings, "PERMISSIONS_POLICY_DENY", ()))

    def __call__(self, request):
        response = self.get_response(request)
        if self.corp:
            response.headers.setdefault("Cross-Origin-Resource-Policy", self.corp)
        if self.permissions:
            response.headers.setdefault("Permissions-Policy", self.permissions)
        content_type = response.headers.get("Content-Type", "")
        media_type = content_type.split(";")[0].strip().lower()
        if media_type and is_textual(media_type) and "charset=" not in content_type.lower():
            response.headers["Content-Type"] = f"{content_type}; charset={settings.DEFAULT_CHARSET}"
        return response


def client_address(request) -> str:
    """The client's address: REMOTE_ADDR, or with BEHIND_PROXY the last entry of
    X-Forwarded-For (added by our proxy; the entries before it are the client's word)."""
    if getattr(settings, "BEHIND_PROXY", False):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        entries = [entry.strip() for entry in forwarded.split(",") if entry.strip()]
        if entries:
            return entries[-1][:45]
    return request.META.get("REMOTE_ADDR", "") or "0.0.0.0"


class BoundedQueryMiddleware:
    """Every query-string value a page reads, and so echoes (filters, the search box,
    language links, ``{% querystring %}``), is cut to a bounded length.

    Paths under BOUNDED_QUERY_EXEMPT (the JSON API) keep what was sent: they refuse an
    over-long value with a 400 that names it, rather than trimming it silently.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.exempt = tuple(getattr(settings, "BOUNDED_QUERY_EXEMPT", ()))

    def __call__(self, request):
        if request.GET and not (self.exempt and request.path_info.startswith(self.exempt)):
            request.GET = bounded_query(request.GET)
        return self.get_response(request)


def unavailable_response(retry_after: int | None = None) -> HttpResponse:
    """The static 503 page: no context, no database, the crisis lines in the footer."""
    retry_after = retry_after or getattr(settings, "DATABASE_RETRY_AFTER", 30)
    body = loader.get_template("503.html").render({})
    response = HttpResponse(body, status=503, content_type="text/html; charset=utf-8")
    response["Retry-After"] = str(retry_after)
    add_never_cache_headers(response)
    return response


class DatabaseUnavailableMiddleware:
    """A database that is down, refuses connections or times out (connect_timeout,
    statement_timeout) gives a calm 503 with Retry-After instead of a 500 after a hang."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, OperationalError | InterfaceError):
            return None
        logger.warning("Database unavailable for %s: %s", request.path, exception)
        return unavailable_response()
