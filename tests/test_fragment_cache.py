"""The fragment cache below the page: what is reused, and what is never reused.

With the page cache off (or for visitors it never serves: signed-in staff, a message to
show), the shared parts of pages come from ``{% fragment %}``, keyed by the content
generation: a second request reads nothing from the database, and any change is seen at
once. Previews, CSRF tokens and other languages never share a fragment.
"""

import re
import threading
import time

import pytest
from django.core.cache.backends.locmem import LocMemCache
from django.middleware.csrf import get_token
from django.template import Context, Template
from django.test import Client, RequestFactory

from connection_hub.core import fragments, pagecache
from connection_hub.core.models import Status
from connection_hub.core.preview import preview_url
from programs.models import Program
from resources.models import Resource
from tests.factories import (
    PracticeFactory,
    ProgramFactory,
    ResourceFactory,
    TopicFactory,
)
from tests.test_page_cache import message_cookie, staff

pytestmark = pytest.mark.django_db

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([A-Za-z0-9]{64})"')


@pytest.fixture(autouse=True)
def fragments_on(settings):
    settings.PAGE_CACHE_SECONDS = 0  # below the page cache: every request is a miss
    settings.SEARCH_CACHE_SECONDS = 0
    settings.FRAGMENT_CACHE_SECONDS = 300


@pytest.fixture
def site(db):
    topic = TopicFactory(title="Belonging", slug="belonging")
    resources = [
        ResourceFactory(title=f"Neighbours report {n}", slug=f"neighbours-{n}", topics=[topic])
        for n in range(25)
    ]
    practice = PracticeFactory(title="Call a friend", slug="call-a-friend", topics=[topic])
    program = ProgramFactory(title="Garden workdays", slug="garden-workdays", topics=[topic])
    return {"topic": topic, "resources": resources, "practice": practice, "program": program}


PAGES = [
    "/",
    "/topics/belonging/",
    "/resources/",
    "/resources/?topic=belonging&kind=report",
    "/resources/neighbours-3/",
    "/practices/",
    "/programs/",
    "/programs/garden-workdays/",
    "/programs/calendar.ics",
    "/programs/garden-workdays/calendar.ics",
    "/sitemap.xml",
    "/sitemap-resources.xml",
]


DETAIL_PAGES = [
    ("/topics/belonging/", "resources.Topic", "belonging"),
    ("/resources/neighbours-3/", "resources.Resource", "neighbours-3"),
    ("/programs/garden-workdays/", "programs.Program", "garden-workdays"),
]


@pytest.mark.parametrize("url", PAGES)
def test_a_second_request_reads_nothing_from_the_database(
    client, site, url, django_assert_max_num_queries
):
    first = client.get(url)
    assert first.status_code == 200
    with django_assert_max_num_queries(0):
        second = client.get(url)
    assert second.status_code == 200
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]


@pytest.fixture
def cache_reads(monkeypatch):
    """The reads of the fragment cache from now on, one entry per call made to it."""
    from connection_hub.core import cache as generation

    # As a committed save does (else the unknown window is looked up again a second on).
    generation.record_scheduled_change(generation.content_generation())
    cache = fragments._cache()
    reads, depth = [], []
    for method in ("get", "get_many", "has_key"):
        original = getattr(cache, method)

        def counted(*args, _original=original, _method=method, **kwargs):
            if depth:  # the backend's get_many calling its own get: the same read
                return _original(*args, **kwargs)
            reads.append(_method)
            depth.append(_method)
            try:
                return _original(*args, **kwargs)
            finally:
                depth.pop()

        monkeypatch.setattr(cache, method, counted)
    return reads


@pytest.mark.parametrize("url", PAGES)
def test_a_page_reads_all_its_fragments_in_one_cache_round_trip(client, site, url, cache_reads):
    """The title, the meta tags and the content (or a calendar's or sitemap's whole
    response), and the content generation: one read of the cache for the whole page, not
    one for each (on Redis, each is a round trip)."""
    assert client.get(url).status_code == 200
    cache_reads.clear()
    second = client.get(url)
    assert second.status_code == 200
    assert cache_reads == ["get_many"]
    assert second.content == client.get(url).content


@pytest.mark.parametrize(("url", "label", "slug"), DETAIL_PAGES)
def test_a_detail_page_missing_a_fragment_still_reads_the_cache_once(
    client, site, url, label, slug, cache_reads
):
    """Its three fragments are read together; one is gone (evicted), so the page is
    rendered, and its template's fragment tags use what was read."""
    from django.core.cache import cache

    first = client.get(url)
    group = {"resources.Topic": "topic", "resources.Resource": "resource"}.get(label, "program")
    cache.delete(fragments.fragment_key(f"{group}-meta", [slug]))
    cache_reads.clear()
    second = client.get(url)
    assert cache_reads == ["get_many"]
    assert second.content == first.content


def test_the_lists_are_the_same_as_rendered(client, site, settings):
    cached = [client.get(url).content for url in PAGES for _ in range(2)][1::2]
    settings.FRAGMENT_CACHE_SECONDS = 0
    rendered = [client.get(url).content for url in PAGES]
    # A calendar's DTSTAMP is the moment it was made: the rest must be the same bytes.
    stamp = re.compile(rb"DTSTAMP:\d{8}T\d{6}Z")
    cached, rendered = ([stamp.sub(b"", body) for body in bodies] for bodies in (cached, rendered))
    assert cached == rendered  # (the home page's random practices: there is only one)


def test_a_change_is_seen_at_once_on_every_page(client, site):
    resource = site["resources"][3]
    for url in ("/resources/", "/resources/?page=2", "/topics/belonging/"):
        client.get(url)
    assert "Neighbours report 3" in client.get("/resources/neighbours-3/").content.decode()
    resource.title = "Street party report"
    resource.save()  # an editor's save: the generation moves
    assert "Street party report" in client.get("/resources/neighbours-3/").content.decode()
    topic = site["topic"]
    topic.summary = "Where neighbours meet"
    topic.save()
    assert "Where neighbours meet" in client.get("/topics/belonging/").content.decode()
    pages = [client.get(f"/resources/?page={n}").content.decode() for n in (1, 2)]
    assert any("Street party report" in page for page in pages)
    assert not any("Neighbours report 3<" in page for page in pages)


def test_unpublishing_takes_a_program_off_the_directory_and_the_calendar(client, site):
    for url in ("/programs/", "/programs/calendar.ics", "/sitemap-programs.xml"):
        client.get(url)
        assert "garden-workdays" in client.get(url).content.decode()
    program = Program.objects.get(slug="garden-workdays")
    program.status = Status.DRAFT
    program.save()
    for url in ("/programs/", "/programs/calendar.ics", "/sitemap-programs.xml"):
        assert "garden-workdays" not in client.get(url).content.decode(), url
    assert client.get("/programs/garden-workdays/").status_code == 404


def test_query_strings_and_languages_get_their_own_fragments(client, site):
    everything = client.get("/resources/").content.decode()
    guides = client.get("/resources/?kind=guide").content.decode()
    assert "25 resources" in everything
    assert "25 resources" not in guides
    spanish = client.get("/es/resources/").content.decode()
    assert '<html lang="es"' in spanish
    assert "Biblioteca" in spanish and "Library</h1>" not in spanish
    assert "Library</h1>" in client.get("/resources/").content.decode()


def test_signed_in_staff_get_fragments_but_never_a_preview_in_one(site):
    editor = staff("edna", "Editors")
    resource = Resource.objects.get(slug="neighbours-5")
    public = editor.get("/resources/neighbours-5/").content.decode()
    assert "Neighbours report 5" in public
    # A change without a save signal: the cached fragment keeps the old title ...
    Resource.objects.filter(pk=resource.pk).update(title="Changed quietly")
    assert "Neighbours report 5" in editor.get("/resources/neighbours-5/").content.decode()
    # ... but the preview is always rendered from the row.
    preview = editor.get(preview_url(resource)).content.decode()
    assert "Changed quietly" in preview
    assert "Neighbours report 5" not in preview
    # And a draft seen in preview is never served to the public from a fragment.
    draft = ResourceFactory(title="Secret draft", slug="secret-draft", status=Status.DRAFT)
    assert "Secret draft" in editor.get(preview_url(draft)).content.decode()
    assert Client().get("/resources/secret-draft/").status_code == 404
    assert "Secret draft" not in Client().get("/resources/").content.decode()


def test_a_message_is_never_kept_in_a_fragment(site):
    Client().get("/resources/")  # the list's fragment, stored
    reader = Client()
    reader.cookies["messages"] = message_cookie("Thank you, your suggestion was sent.")
    shown = reader.get("/resources/").content.decode()
    assert "Thank you, your suggestion was sent." in shown
    assert "25 resources" in shown  # the list itself from the fragment
    assert "your suggestion was sent" not in Client().get("/resources/").content.decode()


def test_a_csrf_token_is_never_kept():
    template = Template(
        '{% load hub %}{% fragment "form" %}<form>{% csrf_token %}</form>{% endfragment %}'
    )
    tokens = []
    for _ in range(2):
        request = RequestFactory().get("/")
        html = template.render(Context({"request": request, "csrf_token": get_token(request)}))
        tokens += TOKEN.findall(html)
    assert len(tokens) == 2 and tokens[0] != tokens[1]


def test_the_crisis_lines_follow_the_settings_and_the_language(client, settings):
    assert "988" in client.get("/get-help/").content.decode()
    lines = [dict(line) for line in settings.CRISIS_LINES]
    lines[0]["name"] = "Neighbourhood warm line"
    settings.CRISIS_LINES = lines
    footer = client.get("/practices/").content.decode()
    assert "Neighbourhood warm line" in footer
    spanish = client.get("/es/practices/").content.decode()
    assert "Si usted o alguien que conoce necesita ayuda ahora" in spanish


def test_with_the_fragment_cache_off_every_request_renders(client, site, settings):
    settings.FRAGMENT_CACHE_SECONDS = 0
    client.get("/resources/neighbours-0/")
    Resource.objects.filter(slug="neighbours-0").update(title="Changed quietly")
    assert "Changed quietly" in client.get("/resources/neighbours-0/").content.decode()


def test_a_detail_page_from_its_fragments_is_the_page_rendered(client, site, settings):
    for url in ("/topics/belonging/", "/resources/neighbours-3/", "/programs/garden-workdays/"):
        client.get(url)
        cached = client.get(url).content.decode()
        settings.FRAGMENT_CACHE_SECONDS = 0
        rendered = client.get(url).content.decode()
        settings.FRAGMENT_CACHE_SECONDS = 300
        assert cached == rendered
        assert "<title>" in cached and 'type="application/ld+json"' in cached


def test_the_handout_is_never_the_topic_page(client, site):
    client.get("/topics/belonging/")
    client.get("/topics/belonging/")
    handout = client.get("/topics/belonging/handout/").content.decode()
    assert "share-panel" not in handout
    assert client.get("/topics/belonging/handout/").content.decode() == handout


def test_an_archived_or_unknown_row_is_never_served_from_fragments(client, site):
    client.get("/resources/neighbours-7/")
    assert client.get("/resources/neighbours-7/").status_code == 200
    resource = Resource.objects.get(slug="neighbours-7")
    resource.status = Status.ARCHIVED
    resource.save()
    assert client.get("/resources/neighbours-7/").status_code == 410
    assert client.get("/resources/no-such-thing/").status_code == 404


def test_a_page_is_kept_no_longer_than_the_fragments_it_was_made_of(client, site, settings):
    settings.FRAGMENT_CACHE_SECONDS = 2
    client.get("/resources/")  # fragments, kept two seconds
    settings.PAGE_CACHE_SECONDS = 300
    assert client.get("/resources/")["X-Page-Cache"] == "miss"  # made of those fragments
    assert client.get("/resources/")["X-Page-Cache"] == "hit"
    time.sleep(2.5)
    assert client.get("/resources/")["X-Page-Cache"] == "miss"  # not the 300 s of pages


class FailingCache(LocMemCache):
    """A cache server that answers every call with an error (out of memory, read-only
    replica after a failover): not a connection error, so not the tolerated kind."""

    def get(self, *args, **kwargs):
        raise RuntimeError("OOM command not allowed when used memory > 'maxmemory'")

    get_many = set = get


def test_a_cache_that_answers_errors_gives_pages_not_500s(client, site, settings, caplog):
    settings.CACHES = {
        **settings.CACHES,
        "fragments": {"BACKEND": "tests.test_fragment_cache.FailingCache"},
    }
    settings.PAGE_CACHE_ALIAS = "fragments"
    settings.PAGE_CACHE_SECONDS = 0
    for url in ("/resources/", "/resources/neighbours-3/", "/sitemap-resources.xml"):
        assert client.get(url).status_code == 200, url
    assert "Fragment cache skipped" in caplog.text


def test_repeated_parameters_keep_their_order(client, site):
    second = client.get("/resources/?page=1&page=2").content.decode()
    first = client.get("/resources/?page=2&page=1").content.decode()
    assert "(page 2)" in " ".join(second.split())
    assert "(page 2)" not in " ".join(first.split())


def test_a_list_that_failed_to_read_is_not_kept(client, site, monkeypatch):
    from django.db import OperationalError

    from resources.views import ResourceListView

    original = ResourceListView.get_queryset
    calls = []

    def fails_once(self):
        calls.append(1)
        if len(calls) == 1:
            raise OperationalError("canceling statement due to statement timeout")
        return original(self)

    monkeypatch.setattr(ResourceListView, "get_queryset", fails_once)
    client.get("/resources/?page=2")  # the title's {% if %} hid the first failure
    monkeypatch.setattr(ResourceListView, "get_queryset", original)
    title = client.get("/resources/?page=2").content.decode().split("</title>")[0]
    assert "(page 2)" in " ".join(title.split())


CLOCK_TEMPLATE = '{% load hub %}{% fragment "clock" %}{{ value }}{% endfragment %}'


def render_clock(value):
    request = RequestFactory().get("/")
    html = Template(CLOCK_TEMPLATE).render(Context({"request": request, "value": value}))
    return html, request


def test_a_fragment_near_its_expiry_is_rendered_again_by_one_request_before_it_goes(db):
    from django.core.cache import cache

    def render(value):
        return render_clock(value)[0]

    assert render("first") == "first"
    assert render("second") == "first"  # stored, and far from its expiry
    key = fragments.fragment_key("clock", [])
    current = fragments.content_state(RequestFactory().get("/"))[0]
    # Half a second left, and a render that took hours: this request renders it again
    # (the chance of using the stored one instead is below one in a million).
    cache.set(key, (current, "old", time.time() + 0.5, 1e6), 300)
    assert render("fresh") == "fresh"
    assert render("later") == "fresh"  # the new render is the stored one
    # Five minutes left and a render of a millisecond: the stored one is used.
    cache.set(key, (current, "kept", time.time() + 300, 0.001), 300)
    assert render("not this") == "kept"


class Clock:
    """``time.time`` moved forward by hand (the cache's expiry and the fragments' read the
    same clock), so a test can stand past an expiry without waiting for it."""

    def __init__(self, monkeypatch):
        self.offset = 0.0
        real = time.time
        monkeypatch.setattr(time, "time", lambda: real() + self.offset)

    def advance(self, seconds):
        self.offset += seconds


class Blocking:
    """A template value whose render waits until the test lets it go: a request still
    rendering while others arrive."""

    def __init__(self, text):
        self.text = text
        self.inside = threading.Event()
        self.release = threading.Event()

    def __str__(self):
        self.inside.set()
        assert self.release.wait(10), "the test never let the render finish"
        return self.text


class RenderingElsewhere:
    """Another request rendering the "clock" fragment again, in a thread, until ``done``."""

    def __init__(self, text):
        self.value = Blocking(text)
        self.result = []
        self.thread = threading.Thread(
            target=lambda: self.result.append(render_clock(self.value)[0])
        )
        self.thread.start()
        assert self.value.inside.wait(10), "the other request did not start rendering"

    def done(self):
        self.value.release.set()
        self.thread.join(10)
        return self.result[0]


@pytest.fixture
def clock(monkeypatch, django_capture_on_commit_callbacks):
    # A saved and committed change records when the next publishing window comes (none
    # here), so fragments are kept their full FRAGMENT_CACHE_SECONDS.
    with django_capture_on_commit_callbacks(execute=True):
        ResourceFactory(title="Committed before the clock starts")
    return Clock(monkeypatch)


def test_at_its_expiry_one_request_renders_and_the_others_get_the_stored_one(db, clock):
    assert render_clock("first")[0] == "first"
    clock.advance(310)  # ten seconds past its expiry (FRAGMENT_CACHE_SECONDS = 300)
    other = RenderingElsewhere("fresh")  # the first request to see it expired renders it
    for _ in range(5):  # every request arriving meanwhile: the stored one, no render
        html, request = render_clock("not this")
        assert html == "first"
        # A page made of it is not kept in the page cache (it is past its expiry).
        assert pagecache.page_timeout(request, 300, float("inf")) == 0
    assert other.done() == "fresh"
    html, request = render_clock("nor this")
    assert html == "fresh"  # the new render, stored
    assert pagecache.page_timeout(request, 300, float("inf")) > 250


def test_a_fragment_is_served_at_most_thirty_seconds_past_its_expiry(db, clock):
    assert render_clock("first")[0] == "first"
    clock.advance(310)
    other = RenderingElsewhere("slow")
    assert render_clock("not this")[0] == "first"
    clock.advance(21)  # 31 s past its expiry, the other render still going
    assert render_clock("rendered")[0] == "rendered"
    assert other.done() == "slow"


def test_a_fragment_past_its_expiry_is_never_served_after_a_change(db, clock):
    assert render_clock("first")[0] == "first"
    clock.advance(310)
    other = RenderingElsewhere("slow")
    assert render_clock("not this")[0] == "first"
    ResourceFactory(title="A new report")  # an editor's save: the generation moves
    assert render_clock("after the save")[0] == "after the save"
    other.done()


def test_a_render_that_failed_hands_the_next_request_the_render(db, clock):
    assert render_clock("first")[0] == "first"
    clock.advance(310)
    other = RenderingElsewhere("slow")
    assert render_clock("not this")[0] == "first"
    # The other request never stores its render (it failed, its process died): its claim
    # lasts a few seconds, then the next request renders.
    clock.advance(fragments.claim_seconds(0.0) + 1)
    assert render_clock("next")[0] == "next"
    other.done()


@pytest.mark.parametrize(("url", "label", "slug"), DETAIL_PAGES)
def test_a_detail_page_past_its_expiry_is_rendered_again_by_the_request_that_claimed_it(
    client, site, clock, url, label, slug, django_assert_max_num_queries
):
    """A detail page reads its three fragments at once, claims their render when they
    have expired, then renders its template: the fragments there are its own to render,
    not a render in progress elsewhere (which would serve the expired ones until the
    claim ran out, every time)."""
    from django.apps import apps

    from connection_hub.core import cache as generation

    # As a committed save does: the next publishing window is known (none), so the
    # fragments are kept their full FRAGMENT_CACHE_SECONDS.
    generation.record_scheduled_change(generation.content_generation())
    assert client.get(url).status_code == 200
    # A change the content generation does not see (no signal): only an expiry shows it.
    apps.get_model(label).objects.filter(slug=slug).update(title="Renamed in the database")
    assert "Renamed in the database" not in client.get(url).content.decode()
    clock.advance(310)  # ten seconds past the fragments' expiry
    assert "Renamed in the database" in client.get(url).content.decode()
    with django_assert_max_num_queries(0):  # stored again: the next one reads nothing
        again = client.get(url)
    assert "Renamed in the database" in again.content.decode()
