"""Random and hostile input at every public URL and the workshop form (hypothesis).

Whatever arrives (query strings, path segments, Accept-Language, Host, form bodies), the site
answers without a server error and never echoes markup unescaped.
"""

from urllib.parse import quote, urlencode

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kits.models import Kit, KitItem
from tests.factories import PracticeFactory, ProgramFactory, ResourceFactory, TopicFactory

pytestmark = pytest.mark.django_db

PROBE = "<x-probe>"
HOSTILE = [
    PROBE,
    '"><x-probe a="',
    f"'{PROBE}",
    "</script><x-probe>",
    "\x00",
    "\r\nSet-Cookie: a=b",
    "%00%0d%0a",
    "%",
    "../../etc/passwd",
    "//evil.example/",
    "\\\\evil.example",
    "javascript:alert(1)",
    "' OR 1=1 --",
    "\u202e\u200b\ufeff",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🌱",
    "x" * 3000,
    "-1",
    "99999999999999999999999",
    "1e309",
    "NaN",
    "[]",
    "{}",
]
text = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=60))
PARAMS = [
    "q",
    "page",
    "kind",
    "topic",
    "tag",
    "year",
    "language",
    "sort",
    "type",
    "category",
    "audience",
    "format",
    "free",
    "access",
    "day",
    "time",
    "city",
    "when",
    "setting",
    "per_page",
    "search",
    "modified_after",
    "organization_id",
    "taxonomy_term_id",
    "minimal",
    "full",
]
query = st.lists(st.tuples(st.one_of(st.sampled_from(PARAMS), text), text), max_size=6).map(
    lambda pairs: urlencode(pairs)
)

EXAMPLES = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture
def site(django_user_model):
    topic = TopicFactory(slug="belonging")
    resource = ResourceFactory(slug="guide", topics=[topic], tags=["belonging"])
    practice = PracticeFactory(slug="walk", topics=[topic])
    program = ProgramFactory(slug="garden", topics=[topic])
    owner = django_user_model.objects.create_user("facilitator", "f@example.org", "x" * 16)
    kit = Kit.objects.create(
        title="Kit", slug="kit", introduction="Hi", owner=owner, status="published"
    )
    KitItem.objects.create(kit=kit, order=1, resource=resource)
    KitItem.objects.create(kit=kit, order=2, practice=practice)
    return program


PUBLIC = [
    "/",
    "/topics/",
    "/topics/belonging/",
    "/topics/belonging/qr.svg",
    "/topics/belonging/handout/",
    "/topics/belonging/feed/",
    "/resources/",
    "/resources/guide/",
    "/resources/feed/",
    "/resources/feed/atom/",
    "/practices/",
    "/practices/walk/",
    "/programs/",
    "/programs/garden/",
    "/programs/garden/calendar.ics",
    "/programs/calendar.ics",
    "/programs/feed/",
    "/search/",
    "/get-help/",
    "/privacy/",
    "/workshops/request/",
    "/kits/kit/",
    "/kits/kit/qr.svg",
    "/kits/kit/handout/",
    "/kits/kit/feed/",
    "/robots.txt",
    "/sitemap.xml",
    "/health/",
    "/api/hsds/",
    "/api/hsds/services",
    "/api/hsds/organizations",
    "/api/hsds/taxonomy_terms",
]
LANGUAGE_NEUTRAL = ("/api/", "/robots", "/sitemap", "/health")
PUBLIC += ["/es" + p for p in PUBLIC if not p.startswith(LANGUAGE_NEUTRAL)]


def check(response):
    assert response.status_code < 500, (response.status_code, response.request)
    body = response.content.decode(errors="replace")
    assert PROBE not in body, response.request
    assert "x-probe a=" not in body or "&quot;" in body


@given(path=st.sampled_from(PUBLIC), params=query)
@EXAMPLES
def test_every_public_url_survives_hostile_query_strings(site, path, params):
    check(Client(raise_request_exception=False).get(f"{path}?{params}"))


@given(
    prefix=st.sampled_from(
        [
            "/",
            "/topics/",
            "/resources/",
            "/practices/",
            "/programs/",
            "/kits/",
            "/es/",
            "/es/topics/",
            "/api/hsds/services/",
            "/api/hsds/organizations/",
            "/programs/garden/",
            "/topics/belonging/",
        ]
    ),
    segment=text,
    trailer=st.sampled_from(["", "/", "/calendar.ics", "/qr.svg", "/handout/", "/feed/"]),
)
@EXAMPLES
def test_hostile_path_segments_are_404s_not_errors(site, prefix, segment, trailer):
    path = prefix + quote(segment, safe="/%") + trailer
    check(Client(raise_request_exception=False).get(path))


@given(path=st.sampled_from(PUBLIC), language=text, host=st.one_of(st.none(), text))
@EXAMPLES
def test_hostile_accept_language_and_host_headers(site, path, language, host):
    headers = {"HTTP_ACCEPT_LANGUAGE": language}
    if host is not None:
        headers["HTTP_HOST"] = host
    response = Client(raise_request_exception=False).get(path, **headers)
    check(response)
    if host is not None and host not in ("testserver", "127.0.0.1", "localhost"):
        assert response.status_code in (400, 200, 301, 302, 404, 405), response.status_code


FORM_FIELDS = [
    "name",
    "email",
    "phone",
    "organization",
    "role",
    "topics",
    "format",
    "preferred_dates",
    "group_size",
    "town",
    "message",
    "heard_from",
    "website",
]


@given(
    body=st.dictionaries(st.one_of(st.sampled_from(FORM_FIELDS), text), text, max_size=14),
    language=st.sampled_from(["", "/es"]),
)
@EXAMPLES
def test_the_workshop_form_survives_hostile_bodies(site, body, language):
    client = Client(raise_request_exception=False)
    check(client.post(f"{language}/workshops/request/", body))


@given(body=text)
@EXAMPLES
def test_the_workshop_form_survives_a_raw_body(site, body):
    client = Client(raise_request_exception=False)
    check(
        client.post(
            "/workshops/request/",
            data=body.encode("utf-8", errors="replace"),
            content_type="application/x-www-form-urlencoded",
        )
    )


@pytest.mark.parametrize("value", ["99999999999999999999999", "-1", "1e3", "abc", " "])
def test_an_impossible_topic_id_is_a_field_error(site, value):
    response = Client().post("/workshops/request/", {"topics": value, "name": "x"})
    assert response.status_code == 200
    assert "Choose topics from the list." in response.content.decode()
