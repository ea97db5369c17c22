"""Search latency over a fixed list of queries: `make bench-search` prints p50/p95.

Each query is requested through the real view (URL routing, search, highlighting,
template) with Django's test client, after one warm-up pass: first with the search
page cache off (every request searches the database), then with it warm.
"""

import statistics
import time

from django.core.cache import cache
from django.core.management.base import BaseCommand
from django.db import connection
from django.test import Client, override_settings

from resources.models import Resource

QUERIES = [
    "loneliness",
    "community garden",
    "older adults",
    "belonging",
    "grief support",
    "youth mental health",
    "volunteering",
    "libraries",
    "rural communities",
    "caregivers",
    "soledad",
    "comunidad",
    "immigrant families",
    "lonelyness",
    "walking groups",
    "digital inclusion",
    "shared meals",
    "policy",
    "friendship at work",
    "measuring",
]


def percentile(values, pct):
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, round(pct / 100 * len(ordered)) - 1))
    return ordered[index]


class Command(BaseCommand):
    help = "Benchmark /search/ over a fixed list of queries and print p50/p95."

    def add_arguments(self, parser):
        parser.add_argument("--rounds", type=int, default=5)
        parser.add_argument("--goal-ms", type=float, default=50.0)

    def handle(self, *args, rounds, goal_ms, **options):
        client = Client(HTTP_HOST="localhost")
        total = Resource.objects.count()
        self.stdout.write(
            f"database: {connection.vendor} · {total} resources · {len(QUERIES)} queries "
            f"× {rounds} rounds"
        )
        urls = {
            "all sections": "/search/?q={q}",
            "library, one page": "/search/?q={q}&type=resources",
            "library, filtered": "/search/?q={q}&type=resources&kind=report&sort=relevance",
        }
        for cache_label, seconds in (("no page cache", 0), ("page cache warm", 300)):
            with override_settings(SEARCH_CACHE_SECONDS=seconds):
                cache.clear()
                self.stdout.write(f"-- {cache_label}")
                for label, pattern in urls.items():
                    self.measure(client, label, pattern, rounds, goal_ms)

    def measure(self, client, label, pattern, rounds, goal_ms):
        for q in QUERIES:  # warm-up (and, with the page cache, fill it)
            client.get(pattern.format(q=q))
        timings = []
        for _ in range(rounds):
            for q in QUERIES:
                started = time.perf_counter()
                response = client.get(pattern.format(q=q))
                timings.append((time.perf_counter() - started) * 1000)
                assert response.status_code == 200, (q, response.status_code)
        p50, p95 = percentile(timings, 50), percentile(timings, 95)
        verdict = "meets" if p95 < goal_ms else "misses"
        self.stdout.write(
            f"{label:18s} p50 {p50:6.1f} ms   p95 {p95:6.1f} ms   "
            f"max {max(timings):6.1f} ms   mean {statistics.mean(timings):6.1f} ms   "
            f"({verdict} the {goal_ms:.0f} ms p95 goal)"
        )
