"""gunicorn settings for production (`make serve`, `make bench`): gunicorn reads this file
from the working directory, so `gunicorn -c gunicorn.conf.py` anywhere in the project.

Worker class `gthread`: each worker process serves several requests at once on threads.
With the default `sync` class a worker is busy for the whole of one request, so a few
slow ones (a large export, a sitemap section, a PostgreSQL that answers slowly) can
occupy every worker and leave /get-help/ (the crisis lines) waiting in the queue. With
threads, the other threads of the same worker and the other workers keep serving; Django
is thread-safe, and a page spends much of its time waiting on PostgreSQL and Redis,
which releases the GIL. Idle keep-alive connections wait in a poller, not on a thread.

Environment (all optional):
- GUNICORN_WORKER_CLASS: `gthread` (the default) or `sync` (one request per worker at a
  time: only with many workers, for a dependency that is not thread-safe); anything else
  (gevent, eventlet: packages and monkey-patching this project neither installs nor
  tests) stops the start with a message
- WEB_CONCURRENCY: worker processes (default 2 × cores + 1, at most 9)
- GUNICORN_THREADS: threads per worker (default 4)
- GUNICORN_WORKER_CONNECTIONS: connections one worker holds at most (default 2 × threads)
- GUNICORN_BIND: address to listen on (default 127.0.0.1:$PORT, PORT default 8000);
  behind a load balancer on another machine, e.g. 0.0.0.0:8000
- GUNICORN_ACCESS_LOG=1: one access-log line per request on standard output
- GUNICORN_TIMEOUT: seconds before a stuck worker is killed and replaced (default 30)
- GUNICORN_MAX_REQUESTS: restart a worker after this many requests (default 0: never)
- GUNICORN_CONTROL_SOCKET: path of gunicorn's control socket (default: none, so several
  instances on one machine never fight over the same socket)

Each thread holds its own database connection (DATABASE_CONN_MAX_AGE keeps it open
between requests), so one instance uses up to workers × threads PostgreSQL connections.
"""

import gc
import os

_env = os.environ


def _int(name: str, default: int) -> int:
    value = _env.get(name, "").strip()
    return int(value) if value else default


def _cores() -> int:
    try:  # the cores this process may run on (a container's or taskset's limit)
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


MAX_WORKERS = 9

wsgi_app = "connection_hub.wsgi:application"
bind = [_env.get("GUNICORN_BIND") or f"127.0.0.1:{_int('PORT', 8000)}"]

WORKER_CLASSES = ("gthread", "sync")
worker_class = _env.get("GUNICORN_WORKER_CLASS", "").strip() or "gthread"
if worker_class not in WORKER_CLASSES:
    raise SystemExit(
        f"GUNICORN_WORKER_CLASS={worker_class!r} is not supported: use "
        + " or ".join(WORKER_CLASSES)
        + " (see gunicorn.conf.py)"
    )
workers = max(1, _int("WEB_CONCURRENCY", min(2 * _cores() + 1, MAX_WORKERS)))
threads = max(1, _int("GUNICORN_THREADS", 4))

# A request running longer than this is a bug or a hung dependency: the worker is
# replaced (PostgreSQL's statement timeout, 5 s for web requests, fires first).
timeout = _int("GUNICORN_TIMEOUT", 30)
# SIGTERM (a deploy, the load balancer draining this instance): stop accepting, let the
# requests in flight finish for up to this long, then exit.
graceful_timeout = _int("GUNICORN_GRACEFUL_TIMEOUT", 30)
# Keep-alive between a load balancer (or wrk) and gunicorn.
keepalive = _int("GUNICORN_KEEPALIVE", 5)
# At most this many connections per worker (gunicorn's default is 1,000). Workers accept
# from one shared socket and the first to wake takes most of a burst: under `make bench`
# one of 5 workers held 11 to 15 of 16 keep-alive connections, so one process (one GIL)
# served nearly every request while the others idled. A worker at its limit stops
# accepting and the next connection goes to another. Twice the threads: up to `threads`
# idle keep-alive connections beside `threads` busy ones.
worker_connections = max(threads + 1, _int("GUNICORN_WORKER_CONNECTIONS", 2 * threads))
max_requests = _int("GUNICORN_MAX_REQUESTS", 0)
max_requests_jitter = max_requests // 10

# Load the application once in the master: settings errors stop the start at once
# (instead of workers failing one by one), and the forked workers share its memory.
preload_app = True


# Garbage collection. With preload_app the master has imported Django, the apps and their
# modules before it forks. Python's advice for fork without exec: gc.freeze() just before
# the fork moves those objects to a permanent generation, so a worker's full collection
# walks only what the worker made itself. Measured in one process on the bench database
# (no server): a full collection took 80 ms over 174,000 objects, 6 ms with the 131,000
# objects of the loaded app frozen; it holds the GIL, so every thread of the worker waits.
def pre_fork(server, worker):
    gc.freeze()


# Cached pages and fragments live no longer than the next publishing window, recorded
# in the cache when content changes (``core/cache.py``). A cache that was emptied or
# restarted does not know it, and until someone saves, everything there would expire
# within a minute (``UNKNOWN_SCHEDULE_SECONDS``): the master records it once, at start,
# before the workers are forked (and closes its database connection, which must not be
# shared with them).
def when_ready(server):
    from connection_hub.core.cache import ensure_schedule_known

    ensure_schedule_known()


# The heartbeat file in memory, not on a disk that may stall (gunicorn's FAQ).
if os.path.isdir("/dev/shm"):
    worker_tmp_dir = "/dev/shm"

control_socket_disable = not _env.get("GUNICORN_CONTROL_SOCKET")
if not control_socket_disable:
    control_socket = _env["GUNICORN_CONTROL_SOCKET"]

errorlog = "-"
accesslog = "-" if _env.get("GUNICORN_ACCESS_LOG", "0") == "1" else None
loglevel = _env.get("GUNICORN_LOG_LEVEL", "info")
proc_name = _env.get("GUNICORN_PROC_NAME", "connection-hub")
