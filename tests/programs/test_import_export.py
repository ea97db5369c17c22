"""Programs (with host, venue and one schedule), hosts and venues in and out of files,
through the admin as a signed-in organizer or editor."""

import datetime

import pytest

from connection_hub.core.models import Status
from programs.models import Frequency, Host, Program, Venue
from tests.bulk import confirm, csv_file, export, preview, rows_of_csv, rows_of_xlsx, xlsx_file
from tests.factories import HostFactory, LanguageFactory, ProgramFactory, VenueFactory
from tests.staff.conftest import sign_in  # noqa: F401 (a fixture)

pytestmark = pytest.mark.django_db

URL = "/admin/programs/program/"
NEXT_MONTH = datetime.date.today() + datetime.timedelta(days=30)


def row(**values):
    return {
        "slug": "tuesday-garden",
        "title": "Tuesday garden",
        "status": "published",
        "category": "garden",
        "summary": "Grow food together.",
        "description": "",
        "host": "green-hands",
        "venue": "north-plot",
        "format": "in_person",
        "online_url": "",
        "is_free": "1",
        "cost_description": "",
        "how_to_join": "Just come.",
        "registration_url": "",
        "contact_email": "",
        "contact_phone": "",
        "audiences": "",
        "languages": "en|es",
        "accessibility": "",
        "topics": "",
        "tags": "garden",
        "schedule_frequency": "weekly",
        "schedule_weekday": "2",
        "schedule_monthly_position": "",
        "schedule_first_date": NEXT_MONTH.isoformat(),
        "schedule_last_date": "",
        "schedule_start_time": "10:00",
        "schedule_end_time": "12:00",
        **values,
    }


@pytest.fixture
def directory():
    LanguageFactory(code="en")
    LanguageFactory(code="es")
    mine = HostFactory(name="Green Hands", slug="green-hands")
    theirs = HostFactory(name="Other Org", slug="other-org")
    VenueFactory(name="North plot", slug="north-plot")
    return mine, theirs


def test_a_bad_row_writes_nothing_and_names_the_row_and_column(client, sign_in, directory):  # noqa: F811
    mine, _theirs = directory
    sign_in("Organizers", hosts=[mine])
    rows = [row(), row(slug="second", title="Second", schedule_end_time="09:00")]
    response = preview(client, URL, csv_file(rows))
    result = response.context["result"]
    [invalid] = result.invalid_rows
    assert invalid.number == 2
    assert "schedule_end_time" in invalid.field_specific_errors
    assert "schedule_end_time" in response.content.decode()
    assert not Program.objects.exists()


@pytest.mark.parametrize("kind, make", [("csv", csv_file), ("xlsx", xlsx_file)])
def test_an_organizer_imports_programs_with_a_schedule_as_drafts(
    client,
    sign_in,  # noqa: F811
    directory,
    kind,
    make,
):
    mine, _theirs = directory
    sign_in("Organizers", hosts=[mine])
    response = preview(client, URL, make([row()]), kind)
    result = response.context["result"]
    assert not result.has_errors() and not result.has_validation_errors(), result.invalid_rows
    assert [r.import_type for r in result.rows] == ["new"]
    assert not Program.objects.exists()

    assert confirm(client, URL, response).status_code == 302
    program = Program.objects.get(slug="tuesday-garden")
    assert program.status == Status.DRAFT  # an organizer may not publish
    assert program.host == mine and program.venue.slug == "north-plot"
    assert sorted(program.languages.values_list("code", flat=True)) == ["en", "es"]
    [schedule] = program.schedules.all()
    assert (schedule.frequency, schedule.weekday) == (Frequency.WEEKLY, 2)
    assert schedule.start_time == datetime.time(10) and schedule.end_time == datetime.time(12)
    assert program.sessions.exists()  # the schedule was expanded


def test_an_organizer_cannot_import_rows_for_another_host(client, sign_in, directory):  # noqa: F811
    mine, theirs = directory
    ProgramFactory(slug="their-program", host=theirs)
    sign_in("Organizers", hosts=[mine])
    rows = [row(host="other-org"), row(slug="their-program", title="Taken over")]
    result = preview(client, URL, csv_file(rows)).context["result"]
    errors = {r.number: r.field_specific_errors for r in result.invalid_rows}
    assert "host" in errors[1]
    assert "slug" in errors[2]
    assert Program.objects.get(slug="their-program").title != "Taken over"


def test_an_editor_imports_a_published_program(client, sign_in, directory):  # noqa: F811
    sign_in("Editors")
    response = confirm(client, URL, preview(client, URL, csv_file([row()])))
    assert response.status_code == 302
    assert Program.objects.get(slug="tuesday-garden").status == Status.PUBLISHED


def test_an_organizer_exports_only_their_hosts_programs(client, sign_in, directory):  # noqa: F811
    mine, theirs = directory
    ProgramFactory(
        title="=cmd|' /C calc'!A0",
        host=mine,
        schedules=[
            {
                "frequency": "monthly",
                "weekday": 6,
                "monthly_position": -1,
                "start_date": NEXT_MONTH,
                "start_time": datetime.time(13),
                "end_time": datetime.time(15),
            }
        ],
    )
    ProgramFactory(title="Theirs", host=theirs)
    sign_in("Organizers", hosts=[mine])
    for kind, read in (("csv", rows_of_csv), ("xlsx", rows_of_xlsx)):
        rows = read(export(client, URL, kind))
        assert [r["title"] for r in rows] == ["'=cmd|' /C calc'!A0"]
        assert rows[0]["host"] == "green-hands"
        assert str(rows[0]["schedule_monthly_position"]) == "-1"
        assert rows[0]["schedule_start_time"] == "13:00"


def test_hosts_and_venues_import_and_export(client, sign_in, directory):  # noqa: F811
    mine, _theirs = directory
    sign_in("Organizers", hosts=[mine])
    # An organizer updates their own host, and may not add one.
    hosts = [
        {
            "slug": "green-hands",
            "name": "Green Hands Co-op",
            "description": "",
            "website": "",
            "email": "",
            "phone": "",
        },
        {
            "slug": "brand-new",
            "name": "Brand new",
            "description": "",
            "website": "",
            "email": "",
            "phone": "",
        },
    ]
    result = preview(client, "/admin/programs/host/", csv_file(hosts)).context["result"]
    assert [r.number for r in result.invalid_rows] == [2]
    response = preview(client, "/admin/programs/host/", csv_file(hosts[:1]))
    assert confirm(client, "/admin/programs/host/", response).status_code == 302
    assert Host.objects.get(slug="green-hands").name == "Green Hands Co-op"

    venues = [
        {
            "slug": "south-plot",
            "name": "South plot",
            "street": "2 Elm St",
            "city": "Riverton",
            "state": "OH",
            "postal_code": "",
            "directions": "",
            "accessibility": "",
        }
    ]
    response = preview(client, "/admin/programs/venue/", xlsx_file(venues), "xlsx")
    assert confirm(client, "/admin/programs/venue/", response).status_code == 302
    assert Venue.objects.get(slug="south-plot").city == "Riverton"
    rows = rows_of_csv(export(client, "/admin/programs/venue/"))
    assert "South plot" in [r["name"] for r in rows]


def test_the_program_template_file_has_the_schedule_columns(client, sign_in, directory):  # noqa: F811
    sign_in("Organizers", hosts=[directory[0]])
    header = client.get(f"{URL}import/template.csv").content.decode().strip().split(",")
    assert "host" in header and "venue" in header
    assert header[-7:] == [
        "schedule_frequency",
        "schedule_weekday",
        "schedule_monthly_position",
        "schedule_first_date",
        "schedule_last_date",
        "schedule_start_time",
        "schedule_end_time",
    ]
