"""JSON-LD for the directory: programs as schema.org Events with an eventSchedule."""

import datetime

from django.utils import timezone

from connection_hub.core.structured_data import absolute, builder, compact, organization

from .models import Frequency, Program, ProgramFormat, site_zone

REPEAT = {Frequency.WEEKLY: "P1W", Frequency.BIWEEKLY: "P2W", Frequency.MONTHLY: "P1M"}
ATTENDANCE_MODE = {
    ProgramFormat.IN_PERSON: "OfflineEventAttendanceMode",
    ProgramFormat.ONLINE: "OnlineEventAttendanceMode",
    ProgramFormat.HYBRID: "MixedEventAttendanceMode",
}


def _schedule(schedule):
    data = {
        "@type": "Schedule",
        "startDate": schedule.start_date.isoformat(),
        "startTime": schedule.start_time.strftime("%H:%M:%S"),
        "endTime": schedule.end_time.strftime("%H:%M:%S"),
        "scheduleTimezone": site_zone().key,
        "duration": f"PT{int(schedule.duration.total_seconds() // 60)}M",
    }
    if schedule.frequency in REPEAT:
        data["repeatFrequency"] = REPEAT[schedule.frequency]
        data["byDay"] = f"https://schema.org/{schedule.meeting_day.schema_org}"
        if schedule.frequency == Frequency.MONTHLY:
            data["byMonthWeek"] = schedule.position
    if schedule.end_date:
        data["endDate"] = schedule.end_date.isoformat()
    elif schedule.frequency == Frequency.ONCE:
        data["endDate"] = schedule.start_date.isoformat()
    return data


def _location(obj):
    location = []
    if obj.venue:
        venue = obj.venue
        location.append(
            {
                "@type": "Place",
                "name": venue.name,
                "address": {
                    "@type": "PostalAddress",
                    "streetAddress": venue.street,
                    "addressLocality": venue.city,
                    "addressRegion": venue.state,
                    "postalCode": venue.postal_code,
                },
            }
        )
    if obj.format != ProgramFormat.IN_PERSON and obj.online_url:
        location.append({"@type": "VirtualLocation", "url": obj.online_url})
    return location[0] if len(location) == 1 else location


@builder(Program)
def program(obj, request, context):
    """``context["next_sessions"]`` (the detail page's) gives the next start date."""
    upcoming = [s for s in context.get("next_sessions", ()) if not s.is_cancelled]
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": obj.title,
        "description": obj.summary,
        "url": absolute(request, obj.get_absolute_url()),
        "identifier": str(obj.uuid),
        "eventStatus": "https://schema.org/EventScheduled" if upcoming else None,
        "eventAttendanceMode": f"https://schema.org/{ATTENDANCE_MODE[obj.format]}",
        "isAccessibleForFree": obj.is_free,
        "location": _location(obj),
        "organizer": organization(obj.host.name, obj.host.website),
        "eventSchedule": [_schedule(s) for s in obj.schedules.all()],
        "inLanguage": [lang.code for lang in obj.languages.all()],
        "audience": [{"@type": "Audience", "audienceType": a.name} for a in obj.audiences.all()],
    }
    if upcoming:
        data["startDate"] = timezone.localtime(upcoming[0].starts_at).isoformat()
        data["endDate"] = timezone.localtime(upcoming[0].ends_at).isoformat()
    elif obj.schedules.all():
        first = min(obj.schedules.all(), key=lambda s: s.start_date)
        data["startDate"] = datetime.datetime.combine(
            first.start_date, first.start_time, tzinfo=site_zone()
        ).isoformat()
    if not obj.is_free and obj.cost_description:
        data["offers"] = {"@type": "Offer", "description": obj.cost_description}
    return compact(data)
