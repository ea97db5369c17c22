"""Programs near a ZIP code: venues' coordinates, sorting and "within N miles" in SQL."""

import datetime
import importlib
import re
from urllib.parse import urlencode

import icalendar
import pytest
from django.apps import apps
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from programs.models import MILES_PER_DEGREE, Venue, zip_centroid
from tests.factories import (
    AccessibilityFeatureFactory,
    AudienceFactory,
    HostFactory,
    LanguageFactory,
    ProgramFactory,
    TopicFactory,
    VenueFactory,
)
from tests.staff.conftest import sign_in  # noqa: F401 (a fixture)

pytestmark = pytest.mark.django_db

HAMILTON = "45011"  # centre 39.4269, -84.4975 in the zipcodes package's data
ORIGIN = zip_centroid(HAMILTON)


def north(miles):
    """A venue ``miles`` due north of the ZIP code's centre."""
    return {"latitude": ORIGIN[0] + miles / MILES_PER_DEGREE, "longitude": ORIGIN[1]}


def tomorrow_at(hour):
    return {
        "start_date": timezone.localdate() + datetime.timedelta(days=1),
        "start_time": datetime.time(hour, 0),
        "end_time": datetime.time(hour + 1, 0),
    }


@pytest.fixture
def places():
    """In-person programs at known distances, one hybrid, one online, one with no map."""
    made = {}
    for title, miles, hour in [
        ("Next door", 0.2, 15),
        ("Three miles", 3, 10),
        ("Eight miles", 8, 9),
        ("Twenty miles", 20, 8),
        ("Forty miles", 40, 7),
        ("One mile", 1.2, 16),
    ]:
        venue = VenueFactory(name=f"{title} hall", postal_code="", **north(miles))
        made[title] = ProgramFactory(title=title, venue=venue, schedules=[tomorrow_at(hour)])
    made["Hybrid six"] = ProgramFactory(
        title="Hybrid six",
        format="hybrid",
        online_url="https://meet.example.org/six",
        venue=VenueFactory(name="Six hall", postal_code="", **north(6)),
        schedules=[tomorrow_at(11)],
    )
    made["Unmapped"] = ProgramFactory(
        title="Unmapped",
        venue=VenueFactory(name="Nowhere hall", postal_code=""),
        schedules=[tomorrow_at(6)],
    )
    made["Online chat"] = ProgramFactory(
        title="Online chat",
        format="online",
        venue=None,
        online_url="https://meet.example.org/chat",
        schedules=[tomorrow_at(5)],
    )
    return made


def titles(response):
    return [p.title for p in response.context["programs"]]


def card(html, title):
    """The text of the card whose heading links ``title``."""
    start = html.index(f">{title}</a>")
    return html[start : html.index("</article>", start)]


def test_known_zip_sorts_in_person_by_distance_and_online_last(client, places):
    response = client.get(f"/programs/?near={HAMILTON}")
    assert response.status_code == 200
    assert titles(response) == [
        "Next door",
        "One mile",
        "Three miles",
        "Hybrid six",
        "Eight miles",
        "Twenty miles",
        "Forty miles",
        "Unmapped",
        "Online chat",
    ]
    html = response.content.decode()
    assert "less than a mile away" in card(html, "Next door")
    assert "about 1 mile away" in card(html, "One mile")
    assert "about 3 miles away" in card(html, "Three miles")
    assert "about 40 miles away" in card(html, "Forty miles")
    assert "miles away" not in card(html, "Unmapped")
    online = card(html, "Online chat")
    assert "miles away" not in online and "online: join from anywhere" in online


def test_without_a_zip_the_list_is_by_next_session_with_no_distances(client, places):
    response = client.get("/programs/")
    assert titles(response)[:2] == ["Online chat", "Unmapped"]
    assert "miles away" not in response.content.decode()


@pytest.mark.parametrize(
    "within, expected",
    [
        ("5", ["Next door", "One mile", "Three miles", "Online chat"]),
        (
            "10",
            ["Next door", "One mile", "Three miles", "Hybrid six", "Eight miles", "Online chat"],
        ),
        (
            "25",
            [
                "Next door",
                "One mile",
                "Three miles",
                "Hybrid six",
                "Eight miles",
                "Twenty miles",
                "Online chat",
            ],
        ),
    ],
)
def test_radius_keeps_venues_within_it_and_every_online_program(client, places, within, expected):
    response = client.get(f"/programs/?near={HAMILTON}&within={within}")
    assert titles(response) == expected
    # The count the distance dropdown shows is what choosing it gives.
    assert response.context["facet_counts"]["within"][within] == len(expected)
    assert f"Within {within} miles ({len(expected)})" in response.content.decode()


def test_the_distance_filter_combines_with_the_others(client, places):
    response = client.get(f"/programs/?near={HAMILTON}&within=10&format=in_person")
    assert titles(response) == ["Next door", "One mile", "Three miles", "Hybrid six", "Eight miles"]
    summary = response.content.decode()
    assert "Near ZIP code: 45011" in summary and "Distance: Within 10 miles" in summary


@pytest.mark.parametrize(
    "typed, message",
    [
        ("45010", "We have no location for ZIP code 45010."),  # a real ZIP with no centre
        ("99999", "We have no location for ZIP code 99999."),
        ("4501x", "Type a five-digit ZIP code, for example 45011."),
        ("450111", "Type a five-digit ZIP code, for example 45011."),
        ("<b>1</b>", "Type a five-digit ZIP code, for example 45011."),
    ],
)
def test_unknown_or_malformed_zip_is_shown_beside_the_field_and_kept(
    client, places, typed, message
):
    response = client.get("/programs/", {"near": typed, "within": "5"})
    assert response.status_code == 200
    html = response.content.decode()
    error = re.search(r'<p class="field-error" id="id_near-error">(.*?)</p>', html, re.S)
    assert error and message in error.group(1)
    field = re.search(r'<input[^>]*name="near"[^>]*>', html).group(0)
    assert 'aria-describedby="id_near-error"' in field
    assert f'value="{typed}"' in field.replace("&lt;", "<").replace("&gt;", ">")
    # The bad ZIP is ignored (no radius without a place); everything else still applies.
    assert len(titles(response)) == len(places)
    assert "miles away" not in html


def test_zip_plus_four_is_accepted(client, places):
    response = client.get("/programs/?near=45011-1234&within=5")
    assert response.status_code == 200
    assert "Online chat" in titles(response) and "Eight miles" not in titles(response)


def test_calendar_feed_honours_the_distance_filter(client, places):
    list_page = client.get(f"/programs/?near={HAMILTON}&within=5")
    assert "/programs/calendar.ics?near=45011&amp;within=5" in list_page.content.decode()
    response = client.get(f"/programs/calendar.ics?near={HAMILTON}&within=5")
    assert response.status_code == 200
    calendar = icalendar.Calendar.from_ical(response.content)
    summaries = {str(event["SUMMARY"]) for event in calendar.walk("VEVENT")}
    assert summaries == {"Next door", "One mile", "Three miles", "Online chat"}


def test_query_count_does_not_change_with_the_distance_filter(client, places):
    client.get("/")  # the page cache's one-off questions (publishing windows) out of the way

    def queries(url):
        with CaptureQueriesContext(connection) as context:
            response = client.get(url)
        assert response.status_code == 200 and titles(response)
        return len(context.captured_queries)

    plain = queries("/programs/?format=in_person")
    assert queries(f"/programs/?format=in_person&near={HAMILTON}") == plain
    assert queries(f"/programs/?format=in_person&near={HAMILTON}&within=10") == plain


# -- venues' coordinates -------------------------------------------------------------


def test_saving_a_venue_fills_its_coordinates_from_the_zip_code():
    venue = VenueFactory(postal_code="45011")
    venue.refresh_from_db()
    assert (venue.latitude, venue.longitude) == pytest.approx((39.4269, -84.4975))
    # A new ZIP code moves coordinates that came from the old one.
    venue.postal_code = "45042"
    venue.save()
    venue.refresh_from_db()
    assert (venue.latitude, venue.longitude) == pytest.approx((39.547, -84.4382))


def test_typed_coordinates_are_kept_and_unknown_zip_codes_leave_them_empty():
    typed = VenueFactory(postal_code="45011", latitude=39.4, longitude=-84.56)
    typed.postal_code = "45042"
    typed.save()
    typed.refresh_from_db()
    assert (typed.latitude, typed.longitude) == (39.4, -84.56)
    unknown = VenueFactory(postal_code="45010")
    unknown.refresh_from_db()
    assert unknown.latitude is None and unknown.longitude is None


def test_the_data_migration_fills_venues_saved_before_coordinates():
    venue = VenueFactory(postal_code="45030")
    Venue.objects.filter(pk=venue.pk).update(latitude=None, longitude=None)
    migration = importlib.import_module("programs.migrations.0012_fill_venue_coordinates")
    migration.fill(apps, None)
    venue.refresh_from_db()
    assert (venue.latitude, venue.longitude) == pytest.approx((39.2457, -84.731))


def venue_form(**extra):
    return {
        "name": "Lane Library",
        "slug": "lane-library",
        "street": "300 N Third St",
        "city": "Hamilton",
        "state": "OH",
        "postal_code": "45011",
        "directions_en": "",
        "directions_es": "",
        **extra,
    }


def test_organizer_saving_a_venue_with_a_zip_gets_coordinates(client, sign_in):  # noqa: F811
    sign_in("Organizers", hosts=[HostFactory()])
    page = client.get("/admin/programs/venue/add/").content.decode()
    assert "Leave latitude and longitude empty to fill them" in page
    response = client.post("/admin/programs/venue/add/", venue_form())
    assert response.status_code == 302, response.content.decode()[:3000]
    venue = Venue.objects.get(slug="lane-library")
    assert (venue.latitude, venue.longitude) == pytest.approx((39.4269, -84.4975))


def test_organizer_typed_coordinates_are_kept(client, sign_in):  # noqa: F811
    sign_in("Organizers", hosts=[HostFactory()])
    response = client.post(
        "/admin/programs/venue/add/", venue_form(latitude="39.3995", longitude="-84.5613")
    )
    assert response.status_code == 302
    venue = Venue.objects.get(slug="lane-library")
    assert (venue.latitude, venue.longitude) == (39.3995, -84.5613)


@pytest.mark.parametrize(
    "extra, field, message",
    [
        ({"latitude": "95", "longitude": "-84"}, "latitude", "less than or equal to 90"),
        ({"latitude": "39", "longitude": "-184"}, "longitude", "greater than or equal to -180"),
        ({"latitude": "39.4"}, "longitude", "Give both latitude and longitude, or neither."),
    ],
)
def test_organizer_sees_why_coordinates_are_refused(
    client,
    sign_in,  # noqa: F811
    extra,
    field,
    message,
):
    sign_in("Organizers", hosts=[HostFactory()])
    response = client.post("/admin/programs/venue/add/", venue_form(**extra))
    assert response.status_code == 200
    assert message in " ".join(response.context["adminform"].form.errors[field])
    assert not Venue.objects.exists()


# -- the whole finder in a fixed number of queries ----------------------------------------


@pytest.fixture
def forty_nearby():
    """40 programs, two schedules each, that every filter below keeps (and 5 it drops)."""
    older = AudienceFactory(slug="older-adults")
    english = LanguageFactory(code="en")
    ramp = AccessibilityFeatureFactory(slug="wheelchair-access")
    topic = TopicFactory(slug="loneliness")
    start = timezone.localdate() + datetime.timedelta(days=1)
    made = []
    for i in range(45):
        venue = VenueFactory(city="Hamilton", postal_code="", **north(1 + i % 4))
        made.append(
            ProgramFactory(
                title=f"Nearby {i:02d}",
                category="garden" if i < 40 else "arts",
                venue=venue,
                audiences=[older],
                languages=[english],
                accessibility=[ramp],
                topics=[topic],
                tags=[f"tag-{i}", "neighbours"],
                schedules=[
                    {**tomorrow_at(18), "start_date": start},
                    {**tomorrow_at(10), "start_date": start + datetime.timedelta(days=2)},
                ],
            )
        )
    return made, start


def test_every_filter_at_once_takes_at_most_ten_queries(
    client, forty_nearby, django_assert_max_num_queries
):
    programs, start = forty_nearby
    client.get("/")  # the page cache's one-off questions (publishing windows) out of the way
    query = urlencode(
        {
            "near": HAMILTON,
            "within": "10",
            "category": "garden",
            "audience": "older-adults",
            "language": "en",
            "format": "in_person",
            "free": "on",
            "access": "wheelchair-access",
            "day": str(start.isoweekday()),
            "time": "evening",
            "city": "Hamilton",
            "when": "week",
            "topic": "loneliness",
        }
    )
    with django_assert_max_num_queries(10):
        response = client.get(f"/programs/?{query}")
    assert response.status_code == 200
    assert not response.context["filter_errors"]
    assert response.context["paginator"].count == 40
    html = response.content.decode()
    rendered = [p.title for p in programs if f">{p.title}</a>" in html]
    assert len(rendered) == 20  # the first page, nearest first
    assert html.count("miles away") + html.count("mile away") == 20


def test_the_home_page_asks_for_a_zip_code_and_sends_it_to_the_directory(client, places):
    html = client.get("/").content.decode()
    form = re.search(
        r'<form class="place-form" method="get" action="([^"]+)">(.*?)</form>', html, re.S
    )
    assert form, "the home page has a ZIP code box"
    action, inner = form.groups()
    assert action == "/programs/"
    assert 'name="near"' in inner and 'for="home-near"' in inner and 'id="home-near"' in inner
    # What the box sends is the directory's own filter: nearest first.
    response = client.get(f"{action}?near={HAMILTON}")
    assert titles(response)[:3] == ["Next door", "One mile", "Three miles"]
