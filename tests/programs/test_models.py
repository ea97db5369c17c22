import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from programs.models import Program, Schedule, Session
from tests.factories import HostFactory, ProgramFactory, VenueFactory

pytestmark = pytest.mark.django_db


def test_cancelled_dates_become_cancelled_sessions():
    start = timezone.localdate() + datetime.timedelta(days=1)
    program = ProgramFactory(
        schedules=[{"frequency": "weekly", "start_date": start}],
        cancelled=[start + datetime.timedelta(days=7)],
    )
    sessions = list(Session.objects.filter(program=program).order_by("starts_at")[:3])
    assert [s.is_cancelled for s in sessions] == [False, True, False]
    assert sessions[1].weekday == start.isoweekday()


@pytest.mark.parametrize(
    "fields, error_field",
    [
        (
            {"start_date": datetime.date(2026, 5, 1), "end_date": datetime.date(2026, 4, 1)},
            "end_date",
        ),
        ({"start_time": datetime.time(19, 0), "end_time": datetime.time(18, 0)}, "end_time"),
        ({"frequency": "weekly", "monthly_position": 2}, "monthly_position"),
    ],
)
def test_schedule_validation_gives_clear_errors(fields, error_field):
    program = ProgramFactory(schedules=[])
    values = {
        "program": program,
        "frequency": "weekly",
        "start_date": datetime.date(2026, 4, 1),
        "start_time": datetime.time(18, 0),
        "end_time": datetime.time(19, 0),
    }
    values.update(fields)
    schedule = Schedule(**values)
    with pytest.raises(ValidationError) as error:
        schedule.full_clean()
    assert error_field in error.value.message_dict


@pytest.mark.parametrize(
    "fields",
    [
        {"start_date": datetime.date(2026, 5, 1), "end_date": datetime.date(2026, 4, 1)},
        {"start_time": datetime.time(19, 0), "end_time": datetime.time(19, 0)},
        {"frequency": ""},
        {"frequency": "fortnightly-ish"},
    ],
)
def test_database_constraints_back_the_validation(fields):
    program = ProgramFactory(schedules=[])
    values = {
        "program": program,
        "frequency": "weekly",
        "start_date": datetime.date(2026, 4, 1),
        "start_time": datetime.time(18, 0),
        "end_time": datetime.time(19, 0),
    }
    values.update(fields)
    with pytest.raises(IntegrityError), transaction.atomic():
        Schedule.objects.create(**values)


def test_an_in_person_program_needs_a_venue():
    program = Program(
        title="Garden", slug="garden", category="garden", host=HostFactory(), format="in_person"
    )
    with pytest.raises(ValidationError) as error:
        program.full_clean()
    assert "venue" in error.value.message_dict
    with pytest.raises(IntegrityError), transaction.atomic():
        program.save()


def test_venue_address_and_map_link():
    venue = VenueFactory(street="12 Elm St", city="Riverton", state="OH", postal_code="45000")
    assert venue.address == "12 Elm St, Riverton, OH 45000"
    assert venue.map_url.startswith("https://www.openstreetmap.org/search?query=12+Elm+St")


def test_past_programs_are_not_upcoming():
    past = ProgramFactory(
        schedules=[
            {"frequency": "once", "start_date": timezone.localdate() - datetime.timedelta(30)}
        ]
    )
    future = ProgramFactory()
    assert list(Program.objects.upcoming()) == [future]
    assert past not in Program.objects.upcoming()
