"""`make bench-single`: where one uncached request spends its time.

Each page is requested through Django's WSGI handler in this process (no server, no
concurrency), with production settings on the bench database and the page and search
caches off: a warm-up request, then three measured ones. Prints, per page, the median
time of the whole request, the time spent in SQL and the number of queries, then the
slowest queries of the page (over 5 ms). The rest of a request's time is Python:
templates, forms, URL reversal, serialisation.

    .venv/bin/python bench/single.py                      # the pages of `make bench`
    .venv/bin/python bench/single.py /resources/?page=3   # any addresses
"""

import io
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.update(
    DJANGO_SETTINGS_MODULE="connection_hub.settings.prod",
    DJANGO_SECRET_KEY=os.environ.get("DJANGO_SECRET_KEY", "bench-single-" + "x" * 40),
    DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
    SITE_URL="http://127.0.0.1:8000",
    DJANGO_SECURE_SSL_REDIRECT="0",
    DATABASE_URL=os.environ.get(
        "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/connection_hub_bench"
    ),
    DATABASE_CONN_MAX_AGE="60",
    REDIS_URL=os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"),
    CACHE_KEY_PREFIX="connection-hub-bench-single",
    PAGE_CACHE_SECONDS="0",
    SEARCH_CACHE_SECONDS="0",
)

from django.core.wsgi import get_wsgi_application  # noqa: E402
from django.db import connection  # noqa: E402

PAGES = [
    "/",
    "/topics/youth-connection/",
    "/resources/",
    "/resources/?kind=report&topic=youth-connection",
    "/resources/?page=5003",
    "/resources/surgeon-general-advisory-loneliness-isolation/",
    "/practices/",
    "/programs/?category=support_group&time=evening",
    "/programs/eastside-garden-workdays/",
    "/search/?q=loneliness",
    "/programs/calendar.ics?category=social_meetup",
    "/sitemap-resources.xml",
    "/get-help/",
]


def main():
    application = get_wsgi_application()
    queries = []

    def timed(execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            queries.append((time.perf_counter() - started, sql))

    def request(url):
        path, _, query = url.partition("?")
        environ = {
            "REQUEST_METHOD": "GET",
            "PATH_INFO": path,
            "QUERY_STRING": query,
            "SERVER_NAME": "127.0.0.1",
            "SERVER_PORT": "8000",
            "HTTP_HOST": "127.0.0.1:8000",
            "HTTP_ACCEPT_ENCODING": "gzip",
            "SERVER_PROTOCOL": "HTTP/1.1",
            "wsgi.url_scheme": "http",
            "wsgi.input": io.BytesIO(b""),
            "wsgi.errors": sys.stderr,
        }
        status = []
        b"".join(application(environ, lambda s, headers, exc=None: status.append(s)))
        return status[0].split()[0]

    print(f"{'page':58} {'status':>6} {'total':>9} {'sql':>9} {'queries':>7}")
    with connection.execute_wrapper(timed):
        for url in sys.argv[1:] or PAGES:
            request(url)
            times = []
            for _ in range(3):
                queries.clear()
                started = time.perf_counter()
                status = request(url)
                times.append(time.perf_counter() - started)
            sql = sum(duration for duration, _sql in queries)
            total = statistics.median(times)
            print(
                f"{url[:58]:58} {status:>6} {total * 1000:7.1f}ms {sql * 1000:7.1f}ms "
                f"{len(queries):>7}"
            )
            for duration, statement in sorted(queries, reverse=True)[:2]:
                if duration > 0.005:
                    print(f"{'':6}{duration * 1000:7.1f} ms  {' '.join(statement.split())[:140]}")


if __name__ == "__main__":
    main()
