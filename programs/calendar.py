"""RFC 5545 calendars built with the icalendar library.

Each schedule is one VEVENT with its recurrence rule (RRULE), cancelled dates as
EXDATE, and times in the site's time zone (a VTIMEZONE is included), so a calendar
app keeps the local wall-clock time across daylight-saving changes.
"""

import datetime

import icalendar
from django.utils import timezone

from connection_hub.core.urls import absolute_url
from connection_hub.core.validators import single_line

from .models import Frequency, Program, site_zone

PRODID = "-//Connection Hub//Programs//EN"


def _rrule(schedule, zone) -> dict | None:
    if schedule.frequency == Frequency.ONCE:
        return None
    rule: dict = {}
    if schedule.frequency in (Frequency.WEEKLY, Frequency.BIWEEKLY):
        rule["FREQ"] = "WEEKLY"
        if schedule.frequency == Frequency.BIWEEKLY:
            rule["INTERVAL"] = 2
        rule["BYDAY"] = schedule.meeting_day.ical
    else:
        rule["FREQ"] = "MONTHLY"
        rule["BYDAY"] = f"{schedule.position}{schedule.meeting_day.ical}"
    if schedule.end_date:
        # UNTIL is in UTC when DTSTART has a time zone (RFC 5545 3.3.10).
        last = datetime.datetime.combine(schedule.end_date, schedule.start_time, tzinfo=zone)
        rule["UNTIL"] = last.astimezone(datetime.UTC)
    return rule


def schedule_event(program: Program, schedule, request=None) -> icalendar.Event | None:
    zone = site_zone()
    first = next(iter(schedule.rule()), None)  # the first real session, the DTSTART RFC wants
    if first is None:
        return None
    begins = first.replace(tzinfo=zone)
    event = icalendar.Event()
    event.add("uid", f"{schedule.uuid}@connection-hub")
    event.add("dtstamp", timezone.now().astimezone(datetime.UTC))
    # vText escapes commas, semicolons and backslashes; single_line drops line breaks and
    # control characters, so no text can start a calendar line of its own.
    event.add("summary", icalendar.vText(single_line(program.title)))
    event.add("dtstart", begins)
    event.add("dtend", (first + schedule.duration).replace(tzinfo=zone))
    if program.summary:
        event.add("description", icalendar.vText(program.summary.replace("\r", "")))
    if program.venue:
        event.add(
            "location",
            icalendar.vText(single_line(f"{program.venue.name}, {program.venue.address}")),
        )
    elif program.online_url:
        event.add("location", icalendar.vText(single_line(program.online_url)))
    event.add("url", absolute_url(program.get_absolute_url()))
    rule = _rrule(schedule, zone)
    cancellations = [c for c in program.cancellations.all() if c.applies_to(schedule)]
    if rule:
        event.add("rrule", rule)
        occurrences = set()
        if cancellations:
            occurrences = {
                d.date(): d
                for d in schedule.rule().between(
                    datetime.datetime.combine(
                        min(c.date for c in cancellations), datetime.time.min
                    ),
                    datetime.datetime.combine(
                        max(c.date for c in cancellations), datetime.time.max
                    ),
                    inc=True,
                )
            }
        exdates = [
            occurrences[c.date].replace(tzinfo=zone) for c in cancellations if c.date in occurrences
        ]
        for exdate in exdates:
            event.add("exdate", exdate)
    elif begins.date() in {c.date for c in cancellations}:
        event.add("status", "CANCELLED")
    return event


def build_calendar(programs, *, name: str, request=None) -> bytes:
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", icalendar.vText(single_line(name)))
    cal.add("x-wr-timezone", str(site_zone()))
    for program in programs:
        for schedule in program.schedules.all():
            event = schedule_event(program, schedule, request)
            if event is not None:
                cal.add_component(event)
    cal.add_missing_timezones()
    return cal.to_ical()
