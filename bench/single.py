"""`make bench-single`: where one uncached request spends its time.

Each page is requested through Django's WSGI handler in this process (no server, no
concurrency), with production settings on the bench database and the page and search
caches off: a warm-up request, then three measured ones (21 with the fragment cache on,
a few milliseconds each). Prints, per page, the median
time of the whole request with the fragment cache off too (everything rendered: what a
page costs just after a change), the time spent in SQL and the number of queries, then
the same request with the fragment cache on and warm (what a page-cache miss costs
between changes: a signed-in librarian, a new query string) and its queries, then the
slowest queries of the uncached page (over 5 ms). The rest of a request's time is
Python: templates, forms, URL reversal, serialisation.

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
    FRAGMENT_CACHE_SECONDS="0",
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

    from django.conf import settings

    def measure(url, fragments):
        settings.FRAGMENT_CACHE_SECONDS = 300 if fragments else 0
        request(url)
        times = []
        # A few milliseconds from the fragment cache move with any hiccup of the machine:
        # the median of 21 of them (3 of the full renders, which take 20–110 ms).
        for _ in range(21 if fragments else 3):
            queries.clear()
            started = time.perf_counter()
            status = request(url)
            times.append(time.perf_counter() - started)
        return status, statistics.median(times), list(queries)

    print(
        f"{'page':50} {'status':>6} {'total':>9} {'sql':>9} {'queries':>7}"
        f" │ {'fragments':>9} {'queries':>7}"
    )
    with connection.execute_wrapper(timed):
        for url in sys.argv[1:] or PAGES:
            status, total, cold = measure(url, fragments=False)
            _status, warm, warm_queries = measure(url, fragments=True)
            sql = sum(duration for duration, _sql in cold)
            print(
                f"{url[:50]:50} {status:>6} {total * 1000:7.1f}ms {sql * 1000:7.1f}ms "
                f"{len(cold):>7} │ {warm * 1000:7.1f}ms {len(warm_queries):>7}"
            )
            for duration, statement in sorted(cold, reverse=True)[:2]:
                if duration > 0.005:
                    print(f"{'':6}{duration * 1000:7.1f} ms  {' '.join(statement.split())[:140]}")


if __name__ == "__main__":
    main()
