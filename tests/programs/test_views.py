import datetime

import icalendar
import pytest
from django.utils import timezone

from connection_hub.core.models import Status
from tests.factories import (
    AccessibilityFeatureFactory,
    AudienceFactory,
    LanguageFactory,
    PracticeFactory,
    ProgramFactory,
    TopicFactory,
    VenueFactory,
)

pytestmark = pytest.mark.django_db


def days(n):
    return timezone.localdate() + datetime.timedelta(days=n)


def next_weekday(iso):
    """The next date (from tomorrow) falling on ISO weekday ``iso``."""
    d = days(1)
    while d.isoweekday() != iso:
        d += datetime.timedelta(days=1)
    return d


def titles(response):
    return [p.title for p in response.context["programs"]]


@pytest.fixture
def directory():
    older = AudienceFactory(slug="older-adults", name="Older adults")
    youth = AudienceFactory(slug="youth", name="Youth")
    spanish = LanguageFactory(code="es")
    english = LanguageFactory(code="en")
    ramp = AccessibilityFeatureFactory(slug="wheelchair-access")
    millbrook = VenueFactory(city="Millbrook")
    ProgramFactory(
        title="Garden mornings",
        category="garden",
        audiences=[older],
        languages=[english],
        accessibility=[ramp],
        schedules=[
            {
                "start_date": days(1),
                "start_time": datetime.time(9, 0),
                "end_time": datetime.time(11, 0),
            }
        ],
    )
    ProgramFactory(
        title="Youth soccer",
        category="physical_activity",
        audiences=[youth],
        is_free=False,
        languages=[english, spanish],
        schedules=[
            {
                "start_date": days(3),
                "start_time": datetime.time(14, 0),
                "end_time": datetime.time(15, 0),
            }
        ],
    )
    ProgramFactory(
        title="Tertulia",
        category="cultural",
        audiences=[older],
        languages=[spanish],
        venue=millbrook,
        schedules=[
            {
                "start_date": days(1),
                "start_time": datetime.time(18, 30),
                "end_time": datetime.time(20, 0),
            }
        ],
    )
    ProgramFactory(
        title="Online grief circle",
        category="support_group",
        format="online",
        venue=None,
        online_url="https://meet.example/grief",
        audiences=[older],
        schedules=[
            {
                "frequency": "once",
                "start_date": days(20),
                "start_time": datetime.time(19, 0),
                "end_time": datetime.time(20, 0),
            }
        ],
    )
    ProgramFactory(
        title="Finished class",
        schedules=[{"frequency": "once", "start_date": days(-10)}],
    )
    ProgramFactory(title="Draft program", status=Status.DRAFT)


def test_list_shows_upcoming_programs_sorted_by_next_session(client, directory):
    response = client.get("/programs/")
    assert response.status_code == 200
    listed = titles(response)
    assert "Finished class" not in listed
    assert "Draft program" not in listed
    starts = [p.next_start for p in response.context["programs"]]
    assert starts == sorted(starts)
    assert "Next:" in response.content.decode()


@pytest.mark.parametrize(
    "query, expected",
    [
        ("category=garden", {"Garden mornings"}),
        ("audience=older-adults", {"Garden mornings", "Tertulia", "Online grief circle"}),
        ("language=es", {"Youth soccer", "Tertulia"}),
        ("format=online", {"Online grief circle"}),
        ("format=in_person", {"Garden mornings", "Youth soccer", "Tertulia"}),
        ("free=on", {"Garden mornings", "Tertulia", "Online grief circle"}),
        ("access=wheelchair-access", {"Garden mornings"}),
        ("day={day}", {"Garden mornings", "Tertulia"}),
        ("day={other_day}", {"Youth soccer"}),
        ("time=evening", {"Tertulia", "Online grief circle"}),
        ("time=morning", {"Garden mornings"}),
        ("city=Millbrook", {"Tertulia"}),
        ("when=week", {"Garden mornings", "Youth soccer", "Tertulia"}),
        # Combinations.
        ("audience=older-adults&day={day}&time=evening", {"Tertulia"}),
        ("audience=older-adults&free=on&format=in_person", {"Garden mornings", "Tertulia"}),
        ("language=es&free=on", {"Tertulia"}),
        ("category=garden&city=Millbrook", set()),
    ],
)
def test_each_filter_and_combinations(client, directory, query, expected):
    query = query.format(day=days(1).isoweekday(), other_day=days(3).isoweekday())
    response = client.get(f"/programs/?{query}")
    assert response.status_code == 200
    assert set(titles(response)) == expected


def test_facet_counts_show_what_each_choice_would_leave(client, directory):
    response = client.get("/programs/?audience=older-adults")
    counts = response.context["facet_counts"]
    # With the audience filter applied, categories count older adults' programs only.
    assert counts["category"] == {"garden": 1, "cultural": 1, "support_group": 1}
    # The audience facet ignores its own filter: every audience keeps its full count.
    assert counts["audience"]["older-adults"] == 3
    assert counts["audience"]["youth"] == 1
    assert counts["free"][True] == 3
    assert counts["day"][str(days(1).isoweekday())] == 2
    assert counts["format"]["online"] == 1
    html = response.content.decode()
    assert "Community garden (1)" in html
    assert "Youth (1)" in html
    assert "Free only (3)" in html


@pytest.mark.parametrize(
    "query",
    [
        "day=9",
        "day=0",
        "audience=nonsense",
        "page=zz",
        "page=-3",
        "page=99999",
        "time=midnight",
        "city=Atlantis",
        "format=teleport",
        "when=someday",
        "free=maybe",
        "language=%00",
        "category=%00garden",
        "access=%3Cscript%3E",
        "topic=../../etc",
        "day=9&audience=nonsense&page=zz",
    ],
)
def test_malformed_filters_never_500(client, directory, query):
    response = client.get(f"/programs/?{query}")
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("</head>")[1].split("<footer")[0]
    calendar = client.get(f"/programs/calendar.ics?{query}")
    assert calendar.status_code == 200


def test_an_invalid_filter_is_reported_and_the_rest_still_apply(client, directory):
    response = client.get("/programs/?day=9&audience=older-adults")
    html = response.content.decode()
    assert "Some filters could not be used" in html
    assert set(titles(response)) == {"Garden mornings", "Tertulia", "Online grief circle"}


def test_detail_page_shows_everything_a_resident_needs(client):
    topic = TopicFactory(title="Belonging")
    practice = PracticeFactory(title="Neighbour walk")
    ramp = AccessibilityFeatureFactory(slug="wheelchair-access", name="Wheelchair access")
    venue = VenueFactory(
        name="Eastside Garden",
        street="5 Oak St",
        city="Riverton",
        directions="Bus 4 stops at the gate.",
    )
    venue.accessibility.add(AccessibilityFeatureFactory(slug="quiet-space", name="Quiet space"))
    start = days(1)
    program = ProgramFactory(
        title="Garden workdays",
        venue=venue,
        accessibility=[ramp],
        topics=[topic],
        languages=[LanguageFactory(code="es")],
        contact_email="hi@garden.example",
        verified_on=datetime.date(2026, 10, 1),
        how_to_join="Just turn up.",
        schedules=[{"start_date": start}],
        cancelled=[start + datetime.timedelta(days=7)],
    )
    program.practices.add(practice)
    response = client.get(program.get_absolute_url())
    html = response.content.decode()
    assert response.status_code == 200
    assert len(response.context["next_sessions"]) == 5
    assert [s.is_cancelled for s in response.context["next_sessions"]] == [
        False,
        True,
        False,
        False,
        False,
    ]
    assert "Cancelled" in html
    for text in (
        "Eastside Garden",
        "5 Oak St",
        "Bus 4 stops at the gate.",
        "Wheelchair access",
        "Quiet space",
        "Spanish",
        "hi@garden.example",
        "Just turn up.",
        "Belonging",
        "Neighbour walk",
        'datetime="2026-10-01"',
        "openstreetmap.org/search?query=",
    ):
        assert text in html, text
    assert f"/programs/{program.slug}/calendar.ics" in html
    # No embedded map or third-party resource: only a plain link.
    assert "<iframe" not in html


def test_unknown_and_draft_programs_are_404(client):
    draft = ProgramFactory(status=Status.DRAFT)
    assert client.get("/programs/no-such-program/").status_code == 404
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get(f"/programs/{draft.slug}/calendar.ics").status_code == 404


def parse(response):
    assert response["Content-Type"].startswith("text/calendar")
    return icalendar.Calendar.from_ical(response.content)


def test_program_calendar_has_rrule_exdate_and_time_zone(client, settings):
    settings.TIME_ZONE = "America/Los_Angeles"
    start = next_weekday(2)
    cancelled = start + datetime.timedelta(days=14)
    program = ProgramFactory(
        title="Tuesday choir",
        schedules=[
            {"start_date": start, "end_date": start + datetime.timedelta(days=70)},
            {
                "frequency": "monthly",
                "start_date": start,
                "start_time": datetime.time(10, 0),
                "end_time": datetime.time(11, 0),
            },
        ],
        cancelled=[cancelled],
    )
    cal = parse(client.get(f"/programs/{program.slug}/calendar.ics"))
    events = cal.walk("VEVENT")
    assert len(events) == 2
    weekly = next(e for e in events if e["RRULE"]["FREQ"] == ["WEEKLY"])
    assert weekly["SUMMARY"] == "Tuesday choir"
    dtstart = weekly.decoded("DTSTART")
    assert dtstart.tzinfo is not None and str(dtstart.tzinfo) == "America/Los_Angeles"
    assert (dtstart.hour, dtstart.minute) == (18, 0)
    assert weekly["RRULE"]["UNTIL"][0].tzinfo is not None
    exdates = (
        [d.dt for d in weekly["EXDATE"].dts]
        if not isinstance(weekly["EXDATE"], list)
        else [d.dt for ex in weekly["EXDATE"] for d in ex.dts]
    )
    assert [d.date() for d in exdates] == [cancelled]
    monthly = next(e for e in events if e["RRULE"]["FREQ"] == ["MONTHLY"])
    assert monthly["RRULE"]["BYDAY"][0].endswith("TU")
    assert cal.walk("VTIMEZONE")[0]["TZID"] == "America/Los_Angeles"
    # Each event has a stable UID.
    again = parse(client.get(f"/programs/{program.slug}/calendar.ics"))
    assert sorted(str(e["UID"]) for e in again.walk("VEVENT")) == sorted(
        str(e["UID"]) for e in events
    )


def test_the_directory_calendar_takes_the_list_filters(client, directory):
    everything = parse(client.get("/programs/calendar.ics"))
    summaries = {str(e["SUMMARY"]) for e in everything.walk("VEVENT")}
    assert summaries == {"Garden mornings", "Youth soccer", "Tertulia", "Online grief circle"}
    spanish = parse(client.get("/programs/calendar.ics?language=es"))
    assert {str(e["SUMMARY"]) for e in spanish.walk("VEVENT")} == {"Youth soccer", "Tertulia"}
    page = client.get("/programs/?language=es").content.decode()
    assert "/programs/calendar.ics?language=es" in page


def test_topic_and_home_pages_show_upcoming_programs(client, directory):
    topic = TopicFactory(slug="social-connection")
    ProgramFactory(title="Topic garden", topics=[topic])
    ProgramFactory(
        title="Old topic class",
        topics=[topic],
        schedules=[{"frequency": "once", "start_date": days(-5)}],
    )
    topic_html = client.get("/topics/social-connection/").content.decode()
    assert "Topic garden" in topic_html
    assert "Old topic class" not in topic_html
    home = client.get("/")
    html = home.content.decode()
    assert "Happening this week" in html
    assert "Garden mornings" in html
    assert "Online grief circle" not in html  # in 20 days, not this week
