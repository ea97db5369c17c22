"""Recurrence: dateutil rules expanded in the site's local time."""

import datetime
from zoneinfo import ZoneInfo

import pytest

from programs.models import Schedule

LA = ZoneInfo("America/Los_Angeles")


def window(start, end):
    return (
        datetime.datetime.combine(start, datetime.time.min, tzinfo=LA),
        datetime.datetime.combine(end, datetime.time.max, tzinfo=LA),
    )


def local(occurrences):
    return [
        (b.astimezone(LA).strftime("%Y-%m-%d %H:%M"), e.astimezone(LA).strftime("%H:%M"))
        for b, e in occurrences
    ]


@pytest.fixture(autouse=True)
def site_time_zone(settings):
    settings.TIME_ZONE = "America/Los_Angeles"


def test_weekly_session_keeps_its_local_time_across_the_dst_change():
    # US daylight saving time ends on Sunday 1 November 2026.
    schedule = Schedule(
        frequency="weekly",
        start_date=datetime.date(2026, 10, 20),
        start_time=datetime.time(18, 0),
        end_time=datetime.time(19, 30),
    )
    sessions = list(
        schedule.occurrences(*window(datetime.date(2026, 10, 20), datetime.date(2026, 11, 10)))
    )
    assert local(sessions) == [
        ("2026-10-20 18:00", "19:30"),
        ("2026-10-27 18:00", "19:30"),
        ("2026-11-03 18:00", "19:30"),
        ("2026-11-10 18:00", "19:30"),
    ]
    # The same wall-clock time is a different UTC instant on either side of the change.
    utc_hours = [b.astimezone(datetime.UTC).hour for b, _ in sessions]
    assert utc_hours == [1, 1, 2, 2]
    assert all(e - b == datetime.timedelta(minutes=90) for b, e in sessions)


def test_biweekly_skips_every_other_week_and_stops_at_the_end_date():
    schedule = Schedule(
        frequency="biweekly",
        start_date=datetime.date(2026, 3, 2),
        end_date=datetime.date(2026, 4, 13),
        start_time=datetime.time(10, 0),
        end_time=datetime.time(11, 0),
    )
    dates = [
        b.date()
        for b, _ in schedule.occurrences(
            *window(datetime.date(2026, 1, 1), datetime.date(2026, 12, 31))
        )
    ]
    assert dates == [
        datetime.date(2026, 3, 2),
        datetime.date(2026, 3, 16),
        datetime.date(2026, 3, 30),
        datetime.date(2026, 4, 13),
    ]


def test_monthly_on_the_second_tuesday_follows_the_first_date():
    # 13 January 2026 is the second Tuesday of the month.
    schedule = Schedule(
        frequency="monthly",
        start_date=datetime.date(2026, 1, 13),
        start_time=datetime.time(18, 0),
        end_time=datetime.time(19, 30),
    )
    assert schedule.position == 2
    dates = [
        b.date()
        for b, _ in schedule.occurrences(
            *window(datetime.date(2026, 1, 1), datetime.date(2026, 5, 31))
        )
    ]
    assert dates == [
        datetime.date(2026, 1, 13),
        datetime.date(2026, 2, 10),
        datetime.date(2026, 3, 10),
        datetime.date(2026, 4, 14),
        datetime.date(2026, 5, 12),
    ]
    assert all(d.weekday() == 1 for d in dates)


def test_monthly_on_the_last_friday():
    schedule = Schedule(
        frequency="monthly",
        start_date=datetime.date(2026, 1, 30),
        monthly_position=-1,
        start_time=datetime.time(12, 0),
        end_time=datetime.time(13, 0),
    )
    dates = [
        b.date()
        for b, _ in schedule.occurrences(
            *window(datetime.date(2026, 1, 1), datetime.date(2026, 4, 30))
        )
    ]
    assert dates == [
        datetime.date(2026, 1, 30),
        datetime.date(2026, 2, 27),
        datetime.date(2026, 3, 27),
        datetime.date(2026, 4, 24),
    ]


def test_one_off_session_happens_once():
    schedule = Schedule(
        frequency="once",
        start_date=datetime.date(2026, 6, 6),
        start_time=datetime.time(14, 0),
        end_time=datetime.time(16, 0),
    )
    sessions = local(
        schedule.occurrences(*window(datetime.date(2026, 1, 1), datetime.date(2027, 1, 1)))
    )
    assert sessions == [("2026-06-06 14:00", "16:00")]


def test_no_sessions_after_the_end_date():
    schedule = Schedule(
        frequency="weekly",
        start_date=datetime.date(2026, 1, 5),
        end_date=datetime.date(2026, 1, 19),
        start_time=datetime.time(9, 0),
        end_time=datetime.time(10, 0),
    )
    later = list(
        schedule.occurrences(*window(datetime.date(2026, 1, 20), datetime.date(2026, 12, 31)))
    )
    assert later == []


@pytest.mark.parametrize("frequency, step", [("weekly", 7), ("biweekly", 14)])
def test_a_repeating_schedule_meets_on_its_chosen_weekday_not_its_first_dates(frequency, step):
    # The first date is a Tuesday; staff chose Thursday (ISO 4).
    schedule = Schedule(
        frequency=frequency,
        weekday=4,
        start_date=datetime.date(2026, 3, 3),
        start_time=datetime.time(18, 0),
        end_time=datetime.time(19, 0),
    )
    sessions = local(
        schedule.occurrences(*window(datetime.date(2026, 3, 1), datetime.date(2026, 3, 31)))
    )
    first = datetime.date(2026, 3, 5)
    expected = [first + datetime.timedelta(days=d) for d in range(0, 27, step)]
    assert sessions == [(f"{d:%Y-%m-%d} 18:00", "19:00") for d in expected]


def test_occurrences_are_those_starting_in_a_half_open_window():
    # Weekly on Tuesdays at 18:00; the window runs from one session's start to the next's.
    schedule = Schedule(
        frequency="weekly",
        start_date=datetime.date(2026, 3, 3),
        start_time=datetime.time(18, 0),
        end_time=datetime.time(19, 0),
    )
    start = datetime.datetime(2026, 3, 3, 18, 0, tzinfo=LA)
    sessions = local(schedule.occurrences(start, start + datetime.timedelta(days=7)))
    assert sessions == [("2026-03-03 18:00", "19:00")]  # the start counts, the end does not
