"""Feeds, sitemaps, structured data and what facilitators share."""

import datetime
import json
import re
import xml.etree.ElementTree as ET

import numpy as np
import pytest
import zxingcpp
from django.conf import settings
from django.contrib.sitemaps.views import sitemap as django_sitemap_view
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import timezone
from django.utils.formats import date_format

from connection_hub.core.urls import SiteRequest
from connection_hub.sitemaps import SITEMAPS
from programs.models import Program
from resources.models import Resource
from tests.factories import (
    PracticeFactory,
    ProgramFactory,
    PublisherFactory,
    ResourceFactory,
    TopicFactory,
    TopicSectionFactory,
)

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def json_ld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(b) for b in blocks]


@pytest.fixture
def topic():
    topic = TopicFactory(
        slug="social-connection", title="Connecting the Dots", summary="Why connection matters."
    )
    TopicSectionFactory(
        topic=topic,
        order=1,
        heading="What is social connection?",
        body="Relationships that give **belonging** and support. " * 3,
    )
    TopicSectionFactory(
        topic=topic,
        order=2,
        heading="Places that connect people",
        body="Libraries, parks and gardens.",
    )
    ResourceFactory(
        title="Our Epidemic of Loneliness and Isolation",
        slug="advisory",
        topics=[topic],
        publisher=PublisherFactory(name="HHS"),
        published_on=datetime.date(2023, 5, 3),
    )
    ProgramFactory(title="Eastside garden", topics=[topic])
    return topic


def test_resource_feeds_rss_and_atom(client, topic):
    ResourceFactory(title="Draft", status="draft")
    rss = ET.fromstring(client.get("/resources/feed/").content)
    items = rss.findall("./channel/item")
    assert [i.findtext("title") for i in items] == ["Our Epidemic of Loneliness and Isolation"]
    assert items[0].findtext("link").endswith("/resources/advisory/")
    atom = ET.fromstring(client.get("/resources/feed/atom/").content)
    assert atom.tag == f"{ATOM}feed"
    assert len(atom.findall(f"{ATOM}entry")) == 1


def test_topic_feed_and_unknown_topic_feed(client, topic):
    ResourceFactory(title="Off topic")
    rss = ET.fromstring(client.get("/topics/social-connection/feed/").content)
    assert [i.findtext("title") for i in rss.findall("./channel/item")] == [
        "Our Epidemic of Loneliness and Isolation"
    ]
    assert client.get("/topics/nope/feed/").status_code == 404


def test_program_feed_lists_upcoming_programs_with_their_next_date(client, topic):
    ProgramFactory(
        title="Finished",
        schedules=[
            {"frequency": "once", "start_date": timezone.localdate() - datetime.timedelta(3)}
        ],
    )
    rss = ET.fromstring(client.get("/programs/feed/").content)
    titles = [i.findtext("title") for i in rss.findall("./channel/item")]
    program = Program.objects.get(title="Eastside garden")
    first = program.sessions.order_by("starts_at").first().starts_at
    when = date_format(timezone.localtime(first), "DATETIME_FORMAT")
    assert titles == [f"Eastside garden — {when}"]
    atom = ET.fromstring(client.get("/programs/feed/atom/").content)
    assert len(atom.findall(f"{ATOM}entry")) == 1


def test_sitemap_lists_every_published_page_in_both_languages(client, topic):
    ResourceFactory(slug="hidden", status="draft")
    index = ET.fromstring(client.get("/sitemap.xml").content)
    sections = [loc.text for loc in index.iter(f"{SITEMAP}loc")]
    assert any(s.endswith("/sitemap-resources.xml") for s in sections)
    urls = []
    for section in sections:
        path = section.replace("http://testserver", "")
        root = ET.fromstring(client.get(path).content)
        for url in root.findall(f"{SITEMAP}url"):
            urls.append((url.findtext(f"{SITEMAP}loc"), url.findtext(f"{SITEMAP}lastmod")))
    locs = [u for u, _ in urls]
    assert "http://testserver/resources/advisory/" in locs
    assert "http://testserver/es/resources/advisory/" in locs
    assert "http://testserver/topics/social-connection/" in locs
    assert not any("hidden" in u for u in locs)
    updated = Resource.objects.get(slug="advisory").updated_at
    advisory_lastmods = {lastmod for u, lastmod in urls if "/resources/advisory/" in u}
    assert advisory_lastmods == {timezone.localtime(updated).date().isoformat()}


def xml_tree(element):
    """An element as nested tuples: tag, attributes, stripped text, children."""
    return (
        element.tag,
        sorted(element.attrib.items()),
        (element.text or "").strip(),
        [xml_tree(child) for child in element],
    )


@pytest.mark.parametrize("section", ["pages", "topics", "resources", "programs"])
def test_a_sitemap_section_is_the_xml_djangos_template_gives(client, topic, section):
    """Sections are written directly (connection_hub.sitemaps.render_urlset), not through
    Django's sitemap.xml template: the same document, entry for entry."""
    response = client.get(f"/sitemap-{section}.xml")
    assert response.status_code == 200
    ours = ET.fromstring(response.content)
    # What Django's own view and template make of the same section.
    request = SiteRequest(RequestFactory().get(f"/sitemap-{section}.xml"))
    unrendered = django_sitemap_view(request, sitemaps=SITEMAPS, section=section)
    djangos = ET.fromstring(
        render_to_string("sitemap.xml", {"urlset": unrendered.context_data["urlset"]})
    )
    assert len(ours.findall(f"{SITEMAP}url")) > 0
    assert xml_tree(ours) == xml_tree(djangos)


def test_robots_txt_points_at_the_sitemap(client):
    body = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_resource_json_ld_open_graph_and_canonical(client, topic):
    html = client.get("/resources/advisory/?utm=x").content.decode()
    (data,) = json_ld(html)
    assert data["@type"] == "Report"
    assert data["name"] == "Our Epidemic of Loneliness and Isolation"
    assert data["publisher"] == {
        "@type": "Organization",
        "name": "HHS",
        "url": "https://example.org/",
    }
    assert data["datePublished"] == "2023-05-03"
    assert '<link rel="canonical" href="http://testserver/resources/advisory/">' in html
    assert 'property="og:title" content="Our Epidemic of Loneliness and Isolation"' in html
    assert 'property="og:type" content="article"' in html
    assert 'name="twitter:card" content="summary"' in html


def test_program_json_ld_is_an_event_with_schedule_and_location(client, topic):
    program = ProgramFactory(
        title="Tuesday choir",
        schedules=[
            {"frequency": "biweekly", "start_date": timezone.localdate() + datetime.timedelta(2)}
        ],
    )
    (data,) = json_ld(client.get(program.get_absolute_url()).content.decode())
    assert data["@type"] == "Event"
    assert data["eventSchedule"][0]["repeatFrequency"] == "P2W"
    assert data["eventSchedule"][0]["scheduleTimezone"] == settings.TIME_ZONE
    assert data["location"]["@type"] == "Place"
    assert data["location"]["address"]["addressLocality"] == "Riverton"
    assert data["organizer"]["@type"] == "Organization"
    first = program.sessions.order_by("starts_at").first().starts_at
    assert data["startDate"] == timezone.localtime(first).isoformat()
    assert data["isAccessibleForFree"] is True


def test_practice_json_ld_is_a_howto_with_steps(client):
    practice = PracticeFactory(steps="1. Breathe in.\n2. Call a friend.", duration_minutes=7)
    (data,) = json_ld(client.get(practice.get_absolute_url()).content.decode())
    assert data["@type"] == "HowTo"
    assert data["totalTime"] == "PT7M"
    assert [s["text"] for s in data["step"]] == ["Breathe in.", "Call a friend."]


def test_every_page_has_json_ld_og_tags_and_a_canonical_link(client, topic):
    pages = {
        "/": "WebSite",
        "/resources/": "WebSite",
        "/programs/": "WebSite",
        "/practices/": "WebSite",
        "/topics/": "WebSite",
        "/get-help/": "WebSite",
        "/topics/social-connection/": "CollectionPage",
        "/search/?q=garden": "WebSite",
    }
    for url, kind in pages.items():
        html = client.get(url).content.decode()
        assert [block["@type"] for block in json_ld(html)] == [kind], url
        path = url.split("?")[0]
        assert f'<link rel="canonical" href="http://testserver{path}">' in html, url
        assert 'property="og:title"' in html, url


def test_json_ld_cannot_be_broken_out_of(client):
    resource = ResourceFactory(title="</script><script>alert(1)</script>")
    html = client.get(resource.get_absolute_url()).content.decode()
    assert "</script><script>alert(1)" not in html
    assert json_ld(html)[0]["name"] == "</script><script>alert(1)</script>"


def qr_matrix(svg):
    """Rasterise segno's SVG path (runs of 'h' segments) back into a module matrix."""
    root = ET.fromstring(svg)
    width = int(root.get("width"))
    path = root.find("{http://www.w3.org/2000/svg}path")
    scale = float(re.search(r"scale\(([\d.]+)\)", path.get("transform")).group(1))
    size = int(width / scale)
    grid = np.full((size, size), 255, dtype=np.uint8)
    x = y = 0.0
    for command, a, b in re.findall(r"([MmHhVv])(-?[\d.]+)(?:\s+(-?[\d.]+))?", path.get("d")):
        if command == "M":
            x, y = float(a), float(b)
        elif command == "m":
            x, y = x + float(a), y + float(b)
        elif command == "h":
            length = float(a)
            grid[int(y), int(x) : int(x + length)] = 0
            x += length
    return np.kron(grid, np.ones((4, 4), dtype=np.uint8))


def test_qr_code_is_an_svg_that_decodes_to_the_page_url(client, topic):
    response = client.get("/topics/social-connection/qr.svg")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml; charset=utf-8"
    svg = response.content.decode()
    root = ET.fromstring(svg)
    assert root.get("width") == root.get("height") and int(root.get("width")) >= 200
    (result,) = zxingcpp.read_barcodes(qr_matrix(svg))
    assert result.text == "http://testserver/topics/social-connection/"
    assert client.get("/topics/nope/qr.svg").status_code == 404


def test_share_panel_without_javascript(client, topic):
    html = client.get("/topics/social-connection/").content.decode()
    (share_input,) = re.findall(r'<input id="share-url"[^>]*>', html)
    assert 'value="http://testserver/topics/social-connection/"' in share_input
    assert " readonly" in share_input
    assert "data-needs-js hidden" in html  # the copy button appears only with JavaScript
    assert 'src="/topics/social-connection/qr.svg"' in html
    assert 'href="/topics/social-connection/handout/"' in html


def test_handout_has_sections_resources_with_full_urls_programs_and_crisis_lines(client, topic):
    html = client.get("/topics/social-connection/handout/").content.decode()
    assert "What is social connection?" in html and "Places that connect people" in html
    assert "http://testserver/resources/advisory/" in html
    assert "Eastside garden" in html
    assert 'href="tel:988"' in html
    assert 'src="/topics/social-connection/qr.svg"' in html
    assert "http://testserver/topics/social-connection/" in html
    assert client.get("/topics/nope/handout/").status_code == 404


def test_print_stylesheet_is_linked_on_every_page(client):
    html = client.get("/get-help/").content.decode()
    assert 'href="/static/css/print.css" media="print"' in html


def test_handout_and_topic_page_query_counts(client, topic, django_assert_max_num_queries):
    for i in range(30):
        ResourceFactory(topics=[topic], tags=[f"t{i}"])
        ProgramFactory(topics=[topic])
    resources = list(Resource.objects.all())
    programs = list(Program.objects.all())
    with django_assert_max_num_queries(10):
        response = client.get("/topics/social-connection/handout/")
    assert response.status_code == 200
    html = response.content.decode()
    assert sum(f">{r.title}<" in html for r in resources) == 6  # the handout lists six
    assert sum(f">{p.title}<" in html for p in programs) == 5  # and five programs
    with django_assert_max_num_queries(6):
        response = client.get("/resources/feed/")
    feed_titles = [i.findtext("title") for i in ET.fromstring(response.content).iter("item")]
    assert len(feed_titles) == 30  # a feed holds the newest thirty
    assert set(feed_titles) <= {r.title for r in resources}
    with django_assert_max_num_queries(6):
        response = client.get("/programs/feed/")
    feed_titles = [i.findtext("title") for i in ET.fromstring(response.content).iter("item")]
    assert sorted(t.split(" — ")[0] for t in feed_titles) == sorted(p.title for p in programs)
