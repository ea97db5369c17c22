"""Writes that touch several program models."""

import datetime
import uuid

from django.db import transaction
from django.utils import timezone

from connection_hub.core.i18n import localized_field
from connection_hub.core.models import Status

from .models import PartOfDay, Program, Session, site_zone

# Sessions are expanded this far ahead; `manage.py refresh_sessions` (daily) moves the window.
HORIZON = datetime.timedelta(days=366)


def _window_start() -> datetime.datetime:
    """Midnight today in the site's zone: today's earlier sessions stay listed as today's."""
    today = timezone.localdate(timezone=site_zone())
    return datetime.datetime.combine(today, datetime.time.min, tzinfo=site_zone())


@transaction.atomic
def refresh_sessions(*, programs) -> int:
    """Re-expand the schedules of ``programs`` into Session rows for the coming year.

    Cancelled dates become sessions marked cancelled, so a resident sees that a
    session they expected is off. Returns the number of sessions written.
    """
    programs = list(programs)
    start = _window_start()
    end = start + HORIZON
    ids = [p.pk for p in programs]
    Session.objects.filter(program_id__in=ids).delete()
    loaded = Program.objects.filter(pk__in=ids).prefetch_related("schedules", "cancellations")
    rows = []
    for program in loaded:
        for schedule in program.schedules.all():
            cancelled = {c.date for c in program.cancellations.all() if c.applies_to(schedule)}
            for begins, ends in schedule.occurrences(start, end):
                local = timezone.localtime(begins, site_zone())
                rows.append(
                    Session(
                        program=program,
                        schedule=schedule,
                        starts_at=begins,
                        ends_at=ends,
                        weekday=local.isoweekday(),
                        part_of_day=PartOfDay.of(local.time()),
                        is_cancelled=local.date() in cancelled,
                    )
                )
    Session.objects.bulk_create(rows, batch_size=1000)
    return len(rows)


def refresh_all_sessions() -> int:
    total = 0
    queryset = Program.objects.order_by("pk")
    for offset in range(0, queryset.count(), 500):
        total += refresh_sessions(programs=queryset[offset : offset + 500])
    return total


@transaction.atomic
def duplicate_program(*, program: Program) -> Program:
    """A draft copy of ``program``: schedules, relations and tags, not cancellations."""
    source = Program.objects.get(pk=program.pk)
    copy = Program.objects.get(pk=program.pk)
    copy.pk = None
    copy.id = None
    copy._state.adding = True
    copy.uuid = uuid.uuid4()
    base_slug = f"{source.slug}-copy"[:240]
    slug, n = base_slug, 2
    while Program.objects.filter(slug=slug).exists():
        slug, n = f"{base_slug}-{n}", n + 1
    copy.slug = slug
    title = localized_field("title")
    setattr(copy, title, f"{getattr(source, title)} (copy)"[:255])
    copy.status = Status.DRAFT
    copy.published_at = None
    copy.full_clean()
    copy.save()
    for field in ("audiences", "languages", "accessibility", "topics", "practices"):
        getattr(copy, field).set(getattr(source, field).all())
    copy.tags.set(list(source.tags.all()))
    for schedule in source.schedules.all():
        schedule.pk = None
        schedule.id = None
        schedule._state.adding = True
        schedule.uuid = uuid.uuid4()
        schedule.program = copy
        schedule.save()
    refresh_sessions(programs=[copy])
    return copy
