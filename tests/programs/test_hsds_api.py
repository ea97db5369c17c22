"""The HSDS 3.0 read API at /api/hsds/, checked against the published HSDS schemas."""

import datetime
import json
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from jsonschema import Draft7Validator, FormatChecker

from connection_hub.core.models import Status
from programs.hsds import mapping
from programs.models import Cancellation, Host, Program
from tests.factories import (
    AccessibilityFeatureFactory,
    AudienceFactory,
    HostFactory,
    LanguageFactory,
    ProgramFactory,
    VenueFactory,
)

HSDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "hsds"
COMPILED = HSDS / "schema" / "compiled"
API = "/api/hsds"


def validator(name: str, definition: str | None = None) -> Draft7Validator:
    schema = json.loads((COMPILED / name).read_text())
    if definition:
        schema = {"$ref": f"#/definitions/{definition}", "definitions": schema["definitions"]}
    return Draft7Validator(schema, format_checker=FormatChecker())


SERVICE_LIST = validator("service_list.json")
SERVICE_FULL = validator("service_with_definitions.json")
ORGANIZATION_LIST = validator("organization_list.json")
ORGANIZATION_FULL = validator("service_with_definitions.json", "organization")
SERVICE_AT_LOCATION_LIST = validator("service_at_location_list.json")
TAXONOMY = validator("service_with_definitions.json", "taxonomy")
TAXONOMY_TERM = validator("service_with_definitions.json", "taxonomy_term")


def assert_valid(schema: Draft7Validator, item: dict):
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in schema.iter_errors(item)]
    assert not errors, errors


def get_json(client, path, status=200, **headers):
    response = client.get(f"{API}/{path}", headers=headers)
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith("application/json")
    return response.json()


def soon(days=1):
    return timezone.localdate() + datetime.timedelta(days=days)


def next_weekday(weekday: int, after: int = 1) -> datetime.date:
    day = soon(after)
    return day + datetime.timedelta(days=(weekday - day.weekday()) % 7)


@pytest.fixture(autouse=True)
def api_without_page_cache(settings):
    """These tests are of the API's own answers (its ETag, Last-Modified, queries, and rows
    changed with ``update()``, which sends no signal); tests/test_page_cache.py covers the
    API served from the page cache."""
    settings.PAGE_CACHE_SECONDS = 0


@pytest.fixture
def directory():
    """Published programs of every format and frequency, a draft, and a draft-only host."""
    host = HostFactory(
        name="Riverton Neighbours",
        description="A neighbourhood association.",
        email="hello@riverton.example",
        website="https://riverton.example/",
        phone="555-0100",
    )
    ramp = AccessibilityFeatureFactory(slug="step-free-entrance")
    venue = VenueFactory(
        name="Library",
        street="2 Oak Road",
        city="Riverton",
        state="OH",
        postal_code="45010",
        directions="Bus 4 to Oak Road.",
    )
    venue.accessibility.add(ramp)
    tuesday = next_weekday(1)
    weekly = ProgramFactory(
        title="Garden club",
        summary="Grow food with neighbours.",
        description="We **grow** things.",
        host=host,
        venue=venue,
        category="garden",
        audiences=[AudienceFactory(slug="older-adults")],
        languages=[LanguageFactory(code="en"), LanguageFactory(code="es")],
        accessibility=[AccessibilityFeatureFactory(slug="large-print")],
        is_free=True,
        how_to_join="Just come.",
        registration_url="https://riverton.example/join",
        contact_email="garden@riverton.example",
        contact_phone="555-0101",
        verified_on=datetime.date(2026, 1, 5),
        schedules=[{"frequency": "weekly", "start_date": tuesday, "end_date": soon(200)}],
        cancelled=[tuesday + datetime.timedelta(days=7)],
    )
    hybrid = ProgramFactory(
        title="Book circle",
        host=host,
        venue=venue,
        format="hybrid",
        online_url="https://meet.example/books",
        category="cultural",
        is_free=False,
        cost_description="$5 a session",
        schedules=[
            {
                "frequency": "monthly",
                "start_date": next_weekday(3),
                "monthly_position": -1,
                "start_time": datetime.time(10, 0),
                "end_time": datetime.time(11, 30),
            }
        ],
    )
    online = ProgramFactory(
        title="Online chat",
        venue=None,
        format="online",
        online_url="https://meet.example/chat",
        category="social_meetup",
        schedules=[{"frequency": "biweekly", "start_date": next_weekday(4)}],
    )
    once = ProgramFactory(
        title="Harvest fair", category="cultural", schedules=[{"frequency": "once"}]
    )
    draft = ProgramFactory(title="Secret draft", host=host, status=Status.DRAFT)
    draft_host = HostFactory(name="Draft-only host")
    ProgramFactory(title="Another draft", host=draft_host, status=Status.REVIEW)
    return {
        "host": host,
        "venue": venue,
        "published": [weekly, hybrid, online, once],
        "weekly": weekly,
        "hybrid": hybrid,
        "online": online,
        "once": once,
        "draft": draft,
        "draft_host": draft_host,
    }


def titles(page):
    return [item["name"] for item in page["contents"]]


# --- services ---------------------------------------------------------------------------


@pytest.mark.django_db
def test_service_list_items_validate_and_drafts_never_appear(client, directory):
    page = get_json(client, "services")
    assert page["total_items"] == 4
    assert titles(page) == ["Book circle", "Garden club", "Harvest fair", "Online chat"]
    for item in page["contents"]:
        assert_valid(SERVICE_LIST, item)
        assert item["status"] == "active"
        assert "schedules" not in item  # list items carry one-to-one fields only
    assert "Secret draft" not in json.dumps(page)
    garden = page["contents"][1]
    assert garden["id"] == str(directory["weekly"].uuid)
    assert garden["organization"]["name"] == "Riverton Neighbours"
    assert garden["assured_date"] == "2026-01-05"
    assert garden["url"] == "https://riverton.example/join"


@pytest.mark.django_db
def test_every_published_service_validates_fully_nested(client, directory):
    for program in directory["published"]:
        assert_valid(SERVICE_FULL, get_json(client, f"services/{program.uuid}"))
    full = get_json(client, "services?full=true")
    assert full["size"] == 4
    for item in full["contents"]:
        assert_valid(SERVICE_FULL, item)
        assert "organization" in item and "schedules" in item


@pytest.mark.django_db
def test_full_service_carries_the_listing(client, directory):
    weekly = directory["weekly"]
    data = get_json(client, f"services/{weekly.uuid}")
    assert data["organization"]["id"] == str(directory["host"].uuid)
    assert data["organization"]["phones"][0]["number"] == "555-0100"
    (at,) = data["service_at_locations"]
    location = at["location"]
    assert location["id"] == str(directory["venue"].uuid)
    assert location["location_type"] == "physical"
    assert location["transportation"] == "Bus 4 to Oak Road."
    assert "latitude" not in location
    (address,) = location["addresses"]
    assert (address["address_1"], address["city"], address["postal_code"]) == (
        "2 Oak Road",
        "Riverton",
        "45010",
    )
    assert [a["description"] for a in location["accessibility"]] == ["Step free entrance"]
    (rule,) = data["schedules"]
    schedule = weekly.schedules.get()
    assert rule["id"] == str(schedule.uuid)
    assert rule["freq"] == "WEEKLY" and rule["interval"] == 1
    assert rule["byday"] == "TU" and rule["wkst"] == "MO"
    assert rule["dtstart"] == schedule.start_date.isoformat()
    assert rule["until"] == schedule.end_date.isoformat()
    assert (rule["opens_at"], rule["closes_at"]) == ("18:00:00", "19:30:00")
    assert rule["timezone"] in (-5, -4)  # America/New_York (the default), standard or daylight time
    assert "Cancelled" in rule["notes"]
    assert sorted(language["code"] for language in data["languages"]) == ["en", "es"]
    assert data["phones"][0]["number"] == "555-0101"
    assert data["contacts"][0]["email"] == "garden@riverton.example"
    assert data["cost_options"][0]["amount"] == 0
    values = {
        (a["link_type"], a["taxonomy_term"]["code"], a.get("value")) for a in data["attributes"]
    }
    cancelled = weekly.cancellations.get().date.isoformat()
    assert values == {
        ("category", "category:garden", None),
        ("audience", "audience:older-adults", None),
        ("accessibility", "accessibility:large-print", None),
        ("detail", "detail:summary", "Grow food with neighbours."),
        ("detail", "detail:cancelled", cancelled),
    }


@pytest.mark.django_db
def test_a_cancelled_date_of_one_schedule_is_an_attribute_of_that_schedule(client, directory):
    hybrid = directory["hybrid"]
    schedule = hybrid.schedules.get()
    day = next(iter(schedule.rule())).date()
    Cancellation.objects.create(program=hybrid, schedule=schedule, date=day, reason="Flood")
    data = get_json(client, f"services/{hybrid.uuid}")
    assert_valid(SERVICE_FULL, data)
    (rule,) = data["schedules"]
    (attribute,) = rule["attributes"]
    assert attribute["link_entity"] == "schedule" and attribute["link_id"] == str(schedule.uuid)
    assert attribute["value"] == f"{day.isoformat()}: Flood"
    assert "Cancelled" in rule["notes"]
    codes = {a["taxonomy_term"]["code"] for a in data["attributes"]}
    assert "detail:cancelled" not in codes  # not every session that day: only this schedule's


@pytest.mark.django_db
def test_schedules_of_every_frequency(client, directory):
    hybrid = get_json(client, f"services/{directory['hybrid'].uuid}")
    (monthly,) = hybrid["schedules"]
    assert (monthly["freq"], monthly["byday"]) == ("MONTHLY", "-1TH")
    assert [at["location"]["location_type"] for at in hybrid["service_at_locations"]] == [
        "physical",
        "virtual",
    ]
    assert hybrid["service_at_locations"][1]["location"]["url"] == "https://meet.example/books"
    assert hybrid["cost_options"][0]["amount_description"] == "$5 a session"
    assert hybrid["fees_description"] == "$5 a session"
    online = get_json(client, f"services/{directory['online'].uuid}")
    (biweekly,) = online["schedules"]
    assert (biweekly["freq"], biweekly["interval"], biweekly["byday"]) == ("WEEKLY", 2, "FR")
    assert [at["location"]["location_type"] for at in online["service_at_locations"]] == ["virtual"]
    (once,) = get_json(client, f"services/{directory['once'].uuid}")["schedules"]
    assert "freq" not in once and once["count"] == 1


@pytest.mark.django_db
def test_minimal_services(client, directory):
    page = get_json(client, "services?minimal=true")
    assert all(set(item) == {"id", "last_modified"} for item in page["contents"])
    assert page["total_items"] == 4


@pytest.mark.django_db
def test_service_detail_of_a_draft_or_unknown_id_is_a_json_404(client, directory):
    error = get_json(client, f"services/{directory['draft'].uuid}", status=404)
    assert error["error"]["status"] == 404
    get_json(client, "services/00000000-0000-0000-0000-000000000000", status=404)
    error = get_json(client, "services/not-a-uuid", status=400)
    assert error["error"]["parameter"] == "id"


@pytest.mark.django_db
def test_api_serves_the_default_language(client, directory):
    weekly = directory["weekly"]
    weekly.title_es = "Club de jardín"
    weekly.save()
    response = client.get(f"{API}/services/{weekly.uuid}", headers={"Accept-Language": "es"})
    assert response.json()["name"] == "Garden club"
    assert response["Content-Language"] == "en"


@pytest.mark.django_db
def test_the_api_is_read_only(client):
    response = client.post(f"{API}/services", {})
    assert response.status_code == 405
    assert response.json()["error"]["status"] == 405
    assert "GET" in response["Allow"]


# --- parameters -------------------------------------------------------------------------


@pytest.mark.django_db
def test_pagination(client, directory):
    first = get_json(client, "services?per_page=3")
    assert (first["total_items"], first["total_pages"], first["page_number"]) == (4, 2, 1)
    assert (first["size"], first["first_page"], first["last_page"], first["empty"]) == (
        3,
        True,
        False,
        False,
    )
    second = get_json(client, "services?per_page=3&page=2")
    assert (second["size"], second["first_page"], second["last_page"]) == (1, False, True)
    assert titles(second) == ["Online chat"]
    assert not set(titles(first)) & set(titles(second))
    beyond = get_json(client, "services?per_page=3&page=9")
    assert beyond["empty"] and beyond["contents"] == [] and beyond["total_items"] == 4


@pytest.mark.django_db
def test_search(client, directory):
    assert titles(get_json(client, "services?search=garden")) == ["Garden club"]
    assert get_json(client, "services?search=zzzqqq")["total_items"] == 0
    assert get_json(client, "services?search=secret")["total_items"] == 0  # a draft


@pytest.mark.django_db
def test_organization_id(client, directory):
    host = directory["host"]
    page = get_json(client, f"services?organization_id={host.uuid}")
    assert titles(page) == ["Book circle", "Garden club"]
    other = get_json(client, f"services?organization_id={directory['draft_host'].uuid}")
    assert other["total_items"] == 0


@pytest.mark.django_db
def test_taxonomy_term_id(client, directory):
    cultural = mapping.term_id("category", "cultural")
    assert titles(get_json(client, f"services?taxonomy_term_id={cultural}")) == [
        "Book circle",
        "Harvest fair",
    ]
    older = mapping.term_id("audience", "older-adults")
    assert titles(get_json(client, f"services?taxonomy_term_id={older}")) == ["Garden club"]
    cancelled = mapping.term_id("detail", "cancelled")
    assert titles(get_json(client, f"services?taxonomy_term_id={cancelled}")) == ["Garden club"]
    unknown = "00000000-0000-0000-0000-000000000001"
    assert get_json(client, f"services?taxonomy_term_id={unknown}")["total_items"] == 0


@pytest.mark.django_db
def test_modified_after(client, directory):
    weekly = directory["weekly"]
    Program.objects.exclude(pk=weekly.pk).update(
        updated_at=timezone.now() - datetime.timedelta(days=10)
    )
    Host.objects.update(updated_at=timezone.now() - datetime.timedelta(days=10))
    directory["venue"].__class__.objects.update(
        updated_at=timezone.now() - datetime.timedelta(days=10)
    )
    Program.objects.filter(pk=weekly.pk).update(updated_at=timezone.now())
    since = (timezone.localdate() - datetime.timedelta(days=2)).isoformat()
    assert titles(get_json(client, f"services?modified_after={since}")) == ["Garden club"]
    stamp = (timezone.now() - datetime.timedelta(days=30)).isoformat()
    with_offset = get_json(client, f"services?modified_after={stamp.replace('+', '%2B')}")
    assert with_offset["total_items"] == 4
    # A host's change counts as a change of its services.
    Host.objects.filter(pk=directory["host"].pk).update(updated_at=timezone.now())
    assert titles(get_json(client, f"services?modified_after={since}")) == [
        "Book circle",
        "Garden club",
    ]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query, parameter",
    [
        ("page=-1", "page"),
        ("page=0", "page"),
        ("page=abc", "page"),
        ("page=99999999999999999999", "page"),
        ("per_page=100000", "per_page"),
        ("per_page=0", "per_page"),
        ("per_page=1.5", "per_page"),
        ("organization_id=not-a-uuid", "organization_id"),
        ("organization_id=%27%20OR%201%3D1--", "organization_id"),
        ("taxonomy_term_id=12345", "taxonomy_term_id"),
        ("modified_after=yesterday", "modified_after"),
        ("modified_after=2026-13-45", "modified_after"),
        ("modified_after=2026-02-30T25:00:00", "modified_after"),
        ("minimal=maybe", "minimal"),
        ("full=2", "full"),
        ("minimal=true&full=true", "minimal"),
        ("format=ndjson", "format"),
        ("search=" + "x" * 201, "search"),
    ],
)
def test_bad_parameters_are_json_400s(client, directory, query, parameter):
    error = get_json(client, f"services?{query}", status=400)["error"]
    assert error["status"] == 400
    assert error["parameter"] == parameter
    assert error["message"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    [
        "organizations?page=-1",
        "organizations?per_page=100000",
        "organizations?full=sure",
        "organizations/not-a-uuid",
        "service_at_locations?modified_after=yesterday",
        "service_at_locations?taxonomy_term_id=nope",
        "taxonomies?page=-1",
        "taxonomies/not-a-uuid",
        "taxonomy_terms?taxonomy_id=nope",
        "taxonomy_terms?per_page=100000",
        "taxonomy_terms/not-a-uuid",
    ],
)
def test_bad_parameters_on_every_endpoint(client, directory, path):
    assert get_json(client, path, status=400)["error"]["parameter"]


@pytest.mark.django_db
def test_search_with_control_characters_is_not_an_error(client, directory):
    assert get_json(client, "services?search=garden%00%0a")["total_items"] == 1


# --- organizations, service at locations, taxonomies -----------------------------------


@pytest.mark.django_db
def test_organizations(client, directory):
    page = get_json(client, "organizations")
    names = [item["name"] for item in page["contents"]]
    assert "Riverton Neighbours" in names
    assert "Draft-only host" not in names
    assert (
        page["total_items"] == Host.objects.filter(programs__status="published").distinct().count()
    )
    for item in page["contents"]:
        assert_valid(ORGANIZATION_LIST, item)
    host = directory["host"]
    detail = get_json(client, f"organizations/{host.uuid}")
    assert_valid(ORGANIZATION_FULL, detail)
    assert [s["name"] for s in detail["services"]] == ["Book circle", "Garden club"]
    for item in detail["services"]:
        assert_valid(SERVICE_LIST, item)
    assert detail["phones"][0]["number"] == "555-0100"
    full = get_json(client, "organizations?full=true&search=riverton")
    assert [len(item["services"]) for item in full["contents"]] == [2]
    get_json(client, f"organizations/{directory['draft_host'].uuid}", status=404)


@pytest.mark.django_db
def test_service_at_locations(client, directory):
    page = get_json(client, "service_at_locations")
    # Three programs meet at a venue, two online (the hybrid one in both).
    assert page["total_items"] == 5
    kinds = [
        (item["service"]["name"], item["location"]["location_type"]) for item in page["contents"]
    ]
    assert kinds == [
        ("Book circle", "physical"),
        ("Garden club", "physical"),
        ("Harvest fair", "physical"),
        ("Book circle", "virtual"),
        ("Online chat", "virtual"),
    ]
    for item in page["contents"]:
        assert_valid(SERVICE_AT_LOCATION_LIST, item)
    # Paging runs across the venues and the online links as one list.
    pages = [get_json(client, f"service_at_locations?per_page=2&page={n}") for n in (1, 2, 3)]
    ids = [item["id"] for p in pages for item in p["contents"]]
    assert ids == [item["id"] for item in page["contents"]]
    assert pages[2]["last_page"] and pages[2]["size"] == 1
    full = get_json(client, "service_at_locations?full=true&per_page=1")
    assert full["contents"][0]["location"]["addresses"]
    host = directory["host"]
    assert get_json(client, f"service_at_locations?organization_id={host.uuid}")["total_items"] == 3


@pytest.mark.django_db
def test_taxonomies_and_terms(client, directory):
    taxonomies = get_json(client, "taxonomies")
    assert taxonomies["total_items"] == 4
    for item in taxonomies["contents"]:
        assert_valid(TAXONOMY, item)
        assert get_json(client, f"taxonomies/{item['id']}") == item
    terms = get_json(client, "taxonomy_terms?per_page=200")
    codes = {term["code"] for term in terms["contents"]}
    assert {"category:garden", "audience:older-adults", "accessibility:large-print"} <= codes
    for term in terms["contents"]:
        assert_valid(TAXONOMY_TERM, term)
    categories = mapping.taxonomy_id("category")
    only = get_json(client, f"taxonomy_terms?taxonomy_id={categories}&per_page=200")
    assert only["total_items"] == 10
    assert {term["taxonomy_id"] for term in only["contents"]} == {categories}
    garden = mapping.term_id("category", "garden")
    assert get_json(client, f"taxonomy_terms/{garden}")["name"] == "Community garden"
    get_json(client, "taxonomy_terms/00000000-0000-0000-0000-000000000000", status=404)


@pytest.mark.django_db
def test_root_and_openapi(client):
    root = get_json(client, "")
    assert root["version"] == "3.0.0"
    assert root["openapi_url"].endswith("/api/hsds/openapi.json")
    ours = get_json(client, "openapi.json")
    theirs = json.loads((HSDS / "schema" / "openapi.json").read_text())
    assert ours["openapi"] == theirs["openapi"]
    assert ours["components"]["schemas"]["Page"]["properties"].keys() == (
        theirs["components"]["schemas"]["Page"]["properties"].keys()
    )
    for path, item in ours["paths"].items():
        assert path in theirs["paths"], path
        assert item["get"]["operationId"] == theirs["paths"][path]["get"]["operationId"]
        ok = item["get"]["responses"]["200"]
        if "$ref" not in ok:
            assert ok["content"] == theirs["paths"][path]["get"]["responses"]["200"]["content"]
        for ref in item["get"].get("parameters", []):
            name = ref["$ref"].rsplit("/", 1)[1]
            ours_param = ours["components"]["parameters"][name]
            theirs_param = theirs["components"]["parameters"].get(name) or next(
                p for p in theirs["paths"][path]["get"]["parameters"] if p.get("name") == name
            )
            assert (ours_param["name"], ours_param["in"]) == (theirs_param["name"], "query")
            assert ours_param["schema"]["type"] == theirs_param["schema"]["type"]


@pytest.mark.django_db
def test_every_described_path_is_served(client, directory):
    ours = get_json(client, "openapi.json")
    ids = {
        "{id}": str(directory["weekly"].uuid),
    }
    for path in ours["paths"]:
        url = path.replace("{id}", ids["{id}"]).lstrip("/")
        response = client.get(f"{API}/{url}")
        assert response.status_code in (200, 404), path
        assert response["Content-Type"].startswith("application/json")


# --- caching ----------------------------------------------------------------------------


@pytest.mark.django_db
def test_conditional_get_with_etag(client, directory):
    first = client.get(f"{API}/services")
    etag = first["ETag"]
    assert first["Cache-Control"].startswith("public")
    again = client.get(f"{API}/services", headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.content == b""
    directory["weekly"].title = "Garden club (renamed)"
    directory["weekly"].save()
    changed = client.get(f"{API}/services", headers={"If-None-Match": etag})
    assert changed.status_code == 200
    assert changed["ETag"] != etag


@pytest.mark.django_db
def test_conditional_get_with_last_modified(client, directory):
    url = f"{API}/services/{directory['weekly'].uuid}"
    first = client.get(url)
    assert first["Last-Modified"]
    again = client.get(url, headers={"If-Modified-Since": first["Last-Modified"]})
    assert again.status_code == 304
    Program.objects.filter(pk=directory["weekly"].pk).update(
        updated_at=timezone.now() + datetime.timedelta(seconds=5)
    )
    assert client.get(url, headers={"If-Modified-Since": first["Last-Modified"]}).status_code == 200


@pytest.mark.django_db
def test_head_requests(client, directory):
    get, head = client.get(f"{API}/services"), client.head(f"{API}/services")
    assert head.status_code == 200
    assert head.content == b""
    assert head["ETag"] == get["ETag"]


@pytest.mark.django_db
def test_unpublishing_changes_the_list_etag(client, directory):
    etag = client.get(f"{API}/services")["ETag"]
    Program.objects.filter(pk=directory["once"].pk).update(status=Status.DRAFT)
    response = client.get(f"{API}/services", headers={"If-None-Match": etag})
    assert response.status_code == 200
    assert "Harvest fair" not in titles(response.json())


# --- queries ----------------------------------------------------------------------------


def make_programs(count: int):
    audiences = [AudienceFactory(slug=f"a-{i}") for i in range(3)]
    languages = [LanguageFactory(code="en"), LanguageFactory(code="es")]
    access = [AccessibilityFeatureFactory(slug=f"f-{i}") for i in range(3)]
    for i in range(count):
        venue = VenueFactory(postal_code="45010")
        venue.accessibility.add(*access[: i % 3])
        program = ProgramFactory(
            venue=venue,
            format=["in_person", "hybrid"][i % 2],
            online_url="https://meet.example/x",
            audiences=audiences[: 1 + i % 3],
            languages=languages[: 1 + i % 2],
            accessibility=access[: i % 3],
            schedules=[{}, {"frequency": "monthly", "start_date": soon(3)}],
        )
        Cancellation.objects.create(program=program, date=soon(8))


QUERY_PAGES = [
    ("services?per_page=100", 2),
    ("services?per_page=100&full=true", 8),
    ("services?per_page=100&search=program", 4),  # one more: the synonyms of the words
    ("services?per_page=100&taxonomy_term_id=" + mapping.term_id("audience", "a-1"), 4),
    ("organizations?per_page=100", 2),
    ("organizations?per_page=100&full=true", 3),
    ("service_at_locations?per_page=100", 4),
    ("service_at_locations?per_page=100&full=true", 6),
    ("taxonomy_terms?per_page=100", 2),
]


def count_queries(client, path):
    with CaptureQueriesContext(connection) as queries:
        page = get_json(client, path)
    return len(queries), page


@pytest.mark.django_db
@pytest.mark.parametrize("path, max_queries", QUERY_PAGES)
def test_list_queries_are_pinned_and_do_not_grow(
    client, django_assert_max_num_queries, path, max_queries
):
    make_programs(5)
    small, page = count_queries(client, path)
    assert page["size"] > 0
    make_programs(25)
    with django_assert_max_num_queries(max_queries):
        page = get_json(client, path)
    assert page["size"] >= 25 or page["total_items"] == page["size"]
    assert page["size"] > 5
    large, _ = count_queries(client, path)
    assert large == small


@pytest.mark.django_db
def test_service_detail_queries_are_pinned(client, django_assert_max_num_queries):
    make_programs(3)
    program = Program.objects.first()
    with django_assert_max_num_queries(7):
        data = get_json(client, f"services/{program.uuid}")
    assert len(data["schedules"]) == 2
