"""Program listings that other sections' templates embed (topic pages, the home page).

A template tag keeps the Python dependency one-way: resources never imports programs.
"""

from django import template
from django.utils import timezone

from programs.filters import end_of_week
from programs.models import Program, Session

register = template.Library()


def _listing(queryset, limit):
    return list(queryset.select_related("venue").prefetch_related("audiences")[:limit])


@register.inclusion_tag("programs/_upcoming_compact.html", takes_context=True)
def upcoming_programs_list(context, topic, limit=5):
    """One line a program (name, next date, place): for the printed handout."""
    return upcoming_programs_for_topic(context, topic, limit)


@register.inclusion_tag("programs/_upcoming.html", takes_context=True)
def upcoming_programs_for_topic(context, topic, limit=5):
    programs = _listing(
        Program.objects.published().for_topic(topic).upcoming().order_by("next_start", "title"),
        limit,
    )
    return {
        "programs": programs,
        "topic": topic,
        "heading_id": "topic-programs",
        "request": context.get("request"),
        "LANGUAGE_CODE": context.get("LANGUAGE_CODE"),
    }


@register.inclusion_tag("programs/_upcoming.html", takes_context=True)
def programs_this_week(context, limit=6):
    now = timezone.now()
    sessions = Session.objects.upcoming(now).filter(starts_at__lt=end_of_week(now))
    programs = _listing(
        Program.objects.published().upcoming(sessions).order_by("next_start", "title"), limit
    )
    return {
        "programs": programs,
        "this_week": True,
        "heading_id": "this-week",
        "request": context.get("request"),
        "LANGUAGE_CODE": context.get("LANGUAGE_CODE"),
    }
