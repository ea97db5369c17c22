"""The HSDS tabular data package: `export_hsds` and `import_hsds`."""

import csv
import datetime
import io
import json
import re
import uuid
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from rfc3986_validator import validate_rfc3986

from connection_hub.core.models import Status
from programs.hsds import mapping
from programs.models import (
    AccessibilityFeature,
    Audience,
    Cancellation,
    Host,
    Language,
    Program,
    Schedule,
    Session,
    Venue,
)
from tests.factories import (
    AccessibilityFeatureFactory,
    AudienceFactory,
    HostFactory,
    LanguageFactory,
    ProgramFactory,
    VenueFactory,
)

HSDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "hsds"
HSDS_PACKAGE = json.loads((HSDS / "datapackage.json").read_text())

pytestmark = pytest.mark.django_db


# --- a Table Schema check, written from the HSDS descriptor alone ------------------------

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
TIME = re.compile(r"^\d{2}:\d{2}:\d{2}$")
DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")


def cell_error(spec: dict, value: str) -> str | None:
    kind, form = spec["type"], spec.get("format")
    try:
        if kind == "number":
            float(value)
        elif kind == "date":
            assert len(value) == 10
            datetime.date.fromisoformat(value)
        elif kind == "time":
            assert TIME.match(value)
        elif kind == "datetime":
            assert DATETIME.match(value)
        elif form == "uuid":
            uuid.UUID(value)
        elif form == "email":
            assert EMAIL.match(value)
        elif form == "uri":
            assert validate_rfc3986(value, rule="URI")
    except (AssertionError, ValueError):
        return f"{spec['name']}={value!r} is not a {form or kind}"
    enum = spec.get("constraints", {}).get("enum")
    if enum and value not in enum:
        return f"{spec['name']}={value!r} not in {enum}"
    return None


def package_errors(directory: Path) -> list[str]:
    """Every way the CSVs in ``directory`` break the HSDS table schemas."""
    errors, tables = [], {}
    for resource in HSDS_PACKAGE["resources"]:
        file = directory / resource["path"]
        if not file.exists():
            continue
        fields = resource["schema"]["fields"]
        with open(file, newline="", encoding="utf-8") as handle:
            reader = csv.reader(handle)
            header = next(reader)
            if header != [f["name"] for f in fields]:
                errors.append(f"{resource['path']}: header {header}")
                continue
            rows = [dict(zip(header, row, strict=True)) for row in reader]
        tables[resource["name"]] = rows
        for line, row in enumerate(rows, start=2):
            for spec in fields:
                value = row[spec["name"]]
                constraints = spec.get("constraints", {})
                if value == "":
                    if constraints.get("required"):
                        errors.append(f"{resource['path']}:{line}: {spec['name']} is required")
                    continue
                error = cell_error(spec, value)
                if error:
                    errors.append(f"{resource['path']}:{line}: {error}")
        for spec in fields:
            if spec.get("constraints", {}).get("unique"):
                values = [row[spec["name"]] for row in rows if row[spec["name"]]]
                if len(values) != len(set(values)):
                    errors.append(f"{resource['path']}: {spec['name']} not unique")
    for resource in HSDS_PACKAGE["resources"]:
        for key in resource["schema"].get("foreignKeys", []):
            target = key["reference"]["resource"]
            if resource["name"] not in tables:
                continue
            known = {row["id"] for row in tables.get(target, [])}
            for line, row in enumerate(tables[resource["name"]], start=2):
                value = row[key["fields"]]
                if value and value not in known:
                    errors.append(f"{resource['path']}:{line}: {key['fields']} {value} unknown")
    return errors


def read_csv(directory: Path, name: str) -> list[dict]:
    with open(directory / name, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def write_csv(directory: Path, name: str, rows: list[dict]):
    with open(directory / name, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


# --- the directory ----------------------------------------------------------------------


def next_weekday(weekday: int, after: int = 1) -> datetime.date:
    day = timezone.localdate() + datetime.timedelta(days=after)
    return day + datetime.timedelta(days=(weekday - day.weekday()) % 7)


@pytest.fixture
def directory():
    host = HostFactory(
        name="Riverton Neighbours",
        description="A neighbourhood association.",
        email="hello@riverton.example",
        website="https://riverton.example/",
        phone="555-0100",
    )
    plain_host = HostFactory(name="Plain host")
    venue = VenueFactory(
        name="Library",
        street="2 Oak Road",
        city="Riverton",
        state="OH",
        postal_code="45010",
        directions="Bus 4 to Oak Road.",
    )
    venue.accessibility.add(AccessibilityFeatureFactory(slug="step-free-entrance"))
    hall = VenueFactory(name="Hall", street="9 Elm St", state="OH", postal_code="45011")
    second_thursday = next_weekday(3, after=1)
    while not 8 <= second_thursday.day <= 14:
        second_thursday += datetime.timedelta(days=7)
    weekly = ProgramFactory(
        title="Garden club",
        summary="Grow food with neighbours.",
        description="We **grow** things.\n\nBring gloves.",
        host=host,
        venue=venue,
        category="garden",
        audiences=[AudienceFactory(slug="older-adults", name="Older adults")],
        languages=[LanguageFactory(code="en"), LanguageFactory(code="es")],
        accessibility=[AccessibilityFeatureFactory(slug="large-print")],
        how_to_join="Just come.",
        registration_url="https://riverton.example/join",
        contact_email="garden@riverton.example",
        contact_phone="555-0101",
        verified_on=datetime.date(2026, 1, 5),
        schedules=[
            {"frequency": "weekly", "start_date": next_weekday(1), "end_date": next_weekday(1, 90)},
            {
                "frequency": "monthly",
                "start_date": second_thursday,
                "start_time": datetime.time(9, 15),
                "end_time": datetime.time(10, 0),
            },
        ],
        cancelled=[next_weekday(1, 8)],
    )
    Cancellation.objects.create(program=weekly, date=next_weekday(1, 15), reason="Holiday")
    Cancellation.objects.create(
        program=weekly,
        schedule=weekly.schedules.get(frequency="monthly"),
        date=second_thursday + datetime.timedelta(days=28),
        reason="Room booked",
    )
    hybrid = ProgramFactory(
        title="Book circle",
        host=host,
        venue=hall,
        format="hybrid",
        online_url="https://meet.example/books",
        category="cultural",
        is_free=False,
        cost_description="$5 a session",
        schedules=[
            {
                "frequency": "monthly",
                "start_date": second_thursday,
                "monthly_position": -1,
                "start_time": datetime.time(10, 0),
                "end_time": datetime.time(11, 30),
            }
        ],
    )
    online = ProgramFactory(
        title="Online chat",
        host=plain_host,
        venue=None,
        format="online",
        online_url="https://meet.example/chat",
        category="social_meetup",
        is_free=False,
        schedules=[
            {"frequency": "biweekly", "start_date": next_weekday(4)},
            # From a Monday, on Thursdays: the weekday is the rule's, not the first date's.
            {"frequency": "weekly", "start_date": next_weekday(0), "weekday": 4},
        ],
    )
    once = ProgramFactory(
        title="Harvest fair",
        host=plain_host,
        venue=hall,
        category="cultural",
        schedules=[{"frequency": "once", "start_date": next_weekday(5, 20)}],
    )
    draft = ProgramFactory(title="Secret draft", host=host, venue=hall, status=Status.DRAFT)
    return {"published": [weekly, hybrid, online, once], "draft": draft, "host": host}


def snapshot() -> dict:
    """Everything the package carries about each program, by stable id."""
    programs = Program.objects.select_related("host", "venue").prefetch_related(
        "schedules", "cancellations__schedule", "audiences", "languages", "accessibility"
    )
    data = {}
    for p in programs:
        host, venue = p.host, p.venue
        data[str(p.uuid)] = {
            "program": {
                name: getattr(p, name)
                for name in (
                    "title",
                    "summary",
                    "description",
                    "category",
                    "format",
                    "online_url",
                    "is_free",
                    "cost_description",
                    "how_to_join",
                    "registration_url",
                    "contact_email",
                    "contact_phone",
                    "verified_on",
                )
            },
            "audiences": sorted((a.slug, a.name) for a in p.audiences.all()),
            "languages": sorted((lang.code, lang.name) for lang in p.languages.all()),
            "accessibility": sorted((f.slug, f.name) for f in p.accessibility.all()),
            "host": {
                name: getattr(host, name)
                for name in ("uuid", "name", "description", "website", "email", "phone")
            },
            "venue": venue
            and {
                **{
                    name: getattr(venue, name)
                    for name in ("uuid", "name", "street", "city", "state", "postal_code")
                },
                "directions": venue.directions,
                "accessibility": sorted(f.slug for f in venue.accessibility.all()),
            },
            "schedules": sorted(
                (
                    str(s.uuid),
                    s.frequency,
                    s.start_date,
                    s.end_date,
                    s.start_time,
                    s.end_time,
                    s.weekday,
                    s.monthly_position,
                )
                for s in p.schedules.all()
            ),
            "cancellations": sorted(
                (c.date, c.reason, c.schedule and str(c.schedule.uuid))
                for c in p.cancellations.all()
            ),
        }
    return data


def empty_the_directory():
    Program.objects.all().delete()
    for model in (Venue, Host, Audience, Language, AccessibilityFeature):
        model.objects.all().delete()


def export(tmp_path) -> Path:
    out = io.StringIO()
    call_command("export_hsds", str(tmp_path), stdout=out, stderr=out)
    return tmp_path


def run_import(path) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import_hsds", str(path), stdout=out, stderr=err)
    except CommandError as error:
        raise AssertionError(err.getvalue()) from error
    return out.getvalue(), err.getvalue()


# --- export -----------------------------------------------------------------------------


def test_export_validates_against_the_hsds_table_schemas(directory, tmp_path):
    export(tmp_path)
    assert package_errors(tmp_path) == []
    names = {row["name"] for row in read_csv(tmp_path, "services.csv")}
    assert names == {"Garden club", "Book circle", "Online chat", "Harvest fair"}
    assert "Secret draft" not in (tmp_path / "services.csv").read_text()
    ours = json.loads((tmp_path / "datapackage.json").read_text())
    theirs = {r["name"]: r for r in HSDS_PACKAGE["resources"]}
    assert ours["profile"] == "tabular-data-package"
    for resource in ours["resources"]:
        assert resource["path"] == theirs[resource["name"]]["path"]
        assert [(f["name"], f["type"]) for f in resource["schema"]["fields"]] == [
            (f["name"], f["type"]) for f in theirs[resource["name"]]["schema"]["fields"]
        ]
        assert (tmp_path / resource["path"]).exists()


def test_export_rows(directory, tmp_path):
    export(tmp_path)
    schedules = {row["id"]: row for row in read_csv(tmp_path, "schedules.csv")}
    thursdays = directory["published"][2].schedules.get(frequency="weekly")
    row = schedules[str(thursdays.uuid)]
    assert row["byday"] == "TH"
    assert row["valid_from"] == thursdays.start_date.isoformat()  # a Monday
    assert row["dtstart"] == (thursdays.start_date + datetime.timedelta(days=3)).isoformat()
    weekly = directory["published"][0].schedules.get(frequency="weekly")
    row = schedules[str(weekly.uuid)]
    assert (row["freq"], row["interval"], row["byday"], row["wkst"]) == ("WEEKLY", "1", "TU", "MO")
    assert (row["dtstart"], row["until"]) == (
        weekly.start_date.isoformat(),
        weekly.end_date.isoformat(),
    )
    assert (row["opens_at"], row["closes_at"]) == ("18:00:00", "19:30:00")
    assert row["timezone"] in ("-5", "-4")  # America/New_York, the default
    locations = read_csv(tmp_path, "locations.csv")
    assert sorted(row["location_type"] for row in locations) == [
        "physical",
        "physical",
        "virtual",
        "virtual",
    ]
    assert {row["country"] for row in read_csv(tmp_path, "addresses.csv")} == {"US"}
    attributes = read_csv(tmp_path, "attributes.csv")
    garden = directory["published"][0]
    cancelled = {(a["link_entity"], a["link_id"], a["value"]) for a in attributes if a["value"]}
    assert ("service", str(garden.uuid), f"{next_weekday(1, 15).isoformat()}: Holiday") in cancelled
    monthly = garden.schedules.get(frequency="monthly")
    room = monthly.cancellations.get()
    assert ("schedule", str(monthly.uuid), f"{room.date.isoformat()}: Room booked") in cancelled


def test_an_empty_directory_exports_a_valid_package_with_its_taxonomies(tmp_path):
    export(tmp_path)
    assert package_errors(tmp_path) == []
    assert read_csv(tmp_path, "services.csv") == []
    assert len(read_csv(tmp_path, "taxonomies.csv")) == 4
    out, _ = run_import(tmp_path)
    assert "imported" in out


def test_export_leaves_out_an_address_hsds_would_reject(tmp_path):
    ProgramFactory(venue=VenueFactory(name="No postcode", postal_code=""))
    out = io.StringIO()
    call_command("export_hsds", str(tmp_path), stdout=out, stderr=out)
    assert "addresses.csv" in out.getvalue() and "postal_code" in out.getvalue()
    assert package_errors(tmp_path) == []
    assert read_csv(tmp_path, "addresses.csv") == []
    assert len(read_csv(tmp_path, "locations.csv")) == 1


# --- round trip -------------------------------------------------------------------------


def test_export_then_import_into_an_empty_directory_reproduces_every_program(directory, tmp_path):
    directory["draft"].delete()
    before = snapshot()
    export(tmp_path)
    empty_the_directory()
    assert not Program.objects.exists()
    out, err = run_import(tmp_path)
    assert "Created: 2 host organizations, 4 programs, 6 schedules, 2 venues." in out
    assert err == ""  # nothing in our own package goes unkept
    after = snapshot()
    assert after == before
    assert set(Program.objects.values_list("status", flat=True)) == {Status.DRAFT}
    assert Session.objects.exists()  # sessions were expanded for the imported schedules


def test_importing_again_updates_by_id(directory, tmp_path):
    export(tmp_path)
    garden = directory["published"][0]
    rows = read_csv(tmp_path, "services.csv")
    for row in rows:
        if row["id"] == str(garden.uuid):
            row["name"] = "Garden club (new name)"
    write_csv(tmp_path, "services.csv", rows)
    counts = (Program.objects.count(), Host.objects.count(), Schedule.objects.count())
    out, _ = run_import(tmp_path)
    assert "Updated:" in out and "Created:" not in out
    assert (Program.objects.count(), Host.objects.count(), Schedule.objects.count()) == counts
    garden.refresh_from_db()
    assert garden.title == "Garden club (new name)"
    assert garden.status == Status.PUBLISHED  # an existing listing keeps its status


def test_a_new_service_comes_in_as_a_draft(directory, tmp_path):
    export(tmp_path)
    Program.objects.filter(uuid=directory["published"][2].uuid).delete()
    run_import(tmp_path)
    assert Program.objects.get(uuid=directory["published"][2].uuid).status == Status.DRAFT


# --- bad packages -----------------------------------------------------------------------


def assert_rejected(path, *expected):
    counts = [m.objects.count() for m in (Host, Venue, Program, Schedule, Cancellation)]
    with pytest.raises(CommandError) as raised:
        err = io.StringIO()
        try:
            call_command("import_hsds", str(path), stdout=io.StringIO(), stderr=err)
        finally:
            report = err.getvalue()
    assert "Nothing imported" in str(raised.value)
    for text in expected:
        assert text in report, report
    assert [m.objects.count() for m in (Host, Venue, Program, Schedule, Cancellation)] == counts
    return report


def edit(path: Path, name: str, row_id: str, **changes):
    rows = read_csv(path, name)
    for row in rows:
        if row["id"] == row_id:
            row.update(changes)
    write_csv(path, name, rows)


@pytest.fixture
def exported(directory, tmp_path):
    export(tmp_path)
    empty_the_directory()
    return tmp_path


def test_invalid_values_are_reported_by_file_and_line(exported):
    rows = read_csv(exported, "services.csv")
    rows[1]["id"] = "not-a-uuid"
    rows[2]["status"] = "closed"
    write_csv(exported, "services.csv", rows)
    schedules = read_csv(exported, "schedules.csv")
    schedules[0]["interval"] = "1e999999999"
    schedules[1]["dtstart"] = "20261301"
    write_csv(exported, "schedules.csv", schedules)
    # Lines are the file's own: the garden club's description runs over lines 3 to 5.
    assert_rejected(
        exported,
        "services.csv, line 3: id 'not-a-uuid' is not a valid uuid",
        "services.csv, line 6: status 'closed' is not one of",
        "schedules.csv, line 2: interval '1e999999999' is not a valid number",
        "schedules.csv, line 3: dtstart '20261301' is not a valid date",
    )


def test_missing_references_and_duplicate_ids_are_reported(exported):
    rows = read_csv(exported, "schedules.csv")
    rows[0]["service_id"] = str(uuid.uuid4())
    rows[1]["id"] = rows[2]["id"]
    write_csv(exported, "schedules.csv", rows)
    assert_rejected(
        exported,
        "schedules.csv, line 2: service_id",
        "is not in services.csv",
        "schedules.csv, line 4: id",
    )


def test_rules_the_directory_cannot_represent_are_reported(exported):
    rows = read_csv(exported, "schedules.csv")
    rows[0].update(byday="MO,WE", freq="WEEKLY", count="")
    rows[1].update(freq="MONTHLY", byday="", bymonthday="15", count="")
    rows[2].update(timezone="5")
    write_csv(exported, "schedules.csv", rows)
    assert_rejected(
        exported,
        "schedules.csv, line 2: byday 'MO,WE'",
        "schedules.csv, line 3: bymonthday is not supported",
        "schedules.csv, line 4: UTC offset 5",
    )


def test_a_foreign_taxonomy_term_is_reported(exported):
    terms = read_csv(exported, "taxonomy_terms.csv")
    category = next(t for t in terms if t["code"] == "category:garden")
    category["code"] = "airs:PH-1234"
    write_csv(exported, "taxonomy_terms.csv", terms)
    report = assert_rejected(exported, "is not one of this directory's categories")
    assert "attributes.csv, line" in report
    assert "services.csv, line" in report  # the garden club is left without a category


def test_a_service_at_two_venues_is_reported(exported):
    links = read_csv(exported, "service_at_location.csv")
    venues = {
        r["id"] for r in read_csv(exported, "locations.csv") if r["location_type"] == "physical"
    }
    physical = [link for link in links if link["location_id"] in venues]
    extra = {**physical[0], "id": str(uuid.uuid4())}
    extra["location_id"] = next(v for v in venues if v != physical[0]["location_id"])
    write_csv(exported, "service_at_location.csv", [*links, extra])
    assert_rejected(exported, "a program meets at one venue and has one online link")


def test_a_model_rule_broken_in_the_middle_rolls_everything_back(exported):
    rows = read_csv(exported, "schedules.csv")
    rows[-1].update(opens_at="20:00:00", closes_at="19:00:00")
    write_csv(exported, "schedules.csv", rows)
    assert_rejected(exported, f"schedules.csv, line {len(rows) + 1}: end_time")
    assert not Host.objects.exists()


def test_unknown_columns_and_tables_without_a_place(exported):
    (exported / "funding.csv").write_text(
        "id,organization_id,service_id,source\n" + f"{uuid.uuid4()},,,Grant\n"
    )
    out, err = run_import(exported)
    assert "funding.csv: 1 row(s) not imported" in err
    empty_the_directory()
    rows = read_csv(exported, "services.csv")
    rows[0]["favourite_colour"] = "blue"
    write_csv(exported, "services.csv", rows)
    assert_rejected(exported, "services.csv, line 1: columns not in HSDS: favourite_colour")


def test_values_the_directory_does_not_keep_are_reported(exported):
    rows = read_csv(exported, "services.csv")
    rows[0]["wait_time"] = "Two weeks"
    rows[1]["wait_time"] = "None"
    write_csv(exported, "services.csv", rows)
    _, err = run_import(exported)
    assert "services.csv: wait_time is not kept (2 row(s) have one)" in err
    assert Program.objects.count() == 4


def test_a_missing_required_column_is_reported(exported):
    rows = read_csv(exported, "locations.csv")
    for row in rows:
        del row["location_type"]
    write_csv(exported, "locations.csv", rows)
    assert_rejected(exported, "locations.csv, line 1: required columns missing: location_type")


def test_import_of_a_missing_folder(tmp_path):
    with pytest.raises(CommandError, match="is not a folder"):
        call_command("import_hsds", str(tmp_path / "nowhere"))


def test_import_reads_the_weekday_and_position_from_byday(exported):
    run_import(exported)
    rules = {
        (s.program.title, s.frequency): (s.weekday, s.monthly_position)
        for s in Schedule.objects.select_related("program")
    }
    assert rules[("Garden club", "monthly")] == (4, 2)  # the second Thursday
    assert rules[("Book circle", "monthly")] == (4, -1)  # the last Thursday
    assert rules[("Online chat", "weekly")] == (4, None)
    assert rules[("Harvest fair", "once")] == (None, None)


def test_term_ids_are_stable():
    assert mapping.term_id("category", "garden") == mapping.term_id("category", "garden")
    assert mapping.term_id("category", "garden") != mapping.term_id("audience", "garden")
