"""The content generation: one number that every change to public content increments,
and cache backends that never take a page down with them.

Cached pages are keyed by the generation, so a save, delete, publish or unpublish anywhere
makes every cached page stale at once, in every server process that shares the cache.
The generation moves when the change is committed (and also at once, for the process that
made it): a page rendered between the save and the commit, from rows not yet visible, is
stored under the old generation and never served after the commit.

``TolerantRedisCache`` and ``TolerantDatabaseCache`` are Django's backends with one change:
when the cache server is down, refuses, or hangs past its socket timeout, a call logs one
warning, answers "nothing cached" (or does nothing), and for ``CACHE_RETRY_SECONDS`` every
call answers that at once, without waiting again. Pages are then rendered uncached, and an
admin save whose generation bump could not be stored still succeeds (the bump is retried
when the cache answers again).
"""

import base64
import functools
import logging
import pickle
import threading
import time

import redis
from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.core.cache.backends.db import DatabaseCache
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from django.core.checks import Error, Tags, register
from django.db import DatabaseError, connection, connections, router, transaction
from django.db.models import Min, Q
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import timezone

logger = logging.getLogger(__name__)

# "~" sorts after every letter: the database cache, when full, culls the keys that sort
# first, so these go after the pages and search results ("page:…", "search:…").
GENERATION_KEY = "~content:generation"
SCHEDULE_KEY = "~content:next-change:{generation}"

# A bump that could not reach the cache (it was down), retried by the next caller.
_pending_bump = threading.Event()


def _fresh_generation() -> int:
    """A starting value larger than any generation handed out before (nanoseconds since
    the epoch: even an import bumping it for every row of thousands a second stays far
    behind the clock), so a generation key lost to eviction never comes back as an old
    value whose pages are still cached."""
    return time.time_ns()


def bump_pending() -> bool:
    """A bump that could not reach the cache waits for the next content_generation()."""
    return _pending_bump.is_set()


def content_generation() -> int:
    if _pending_bump.is_set():
        _pending_bump.clear()
        _bump()
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, _fresh_generation(), timeout=None)
        generation = cache.get(GENERATION_KEY)
    return generation if generation is not None else _fresh_generation()


def _bump() -> None:
    try:
        cache.incr(GENERATION_KEY)
        return
    except ValueError:  # not set yet, evicted, or the cache is unreachable
        pass
    if cache.add(GENERATION_KEY, _fresh_generation(), timeout=None):
        return
    try:  # another process set it meanwhile
        cache.incr(GENERATION_KEY)
    except ValueError:
        _pending_bump.set()


def _bump_after_commit() -> None:
    _bump()
    _record_schedule()


def bump_content_generation(**kwargs) -> None:
    """Signal receiver and plain function: everything cached is now stale.

    Inside a transaction the generation moves now and once more when it commits (one
    callback per transaction, however many rows it saves).
    """
    _bump()
    if not connection.in_atomic_block:
        _record_schedule()
        return
    scheduled = getattr(connection, "run_on_commit", ())
    if not any(entry[1] is _bump_after_commit for entry in scheduled):
        transaction.on_commit(_bump_after_commit)


def connect_invalidation(*models) -> None:
    """Bump the generation whenever one of ``models`` changes: saved, deleted, or (as the
    sender of ``m2m_changed``: an m2m through table, or django-taggit's tagged-item model,
    which taggit sends it for) rows added to or removed from a relation."""
    for model in models:
        uid = f"content-generation-{model._meta.label_lower}"
        m2m_changed.connect(bump_content_generation, sender=model, dispatch_uid=f"{uid}-m2m")
        if model._meta.auto_created:  # an m2m through table: only m2m_changed
            continue
        post_save.connect(bump_content_generation, sender=model, dispatch_uid=uid)
        post_delete.connect(bump_content_generation, sender=model, dispatch_uid=f"{uid}-delete")


# --- Publishing windows ---------------------------------------------------------------


WINDOW_FIELDS = {"publish_from", "unpublish_at"}


def _publishable_models():
    """Every model with a publishing window (core.models.PublishableModel's fields; this
    module is imported by apps.py files, before models can be)."""
    return [
        model
        for model in apps.get_models()
        if not model._meta.proxy
        and {field.name for field in model._meta.concrete_fields} >= WINDOW_FIELDS
    ]


def scheduled_change(generation: int) -> float | None:
    """When the next publishing window opens or closes (a Unix time; ``inf`` if none), as
    computed when ``generation`` began, or None when unknown (the cache was emptied)."""
    return cache.get(SCHEDULE_KEY.format(generation=generation))


def record_scheduled_change(generation: int) -> float:
    """Published items appear and disappear at ``publish_from`` / ``unpublish_at`` without a
    save, so cached pages must not outlive the next such moment. Computed when the
    generation moves (one aggregate query per publishable model, in the process that made
    the change), never while a page is served: some pages must not touch the database."""
    now = timezone.now()
    moments = []
    for model in _publishable_models():
        row = model._default_manager.aggregate(
            opens=Min("publish_from", filter=Q(publish_from__gt=now)),
            closes=Min("unpublish_at", filter=Q(unpublish_at__gt=now)),
        )
        moments += [moment.timestamp() for moment in row.values() if moment is not None]
    value = min(moments, default=float("inf"))
    cache.set(SCHEDULE_KEY.format(generation=generation), value, timeout=None)
    return value


def ensure_schedule_known() -> None:
    """Record the next publishing window for the current generation if the cache does
    not know it (it was emptied or restarted since the last change): a server's start
    (``gunicorn.conf.py``). Leaves no database connection open (called before the
    workers are forked)."""
    try:
        current = content_generation()
        if scheduled_change(current) is None:
            record_scheduled_change(current)
    except Exception as error:  # noqa: BLE001 - never stop the server from starting
        logger.warning("Next publishing window not recorded: %s", error)
    finally:
        connections.close_all()


def _record_schedule() -> None:
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        return
    try:
        record_scheduled_change(generation)
    except DatabaseError as error:
        logger.warning("Next publishing window not recorded: %s", error)


# --- Backends that tolerate a cache outage ---------------------------------------------

DEFAULT_RETRY_SECONDS = 5.0


class TolerantCacheMixin:
    """Errors in ``tolerated_errors`` make a call answer as if nothing were cached, and
    skip the cache for ``RETRY_SECONDS`` (an OPTIONS entry) without trying it again."""

    tolerated_errors: tuple[type[BaseException], ...] = ()
    # What each wrapped method answers while the cache is unavailable.
    answers = {
        "get": None,
        "get_many": dict,
        "set": False,
        "add": False,
        "delete": False,
        "delete_many": None,
        "set_many": list,
        "touch": False,
        "has_key": False,
        "clear": None,
        "incr": ValueError,
        "decr": ValueError,
        "get_or_set": None,
    }

    # Until when each cache server is left alone (monotonic time), shared by the threads
    # of a process (Django gives each thread its own backend object).
    _outages: dict[str, float] = {}

    def __init__(self, server, params):
        params = dict(params)
        options = dict(params.get("OPTIONS") or {})
        self.retry_seconds = float(options.pop("RETRY_SECONDS", DEFAULT_RETRY_SECONDS))
        params["OPTIONS"] = options
        super().__init__(server, params)
        self._server_id = f"{type(self).__name__}:{server}"

    @property
    def available(self) -> bool:
        return time.monotonic() >= self._outages.get(self._server_id, 0.0)

    def _unavailable(self, name, args, kwargs):
        answer = self.answers[name]
        if answer is ValueError:
            raise ValueError("The cache is unavailable.")
        if name == "get":
            return kwargs.get("default", args[1] if len(args) > 1 else None)
        if name == "get_or_set":  # nothing to read from: the value itself, uncached
            default = kwargs.get("default", args[1] if len(args) > 1 else None)
            return default() if callable(default) else default
        return answer() if callable(answer) else answer

    def _failed(self, name, error):
        if self.available:
            logger.warning(
                "Cache unavailable (%s in %s: %s); pages are served uncached for %s s.",
                type(error).__name__,
                name,
                error,
                self.retry_seconds,
            )
        self._outages[self._server_id] = time.monotonic() + self.retry_seconds

    def _call(self, original, args, kwargs):
        return original(self, *args, **kwargs)


def tolerant(cls):
    """Wrap every cache method of ``cls`` (a subclass of a Django backend)."""
    for name in TolerantCacheMixin.answers:
        original = getattr(cls, name)

        def method(self, *args, _name=name, _original=original, **kwargs):
            if not self.available:
                return self._unavailable(_name, args, kwargs)
            try:
                return self._call(_original, args, kwargs)
            except self.tolerated_errors as error:
                self._failed(_name, error)
                return self._unavailable(_name, args, kwargs)

        functools.update_wrapper(method, original)
        setattr(cls, name, method)
    return cls


class ReusingRedisCacheClient(RedisCacheClient):
    """Django's client makes a new ``redis.Redis`` for every call; building one (its table
    of response callbacks) costs more than the round trip to Redis itself, about 0.15 ms.
    This one keeps one client per connection pool (clients are thread-safe; the pool
    hands each command a connection)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


@tolerant
class TolerantRedisCache(TolerantCacheMixin, RedisCache):
    """RedisCache with short socket timeouts (set in OPTIONS) and errors caught, and one
    redis client per connection pool."""

    tolerated_errors = (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError, OSError)

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusingRedisCacheClient


@tolerant
class TolerantDatabaseCache(TolerantCacheMixin, DatabaseCache):
    """DatabaseCache whose errors (a missing table, a database that is down) make a page
    uncached rather than a 500, and whose ``incr`` is atomic and keeps the expiry."""

    tolerated_errors = (DatabaseError,)
    INCR_ATTEMPTS = 20

    def incr(self, key, delta=1, version=None):
        """Django's ``BaseCache.incr`` reads, then sets: two processes bumping at once
        could move the generation back (one write lost), and the set gives the key the
        default timeout, so a generation stored without expiry would vanish 300 s after
        the last change. This one writes only if the value is still the one it read (a
        compare-and-set UPDATE on a locked row, retried where rows cannot be locked) and
        leaves ``expires`` as it was."""
        key = self.make_and_validate_key(key, version=version)
        db = router.db_for_write(self.cache_model_class)
        connection = connections[db]
        quote = connection.ops.quote_name
        table, value_column, key_column = quote(self._table), quote("value"), quote("cache_key")
        expires_column = quote("expires")
        now = connection.ops.adapt_datetimefield_value(timezone.now().replace(microsecond=0))
        # Where the database can lock the row (PostgreSQL), the read takes the lock, so
        # a concurrent increment waits for this one's commit and then reads its value:
        # the compare-and-set below succeeds on its first attempt however many workers
        # bump at once. Without row locks (SQLite serialises writers) the retry remains.
        lock = " FOR UPDATE" if connection.features.has_select_for_update else ""
        with transaction.atomic(using=db), connection.cursor() as cursor:
            for _attempt in range(self.INCR_ATTEMPTS):
                cursor.execute(
                    f"SELECT {value_column} FROM {table} "
                    f"WHERE {key_column} = %s AND {expires_column} > %s{lock}",
                    [key, now],
                )
                row = cursor.fetchone()
                if row is None:
                    raise ValueError(f"Key '{key}' not found")
                stored = connection.ops.process_clob(row[0])
                value = pickle.loads(base64.b64decode(stored.encode())) + delta
                encoded = base64.b64encode(pickle.dumps(value, self.pickle_protocol)).decode(
                    "latin1"
                )
                cursor.execute(
                    f"UPDATE {table} SET {value_column} = %s "
                    f"WHERE {key_column} = %s AND {value_column} = %s",
                    [encoded, key, stored],
                )
                if cursor.rowcount == 1:
                    return value
        raise ValueError(f"Key '{key}' changed {self.INCR_ATTEMPTS} times while being incremented")

    def _call(self, original, args, kwargs):
        # Inside a transaction (an admin save), a failed cache query must not abort it.
        db = router.db_for_write(self.cache_model_class)
        if connections[db].in_atomic_block:
            with transaction.atomic(using=db):
                return original(self, *args, **kwargs)
        return original(self, *args, **kwargs)


# --- Deployment check -------------------------------------------------------------------


@register(Tags.caches, deploy=True)
def check_shared_cache(app_configs=None, **kwargs):
    """``check --deploy``: a per-process memory cache in production is an error (each
    worker would keep its own generation and serve pages another worker invalidated)."""
    return [
        Error(
            f"CACHES[{alias!r}] is a per-process memory cache.",
            hint="Set REDIS_URL, or use the database cache (connection_hub.settings.prod).",
            id="core.E001",
        )
        for alias, config in settings.CACHES.items()
        if config.get("BACKEND", "").endswith("LocMemCache")
    ]
