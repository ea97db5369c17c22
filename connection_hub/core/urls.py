"""Absolute addresses of this site, from the SITE_URL setting, never from the Host header.

A request's Host header is whatever the client sent (``/%2Fevil.example/…`` or a forged
``Host`` would otherwise flow into canonical links, feeds, sitemaps, QR codes and handouts),
so every absolute address the site prints is built here.
"""

from urllib.parse import urlsplit

from django.conf import settings


def site_url() -> str:
    """The site's origin, e.g. ``https://connectionhub.example`` (no trailing slash)."""
    return settings.SITE_URL.rstrip("/")


def absolute_url(path: str) -> str:
    """``path`` (an address on this site, such as ``reverse(...)``) as an absolute URL.

    Anything that is not a plain path (``//host/…``, ``https://…``, ``\\\\host``) is
    reduced to its path, so the result always stays on this site.
    """
    path = path or "/"
    parts = urlsplit(path.replace("\\", "/"))
    if parts.scheme or parts.netloc or not path.startswith("/"):
        path = "/" + (parts.path or "").lstrip("/")
        if parts.query:
            path += "?" + parts.query
    while path.startswith("//"):
        path = path[1:]
    return site_url() + path


def site_host() -> str:
    return urlsplit(site_url()).netloc


def site_scheme() -> str:
    return urlsplit(site_url()).scheme or "https"


# No query-string value is read (or echoed back) beyond this many characters, and no
# parameter name beyond MAX_QUERY_KEY_LENGTH (BoundedQueryMiddleware).
MAX_QUERY_VALUE_LENGTH = 200
MAX_QUERY_KEY_LENGTH = 50
MAX_QUERY_VALUES = 20


def bounded_query(query_dict):
    """An immutable copy of ``query_dict`` (``request.GET``): names longer than
    MAX_QUERY_KEY_LENGTH dropped, at most MAX_QUERY_VALUES values per name, each cut to
    MAX_QUERY_VALUE_LENGTH characters. What a page echoes stays bounded."""
    data = query_dict.copy()
    for key in list(data):
        if len(key) > MAX_QUERY_KEY_LENGTH:
            del data[key]
            continue
        values = data.getlist(key)[:MAX_QUERY_VALUES]
        data.setlist(key, [value[:MAX_QUERY_VALUE_LENGTH] for value in values])
    data._mutable = False
    return data


class SiteRequest:
    """A request that answers ``get_host()``, ``scheme`` and ``build_absolute_uri()`` from
    SITE_URL, for code that builds addresses from the request (Django's feeds and sitemaps).
    Everything else is the real request.
    """

    def __init__(self, request):
        self._request = request

    def __getattr__(self, name):
        return getattr(self._request, name)

    def get_host(self):
        return site_host()

    @property
    def scheme(self):
        return site_scheme()

    def is_secure(self):
        return site_scheme() == "https"

    def build_absolute_uri(self, location=None):
        return absolute_url(location if location is not None else self._request.get_full_path())
