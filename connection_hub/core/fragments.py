"""The fragment cache: parts of pages, rendered once per content generation.

The page cache (``pagecache.py``) stores whole pages, and only anonymous ones without a
message: a signed-in librarian browsing the site, a visitor who just sent a form (a
message on the next page), each new query string and each language renders in full.
Below it, ``{% fragment "name" value … %}…{% endfragment %}`` (``hub`` template tags)
keeps the rendered HTML of the expensive, shared part of a page, the part that depends on
nothing but the content, the language, the day and the values named in the tag (a
topic, the filters chosen), so every page that shows it (any visitor, signed in or not,
any query string that leaves those values alone) reuses it.

A fragment is stored with the content generation it was rendered in and counts only
while that is the current one: a save, delete, publish or unpublish anywhere, a
publishing window opening or closing (the timeout never runs past the next one) and
midnight (the day is in the key) make every fragment stale at once, in every process that
shares the cache, exactly as for pages. The views hand the templates lazy querysets and
lazy values (``lazy_value``), so a fragment found in the cache also skips its queries.

Nothing is stored for a preview (a draft shown to staff), for a request other than GET
or HEAD, or when the HTML holds a CSRF token; fragments never contain the chrome that
varies per visitor (messages, the language switch, the search box, forms with a token).
``FRAGMENT_CACHE_SECONDS = 0`` turns the cache off (the test settings do; tests that
need it turn it on). When the cache is down, fragments are rendered, as with no cache.
"""

import hashlib
import logging
import math
import random
import time
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import caches
from django.db import DatabaseError
from django.http import HttpResponse
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.safestring import mark_safe
from django.utils.text import compress_string
from django.utils.translation import get_language

from . import cache as generation
from . import pagecache

logger = logging.getLogger(__name__)

VERSION = 1
CSRF_FIELD = "csrfmiddlewaretoken"
SAFE_METHODS = ("GET", "HEAD")


def fragment_cache_seconds() -> int:
    return int(getattr(settings, "FRAGMENT_CACHE_SECONDS", 300))


def _cache():
    return caches[getattr(settings, "PAGE_CACHE_ALIAS", "default")]


def content_state(request) -> tuple[int, float] | None:
    """``(generation, expires)`` for ``request``: the current content generation and when
    what is stored now must expire at the latest (the next publishing window). Read once
    per request (the page cache's look-up hands over what it read, or the first fragment
    look-up reads it with the fragments), None when the cache cannot be used."""
    state = getattr(request, "_content_state", None)
    if state is not None:
        return state
    try:
        return _state_of(request, generation.content_generation())
    except DatabaseError as error:
        logger.warning("Fragment cache skipped: %s", error)
        return None


def _state_of(request, current: int) -> tuple[int, float]:
    """The state for generation ``current``, once its publishing window is checked (a
    window that opened or closed moves the generation). May raise DatabaseError."""
    schedule = pagecache._schedule_of(current)
    if schedule is not None and time.time() >= schedule:  # a window opened or closed
        generation.bump_content_generation()
        current = generation.content_generation()
        schedule = pagecache._schedule_of(current)
    if schedule is None:  # not known (the cache was emptied): look again soon
        schedule = time.time() + pagecache.UNKNOWN_SCHEDULE_SECONDS
    request._content_state = (current, schedule)
    return request._content_state


def fragment_key(name: str, values) -> str:
    identity = "\n".join(str(value) for value in values).encode("utf-8", "surrogateescape")
    digest = hashlib.sha256(identity).hexdigest()[:32]
    day = timezone.localdate().isoformat()
    return f"frag:v{VERSION}:{day}:{get_language()}:{name}:{digest}"


def usable(request, context) -> bool:
    return (
        fragment_cache_seconds() > 0
        and request is not None
        and request.method in SAFE_METHODS
        and not context.get("preview")
    )


# An entry: (generation, value, expires, cost): expires is the Unix time it may be used
# until (a page that shows it is stored in the page cache no longer than that), cost the
# seconds its render took.
ENTRY_LENGTH = 4
# Near its expiry, a request renders an entry again before it expires, with a chance
# that grows as the moment comes closer and the render costs more ("XFetch", Vattani et
# al., VLDB 2015). The request that does so first claims the render (a short-lived key,
# added only if absent: one request in every process that shares the cache gets it);
# until its render is stored, the others use the stored entry, even a little past its
# expiry, instead of every request in flight at that moment rendering it at once.
EARLY_RENDER_BETA = 1.0
# How long an entry stays in the cache past its expiry, to be served while one request
# renders it again: at most this, and no more than the entry's own lifetime. Only within
# its generation: a save, a publishing window or midnight still ends it at once.
STALE_SECONDS = 30
RENDER_CLAIM_SUFFIX = ":rendering"


def _renders_early(entry) -> bool:
    _generation, _value, expires, cost = entry
    margin = cost * EARLY_RENDER_BETA * -math.log(1.0 - random.random())
    return time.time() + margin >= expires


def claim_seconds(cost: float) -> int:
    """How long a claim to render lasts: enough for the render to be stored (a few times
    what it took last time), short enough that a request that failed to finish hands it
    to the next one soon."""
    return min(STALE_SECONDS, max(2, math.ceil(cost * 4)))


def _claims_render(request, key: str, cost: float) -> bool:
    try:
        claimed = bool(_cache().add(key + RENDER_CLAIM_SUFFIX, 1, claim_seconds(cost)))
    except Exception as error:  # noqa: BLE001 - any cache fault: render
        logger.warning("Fragment render not claimed: %s", error)
        return True
    if claimed:  # ended when its render is stored (``keep``)
        request._fragment_claims = {*getattr(request, "_fragment_claims", ()), key}
    return claimed


def _current(request, key: str, entry, state):
    if not (isinstance(entry, tuple) and len(entry) == ENTRY_LENGTH and entry[0] == state[0]):
        return None
    _generation, value, expires, cost = entry
    if key in getattr(request, "_fragment_claims", ()):
        return None  # this request claimed it: it renders it (a second look-up of its
        # own, such as a detail page's template after its fragments were read)
    if _renders_early(entry) and _claims_render(request, key, cost):
        return None  # this request renders it
    # Otherwise the stored one, also while another request renders it again. The page
    # holding it is not kept past the fragment's own expiry (not at all once past it).
    request._fragment_expires = min(getattr(request, "_fragment_expires", expires), expires)
    return value


def _read(request, keys: list[str]) -> tuple[int, float] | None:
    """Read the entries stored at ``keys`` into ``request._fragments_read`` (with the
    content generation, in one round trip, when the state is not known yet): the
    state, or None when the cache cannot be used."""
    state = getattr(request, "_content_state", None)
    try:
        if state is None:
            current, found = pagecache.read_many(_cache(), keys)
            state = _state_of(request, current)
        else:
            found = _cache().get_many(keys)
    except DatabaseError as error:  # reading the next publishing window
        logger.warning("Fragment cache skipped: %s", error)
        return None
    except Exception as error:  # noqa: BLE001 - any cache fault: render instead
        logger.warning("Fragment cache skipped: %s", error)
        return None
    request._fragments_read = {
        **getattr(request, "_fragments_read", {}),
        **{key: found.get(key) for key in keys},
    }
    return state


def _fetch(request, keys: list[str]) -> list | None:
    """The value stored at each of ``keys`` (one round trip; None where it is missing or
    from another generation, or where this request is to render it again), or None when
    there is no state or the cache fails. What was read stays in the request for the
    template's fragment tags, if the page is rendered after all (a detail page with one
    of its fragments expired): no second read."""
    state = _read(request, keys)
    if state is None:
        return None
    read = request._fragments_read
    return [_current(request, key, read.get(key), state) for key in keys]


# The fragments of each group ("library-title", "library-meta" and "library" are the
# group "library"), as the templates are compiled: the first of a group that a request
# looks up also reads the others, with the same values (and the generation, when not
# known yet), so a page of three fragments costs one cache round trip, not four. A
# fragment repeated on a page with other values (one per item of a list) needs a group
# of its own ("topic_card", not "topic-card"), or each look-up would read the group's
# others for each item.
_groups: dict[str, tuple[str, ...]] = {}


def group_of(name: str) -> str:
    return name.partition("-")[0]


def register(name: str) -> None:
    """A fragment named ``name`` is in a template (called as the template is compiled)."""
    group = _groups.get(group_of(name), ())
    if name not in group:
        _groups[group_of(name)] = (*group, name)


def fetch_part(request, name: str, values: list):
    """``(key, value)``: the key of fragment ``name`` for ``values`` and the HTML stored
    there if it was rendered in the current generation (else None). The first look-up of
    a group reads its other fragments for the same values too; theirs then cost
    nothing."""
    key = fragment_key(name, values)
    if key not in getattr(request, "_fragments_read", {}):
        others = [fragment_key(other, values) for other in _groups.get(group_of(name), ())]
        if _read(request, [key, *(other for other in others if other != key)]) is None:
            return key, None
    state = content_state(request)  # read with the entries, or before them
    entry = request._fragments_read.pop(key)
    return key, (None if state is None else _current(request, key, entry, state))


def fetch(request, key: str):
    """The value stored at ``key`` if it was rendered in the current generation."""
    values = _fetch(request, [key])
    return values[0] if values else None


def fetch_many(request, keys: list[str]) -> list | None:
    """The stored HTML at each of ``keys`` (one round trip), or None unless every one
    was rendered in the current generation."""
    values = _fetch(request, keys)
    if values is None or any(value is None for value in values):
        return None
    return [mark_safe(value) for value in values]  # HTML the template engine escaped


def render_failed(request) -> None:
    """A lazy value could not be read (the database timed out, …): nothing rendered
    during this request is stored, as a template's ``{% if %}`` hides such errors."""
    if request is not None:
        request._fragment_failed = True


def keep(request, key: str, value, cost: float = 0.0) -> None:
    """Store ``value`` (HTML, or a response's body and headers) at ``key``; ``cost``:
    the seconds it took to render."""
    state = content_state(request)
    body = value[0] if isinstance(value, tuple) else value
    token = CSRF_FIELD.encode() if isinstance(body, bytes) else CSRF_FIELD
    if state is None or token in body or getattr(request, "_fragment_failed", False):
        return
    current, expires = state
    timeout = max(1, int(min(fragment_cache_seconds(), expires - time.time())))
    # Kept a little past its expiry (``STALE_SECONDS``) for the requests that arrive
    # while one renders it again.
    kept = timeout + min(STALE_SECONDS, timeout)
    try:
        _cache().set(key, (current, value, time.time() + timeout, cost), kept)
        if key in getattr(request, "_fragment_claims", ()):
            _cache().delete(key + RENDER_CLAIM_SUFFIX)
    except Exception as error:  # noqa: BLE001 - any cache fault: the page is served anyway
        logger.warning("Fragment not stored: %s", error)


# Headers a cached response keeps (the rest are added again on the way out).
RESPONSE_HEADERS = ("Content-Type", "Content-Disposition", "Last-Modified", "X-Robots-Tag")


def sorted_query(request) -> str:
    """The query string with its names in order (the values of a repeated name keep
    theirs: ``?page=2&page=3`` is not ``?page=3&page=2``)."""
    pairs = [(k, v) for k, values in request.GET.lists() for v in values]
    return urlencode(sorted(pairs, key=lambda pair: pair[0]))


def cached_response(request, name: str, build):
    """The response ``build()`` gives, stored like a fragment (body and headers) when it
    is a 200, per path and query string: for what is not a template, such as calendars
    and sitemap sections."""
    if not usable(request, {}):
        return build()
    key = fragment_key(name, [request.path, sorted_query(request)])
    found = fetch(request, key)
    if isinstance(found, tuple) and len(found) == 3:
        body, headers, compressed = found
        response = HttpResponse(body)
        for header, value in headers:
            response[header] = value
        # The page cache's middleware sends these instead of compressing again (a
        # 5,000-address sitemap section takes about 10 ms to compress).
        response._compressed_body = compressed
        return response
    started = time.perf_counter()
    response = build()
    if response.status_code == 200 and not response.streaming:
        if hasattr(response, "render"):
            response.render()
        headers = [(h, response[h]) for h in RESPONSE_HEADERS if response.has_header(h)]
        body = response.content
        if not response.has_header("ETag"):  # as the page cache makes it, hashed once
            headers.append(("ETag", f'"{hashlib.sha256(body).hexdigest()[:32]}"'))
        cost = time.perf_counter() - started
        keep(request, key, (body, headers, compress_string(body)), cost)
    return response


def lazy_value(request, function, *args):
    """``function(*args)``, computed the first time a template uses it: the context value
    of a view whose fragment may come from the cache. If it fails, nothing rendered in
    ``request`` is stored (a template's ``{% if %}`` would hide the error)."""

    def compute():
        try:
            return function(*args)
        except Exception:
            render_failed(request)
            raise

    return SimpleLazyObject(compute)


class Prepared:
    """``fragment_prepare`` for a view: ``function()`` runs once, before the first
    fragment of the page that is rendered (and never when every fragment is cached)."""

    def __init__(self, function):
        self.function = function
        self.done = False

    def __call__(self):
        if not self.done:
            self.done = True
            self.function()
