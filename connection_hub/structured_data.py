"""schema.org JSON-LD for search engines and chat apps.

Resources are Report / Article / CreativeWork with publisher and date, practices
HowTo, programs Event with an eventSchedule and a location, hosts Organization.
"""

import datetime
import html
import re
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone

from connection_hub.text import render_markdown

ARTICLE_KINDS = {"story", "research", "fact_sheet", "policy_brief"}
REPEAT = {"weekly": "P1W", "biweekly": "P2W", "monthly": "P1M"}
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _absolute(request, path):
    return request.build_absolute_uri(path) if request is not None else path


def organization(name, url=""):
    data = {"@type": "Organization", "name": name}
    if url:
        data["url"] = url
    return data


def website(request):
    return {
        "@context": "https://schema.org",
        "@type": "WebSite",
        "name": settings.SITE_NAME,
        "url": _absolute(request, "/"),
        "potentialAction": {
            "@type": "SearchAction",
            "target": _absolute(request, "/search/") + "?q={search_term_string}",
            "query-input": "required name=search_term_string",
        },
    }


def resource(obj, request):
    kind = (
        "Report"
        if obj.kind == "report"
        else ("Article" if obj.kind in ARTICLE_KINDS else "CreativeWork")
    )
    data = {
        "@context": "https://schema.org",
        "@type": kind,
        "name": obj.title,
        "headline": obj.title[:110],
        "description": obj.summary,
        "url": _absolute(request, obj.get_absolute_url()),
        "inLanguage": obj.language if obj.language != "other" else None,
        "genre": obj.get_kind_display(),
        "about": [t.title for t in obj.topics.all()],
        "keywords": ", ".join(t.name for t in obj.tags.all()),
    }
    if obj.published_on:
        data["datePublished"] = obj.published_on.isoformat()
    if obj.publisher:
        data["publisher"] = organization(obj.publisher.name, obj.publisher.url)
        data["author"] = organization(obj.publisher.name, obj.publisher.url)
    if obj.url:
        data["sameAs"] = obj.url
    return _compact(data)


def practice(obj, request):
    steps = re.findall(r"<li>(.*?)</li>", render_markdown(obj.steps), flags=re.S)
    return _compact(
        {
            "@context": "https://schema.org",
            "@type": "HowTo",
            "name": obj.title,
            "description": obj.summary,
            "url": _absolute(request, obj.get_absolute_url()),
            "totalTime": f"PT{obj.duration_minutes}M",
            "step": [
                {
                    "@type": "HowToStep",
                    "position": i,
                    "text": html.unescape(re.sub(r"<[^>]+>", "", step)).strip(),
                }
                for i, step in enumerate(steps, start=1)
            ],
            "video": {"@type": "VideoObject", "name": obj.title, "contentUrl": obj.media_url}
            if obj.format == "video" and obj.media_url
            else None,
        }
    )


def _schedule(schedule):
    tz = settings.TIME_ZONE
    data = {
        "@type": "Schedule",
        "startDate": schedule.start_date.isoformat(),
        "startTime": schedule.start_time.strftime("%H:%M:%S"),
        "endTime": schedule.end_time.strftime("%H:%M:%S"),
        "scheduleTimezone": tz,
        "duration": f"PT{int(schedule.duration.total_seconds() // 60)}M",
    }
    if schedule.frequency in REPEAT:
        data["repeatFrequency"] = REPEAT[schedule.frequency]
        data["byDay"] = f"https://schema.org/{DAYS[schedule.start_date.weekday()]}"
        if schedule.frequency == "monthly":
            data["byMonthWeek"] = schedule.position
    if schedule.end_date:
        data["endDate"] = schedule.end_date.isoformat()
    elif schedule.frequency == "once":
        data["endDate"] = schedule.start_date.isoformat()
    return data


def program(obj, request, next_sessions=()):
    upcoming = [s for s in next_sessions if not s.is_cancelled]
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
    if obj.format != "in_person" and obj.online_url:
        location.append({"@type": "VirtualLocation", "url": obj.online_url})
    mode = {
        "in_person": "OfflineEventAttendanceMode",
        "online": "OnlineEventAttendanceMode",
        "hybrid": "MixedEventAttendanceMode",
    }[obj.format]
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": obj.title,
        "description": obj.summary,
        "url": _absolute(request, obj.get_absolute_url()),
        "identifier": str(obj.uuid),
        "eventStatus": "https://schema.org/EventScheduled" if upcoming else None,
        "eventAttendanceMode": f"https://schema.org/{mode}",
        "isAccessibleForFree": obj.is_free,
        "location": location[0] if len(location) == 1 else location,
        "organizer": organization(obj.host.name, obj.host.website),
        "eventSchedule": [_schedule(s) for s in obj.schedules.all()],
        "inLanguage": [lang.code for lang in obj.languages.all()],
        "audience": [{"@type": "Audience", "audienceType": a.name} for a in obj.audiences.all()],
    }
    if upcoming:
        first = timezone.localtime(upcoming[0].starts_at)
        data["startDate"] = first.isoformat()
        data["endDate"] = timezone.localtime(upcoming[0].ends_at).isoformat()
    elif obj.schedules.all():
        first = min(obj.schedules.all(), key=lambda s: s.start_date)
        data["startDate"] = datetime.datetime.combine(
            first.start_date, first.start_time, tzinfo=ZoneInfo(settings.TIME_ZONE)
        ).isoformat()
    if not obj.is_free and obj.cost_description:
        data["offers"] = {"@type": "Offer", "description": obj.cost_description}
    return _compact(data)


def topic(obj, request):
    return _compact(
        {
            "@context": "https://schema.org",
            "@type": "CollectionPage",
            "name": obj.title,
            "description": obj.summary,
            "url": _absolute(request, obj.get_absolute_url()),
            "dateModified": obj.updated_at.isoformat(),
        }
    )


def _compact(data):
    """Drop empty values so consumers don't see blank properties."""
    if isinstance(data, dict):
        return {k: _compact(v) for k, v in data.items() if v not in (None, "", [], {})}
    if isinstance(data, list):
        return [_compact(v) for v in data]
    return data
