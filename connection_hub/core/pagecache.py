"""The page cache: every anonymous public page, stored whole in the shared cache.

A page is stored per language, day, path and query string (parameters in sorted order),
with the generation (``core.cache.content_generation``) it was rendered in, and served
only while that generation is the current one: any change to public content, a
publishing window opening or closing, and midnight each make every stored page stale at
once, in every process that shares the cache. One read fetches the generation and the
page together. Stored pages carry an ETag (a hash of the
body, taken once when stored) and Last-Modified (when it was stored), and a conditional
GET that matches gets a 304 without the page being rendered or read from the database.
Text responses without a secret are stored gzip-compressed beside the plain body.

Nothing is stored or served from the cache for:

- a request carrying the session cookie (signed-in staff browse the public site) or the
  messages cookie, and a response whose view read the user, added or showed a message,
  touched the session, or set a cookie;
- anything but GET and HEAD, a status other than 200, a streaming response, a response
  marked ``Cache-Control: private``, ``no-store`` or ``no-cache`` (preview pages and every
  ``never_cache`` view), or one varying on Cookie;
- the paths in ``PAGE_CACHE_EXCLUDE`` (the admin, the health check, previews, one-time links)
  in every language.

A page with a form (a CSRF token) is stored with a placeholder where the token was; on the
way out the placeholder becomes the requesting client's own token (``get_token``), and the
CSRF middleware sets that client's cookie. Such pages are never compressed (BREACH) and
carry no validators.

Two middleware classes share the work. ``PageCacheFrontMiddleware`` goes first in
``MIDDLEWARE``: a stored page without a form is answered there, before any other
middleware runs (a hit costs one cache round trip and no rendering), and on the way out
it stores what ``PageCacheMiddleware`` chose, with the headers every middleware added
(security headers, CSP, language). ``PageCacheMiddleware`` sits after the locale, CSRF,
authentication and messages middleware: it decides what may be stored (it sees the
response before any cookie is set) and serves the stored pages that carry a form, so the
CSRF middleware gives each client its own token and cookie. Without the front class it
stores and serves everything itself. The gzip body and the plain body are stored under
keys of their own, so a hit reads only the one it sends.

Why not Django's ``UpdateCacheMiddleware`` / ``FetchFromCacheMiddleware``: their entries
expire only by time (no generation, so an unpublished draft would stay for the timeout);
they send ``Expires`` and ``max-age`` to browsers and proxies, which would then keep stale
pages where no invalidation reaches; they key on ``Vary: Cookie``, so every page with a
CSRF token gets one entry per visitor; and they store pages with messages or rendered for
a signed-in user.
"""

import functools
import gzip
import hashlib
import logging
import re
import time
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.conf.urls.i18n import is_language_prefix_patterns_used
from django.core.cache import caches
from django.db import DatabaseError
from django.http import HttpRequest, HttpResponse, HttpResponseNotModified
from django.middleware.csrf import get_token
from django.middleware.gzip import re_accepts_gzip
from django.utils import timezone, translation
from django.utils.cache import (
    get_conditional_response,
    patch_cache_control,
    patch_vary_headers,
)
from django.utils.crypto import get_random_string
from django.utils.http import http_date, parse_http_date_safe
from django.utils.translation import get_language

try:
    # Private to Django (4.1 and later): the secret behind a masked form token. It is
    # relied on only after unmasking_works() has checked it against the public get_token().
    from django.middleware.csrf import _unmask_cipher_token
except ImportError:  # pragma: no cover - a Django that moved it: forms are not stored
    _unmask_cipher_token = None

from . import cache as generation
from .middleware import is_textual

logger = logging.getLogger(__name__)

VERSION = 3
TOKEN_PLACEHOLDER = b"__page_cache_csrf_token__"
# A masked CSRF token: 64 letters and digits, not part of a longer run.
MASKED_TOKEN = re.compile(rb"(?<![A-Za-z0-9])[A-Za-z0-9]{64}(?![A-Za-z0-9])")
# Headers that belong to one delivery, not to the stored page.
UNSTORED_HEADERS = {"content-length", "set-cookie", "x-page-cache"}
# Set again on each delivery, by variant (gzip or plain, a weak or a strong ETag).
DELIVERY_HEADERS = UNSTORED_HEADERS | {"etag", "content-encoding"}
PLAIN_SUFFIX = ":plain"
# Headers of a body, not sent with a 304 or 412.
BODY_HEADERS = {"content-type", "content-length", "content-disposition", "content-language"}
REFUSED_CACHE_CONTROL = ("private", "no-store", "no-cache")
MIN_COMPRESS_BYTES = 200
# Pages stored while the next publishing window is unknown live at most this long.
UNKNOWN_SCHEDULE_SECONDS = 60
DEFAULT_EXCLUDE = (
    "/admin/",
    "/health/",
    "/preview/",
    "/i18n/",
    "/listing-check/",
    "/workshops/request/sent/",
    "/static/",
    "/media/",
)


def page_cache_seconds() -> int:
    return int(getattr(settings, "PAGE_CACHE_SECONDS", 300))


def excluded_prefixes() -> tuple[str, ...]:
    prefixes = tuple(getattr(settings, "PAGE_CACHE_EXCLUDE", DEFAULT_EXCLUDE))
    languages = [code for code, _name in settings.LANGUAGES]
    return prefixes + tuple(f"/{code}{prefix}" for code in languages for prefix in prefixes)


def request_language(request) -> str:
    """The language LocaleMiddleware will activate for ``request`` (its own rules), known
    before it runs: the path's prefix, else the default language when the default has
    none; other set-ups read the cookie and Accept-Language as Django does."""
    urlconf = getattr(request, "urlconf", settings.ROOT_URLCONF)
    i18n_patterns_used, prefixed_default = is_language_prefix_patterns_used(urlconf)
    from_path = translation.get_language_from_path(request.path_info)
    if from_path:
        return from_path
    if i18n_patterns_used and not prefixed_default:
        return settings.LANGUAGE_CODE
    return translation.get_language_from_request(request, check_path=i18n_patterns_used)


def cache_key(request, language: str | None = None) -> str:
    # Names in order; a repeated name's values keep theirs (?page=2&page=3 shows page 3).
    params = sorted(
        parse_qsl(request.META.get("QUERY_STRING", ""), keep_blank_values=True),
        key=lambda pair: pair[0],
    )
    # Not the Host header: every absolute address on a page comes from SITE_URL, so the
    # instances behind a load balancer (each on its own address) share one entry.
    identity = "\n".join([request.scheme, request.path, urlencode(params)]).encode(
        "utf-8", "surrogateescape"
    )
    digest = hashlib.sha256(identity).hexdigest()
    day = timezone.localdate().isoformat()
    language = language or get_language()
    return f"page:v{VERSION}:{day}:{language}:{digest}"


def _refused_cache_control(response) -> bool:
    value = response.get("Cache-Control", "").lower()
    return any(word in value for word in REFUSED_CACHE_CONTROL)


def _shows_messages(request) -> bool:
    storage = getattr(request, "_messages", None)
    if storage is None:
        return False
    queued = getattr(storage, "_queued_messages", None)
    return bool(queued or getattr(storage, "_loaded_data", None))


def _read_user(request) -> bool:
    user = getattr(request, "_cached_user", None)  # set once the view asked who it is
    return user is not None and user.is_authenticated


def _session_used(request) -> bool:
    session = getattr(request, "session", None)
    return session is not None and (session.modified or session.accessed)


# The next publishing window of each generation seen, once known: it never moves for a
# generation (a later reading can only be later), so one cache round trip less per page.
_schedules: dict[int, float] = {}
# While nobody knows it (the cache was emptied and nothing changed since), asked again at
# most this often per process.
_unknown_schedules: dict[int, float] = {}
UNKNOWN_RECHECK_SECONDS = 1.0


def _schedule_of(current: int) -> float | None:
    schedule = _schedules.get(current)
    if schedule is not None:
        return schedule
    now = time.monotonic()
    if now < _unknown_schedules.get(current, 0.0):
        return None
    schedule = generation.scheduled_change(current)
    if len(_schedules) > 64 or len(_unknown_schedules) > 64:
        _schedules.clear()
        _unknown_schedules.clear()
    if schedule is None:
        _unknown_schedules[current] = now + UNKNOWN_RECHECK_SECONDS
    else:
        _schedules[current] = schedule
    return schedule


def read_many(cache, keys: list[str]) -> tuple[int, dict]:
    """The current generation and the entries stored at ``keys``: one round trip when
    ``cache`` is the cache that holds the generation (the default). Also the fragment
    cache's first read of a request (``fragments.py``)."""
    if getattr(settings, "PAGE_CACHE_ALIAS", "default") == "default" and not (
        generation.bump_pending()
    ):
        found = cache.get_many([generation.GENERATION_KEY, *keys])
        current = found.pop(generation.GENERATION_KEY, None)
        if current is not None:
            return current, found
    # Not set yet (or evicted): content_generation() sets it, and entries read before
    # cannot be of the generation it starts.
    return generation.content_generation(), cache.get_many(keys)


def _read(cache, key: str):
    """The current generation and the entry stored at ``key`` (``read_many``)."""
    current, found = read_many(cache, [key])
    return current, found.get(key)


def look_up(cache, request, language: str | None = None):
    """``(key, generation, expires, entry)``: the page's key, the current generation,
    when an entry stored now must expire at the latest (the next publishing window), and
    the stored entry if it is current (else None); or ``(None, None, None, None)`` when
    this request cannot use the cache.

    The key holds no generation: an entry carries the generation it was rendered in and
    counts only while that is the current one (so one read fetches both, and a new
    render overwrites the stale entry instead of leaving it beside)."""
    key = cache_key(request, language)
    try:
        current, entry = _read(cache, key)
        schedule = _schedule_of(current)
        if schedule is not None and time.time() >= schedule:  # a window opened or closed
            generation.bump_content_generation()
            current = generation.content_generation()
            schedule = _schedule_of(current)
    except DatabaseError as error:  # the view will give its calm 503 page
        logger.warning("Page cache skipped: %s", error)
        return None, None, None, None
    if schedule is None:  # not known (the cache was emptied): look again soon
        schedule = time.time() + UNKNOWN_SCHEDULE_SECONDS
    request._content_state = (current, schedule)  # the fragment cache reads no more
    if not (
        isinstance(entry, dict)
        and entry.get("version") == VERSION
        and entry.get("generation") == current
    ):
        entry = None
    return key, current, schedule, entry


def page_expiry(request, schedule: float) -> float:
    """When a page stored now must expire: at the next publishing window, and no later
    than the fragments it was made of (``fragments.py`` notes each one's expiry)."""
    return min(schedule, getattr(request, "_fragment_expires", schedule))


def page_timeout(request, seconds: int, schedule: float) -> int:
    """How many seconds a page rendered for ``request`` may be stored: 0 (not stored)
    when it holds a fragment served past its expiry while another request renders it
    again (``fragments.py``), or when its publishing window is less than a second away."""
    return max(0, int(min(seconds, page_expiry(request, schedule) - time.time())))


def _wants_gzip(request) -> bool:
    return bool(re_accepts_gzip.search(request.META.get("HTTP_ACCEPT_ENCODING", "")))


def with_body(cache, key: str, entry: dict, request) -> dict | None:
    """``entry`` with the body this request needs (the plain body of a gzip entry is
    read only for a client that does not take gzip), or None."""
    if entry["body"] is None and not _wants_gzip(request):
        plain = cache.get(key + PLAIN_SUFFIX)
        # Evicted on its own, or written by another render than the head (two misses
        # overlapping, with a cache that writes the two keys one by one): render again.
        if not isinstance(plain, tuple) or plain[0] != entry["etag"]:
            return None
        entry = dict(entry, body=plain[1])
    return entry


def store(cache, key: str, entry: dict, current: int, timeout: int) -> None:
    """``entry``, rendered in generation ``current``, under ``key``; a gzip entry keeps
    its plain body under a key of its own."""
    entry = dict(entry, generation=current)
    if entry["gzip"] is None:
        cache.set(key, entry, timeout)
        return
    head = dict(entry, body=None)
    cache.set_many({key: head, key + PLAIN_SUFFIX: (entry["etag"], entry["body"])}, timeout)


class PageCacheFrontMiddleware:
    """First in MIDDLEWARE: answers stored pages without a form before anything else
    runs, and stores (with the final headers) the entries PageCacheMiddleware chose."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.excluded = excluded_prefixes()

    @property
    def cache(self):
        return caches[getattr(settings, "PAGE_CACHE_ALIAS", "default")]

    def __call__(self, request):
        if not applies(request, self.excluded):
            return self.get_response(request)
        seconds = page_cache_seconds()
        key = current = schedule = entry = None
        if seconds > 0:
            request.get_host()  # a host not allowed gets its 400, as without the cache
            key, current, schedule, entry = look_up(self.cache, request, request_language(request))
        if entry is not None:
            entry = with_body(self.cache, key, entry, request)
            if entry is not None:
                if not entry["token"]:
                    return deliver(request, entry, "hit")
                request._page_cache_entry = entry  # PageCacheMiddleware adds the token
                return self.get_response(request)
        request._page_cache_front = True
        response = self.get_response(request)
        entry = getattr(request, "_page_cache_chosen", None)
        # Only the page itself: a 304 or 412 answered on the way (a conditional request
        # on a miss) lacks the page's Content-Type and the headers set inside.
        if entry is not None and key is not None and response.status_code == 200:
            entry["headers"] = [
                (name, value)
                for name, value in response.items()
                if name.lower() not in DELIVERY_HEADERS
            ]
            timeout = page_timeout(request, seconds, schedule)
            if timeout > 0:
                store(self.cache, key, entry, current, timeout)
        return response


def applies(request, excluded) -> bool:
    if request.method not in ("GET", "HEAD"):
        return False
    if request.path.startswith(excluded):
        return False
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies:
        return False  # signed in (or was): staff get the live page
    messages_cookie = getattr(settings, "MESSAGE_COOKIE_NAME", "messages")
    return messages_cookie not in cookies


class PageCacheMiddleware:
    """Goes after the locale, CSRF, authentication and messages middleware (it needs the
    language, the CSRF cookie and the messages storage) and as early after them as
    possible, so a hit skips everything inside it."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.excluded = excluded_prefixes()
        self.max_bytes = int(getattr(settings, "PAGE_CACHE_MAX_BYTES", 5 * 1024 * 1024))

    @property
    def cache(self):
        return caches[getattr(settings, "PAGE_CACHE_ALIAS", "default")]

    # --- Which requests -----------------------------------------------------------------

    def applies(self, request) -> bool:
        return applies(request, self.excluded)

    def __call__(self, request):
        if not self.applies(request):
            return self.get_response(request)
        found = getattr(request, "_page_cache_entry", None)
        if found is not None:  # the front class found it: a page with a form
            return deliver(request, found, "hit")
        front = getattr(request, "_page_cache_front", False)
        seconds = page_cache_seconds()
        key = current = schedule = None
        if seconds > 0 and not front:
            key, current, schedule, entry = look_up(self.cache, request)
            if entry is not None:
                entry = with_body(self.cache, key, entry, request)
                if entry is not None:
                    return deliver(request, entry, "hit")
        response = self.get_response(request)
        entry = self.entry(request, response, stored=seconds > 0)
        if entry is None:
            return response
        if front:
            request._page_cache_chosen = entry  # stored by the front, with every header
            state = "miss" if seconds > 0 else "off"
        else:
            if key is not None:
                timeout = page_timeout(request, seconds, schedule)
                if timeout > 0:
                    store(self.cache, key, entry, current, timeout)
            state = "miss" if key else "off"
        return deliver(request, entry, state)

    # --- Which responses ----------------------------------------------------------------

    def entry(self, request, response, stored: bool = True) -> dict | None:
        """What to store of ``response``, or None when it must not be stored. With
        ``stored`` false (the page cache off) the entry serves this one delivery."""
        if (
            response.status_code != 200
            or response.streaming
            or response.cookies
            or _refused_cache_control(response)
            or "cookie" in response.get("Vary", "").lower()
            or _shows_messages(request)
            or _read_user(request)
            or _session_used(request)
            or response.has_header("Content-Encoding")
            or len(response.content) > self.max_bytes
        ):
            return None
        body = response.content
        has_token = bool(request.META.get("CSRF_COOKIE_NEEDS_UPDATE"))
        if has_token:
            if getattr(settings, "CSRF_USE_SESSIONS", False) or not unmasking_works():
                return None
            body = self.without_token(body, request.META.get("CSRF_COOKIE", ""))
        media_type = response.get("Content-Type", "").split(";")[0].strip().lower()
        compressed = None
        if not has_token and is_textual(media_type) and len(body) >= MIN_COMPRESS_BYTES:
            # No secret in the page, so nothing for BREACH to find: no padding needed.
            # Compressed once with the body when it came from the fragment cache.
            # Level 6 (Django's) for a body kept; level 1 (nginx's default) for one
            # delivery only: a third of the time for a body about 15% larger.
            compressed = getattr(response, "_compressed_body", None) or gzip.compress(
                body, compresslevel=6 if stored else 1, mtime=0
            )
            if len(compressed) >= len(body):
                compressed = None
        etag = response.get("ETag") or f'"{hashlib.sha256(body).hexdigest()[:32]}"'
        stored = parse_http_date_safe(response.get("Last-Modified", "")) or int(time.time())
        headers = [(k, v) for k, v in response.items() if k.lower() not in UNSTORED_HEADERS]
        return {
            "version": VERSION,
            "headers": headers,
            "body": body,
            "gzip": compressed,
            "token": has_token,
            "etag": etag,
            "stored": stored,
        }

    @staticmethod
    def without_token(body: bytes, secret: str) -> bytes:
        """``body`` with every masked form of this client's CSRF secret replaced."""

        def replace(match):
            token = match.group(0)
            if secret and _unmask_cipher_token(token.decode()) == secret:
                return TOKEN_PLACEHOLDER
            return token

        return MASKED_TOKEN.sub(replace, body)


@functools.cache
def unmasking_works() -> bool:
    """Whether a page's form tokens can be told apart from the rest of its text, checked
    once per process: a token from the public get_token() must unmask to its secret.
    If a Django upgrade changes the masking, pages with a form are rendered for every
    visitor instead of stored, never served with another visitor's token."""
    secret = get_random_string(32)
    request = HttpRequest()
    request.META["CSRF_COOKIE"] = secret
    try:
        works = _unmask_cipher_token is not None and (
            _unmask_cipher_token(get_token(request)) == secret
        )
    except Exception:  # noqa: BLE001 - any change of signature means the same
        works = False
    if not works:
        logger.warning(
            "Page cache: form tokens cannot be unmasked; pages with a form are not stored"
        )
    return works


# --- Delivering an entry ----------------------------------------------------------------


def deliver(request, entry, state):
    compressible = entry["gzip"] is not None
    if not entry["token"]:
        etag, stored = entry["etag"], entry["stored"]
        not_modified = get_conditional_response(request, etag=etag, last_modified=stored)
        if not_modified is not None:
            # The page's own headers (security headers, CSP, Vary, …): from the front
            # class no other middleware adds them.
            for name, value in entry["headers"]:
                if name.lower() not in BODY_HEADERS:
                    not_modified[name] = value
            if isinstance(not_modified, HttpResponseNotModified):
                validators(not_modified, entry, compressible)
            not_modified["X-Page-Cache"] = state
            return not_modified
    gzipped = compressible and _wants_gzip(request)
    if gzipped:
        body = entry["gzip"]
    elif entry["token"]:
        body = entry["body"].replace(TOKEN_PLACEHOLDER, get_token(request).encode())
    else:
        body = entry["body"]
    response = HttpResponse(body)
    for name, value in entry["headers"]:
        response[name] = value
    if gzipped:
        response["Content-Encoding"] = "gzip"
    if entry["token"]:
        patch_cache_control(response, private=True, no_cache=True)
        response.headers.pop("ETag", None)
    else:
        validators(response, entry, compressible, weak=bool(gzipped))
    response["Content-Length"] = str(len(body))
    if request.method == "HEAD":  # the headers of the GET, no body
        response.content = b""
    response["X-Page-Cache"] = state
    return response


def validators(response, entry, compressible, weak=False):
    etag = entry["etag"]
    response["ETag"] = f"W/{etag}" if weak and not etag.startswith("W/") else etag
    response.headers.setdefault("Last-Modified", http_date(entry["stored"]))
    if "Cache-Control" not in response:
        # Browsers keep the page but ask each time (a 304 when nothing changed).
        response["Cache-Control"] = "no-cache"
    if compressible:
        patch_vary_headers(response, ("Accept-Encoding",))
