"""Short lists of upcoming programs that other pages embed (topic pages, the home page)."""

from django.db.models import Count, Window
from django.utils import timezone

from .filters import end_of_week
from .models import Program, Session


def _listing(queryset, limit):
    return list(
        queryset.listing_columns().select_related("venue").prefetch_related("audiences")[:limit]
    )


def upcoming_for_topic(topic, *, limit=5) -> dict:
    programs = _listing(
        Program.objects.published()
        .for_topic(topic)
        .upcoming()
        .annotate(total=Window(Count("pk")))  # how many in all, counted before the limit
        .order_by("next_start", "title"),
        limit,
    )
    total = programs[0].total if programs else 0
    return {"programs": programs, "total": total, "heading_id": "topic-programs"}


def this_week(*, limit=6) -> dict:
    now = timezone.now()
    sessions = Session.objects.upcoming(now).filter(starts_at__lt=end_of_week(now))
    programs = _listing(
        Program.objects.published().upcoming(sessions).order_by("next_start", "title"), limit
    )
    return {"programs": programs, "this_week": True, "heading_id": "this-week"}
