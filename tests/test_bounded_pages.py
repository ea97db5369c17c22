"""Pages that would grow with the catalogue stay bounded: 2,000 resources in one topic."""

import datetime
import re
import xml.etree.ElementTree as ET

import pytest
from django.db.models import Max
from django.utils import timezone

from connection_hub.core.models import Status
from connection_hub.sitemaps import URLS_PER_PAGE, ResourceSitemap
from resources.models import Resource, ResourceKind
from tests.factories import PracticeFactory, PublisherFactory, TopicFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    """The pages themselves are measured, not the whole-page cache in front of them."""
    settings.PAGE_CACHE_SECONDS = 0


SIZE = 2_000
KINDS = ResourceKind.values  # 10 kinds, 200 resources each
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture
def big_topic():
    topic = TopicFactory(slug="belonging", title="Belonging")
    publisher = PublisherFactory(name="Library of Belonging")
    start = datetime.date(2000, 1, 1)
    Resource.objects.bulk_create(
        Resource(
            title=f"Item {i:04d}",
            slug=f"item-{i:04d}",
            kind=KINDS[i % len(KINDS)],
            publisher=publisher,
            published_on=start + datetime.timedelta(days=i),
            summary="A summary of this item. " * 4,
            body="A long body that no list shows. " * 40,
            status=Status.PUBLISHED,
        )
        for i in range(SIZE)
    )
    resources = list(Resource.objects.order_by("pk"))
    Resource.topics.through.objects.bulk_create(
        Resource.topics.through(resource_id=r.pk, topic_id=topic.pk) for r in resources
    )
    for i in range(12):
        PracticeFactory(title=f"Practice {i:02d}", topics=[topic])
    return topic, resources


def item_titles(html):
    return re.findall(r">(Item \d{4})<", html)


def test_topic_page_lists_a_handful_per_kind_and_counts_all(
    client, big_topic, django_assert_max_num_queries
):
    topic, resources = big_topic
    with django_assert_max_num_queries(10):
        response = client.get("/topics/belonging/")
    assert response.status_code == 200
    html = response.content.decode()
    assert len(response.content) < 100_000
    shown = item_titles(html)
    assert len(shown) == 4 * len(KINDS)  # four of each kind
    # The newest of each kind (none is featured).
    for kind in KINDS:
        newest = sorted(
            (r for r in resources if r.kind == kind), key=lambda r: r.published_on, reverse=True
        )[:4]
        assert {r.title for r in newest} <= set(shown)
    assert "See all 2000 resources in the library" in " ".join(html.split())
    assert "See all 200: Report" in " ".join(html.split())
    assert 'href="/resources/?topic=belonging&amp;kind=report"' in html
    assert 'href="/practices/?topic=belonging"' in html
    assert "See all 12 practices" in " ".join(html.split())
    assert html.count('class="card practice-card"') == 4


def test_featured_resources_are_the_ones_staff_chose(client, big_topic):
    topic, resources = big_topic
    reports = [r for r in resources if r.kind == ResourceKind.REPORT]
    chosen = [reports[0], reports[5]]  # the oldest reports, not the newest
    Resource.objects.filter(pk__in=[r.pk for r in chosen]).update(featured_on_topics=True)
    html = client.get("/topics/belonging/").content.decode()
    shown = item_titles(html)
    report_titles = {r.title for r in reports}
    assert [t for t in shown if t in report_titles] == [chosen[1].title, chosen[0].title]
    # Other kinds, with none featured, still show their newest four.
    assert len(shown) == 2 + 4 * (len(KINDS) - 1)


def test_handout_takes_the_same_bounded_selection(client, big_topic, django_assert_max_num_queries):
    with django_assert_max_num_queries(10):
        response = client.get("/topics/belonging/handout/")
    assert response.status_code == 200
    assert len(response.content) < 60_000
    assert len(response.context["resources"]) == 6
    # One from each kind in turn, not six of the first kind.
    assert len({resource.kind for resource, _url in response.context["resources"]}) == 6
    assert response.context["resources_url_absolute"].endswith("/resources/?topic=belonging")


def test_sitemap_index_asks_one_aggregate_per_section_and_dates_it_by_the_newest_change(
    client, big_topic, django_assert_max_num_queries
):
    latest = Resource.objects.published().aggregate(m=Max("updated_at"))["m"]
    with django_assert_max_num_queries(6):
        response = client.get("/sitemap.xml")
    assert response.status_code == 200
    index = ET.fromstring(response.content)
    entries = {
        s.findtext(f"{SITEMAP}loc"): s.findtext(f"{SITEMAP}lastmod")
        for s in index.findall(f"{SITEMAP}sitemap")
    }
    lastmod = entries["http://testserver/sitemap-resources.xml"]
    assert datetime.datetime.fromisoformat(lastmod) == latest


def test_sitemap_section_is_one_page_of_rows_and_at_most_the_url_limit(
    client, big_topic, django_assert_max_num_queries
):
    with django_assert_max_num_queries(3):
        response = client.get("/sitemap-resources.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    urls = root.findall(f"{SITEMAP}url")
    assert len(urls) == min(2 * SIZE, URLS_PER_PAGE)  # English and Spanish, one page


def test_sitemap_sections_split_into_pages_of_at_most_the_limit(
    client, big_topic, monkeypatch, django_assert_max_num_queries
):
    monkeypatch.setattr(ResourceSitemap, "limit", 1_000)  # 500 resources a page, 2 languages
    index = ET.fromstring(client.get("/sitemap.xml").content)
    pages = [
        loc.text.replace("http://testserver", "")
        for loc in index.iter(f"{SITEMAP}loc")
        if "sitemap-resources" in loc.text
    ]
    assert pages == ["/sitemap-resources.xml"] + [
        f"/sitemap-resources.xml?p={n}" for n in (2, 3, 4)
    ]
    seen = []
    for page in pages:
        with django_assert_max_num_queries(3):
            root = ET.fromstring(client.get(page).content)
        locs = [u.findtext(f"{SITEMAP}loc") for u in root.findall(f"{SITEMAP}url")]
        assert len(locs) == 1_000
        seen += locs
    english = {u for u in seen if "/es/" not in u}
    assert len(seen) == len(set(seen)) == 2 * SIZE
    assert english == {f"http://testserver/resources/item-{i:04d}/" for i in range(SIZE)}
    assert client.get("/sitemap-resources.xml?p=5").status_code == 404


def test_sitemap_leaves_out_unpublished_rows(client, big_topic):
    _topic, resources = big_topic
    Resource.objects.filter(pk=resources[0].pk).update(status=Status.DRAFT)
    Resource.objects.filter(pk=resources[1].pk).update(
        publish_from=timezone.now() + datetime.timedelta(days=1)
    )
    body = client.get("/sitemap-resources.xml").content.decode()
    assert "/item-0000/" not in body and "/item-0001/" not in body
    pages = [body]
    while (page := client.get(f"/sitemap-resources.xml?p={len(pages) + 1}")).status_code == 200:
        pages.append(page.content.decode())
    assert sum(page.count("<url>") for page in pages) == 2 * (SIZE - 2)
