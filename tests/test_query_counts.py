"""Every public page, feed, calendar, sitemap and API answer makes a fixed number of queries.

The catalogue is large enough for an N+1 or an unbounded list to show: 60 resources of
ten kinds in one topic (with tags), 30 practices, 30 programs with two schedules each, a
kit of 30 items. Each page is pinned with ``django_assert_max_num_queries`` and each
check asserts the rows the page rendered (how many, which), not only the status.
"""

import datetime
import re
import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from connection_hub.core.models import Status
from programs.models import Program
from resources.models import Resource, ResourceKind
from tests.factories import (
    AudienceFactory,
    PracticeFactory,
    ProgramFactory,
    PublisherFactory,
    ResourceFactory,
    TopicFactory,
    TopicSectionFactory,
)
from tests.kits.factories import KitFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    """The pages themselves are measured, not the whole-page cache in front of them."""
    settings.PAGE_CACHE_SECONDS = 0


KINDS = ResourceKind.values  # ten kinds
RESOURCES = 60  # six of each kind, all in the topic
PRACTICES = 30
PROGRAMS = 30
ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture
def catalogue():
    topic = TopicFactory(slug="belonging", title="Belonging", featured=True)
    others = TopicFactory.create_batch(4, featured=True)
    for i in range(5):
        TopicSectionFactory(topic=topic, order=i, heading=f"Heading {i}")
    publishers = PublisherFactory.create_batch(3)
    resources = [
        ResourceFactory(
            title=f"Resource {i:02d}",
            slug=f"resource-{i:02d}",
            kind=KINDS[i % len(KINDS)],
            publisher=publishers[i % 3],
            published_on=datetime.date(2020, 1, 1) + datetime.timedelta(days=i),
            topics=[topic, others[i % 4]],
            tags=[f"tag-{i % 7}", "loneliness"],
        )
        for i in range(RESOURCES)
    ]
    practices = [
        PracticeFactory(title=f"Practice {i:02d}", topics=[topic], tags=[f"tag-{i % 5}"])
        for i in range(PRACTICES)
    ]
    audiences = [AudienceFactory(slug=f"audience-{i}") for i in range(3)]
    start = timezone.localdate() + datetime.timedelta(days=1)
    programs = [
        ProgramFactory(
            title=f"Program {i:02d}",
            slug=f"program-{i:02d}",
            topics=[topic],
            tags=[f"tag-{i % 4}"],
            audiences=audiences[: 1 + i % 3],
            is_free=i % 2 == 0,
            schedules=[
                {"start_date": start + datetime.timedelta(days=i % 7)},
                {"frequency": "monthly", "start_date": start, "start_time": datetime.time(10)},
            ],
        )
        for i in range(PROGRAMS)
    ]
    kit = KitFactory(
        slug="kit-30",
        title="Thirty pages",
        items=[(resources + practices + programs)[i * 3] for i in range(30)],
    )
    return {
        "topic": topic,
        "resources": resources,
        "practices": practices,
        "programs": programs,
        "kit": kit,
    }


def text(response):
    """The page's text with whitespace around tags removed, so ``>Title<`` finds a link."""
    body = response.content.decode()
    return re.sub(r">\s+", ">", re.sub(r"\s+<", "<", " ".join(body.split())))


def titled(response, prefix):
    """Titles starting with ``prefix`` shown as an element's whole text."""
    return re.findall(rf">({prefix} \d\d)<", text(response))


def rss_items(response):
    return ET.fromstring(response.content).findall("./channel/item")


def atom_entries(response):
    return ET.fromstring(response.content).findall(f"{ATOM}entry")


def check_home(r, data):
    assert len(set(titled(r, "Resource"))) == 6  # the newest six
    assert len(set(titled(r, "Practice"))) == 3
    assert 1 <= len(set(titled(r, "Program"))) <= 6


def check_topic_list(r, data):
    assert text(r).count('<li class="card">') == 5


def check_topic(r, data):
    shown = set(titled(r, "Resource"))
    assert len(shown) == 4 * len(KINDS)  # a handful of each kind, not all 60
    assert len(set(titled(r, "Practice"))) == 4
    assert len(set(titled(r, "Program"))) == 5
    assert text(r).count(">Heading ") == 5 * 2  # the table of contents and the sections
    assert 'href="/resources/?topic=belonging&amp;kind=report"' in text(r).replace("/es/", "/")
    assert 'href="/practices/?topic=belonging"' in text(r).replace("/es/", "/")


def check_topic_en(r, data):
    check_topic(r, data)
    assert "See all 60 resources in the library" in text(r)
    assert "See all 6: Report" in text(r)
    assert "See all 30 practices" in text(r)
    assert "See all 30 programs" in text(r)


def check_handout(r, data):
    assert len(set(titled(r, "Resource"))) == 6
    assert 1 <= len(set(titled(r, "Program"))) <= 5


def check_svg(r, data):
    assert r["Content-Type"].startswith("image/svg+xml")
    assert b"<svg" in r.content


def check_rss(n):
    def check(r, data):
        assert len(rss_items(r)) == n

    return check


def check_atom(n):
    def check(r, data):
        assert len(atom_entries(r)) == n

    return check


def check_titles(prefix, n):
    def check(r, data):
        assert len(set(titled(r, prefix))) == n, titled(r, prefix)

    return check


def check_reports(r, data):
    reports = [x.title for x in data["resources"] if x.kind == ResourceKind.REPORT]
    assert sorted(set(titled(r, "Resource"))) == sorted(reports)


def check_resource(r, data):
    assert "<h1>Resource 59</h1>" in text(r)


def check_practice(r, data):
    assert "<h1>Practice 00</h1>" in text(r)


def check_program(r, data):
    assert "<h1>Program 00</h1>" in text(r)


def check_calendar(n=None):
    def check(r, data):
        body = r.content.decode()
        count = len({line for line in body.splitlines() if line.startswith("SUMMARY:Program")})
        assert count == n if n is not None else count >= 1

    return check


def check_search(r, data):
    found = re.findall(r"Resource(?:</mark>)?\s+(\d\d)\b", r.content.decode())
    assert len(set(found)) >= 5


def check_ok(needle):
    def check(r, data):
        assert needle in r.content.decode()

    return check


def check_sitemap_index(r, data):
    locs = [loc.text for loc in ET.fromstring(r.content).iter(f"{SITEMAP}loc")]
    assert "http://testserver/sitemap-resources.xml" in locs


def check_sitemap_section(r, data):
    urls = ET.fromstring(r.content).findall(f"{SITEMAP}url")
    assert len(urls) == 2 * RESOURCES  # English and Spanish


def check_kit(r, data):
    assert r.content.decode().count('<li id="item-') == 30


def check_kit_handout(r, data):
    assert r.content.decode().count('<span class="url">') == 30


def check_form(r, data):
    assert "<form" in r.content.decode()


def check_hsds_list(r, data):
    page = r.json()
    assert page["size"] == PROGRAMS or page["total_items"] >= PROGRAMS


def check_hsds_service(r, data):
    assert r.json()["name"].startswith("Program ")


# (address, the most queries it may make, what it must show). ``{program}``, ``{resource}``
# and ``{service}`` are filled from the catalogue.
PAGES = [
    ("/", 8, check_home),
    ("/es/", 8, check_home),
    ("/topics/", 2, check_topic_list),
    ("/topics/belonging/", 8, check_topic_en),
    ("/es/topics/belonging/", 8, check_topic),
    ("/topics/belonging/handout/", 8, check_handout),
    ("/topics/belonging/qr.svg", 1, check_svg),
    ("/topics/belonging/feed/", 3, check_rss(30)),
    ("/topics/belonging/feed/atom/", 3, check_atom(30)),
    ("/resources/", 8, check_titles("Resource", 20)),
    ("/resources/?topic=belonging&kind=report&tag=loneliness", 8, check_reports),
    ("/resources/?page=3", 8, check_titles("Resource", 20)),
    ("/resources/feed/", 2, check_rss(30)),
    ("/resources/feed/atom/", 2, check_atom(30)),
    ("{resource}", 6, check_resource),
    ("/practices/", 6, check_titles("Practice", 24)),
    ("/practices/?topic=belonging&page=2", 6, check_titles("Practice", 6)),
    ("{practice}", 4, check_practice),
    ("/programs/", 10, check_titles("Program", 20)),
    ("/programs/?topic=belonging&free=on&audience=audience-0", 10, check_titles("Program", 15)),
    ("{program}", 14, check_program),
    ("{program}calendar.ics", 4, check_calendar(1)),
    ("/programs/calendar.ics", 8, check_calendar(PROGRAMS)),
    ("/programs/calendar.ics?topic=belonging&free=on", 8, check_calendar(PROGRAMS // 2)),
    ("/programs/feed/", 2, check_rss(PROGRAMS)),
    ("/programs/feed/atom/", 2, check_atom(PROGRAMS)),
    ("/search/?q=resource", 12, check_search),
    ("/search/?q=resource&type=resources", 12, check_search),
    ("/get-help/", 0, check_ok("988")),
    ("/privacy/", 0, check_ok("<h1")),
    ("/robots.txt", 0, check_ok("Sitemap: http://testserver/sitemap.xml")),
    ("/sitemap.xml", 6, check_sitemap_index),
    ("/sitemap-resources.xml", 3, check_sitemap_section),
    ("/kits/kit-30/", 2, check_kit),
    ("/kits/kit-30/handout/", 2, check_kit_handout),
    ("/kits/kit-30/qr.svg", 1, check_svg),
    ("/kits/kit-30/feed/", 2, check_rss(30)),
    ("/kits/kit-30/feed/atom/", 2, check_atom(30)),
    ("/workshops/request/", 3, check_form),
    ("/suggest/resource/resource-00/", 3, check_form),
    ("/suggest/program/program-00/", 3, check_form),
    ("/api/hsds/services?per_page=100", 2, check_hsds_list),
    ("/api/hsds/services?per_page=100&full=true", 8, check_hsds_list),
    ("/api/hsds/services/{service}", 8, check_hsds_service),
    ("/api/hsds/organizations?per_page=100", 2, lambda r, data: r.json()["size"] >= 1),
]


def address(template, data):
    return template.format(
        program=data["programs"][0].get_absolute_url(),
        resource=data["resources"][-1].get_absolute_url(),
        practice=data["practices"][0].get_absolute_url(),
        service=data["programs"][0].uuid,
    )


@pytest.mark.parametrize("url, max_queries, check", PAGES, ids=[p[0] for p in PAGES])
def test_page_makes_a_fixed_number_of_queries_and_shows_its_rows(
    client, catalogue, django_assert_max_num_queries, url, max_queries, check
):
    url = address(url, catalogue)
    client.get(url)  # warm the per-process caches (ContentType, site settings)
    with django_assert_max_num_queries(max_queries):
        response = client.get(url)
    assert response.status_code == 200, url
    check(response, catalogue)


WIDE_PROGRAM_COLUMNS = re.compile(r'"description(_\w+)?"|search_vector|search_head')


@pytest.mark.parametrize(
    "url, shown",
    [
        ("/programs/", 20),
        ("/programs/?topic=belonging&free=on", 15),
        ("/topics/belonging/", 5),  # its panel of upcoming programs
        ("/", 6),  # this week's programs
        ("/programs/calendar.ics", PROGRAMS),
        ("/programs/feed/", PROGRAMS),
    ],
)
def test_program_lists_never_read_the_description_or_the_search_vectors(
    client, catalogue, url, shown
):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    body = response.content.decode()
    assert body.count("Program ") >= shown
    sql = [q["sql"] for q in queries.captured_queries if 'FROM "programs_program"' in q["sql"]]
    assert sql, "the page read no programs"
    wide = [s for s in sql if WIDE_PROGRAM_COLUMNS.search(s.split(" FROM ")[0])]
    assert not wide, wide


def test_the_calendar_holds_at_most_its_cap_of_programs_soonest_first(
    client, catalogue, monkeypatch, django_assert_max_num_queries
):
    from programs.views import ProgramCalendarView

    monkeypatch.setattr(ProgramCalendarView, "max_programs", 12)
    # Sooner than any other, and last by title: kept only if the soonest come first.
    ProgramFactory(
        title="Program zz the soonest",
        schedules=[
            {
                "start_date": timezone.localdate() + datetime.timedelta(days=1),
                "start_time": datetime.time(0, 30),
            }
        ],
    )
    with django_assert_max_num_queries(8):
        response = client.get("/programs/calendar.ics")
    assert response.status_code == 200
    check_calendar(12)(response, catalogue)
    shown = {
        line.removeprefix("SUMMARY:")
        for line in response.content.decode().splitlines()
        if line.startswith("SUMMARY:Program")
    }
    soonest = Program.objects.published().upcoming().order_by("next_start", "title")[:12]
    assert shown == {p.title for p in soonest}
    assert "Program zz the soonest" in shown


# --- deep pages ----------------------------------------------------------------------


@pytest.fixture
def library_of_120():
    publisher = PublisherFactory()
    topic = TopicFactory(slug="all")
    Resource.objects.bulk_create(
        Resource(
            title=f"Item {i:03d}",
            slug=f"item-{i:03d}",
            kind=KINDS[i % len(KINDS)],
            publisher=publisher,
            # Some share a date (newest first then falls back to the id), one has none.
            published_on=None if i == 7 else datetime.date(2021, 1, 1) + datetime.timedelta(i // 2),
            body="A long body. " * 200,
            status=Status.PUBLISHED,
        )
        for i in range(120)
    )
    resources = list(Resource.objects.order_by("pk"))
    Resource.topics.through.objects.bulk_create(
        Resource.topics.through(resource_id=r.pk, topic_id=topic.pk) for r in resources
    )
    return resources


def newest_first(resources):
    dated = sorted((r for r in resources if r.published_on), key=lambda r: (r.published_on, r.pk))
    return [r.title for r in reversed(dated)] + [r.title for r in resources if not r.published_on]


def item_titles(response):
    return re.findall(r">(Item \d{3})<", text(response))


@pytest.mark.parametrize(
    "url, order",
    [
        ("/resources/?page=6", lambda rs: newest_first(rs)[100:120]),
        ("/resources/?page=99", lambda rs: newest_first(rs)[100:120]),  # "this is the last page"
        ("/resources/?page=3&topic=all", lambda rs: newest_first(rs)[40:60]),
        ("/resources/?sort=title&page=6", lambda rs: sorted(r.title for r in rs)[100:120]),
    ],
)
def test_deep_pages_show_the_right_rows_in_order_and_read_only_one_page_of_rows(
    client, library_of_120, django_assert_max_num_queries, url, order
):
    client.get(url)
    with CaptureQueriesContext(connection) as queries, django_assert_max_num_queries(8):
        response = client.get(url)
    assert response.status_code == 200
    assert item_titles(response) == order(library_of_120)
    # The body and the search vectors are never read for a list, and the sort for the
    # page's OFFSET runs over the ids only.
    sql = [q["sql"] for q in queries.captured_queries if "resources_resource" in q["sql"]]
    assert sql and not any(re.search(r'"body(_\w+)?"|search_vector|search_head', s) for s in sql)
    paged = [s for s in sql if "OFFSET" in s or "LIMIT" in s]
    ids_only = r'SELECT "resources_resource"."id"( AS "pk")? FROM'
    assert paged and all(re.match(ids_only, s) for s in paged)
