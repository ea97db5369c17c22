"""Every count the directory's filters show is what choosing that option gives, and the
filters read and link the way a resident expects."""

import datetime
import html as htmllib
import re
from urllib.parse import urlencode

import pytest
from django.utils import timezone

from connection_hub.core.models import Status
from programs.models import MILES_PER_DEGREE, zip_centroid
from tests.factories import (
    AccessibilityFeatureFactory,
    AudienceFactory,
    LanguageFactory,
    ProgramFactory,
    TopicFactory,
    VenueFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    """Each response rendered here, so its context is there to read."""
    settings.PAGE_CACHE_SECONDS = 0


ORIGIN = zip_centroid("45011")


def session(days, hour):
    return {
        "start_date": timezone.localdate() + datetime.timedelta(days=days),
        "start_time": datetime.time(hour, 0),
        "end_time": datetime.time(hour + 1, 0),
    }


@pytest.fixture
def varied():
    """Programs that differ in every way a filter can tell apart, plus rows no count may
    include (a draft, a finished program, an unpublished topic)."""
    older = AudienceFactory(slug="older-adults", name="Older adults")
    families = AudienceFactory(slug="families", name="Families")
    AudienceFactory(slug="youth", name="Youth")  # no program: counts 0
    english, spanish = LanguageFactory(code="en"), LanguageFactory(code="es")
    ramp = AccessibilityFeatureFactory(slug="wheelchair-access")
    loop = AccessibilityFeatureFactory(slug="hearing-loop")
    lonely = TopicFactory(slug="loneliness", title="Loneliness")
    belonging = TopicFactory(slug="belonging", title="Belonging")
    hidden = TopicFactory(slug="hidden", title="Hidden", status=Status.DRAFT)
    venues = [
        VenueFactory(city="Hamilton", postal_code="", latitude=ORIGIN[0], longitude=ORIGIN[1]),
        VenueFactory(
            city="Fairfield",
            postal_code="",
            latitude=ORIGIN[0] + 7 / MILES_PER_DEGREE,
            longitude=ORIGIN[1],
        ),
        VenueFactory(
            city="Middletown",
            postal_code="",
            latitude=ORIGIN[0] + 18 / MILES_PER_DEGREE,
            longitude=ORIGIN[1],
        ),
        VenueFactory(city="Oxford", postal_code=""),  # no coordinates
    ]
    categories = ["garden", "arts", "cultural", "support_group"]
    for i in range(16):
        fmt = ["in_person", "in_person", "online", "hybrid"][i % 4]
        ProgramFactory(
            title=f"Program {i:02d}",
            category=categories[i % 4 if i % 5 else 0],
            format=fmt,
            venue=None if fmt == "online" else venues[i % 4],
            online_url="" if fmt == "in_person" else "https://meet.example.org/",
            is_free=i % 3 != 0,
            audiences=[[older], [families], [older, families], []][i % 4 if i % 3 else 2],
            languages=[[english], [spanish], [english, spanish]][i % 3],
            accessibility=[[ramp], [], [ramp, loop]][i % 3],
            topics=[[lonely], [belonging, hidden], []][i % 3],
            schedules=[
                session(1 + i % 7, [9, 14, 18][i % 3]),
                *([session(9 + i % 3, [10, 19][i % 2])] if i % 2 else []),
            ],
        )
    ProgramFactory(title="Draft", status=Status.DRAFT, audiences=[older], venue=venues[0])
    ProgramFactory(title="Finished", schedules=[], audiences=[older], venue=venues[1])


def options(html):
    """{field: {value: displayed count}} from the rendered filter form."""
    shown = {}
    for name, body in re.findall(r'<select name="(\w+)"[^>]*>(.*?)</select>', html, re.S):
        shown[name] = {}
        for value, label in re.findall(r'<option value="([^"]*)"[^>]*>([^<]*)</option>', body):
            if value:
                count = re.search(r"\((\d+)\)$", htmllib.unescape(label).strip())
                shown[name][htmllib.unescape(value)] = int(count.group(1)) if count else None
    free = re.search(r"Free only \((\d+)\)", html)
    if free:
        shown["free"] = {"on": int(free.group(1))}
    return shown


BASES = [
    {},
    {"near": "45011"},
    {
        "audience": "older-adults",
        "free": "on",
        "day": str((timezone.localdate() + datetime.timedelta(days=2)).isoweekday()),
        "time": "morning",
    },
    {"near": "45011", "within": "10", "format": "online", "topic": "loneliness"},
    {
        "category": "garden",
        "city": "Hamilton",
        "when": "week",
        "language": "es",
        "access": "hearing-loop",
    },
]
FACETS = {
    "category", "audience", "language", "format", "free", "access", "day", "time", "city",
    "when", "topic",
}  # fmt: skip


@pytest.mark.parametrize("base", BASES, ids=lambda b: urlencode(b) or "no-filter")
def test_every_count_shown_is_what_choosing_it_gives(client, varied, base):
    response = client.get("/programs/", base)
    assert response.status_code == 200 and not response.context["filter_errors"]
    shown = options(response.content.decode())
    expected = FACETS | ({"within"} if "near" in base else set())
    assert expected <= set(shown)
    walked = 0
    for name in sorted(expected):
        assert shown[name], name
        for value, count in shown[name].items():
            assert count is not None, f"{name}={value} shows no count"
            if base.get(name) == value:  # already chosen: the list itself
                assert response.context["paginator"].count == count, f"{base}"
                continue
            chosen = client.get("/programs/", {**base, name: value})
            assert chosen.status_code == 200
            assert not chosen.context["filter_errors"], (name, value)
            assert chosen.context["paginator"].count == count, f"{base} + {name}={value}"
            walked += 1
    assert walked >= 25


def test_counts_leave_out_drafts_finished_programs_and_unpublished_topics(client, varied):
    counts = client.get("/programs/").context["facet_counts"]
    assert counts["audience"]["older-adults"] == 11  # not the draft or the finished one
    chosen = client.get("/programs/?audience=older-adults")
    assert chosen.context["paginator"].count == 11
    assert "Draft" not in chosen.content.decode() and "Finished" not in chosen.content.decode()
    assert "hidden" not in options(client.get("/programs/").content.decode())["topic"]


def test_format_counts_match_results_not_the_default_ordering(client, varied):
    html = client.get("/programs/").content.decode()
    # 8 in person and 4 hybrid; 4 online and the 4 hybrid: what choosing each gives.
    assert "In person (12)" in html and "Online (8)" in html
    assert client.get("/programs/?format=in_person").context["paginator"].count == 12
    assert client.get("/programs/?format=online").context["paginator"].count == 8


# -- labels ------------------------------------------------------------------------------


@pytest.mark.parametrize("query", ["", "?near=45011", "?category=garden"])
def test_each_dropdown_shows_its_empty_choice_once(client, varied, query):
    html = client.get(f"/programs/{query}").content.decode()
    selects = re.findall(r'<select name="(\w+)"[^>]*>(.*?)</select>', html, re.S)
    assert len(selects) >= 11
    for name, body in selects:
        assert body.count('<option value=""') == 1, name
    for label in ("Any category", "Any day", "Any time", "Any city", "Any date", "Either"):
        assert html.count(f">{label}</option>") == 1, label


def test_free_only_reads_naturally_in_the_summary(client, varied):
    response = client.get("/programs/?free=on&category=garden")
    assert ("free", "Cost", "Free only") in response.context["active_filters"]
    text = " ".join(re.sub(r"<[^>]+>", " ", response.content.decode()).split())
    assert "Cost: Free only" in text
    assert not re.search(r"Free only\s*:", text)


# -- empty parameters --------------------------------------------------------------------


@pytest.mark.parametrize(
    "path, query, target",
    [
        ("/programs/", "category=&audience=&free=on", "/programs/?free=on"),
        ("/programs/", "category=&page=", "/programs/"),
        ("/programs/", "near=&within=&page=2", "/programs/?page=2"),
        ("/programs/calendar.ics", "near=45011&within=", "/programs/calendar.ics?near=45011"),
        ("/resources/", "q=&kind=report&topic=", "/resources/?kind=report"),
        ("/practices/", "format=&setting=&max_minutes=", "/practices/"),
        ("/search/", "q=walk&type=&sort=", "/search/?q=walk"),
    ],
)
def test_empty_parameters_are_dropped_with_a_redirect(client, path, query, target):
    response = client.get(f"{path}?{query}")
    assert response.status_code == 302
    assert response["Location"] == target


def test_a_query_without_empty_parameters_is_served(client, varied):
    assert client.get("/programs/?free=on").status_code == 200
    assert client.get("/resources/?kind=report").status_code == 200
