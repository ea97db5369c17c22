"""The page cache: what a resident gets from it, and what never goes into it.

Every anonymous public page is stored whole; a second request is answered without a
query. Signed-in staff, messages, CSRF tokens and previews never go into it or come out
of it, and a change to public content (an editor unpublishing a program) is seen at once.
"""

import gzip
import re

import pytest
from django.contrib.auth.models import Group
from django.contrib.messages import constants
from django.contrib.messages.storage.cookie import CookieStorage
from django.http import HttpResponse
from django.middleware.csrf import _unmask_cipher_token
from django.test import Client, RequestFactory
from django.utils import timezone

from connection_hub.core import cache as generation
from connection_hub.core import pagecache
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
from tests.kits.factories import KitFactory

pytestmark = pytest.mark.django_db

PASSWORD = "a long enough pass phrase"
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([A-Za-z0-9]{64})"')


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300
    settings.SEARCH_CACHE_SECONDS = 0  # the page cache alone


@pytest.fixture
def site(db):
    topic = TopicFactory(title="Belonging", slug="belonging")
    resource = ResourceFactory(title="Neighbours report", slug="neighbours", topics=[topic])
    practice = PracticeFactory(title="Call a friend", slug="call-a-friend", topics=[topic])
    program = ProgramFactory(title="Garden workdays", slug="garden-workdays", topics=[topic])
    kit = KitFactory(title="Tuesday kit", slug="tuesday-kit", items=[resource, practice])
    return {
        "topic": topic,
        "resource": resource,
        "practice": practice,
        "program": program,
        "kit": kit,
    }


def staff(username, group):
    """A signed-in staff client in ``group`` (signed in through the admin's login form)."""
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_user(
        username, f"{username}@example.org", PASSWORD, is_staff=True
    )
    user.groups.add(Group.objects.get(name=group))
    client = Client()
    response = client.post(
        "/admin/login/?next=/admin/",
        {"username": username, "password": PASSWORD, "next": "/admin/"},
    )
    assert response.status_code == 302
    return client


PAGES = [
    "/",
    "/es/",
    "/topics/",
    "/topics/belonging/",
    "/topics/belonging/feed/",
    "/topics/belonging/qr.svg",
    "/topics/belonging/handout/",
    "/resources/",
    "/resources/?kind=report&sort=title",
    "/resources/neighbours/",
    "/resources/feed/",
    "/resources/feed/atom/",
    "/practices/",
    "/practices/call-a-friend/",
    "/programs/",
    "/programs/garden-workdays/",
    "/programs/garden-workdays/calendar.ics",
    "/programs/calendar.ics?free=1",
    "/programs/feed/",
    "/kits/tuesday-kit/",
    "/search/?q=garden",
    "/get-help/",
    "/privacy/",
    "/sitemap.xml",
    "/sitemap-resources.xml",
    "/robots.txt",
    "/api/hsds/",
    "/api/hsds/services",
    "/workshops/request/",
    "/suggest/program/garden-workdays/",
]


@pytest.mark.parametrize("url", PAGES)
def test_a_second_anonymous_request_comes_from_the_cache(url, site, django_assert_num_queries):
    first = Client().get(url)
    assert first.status_code == 200, url
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = Client().get(url)
    assert second.status_code == 200
    assert second["X-Page-Cache"] == "hit"
    assert second["Content-Type"] == first["Content-Type"]
    if "csrfmiddlewaretoken" not in first.content.decode():
        assert second.content == first.content
    else:  # the same page around each client's own token
        assert TOKEN.sub("", second.content.decode()) == TOKEN.sub("", first.content.decode())


def test_the_cache_answers_head_requests_too(site, django_assert_num_queries):
    Client().get("/resources/")
    with django_assert_num_queries(0):
        response = Client().head("/resources/")
    assert response.status_code == 200
    assert response["X-Page-Cache"] == "hit"


# --- Never stored, never served ------------------------------------------------------------


def test_staff_signed_in_never_fill_the_cache_nor_get_it(site):
    editor = staff("edna", "Editors")
    live = editor.get("/resources/neighbours/")
    assert live.status_code == 200
    assert "X-Page-Cache" not in live
    # A change that bypasses the signals (so it cannot bump the generation): whoever
    # sees it got a fresh page, whoever does not got a stored one.
    Resource.objects.filter(pk=site["resource"].pk).update(title="Renamed quietly")
    anonymous = Client().get("/resources/neighbours/")
    assert anonymous["X-Page-Cache"] == "miss"  # the editor's page was not stored
    assert "Renamed quietly" in anonymous.content.decode()
    Resource.objects.filter(pk=site["resource"].pk).update(title="Renamed twice")
    assert "Renamed quietly" in Client().get("/resources/neighbours/").content.decode()
    mine = editor.get("/resources/neighbours/")
    assert "Renamed twice" in mine.content.decode()  # not the stored page
    assert "X-Page-Cache" not in mine


def message_cookie(text):
    request = RequestFactory().get("/")
    storage = CookieStorage(request)
    storage.add(constants.SUCCESS, text)
    response = HttpResponse()
    storage.update(response)
    return response.cookies["messages"].value


def test_a_page_with_a_message_is_neither_stored_nor_served_from_the_cache(site):
    Client().get("/resources/")  # stored without a message
    reader = Client()
    reader.cookies["messages"] = message_cookie("Thank you, your suggestion was sent.")
    shown = reader.get("/resources/")
    assert "Thank you, your suggestion was sent." in shown.content.decode()
    assert "X-Page-Cache" not in shown
    Client().get("/practices/")
    later = Client().get("/resources/")
    assert later["X-Page-Cache"] == "hit"
    assert "Thank you" not in later.content.decode()


def test_an_admin_message_on_a_public_page_never_reaches_the_cache(site):
    editor = staff("edna", "Editors")
    resource = site["resource"]
    response = editor.post(
        "/admin/resources/resource/",
        {"action": "unpublish", "_selected_action": [resource.pk]},
    )
    assert response.status_code == 302
    # The editor goes to the public library next: the message shows there.
    page = editor.get("/resources/")
    assert "1 resource returned to draft." in page.content.decode()
    assert "X-Page-Cache" not in page
    for _ in range(2):
        anonymous = Client().get("/resources/")
        assert "returned to draft" not in anonymous.content.decode()


def tokens(response):
    return TOKEN.findall(response.content.decode())


@pytest.mark.parametrize("url", ["/workshops/request/", "/suggest/program/garden-workdays/"])
def test_a_form_page_from_the_cache_carries_each_clients_own_token(url, site, settings):
    settings.SUGGESTIONS_PER_HOUR = 5
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    one = first.get(url)
    two = second.get(url)
    assert (one["X-Page-Cache"], two["X-Page-Cache"]) == ("miss", "hit")
    for client, response in ((first, one), (second, two)):
        found = tokens(response)
        assert found, "the form carries a token"
        secret = client.cookies[settings.CSRF_COOKIE_NAME].value
        assert all(_unmask_cipher_token(token) == secret for token in found)
        assert response.get("Content-Encoding") is None  # a secret: never compressed
        assert "ETag" not in response
    assert first.cookies[settings.CSRF_COOKIE_NAME].value != (
        second.cookies[settings.CSRF_COOKIE_NAME].value
    )
    assert not set(tokens(one)) & set(tokens(two))
    assert "__page_cache_csrf_token__" not in two.content.decode()


@pytest.fixture
def unmasking_checked_again():
    pagecache.unmasking_works.cache_clear()
    yield
    pagecache.unmasking_works.cache_clear()


def test_form_tokens_are_unmasked_with_a_check_made_through_the_public_api(
    unmasking_checked_again,
):
    assert pagecache.unmasking_works() is True


def test_when_tokens_cannot_be_unmasked_a_form_page_is_rendered_for_each_client(
    site, settings, monkeypatch, unmasking_checked_again
):
    """A Django whose masking no longer matches: the page with the form is never stored,
    so no visitor can get another visitor's token; pages without one still are."""
    monkeypatch.setattr(pagecache, "_unmask_cipher_token", lambda token: token[:32])
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    one = first.get("/workshops/request/")
    two = second.get("/workshops/request/")
    assert "X-Page-Cache" not in one  # rendered, not stored
    assert "X-Page-Cache" not in two
    for client, response in ((first, one), (second, two)):
        secret = client.cookies[settings.CSRF_COOKIE_NAME].value
        assert [_unmask_cipher_token(token) for token in tokens(response)] == [secret]
    assert first.get("/topics/belonging/")["X-Page-Cache"] == "miss"
    assert second.get("/topics/belonging/")["X-Page-Cache"] == "hit"


def test_the_second_client_can_send_the_form_it_got_from_the_cache(site, settings):
    settings.WORKSHOP_REQUESTS_PER_HOUR = 5
    Client().get("/workshops/request/")
    reader = Client(enforce_csrf_checks=True)
    page = reader.get("/workshops/request/")
    assert page["X-Page-Cache"] == "hit"
    response = reader.post(
        "/workshops/request/",
        {
            "csrfmiddlewaretoken": tokens(page)[0],
            "name": "Rosa Méndez",
            "email": "rosa@example.org",
            "organization": "Eastside Library Friends",
            "topics": [str(site["topic"].pk)],
            "format": "in_person",
            "group_size": "24",
            "town": "Santa Barbara",
            "website": "",
        },
        REMOTE_ADDR="203.0.113.7",
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    assert "/workshops/request/sent/" in response["Location"]


def test_a_preview_is_never_stored(site):
    draft = ResourceFactory(title="Secret draft", slug="secret-draft", status=Status.DRAFT)
    editor = staff("edna", "Editors")
    url = preview_url(draft)
    seen = editor.get(url)
    assert seen.status_code == 200
    assert "Secret draft" in seen.content.decode()
    assert "no-store" in seen["Cache-Control"]
    assert "X-Page-Cache" not in seen
    anonymous = Client().get(url)
    assert anonymous.status_code == 302  # to the login page, never the draft
    assert "Secret draft" not in Client().get("/resources/").content.decode()
    assert Client().get("/resources/secret-draft/").status_code == 404


def test_unpublishing_a_program_takes_it_off_cached_pages_at_once(site):
    for url in ("/programs/", "/programs/garden-workdays/", "/search/?q=garden"):
        Client().get(url)
        assert Client().get(url)["X-Page-Cache"] == "hit"
        assert "/programs/garden-workdays/" in Client().get(url).content.decode()
    editor = staff("edna", "Editors")
    response = editor.post(
        "/admin/programs/program/",
        {"action": "unpublish", "_selected_action": [site["program"].pk]},
    )
    assert response.status_code == 302
    assert Program.objects.get(pk=site["program"].pk).status == Status.DRAFT
    assert "/programs/garden-workdays/" not in Client().get("/programs/").content.decode()
    after = Client().get("/search/?q=garden").content.decode()
    assert "/programs/garden-workdays/" not in after
    assert Client().get("/programs/garden-workdays/").status_code in (404, 410)


def test_unpublishing_a_resource_takes_it_out_of_cached_search_results(site):
    Client().get("/search/?q=neighbours")
    cached = Client().get("/search/?q=neighbours")
    assert cached["X-Page-Cache"] == "hit"
    assert 'href="/resources/neighbours/"' in cached.content.decode()
    editor = staff("edna", "Editors")
    editor.post(
        "/admin/resources/resource/",
        {"action": "unpublish", "_selected_action": [site["resource"].pk]},
    )
    after = Client().get("/search/?q=neighbours").content.decode()
    assert 'href="/resources/neighbours/"' not in after
    assert Client().get("/resources/neighbours/").status_code == 404


def test_a_save_in_the_admin_is_seen_at_once(site):
    Client().get("/resources/neighbours/")
    editor = staff("edna", "Editors")
    resource = site["resource"]
    resource.title = "Neighbours, revised"
    resource.save()
    assert "Neighbours, revised" in Client().get("/resources/neighbours/").content.decode()
    assert editor.get("/admin/").status_code == 200


def test_a_closing_publishing_window_takes_the_page_off_without_a_save(site, monkeypatch):
    resource = site["resource"]
    closes = timezone.now() + timezone.timedelta(seconds=30)
    resource.unpublish_at = closes
    resource.save()
    # What the commit of that save does (the test's transaction never commits).
    current = generation.content_generation()
    assert generation.record_scheduled_change(current) == closes.timestamp()
    assert Client().get("/resources/neighbours/").status_code == 200
    assert Client().get("/resources/neighbours/")["X-Page-Cache"] == "hit"
    # Half a minute later, with no save in between.
    later = closes + timezone.timedelta(seconds=1)
    monkeypatch.setattr("connection_hub.core.pagecache.time.time", later.timestamp)
    monkeypatch.setattr("django.utils.timezone.now", lambda: later)
    assert Client().get("/resources/neighbours/").status_code == 404


def test_language_and_query_string_are_separate_entries(site):
    english = Client().get("/resources/")
    spanish = Client().get("/es/resources/")
    assert (english["X-Page-Cache"], spanish["X-Page-Cache"]) == ("miss", "miss")
    assert english["Content-Language"] == "en" and spanish["Content-Language"] == "es"
    assert Client().get("/es/resources/").content == spanish.content
    assert Client().get("/resources/?kind=report&sort=title")["X-Page-Cache"] == "miss"
    # The same parameters in another order are the same page.
    assert Client().get("/resources/?sort=title&kind=report")["X-Page-Cache"] == "hit"
    assert Client().get("/resources/?kind=guide&sort=title")["X-Page-Cache"] == "miss"


# --- Conditional GETs and compression --------------------------------------------------------


def test_a_matching_etag_gets_a_304_without_a_query(site, django_assert_num_queries):
    page = Client().get("/topics/belonging/")
    etag, modified = page["ETag"], page["Last-Modified"]
    assert etag and modified
    with django_assert_num_queries(0):
        again = Client().get("/topics/belonging/", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == etag
    with django_assert_num_queries(0):
        since = Client().get("/topics/belonging/", HTTP_IF_MODIFIED_SINCE=modified)
    assert since.status_code == 304
    other = Client().get("/topics/belonging/", HTTP_IF_NONE_MATCH='"something-else"')
    assert other.status_code == 200 and other.content == page.content


def test_after_a_change_the_old_etag_gets_the_new_page(site):
    etag = Client().get("/resources/neighbours/")["ETag"]
    resource = site["resource"]
    resource.title = "Neighbours, revised"
    resource.save()
    response = Client().get("/resources/neighbours/", HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200
    assert "Neighbours, revised" in response.content.decode()
    assert response["ETag"] != etag


def test_a_page_without_a_secret_is_compressed(site):
    plain = Client().get("/resources/")
    packed = Client().get("/resources/", HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert packed["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in packed["Vary"]
    assert gzip.decompress(packed.content) == plain.content
    assert len(packed.content) < len(plain.content) / 2
    assert packed["ETag"] == f"W/{plain['ETag']}"
    assert Client().get("/resources/", HTTP_IF_NONE_MATCH=packed["ETag"]).status_code == 304


def test_a_page_with_a_csrf_token_is_never_compressed(site):
    for _ in range(2):  # stored, then from the cache
        response = Client().get("/workshops/request/", HTTP_ACCEPT_ENCODING="gzip")
        assert response.status_code == 200
        assert "Content-Encoding" not in response
        assert tokens(response)


def test_a_signed_in_page_is_never_compressed(site):
    editor = staff("edna", "Editors")
    response = editor.get("/resources/", HTTP_ACCEPT_ENCODING="gzip")
    assert "Content-Encoding" not in response


def test_not_found_pages_are_not_stored(site):
    assert Client().get("/resources/no-such-thing/").status_code == 404
    response = Client().get("/resources/no-such-thing/")
    assert response.status_code == 404
    assert "X-Page-Cache" not in response


def test_with_the_cache_off_pages_still_get_validators_and_compression(site, settings):
    settings.PAGE_CACHE_SECONDS = 0
    first = Client().get("/resources/", HTTP_ACCEPT_ENCODING="gzip")
    assert first["X-Page-Cache"] == "off"
    assert first["Content-Encoding"] == "gzip"
    plain = Client().get("/resources/")
    assert gzip.decompress(first.content) == plain.content  # compressed fast, same page
    assert len(first.content) < len(plain.content) / 2
    assert Client().get("/resources/", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304


# --- Served before the other middleware ------------------------------------------------------

DELIVERY = {"x-page-cache", "date", "etag", "content-encoding", "content-length", "set-cookie"}


def stored_headers(response):
    return {name.lower(): value for name, value in response.items() if name.lower() not in DELIVERY}


@pytest.mark.parametrize("url", ["/resources/", "/es/topics/belonging/", "/sitemap.xml"])
def test_a_hit_carries_every_header_the_page_had(url, site):
    first = Client().get(url, HTTP_ACCEPT_ENCODING="gzip")
    second = Client().get(url, HTTP_ACCEPT_ENCODING="gzip")
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    # The security headers, the CSP, the language: what the middleware outside the page
    # cache added on the way out is part of the stored page.
    assert "Content-Security-Policy" in second
    assert "Permissions-Policy" in second
    assert second["X-Content-Type-Options"] == "nosniff"
    assert stored_headers(second) == stored_headers(first)
    assert second["ETag"] == first["ETag"]
    assert int(second["Content-Length"]) == len(second.content)


def test_a_spanish_page_and_the_english_one_are_told_apart_before_the_locale_runs(site):
    Client().get("/topics/belonging/")
    Client().get("/es/topics/belonging/")
    english = Client().get("/topics/belonging/", HTTP_ACCEPT_LANGUAGE="es")
    spanish = Client().get("/es/topics/belonging/")
    assert (english["X-Page-Cache"], spanish["X-Page-Cache"]) == ("hit", "hit")
    assert english["Content-Language"] == "en"
    assert spanish["Content-Language"] == "es"
    assert '<html lang="en"' in english.content.decode()
    assert '<html lang="es"' in spanish.content.decode()


def test_a_host_not_allowed_gets_400_even_for_a_stored_page(site):
    assert Client().get("/resources/")["X-Page-Cache"] == "miss"
    response = Client().get("/resources/", HTTP_HOST="evil.example")
    assert response.status_code == 400
    assert "X-Page-Cache" not in response


def test_a_head_request_from_the_cache_has_the_headers_and_no_body(site):
    page = Client().get("/resources/")
    head = Client().head("/resources/")
    assert head["X-Page-Cache"] == "hit"
    assert head.content == b""
    assert head["Content-Length"] == str(len(page.content))
    assert head["ETag"] == page["ETag"]


def test_a_gzip_hit_reads_only_the_gzip_body(site):
    from django.core.cache import cache  # the test settings' memory cache

    Client().get("/resources/", HTTP_ACCEPT_ENCODING="gzip")
    plain_keys = [key for key in cache._cache if key.endswith(":plain")]
    assert len(plain_keys) == 1
    with cache._lock:  # the plain body alone is gone (evicted)
        cache._delete(plain_keys[0])
    zipped = Client().get("/resources/", HTTP_ACCEPT_ENCODING="gzip")
    assert zipped["X-Page-Cache"] == "hit"
    assert "Neighbours report" in gzip.decompress(zipped.content).decode()
    plain = Client().get("/resources/")
    assert plain["X-Page-Cache"] == "miss"  # rendered again, not served without a body
    assert "Neighbours report" in plain.content.decode()
    assert Client().get("/resources/")["X-Page-Cache"] == "hit"


def test_a_conditional_request_on_a_miss_does_not_store_a_page_without_its_headers(site):
    first = Client().get("/sitemap.xml")
    assert first["X-Page-Cache"] == "miss"
    generation.bump_content_generation()  # an unrelated save: the same page, a new entry
    revalidated = Client().get("/sitemap.xml", HTTP_IF_NONE_MATCH=first["ETag"])
    assert revalidated.status_code == 304
    refused = Client().get("/resources/", HTTP_IF_MATCH='"not-this-one"')
    assert refused.status_code == 412
    for url in ("/sitemap.xml", "/resources/"):
        again = Client().get(url)
        assert again.status_code == 200
        assert again["X-Page-Cache"] in ("miss", "hit")
        later = Client().get(url)
        assert later["X-Page-Cache"] == "hit"
        assert later["Content-Type"] == Client().get(url)["Content-Type"]
        assert later["X-Frame-Options"] == "DENY"
        assert (
            "xml" in later["Content-Type"]
            if url.endswith(".xml")
            else "html" in later["Content-Type"]
        )


def test_a_304_from_the_cache_carries_the_pages_headers(site):
    page = Client().get("/resources/")
    not_modified = Client().get("/resources/", HTTP_IF_NONE_MATCH=page["ETag"])
    assert not_modified.status_code == 304
    assert not_modified["X-Page-Cache"] == "hit"
    for name in ("Content-Security-Policy", "X-Content-Type-Options", "Permissions-Policy"):
        assert not_modified[name] == page[name], name
    assert "Accept-Encoding" in not_modified["Vary"]
    assert not_modified.content == b""


def test_a_plain_body_from_another_render_than_the_head_is_not_served(site):
    from django.core.cache import cache  # the test settings' memory cache

    Client().get("/resources/", HTTP_ACCEPT_ENCODING="gzip")
    (plain_key,) = [key for key in cache._cache if key.endswith(":plain")]
    raw = plain_key.split(":", 2)[2]  # KEY_PREFIX:version:key
    cache.set(raw, ('"another-render"', b"<p>another render</p>"))
    plain = Client().get("/resources/")
    assert plain["X-Page-Cache"] == "miss"
    assert b"another render" not in plain.content


def test_a_page_rendered_again_after_a_change_replaces_the_stale_one(site):
    from django.core.cache import cache  # the test settings' memory cache

    def stored():
        return sorted(key for key in cache._cache if ":page:" in key)

    Client().get("/resources/", HTTP_ACCEPT_ENCODING="gzip")
    before = stored()
    assert len(before) == 2  # the head (with the gzip body) and the plain body
    site["resource"].save()  # a change: a new generation
    again = Client().get("/resources/", HTTP_ACCEPT_ENCODING="gzip")
    assert again["X-Page-Cache"] == "miss"
    assert stored() == before  # the same two keys, not two more beside the stale ones
    assert Client().get("/resources/", HTTP_ACCEPT_ENCODING="gzip")["X-Page-Cache"] == "hit"
