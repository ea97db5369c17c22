import datetime

import pytest
from django.utils import timezone

from connection_hub.core.models import Status
from programs.models import Program, Session
from tests.factories import AudienceFactory, HostFactory, ProgramFactory, VenueFactory

pytestmark = pytest.mark.django_db


def inline(prefix, rows):
    data = {
        f"{prefix}-TOTAL_FORMS": str(len(rows)),
        f"{prefix}-INITIAL_FORMS": "0",
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }
    for i, row in enumerate(rows):
        data.update({f"{prefix}-{i}-{k}": v for k, v in row.items()})
    return data


def program_form(host, venue, schedules, cancellations=(), **extra):
    data = {
        "title_en": "Second Tuesday supper club",
        "slug": "supper-club",
        "status": Status.PUBLISHED,
        "category": "social_meetup",
        "summary_en": "Dinner with neighbours.",
        "host": host.pk,
        "venue": venue.pk,
        "format": "in_person",
        "is_free": "on",
        **inline("schedules", schedules),
        **inline("cancellations", list(cancellations)),
    }
    data.update(extra)
    return data


def test_organizer_creates_a_monthly_program_with_a_cancelled_date(staff_client):
    host, venue = HostFactory(), VenueFactory()
    audience = AudienceFactory(slug="older-adults")
    # The second Tuesday on or after next month's start.
    first = (timezone.localdate().replace(day=1) + datetime.timedelta(days=32)).replace(day=1)
    while first.weekday() != 1:
        first += datetime.timedelta(days=1)
    second_tuesday = first + datetime.timedelta(days=7)
    cancelled = (second_tuesday.replace(day=1) + datetime.timedelta(days=32)).replace(day=1)
    while cancelled.weekday() != 1:
        cancelled += datetime.timedelta(days=1)
    cancelled += datetime.timedelta(days=7)
    data = program_form(
        host,
        venue,
        schedules=[
            {
                "frequency": "monthly",
                "weekday": "2",
                "monthly_position": "2",
                "start_date": second_tuesday.isoformat(),
                "start_time": "18:00",
                "end_time": "19:30",
            }
        ],
        cancellations=[{"date": cancelled.isoformat(), "reason_en": "Holiday"}],
        audiences=[audience.pk],
    )
    response = staff_client.post("/admin/programs/program/add/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    program = Program.objects.get(slug="supper-club")
    sessions = list(Session.objects.filter(program=program).order_by("starts_at")[:3])
    local = [timezone.localtime(s.starts_at) for s in sessions]
    assert all(d.weekday() == 1 and 8 <= d.day <= 14 for d in local)
    assert all((d.hour, d.minute) == (18, 0) for d in local)
    assert [s.is_cancelled for s in sessions] == [False, True, False]
    page = staff_client.get("/programs/supper-club/").content.decode()
    assert "Cancelled" in page and "Holiday" in page


@pytest.mark.parametrize(
    "schedule, message",
    [
        (
            {
                "frequency": "weekly",
                "start_date": "2026-05-01",
                "end_date": "2026-04-01",
                "start_time": "18:00",
                "end_time": "19:00",
            },
            "The last date cannot be before the first",
        ),
        (
            {
                "frequency": "weekly",
                "start_date": "2026-05-01",
                "start_time": "19:00",
                "end_time": "18:00",
            },
            "A session must end after it starts",
        ),
        (
            {
                "frequency": "",
                "start_date": "2026-05-01",
                "start_time": "18:00",
                "end_time": "19:00",
            },
            "This field is required",
        ),
    ],
)
def test_schedule_errors_show_beside_the_fields_and_keep_what_was_typed(
    staff_client, schedule, message
):
    data = program_form(HostFactory(), VenueFactory(), schedules=[schedule])
    response = staff_client.post("/admin/programs/program/add/", data)
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert "Second Tuesday supper club" in html
    assert not Program.objects.filter(slug="supper-club").exists()


def test_in_person_program_without_venue_is_refused(staff_client):
    data = program_form(HostFactory(), VenueFactory(), schedules=[])
    data["venue"] = ""
    response = staff_client.post("/admin/programs/program/add/", data)
    assert response.status_code == 200
    assert "needs a venue" in response.content.decode()


def test_duplicate_action_makes_a_draft_copy_with_schedules(staff_client):
    program = ProgramFactory(title="Garden", slug="garden", tags=["soil"])
    response = staff_client.post(
        "/admin/programs/program/", {"action": "duplicate", "_selected_action": [program.pk]}
    )
    assert response.status_code == 302
    copy = Program.objects.get(slug="garden-copy")
    assert copy.status == Status.DRAFT
    assert copy.uuid != program.uuid
    assert copy.schedules.count() == program.schedules.count()
    assert [t.name for t in copy.tags.all()] == ["soil"]
    assert staff_client.get("/programs/garden-copy/").status_code == 404  # a draft


def test_host_and_venue_autocomplete_and_list_filters(staff_client):
    HostFactory(name="Green Roots Garden Collective")
    response = staff_client.get(
        "/admin/autocomplete/",
        {"term": "green", "app_label": "programs", "model_name": "program", "field_name": "host"},
    )
    assert response.status_code == 200
    assert "Green Roots" in response.content.decode()
    ProgramFactory(title="Choir", category="arts")
    ProgramFactory(title="Garden", category="garden")
    listing = staff_client.get("/admin/programs/program/?category__exact=arts").content.decode()
    assert "Choir" in listing and ">Garden<" not in listing
