"""The pages `make bench` measures, with their queries per request and compressed size.

Run by bench/run.py with the same environment as the benchmarked server (production
settings, the bench database, Redis): picks the concrete addresses (the topic with the
most resources, the library's last page, a sitemap section from the index, …), then
requests each through Django's test client with CaptureQueriesContext: once with every
cache off (the render), twice with the page cache off and the caches below it on, and
twice with the page cache on (the second request of each is the warm one). Prints JSON.
"""

import gzip
import json
import os
import sys
from pathlib import Path
from urllib.parse import urlsplit
from xml.etree import ElementTree

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "connection_hub.settings.prod")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.db.models import Count  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import resolve  # noqa: E402

from programs.models import Program  # noqa: E402
from resources.models import Resource, Topic  # noqa: E402

SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def local(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def pages(client) -> dict[str, str]:
    topic = (
        Topic.objects.published().annotate(size=Count("resources")).order_by("-size", "pk").first()
    )
    resource = (
        Resource.objects.published().exclude(slug__startswith="scale-").order_by("pk").first()
    )
    program = (
        Program.objects.published()
        .upcoming()
        .exclude(slug__startswith="scale-program-")
        .order_by("pk")
        .first()
    )
    per_page = resolve("/resources/").func.view_class.paginate_by
    last_page = max(1, -(-Resource.objects.published().count() // per_page))
    index = client.get("/sitemap.xml")
    sections = [
        local(loc.text.strip())
        for loc in ElementTree.fromstring(index.content).iter(f"{SITEMAP_NS}loc")
    ]
    section = next((s for s in sections if "resource" in s), sections[0] if sections else "")
    return {
        "home": "/",
        "topic page": topic.get_absolute_url(),
        "library": "/resources/",
        "library, filtered": f"/resources/?kind=report&topic={topic.slug}",
        "library, last page": f"/resources/?page={last_page}",
        "resource": resource.get_absolute_url(),
        "practices": "/practices/",
        "directory, 2 filters": "/programs/?category=support_group&time=evening",
        "program": program.get_absolute_url(),
        "search": "/search/?q=loneliness",
        "calendar.ics, filtered": "/programs/calendar.ics?category=social_meetup",
        "sitemap section": section,
        "get help": "/get-help/",
    }


def count(client, path):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    body = b"".join(response) if response.streaming else response.content
    return response.status_code, len(queries), body


def main():
    host = urlsplit(settings.SITE_URL).hostname
    client = Client(HTTP_HOST=host)
    every_cache_off = {"PAGE_CACHE_SECONDS": 0, "SEARCH_CACHE_SECONDS": 0}
    with override_settings(**every_cache_off, FRAGMENT_CACHE_SECONDS=0):
        chosen = pages(client)
        results = {}
        for label, path in chosen.items():
            status, queries, body = count(client, path)
            results[label] = {
                "path": path,
                "status": status,
                "queries_render": queries,
                "bytes": len(body),
                "gzip_bytes": len(gzip.compress(body, compresslevel=6)),
            }
    with override_settings(
        PAGE_CACHE_SECONDS=0, SEARCH_CACHE_SECONDS=300, FRAGMENT_CACHE_SECONDS=300
    ):
        for result in results.values():
            count(client, result["path"])
            _status, result["queries_off"], _body = count(client, result["path"])
    with override_settings(PAGE_CACHE_SECONDS=300, SEARCH_CACHE_SECONDS=300):
        for result in results.values():
            count(client, result["path"])
            _status, result["queries_warm"], _body = count(client, result["path"])
    json.dump(results, sys.stdout, indent=1)


if __name__ == "__main__":
    main()
