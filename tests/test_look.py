"""The look and the phone finder, seen through the test client: folding filters with their
count, quick choices, removable chips, page numbers, the logo, no third-party assets, the
at-a-glance column, print addresses of the footer links, and a small home page."""

import gzip
import io
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import Client

from tests.factories import AudienceFactory, ProgramFactory, ResourceFactory

ROOT = Path(settings.BASE_DIR)


class Assets(HTMLParser):
    """Every address the page loads (src of any element, href of <link>) and every <a>."""

    def __init__(self):
        super().__init__()
        self.loads, self.links = [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("src"):
            self.loads.append(attrs["src"])
        loaded = attrs.get("rel") not in ("canonical", "alternate")  # links, not loads
        if tag == "link" and attrs.get("href") and loaded:
            self.loads.append(attrs["href"])
        if tag == "a":
            self.links.append(attrs)


def parse(html):
    parser = Assets()
    parser.feed(html)
    return parser


def text(html):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


@pytest.fixture
def older_adults_free():
    older = AudienceFactory(slug="older-adults", name="Older adults")
    for i in range(3):
        ProgramFactory(title=f"Lunch club {i}", audiences=[older], is_free=True)
    ProgramFactory(title="Paid class", audiences=[older], is_free=False)
    return older


@pytest.mark.django_db
def test_the_filter_summary_says_how_many_filters_are_applied(client, older_adults_free):
    html = client.get("/programs/?audience=older-adults&free=on").content.decode()
    summary = re.search(r"<summary[^>]*>(.*?)</summary>", html, re.S).group(1)
    assert text(summary) == "Filter programs (2 applied)"
    # Closed in the markup: on a phone the results come first (CSS shows it on a wide screen).
    assert re.search(r'<details class="filter-panel">', html)
    html = client.get("/programs/").content.decode()
    summary = re.search(r"<summary[^>]*>(.*?)</summary>", html, re.S).group(1)
    assert text(summary) == "Filter programs"


@pytest.mark.django_db
def test_the_filters_are_open_when_one_has_an_error(client):
    html = client.get("/resources/?year=soon").content.decode()
    assert '<details class="filter-panel" open>' in html
    assert "Filter the library" in html


@pytest.mark.django_db
def test_each_applied_filter_is_a_chip_that_removes_only_itself(client, older_adults_free):
    html = client.get("/programs/?audience=older-adults&free=on&page=1").content.decode()
    chips = {
        text(a_html): href
        for href, a_html in re.findall(
            r'<a class="chip-remove" href="([^"]*)">(.*?)</a>', html, re.S
        )
    }
    by_href = {href: name for name, href in chips.items()}
    assert set(by_href) == {"/programs/?audience=older-adults", "/programs/?free=on"}
    free_chip = by_href["/programs/?audience=older-adults"]
    assert re.fullmatch(r"Remove filter: .*Free only ×", free_chip)
    assert by_href["/programs/?free=on"] == "Remove filter: Especially for: Older adults ×"
    # The removed filter really goes: following the chip shows the paid class again.
    after = client.get("/programs/?audience=older-adults").content.decode()
    assert "Paid class" in after and "Paid class" not in html
    assert 'class="chip-remove"' not in client.get("/programs/").content.decode()


@pytest.mark.django_db
def test_quick_choices_are_plain_links_to_filtered_lists(client, older_adults_free):
    html = client.get("/programs/?free=on").content.decode()
    nav = re.search(r'<nav class="quick-choices".*?</nav>', html, re.S).group(0)
    links = {text(a): attrs for attrs, a in re.findall(r"<a ([^>]*)>(.*?)</a>", nav, re.S)}
    assert list(links) == ["This week", "Free", "Online", "Older adults", "Families"]
    hrefs = [re.search(r'href="([^"]*)"', attrs).group(1) for attrs in links.values()]
    assert hrefs == [
        "/programs/?when=week",
        "/programs/?free=on",
        "/programs/?format=online",
        "/programs/?audience=older-adults",
        "/programs/?audience=families",
    ]
    assert 'aria-current="true"' in links["Free"]
    assert "aria-current" not in links["Online"]
    # Each one narrows the list.
    assert "Paid class" not in client.get(hrefs[1]).content.decode()
    for path in ("/resources/", "/practices/"):
        assert 'class="quick-choices"' in client.get(path).content.decode()


@pytest.mark.django_db
def test_the_free_only_checkbox_sits_before_its_label(client, older_adults_free):
    html = client.get("/programs/").content.decode()
    field = re.search(r'<div class="field field-checkbox">(.*?)</div>', html, re.S).group(1)
    assert field.index('name="free"') < field.index("<label")


@pytest.mark.django_db
def test_pagination_shows_page_numbers_with_the_current_one_marked(client):
    ResourceFactory.create_batch(170)  # 9 pages of 20
    html = client.get("/resources/?page=5").content.decode()
    nav = re.search(r'<nav class="pagination".*?</nav>', html, re.S).group(0)
    numbers = [text(a) for a in re.findall(r'<a class="page-number"[^>]*>(.*?)</a>', nav, re.S)]
    assert numbers == ["Page 3", "Page 4", "Page 5", "Page 6", "Page 7"]
    current = re.findall(r'<a class="page-number"\s+href="([^"]*)"\s+aria-current="page"', nav)
    assert len(current) == 1 and "page=5" in current[0]
    words = [text(a) for a in re.findall(r"<a href[^>]*>(.*?)</a>", nav, re.S)]
    assert words == ["First page", "Previous page", "Next page", "Last page"]
    assert "page=9" in re.search(r'<a href="([^"]*)">Last page', nav).group(1)
    # On the first page neither "First" nor "Previous" is offered.
    first = client.get("/resources/").content.decode()
    nav = re.search(r'<nav class="pagination".*?</nav>', first, re.S).group(0)
    assert "First page" not in nav and "Previous page" not in nav
    assert re.search(r'aria-current="page"><span class="visually-hidden">Page</span>\s*1<', nav)


@pytest.mark.django_db
def test_the_logo_is_a_local_svg_beside_the_site_name_in_text(client):
    html = client.get("/").content.decode()
    brand = re.search(r'<a class="brand".*?</a>', html, re.S).group(0)
    assert re.search(r'<img class="brand-logo" src="/static/img/logo.svg" alt=""', brand)
    assert text(brand) == settings.SITE_NAME  # the name stays text; the image adds no noise
    svg = (ROOT / "static" / "img" / "logo.svg").read_text()
    assert svg.startswith("<svg") and "<title" in svg  # its own text alternative
    assert "href" not in svg and "<script" not in svg


@pytest.mark.django_db
def test_leave_this_site_is_inside_the_header_and_first_after_the_skip_link(client):
    html = client.get("/get-help/").content.decode()
    header = re.search(r'<header class="site-header">.*?</header>', html, re.S).group(0)
    assert "data-quick-exit" in header
    body = html[html.index("<body") :]
    links = re.findall(r"<a [^>]*>", body)
    assert "skip-link" in links[0] and "quick-exit" in links[1]


@pytest.mark.django_db
def test_no_page_loads_anything_from_another_host(client, older_adults_free):
    program = older_adults_free.programs.first()
    resource = ResourceFactory(url="https://example.org/report")
    for path in (
        "/",
        "/programs/",
        "/programs/?free=on",
        program.get_absolute_url(),
        "/resources/",
        resource.get_absolute_url(),
        "/practices/",
        "/get-help/",
        "/es/",
    ):
        for src in parse(client.get(path).content.decode()).loads:
            assert urlsplit(src).netloc in ("", "testserver"), f"{path} loads {src}"
    for css in (ROOT / "static" / "css").glob("*.css"):
        source = css.read_text()
        assert "@import" not in source and not re.search(r"url\(\s*['\"]?(https?:)?//", source)


@pytest.mark.django_db
def test_program_page_has_the_facts_at_a_glance(client):
    program = ProgramFactory(title="Garden club", is_free=True, cost_description="Bring gloves")
    html = client.get(program.get_absolute_url()).content.decode()
    aside = re.search(r'<aside class="glance".*?</aside>', html, re.S).group(0)
    words = text(aside)
    for fact in ("At a glance", "Next session", "Where", "Venue", "Cost", "Free", "Accessibility"):
        assert fact in words
    assert "<time" in aside and "calendar.ics" in aside


@pytest.mark.django_db
def test_resource_page_has_the_facts_at_a_glance(client):
    resource = ResourceFactory(url="https://example.org/report")
    html = client.get(resource.get_absolute_url()).content.decode()
    aside = re.search(r'<aside class="glance".*?</aside>', html, re.S).group(0)
    for fact in ("Kind", "Language of the document", "Read the original"):
        assert fact in text(aside)
    assert 'href="https://example.org/report"' in aside


@pytest.mark.django_db
def test_printed_footer_links_carry_their_addresses(client):
    html = client.get("/topics/").content.decode()
    footer = html[html.index('<footer class="site-footer">') :]
    assert 'href="http://testserver/get-help/"' in footer
    assert 'href="http://testserver/es/get-help/"' in footer
    assert 'href="http://testserver/privacy/"' in footer
    print_css = (ROOT / "static" / "css" / "print.css").read_text()
    assert '.site-footer a[href^="http"]::after { content: " (" attr(href) ")"' in print_css
    # The dots between tap-to-call buttons go with the buttons: no stray separators.
    assert '.crisis-action, .crisis-lines [aria-hidden="true"] { display: none; }' in print_css


@pytest.mark.django_db
def test_home_page_with_its_stylesheet_and_script_is_under_60_kb_compressed(settings):
    call_command("load_demo", stdout=io.StringIO())  # the real home page
    settings.WHITENOISE_USE_FINDERS = True  # serve /static/ from the app folders
    client = Client()
    home = client.get("/")
    assert home.status_code == 200
    page = parse(home.content.decode())
    assets = [src for src in page.loads if src.endswith((".css", ".js"))]
    assert "/static/css/site.css" in assets and "/static/js/site.js" in assets
    total = len(gzip.compress(home.content))
    for src in ("/static/css/site.css", "/static/js/site.js"):
        response = client.get(src)
        assert response.status_code == 200, src
        total += len(gzip.compress(b"".join(response.streaming_content)))
    assert total < 60 * 1024, f"{total} bytes compressed"
