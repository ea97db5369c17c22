"""The daily job archives programs whose last session has passed."""

import pytest
from django.core.management import call_command
from simple_history.utils import get_history_manager_for_model

from connection_hub.core.models import Status
from listings.tasks import archive_ended_programs
from programs.models import Program, Session
from programs.services import refresh_sessions
from tests.factories import ProgramFactory

from .conftest import days_ago

pytestmark = pytest.mark.django_db


@pytest.fixture
def ended(db):
    program = ProgramFactory(
        title="Summer garden",
        slug="summer-garden",
        schedules=[{"start_date": days_ago(60), "end_date": days_ago(3)}],
    )
    refresh_sessions(programs=[program])
    return program


def test_a_program_whose_last_session_passed_is_archived_and_gone(client, ended):
    ongoing = ProgramFactory(title="Weekly walk")  # weekly, from tomorrow, no end
    one_off_to_come = ProgramFactory(
        title="Fair", schedules=[{"frequency": "once", "start_date": days_ago(-5)}]
    )
    no_schedule = ProgramFactory(title="Call us", schedules=[])
    assert client.get("/programs/summer-garden/").status_code == 200
    assert archive_ended_programs.enqueue().return_value == 1

    ended.refresh_from_db()
    assert ended.status == Status.ARCHIVED
    for program in (ongoing, one_off_to_come, no_schedule):
        program.refresh_from_db()
        assert program.status == Status.PUBLISHED
    latest = get_history_manager_for_model(Program).filter(id=ended.pk).latest("history_date")
    assert latest.history_change_reason == "archived"
    assert latest.status == Status.ARCHIVED

    assert client.get("/programs/summer-garden/").status_code == 410
    assert "Summer garden" not in client.get("/programs/").content.decode()
    assert "Summer garden" not in client.get("/programs/calendar.ics").content.decode()
    assert "Weekly walk" in client.get("/programs/").content.decode()
    # It stays in the admin.
    assert Program.objects.filter(pk=ended.pk).exists()


def test_a_one_off_that_happened_yesterday_is_archived(db):
    program = ProgramFactory(schedules=[{"frequency": "once", "start_date": days_ago(1)}])
    Session.objects.filter(program=program).delete()
    assert archive_ended_programs.enqueue().return_value == 1
    program.refresh_from_db()
    assert program.status == Status.ARCHIVED


def test_run_daily_jobs_archives_ended_programs_after_moving_the_window(ended):
    call_command("run_daily_jobs")
    ended.refresh_from_db()
    assert ended.status == Status.ARCHIVED
    walk = ProgramFactory(schedules=[{"start_date": days_ago(-1)}])
    Session.objects.filter(program=walk).delete()  # as if the window had run out
    call_command("run_daily_jobs")
    walk.refresh_from_db()
    assert walk.status == Status.PUBLISHED
    assert Session.objects.filter(program=walk).count() >= 50
