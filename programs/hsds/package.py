"""The HSDS tabular data package: export the published directory, import a package as drafts.

Export flattens the API's nested services (``serializers.service_full``) into one CSV per
HSDS table, plus a ``datapackage.json`` with the HSDS table schemas. Import reads such a
package in three steps, and writes nothing unless all three pass:

1. every row is checked against its HSDS table schema (types, required values, enums,
   unique ids, references between tables);
2. each service is mapped back onto a host, a venue, a program and its schedules; what the
   directory cannot represent (two venues, a daily rule, an unknown category) is a problem;
3. the writes run in one transaction, each object ``full_clean()``-ed first; any error
   rolls everything back.

Problems are reported as "file, line N: message". New hosts, venues and programs come in
as drafts (a program's status; hosts and venues have none); existing ids are updated and
keep their status.
"""

import csv
import datetime
import json
import re
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from urllib.parse import urlparse

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone, translation
from django.utils.text import slugify

from connection_hub.core.models import Status

from ..models import (
    AccessibilityFeature,
    Audience,
    Cancellation,
    Category,
    Host,
    Language,
    Program,
    Schedule,
    Venue,
    site_zone,
)
from ..services import refresh_sessions
from . import mapping, serializers
from .tables import TABLES

# Nested keys of the API objects and the table their items are rows of.
NESTED = {
    "organization": "organization",
    "service_at_locations": "service_at_location",
    "location": "location",
    "addresses": "address",
    "accessibility": "accessibility",
    "phones": "phone",
    "contacts": "contact",
    "schedules": "schedule",
    "languages": "language",
    "cost_options": "cost_option",
    "attributes": "attribute",
    "taxonomy_term": "taxonomy_term",
}
# HSDS tables with no place in this directory: reported when they hold rows.
IGNORED_FILES = [
    "programs.csv",
    "funding.csv",
    "service_areas.csv",
    "required_documents.csv",
    "organization_identifiers.csv",
    "metadata.csv",
    "meta_table_descriptions.csv",
]


def required_fields(table: str) -> list[str]:
    return [f["name"] for f in TABLES[table]["fields"] if f.get("constraints", {}).get("required")]


def field_names(table: str) -> list[str]:
    return [f["name"] for f in TABLES[table]["fields"]]


# --- export -----------------------------------------------------------------------------


def flatten(table: str, obj: dict, rows: dict) -> None:
    """Add ``obj`` and every object nested in it to ``rows[table][id]``."""
    row = {k: v for k, v in obj.items() if not isinstance(v, list | dict)}
    rows[table].setdefault(row["id"], {}).update(row)
    for key, value in obj.items():
        if key in NESTED and value:
            for child in value if isinstance(value, list) else [value]:
                flatten(NESTED[key], child, rows)


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def descriptor() -> dict:
    return {
        "name": "connection-hub-programs",
        "title": "Connection Hub community programs",
        "description": "The published programs of the directory, as Open Referral HSDS.",
        "profile": "tabular-data-package",
        "version": mapping.HSDS_VERSION,
        "created": mapping.datetime_value(timezone.now()),
        "resources": [
            {
                "name": name,
                "path": table["path"],
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": {
                    "fields": table["fields"],
                    "primaryKey": "id",
                    "foreignKeys": [
                        {"fields": column, "reference": {"resource": target, "fields": "id"}}
                        for column, target in table["foreignKeys"]
                    ],
                },
            }
            for name, table in TABLES.items()
        ],
    }


def export_package(directory: Path) -> list[str]:
    """Write the package into ``directory``; returns warnings (what HSDS could not take)."""
    rows = defaultdict(dict)
    with translation.override(settings.LANGUAGE_CODE):
        programs = serializers.service_queryset(full=True).order_by("title", "pk")
        for program in programs.iterator(chunk_size=500):
            flatten("service", serializers.service_full(program), rows)
        for taxonomy in serializers.taxonomies():
            flatten("taxonomy", taxonomy, rows)
        for term in serializers.taxonomy_terms():
            flatten("taxonomy_term", term, rows)
    warnings = []
    for table in TABLES:
        required = required_fields(table)
        for row_id, row in list(rows[table].items()):
            missing = [name for name in required if row.get(name) in (None, "")]
            if missing:
                del rows[table][row_id]
                warnings.append(
                    f"{TABLES[table]['path']}: {row_id} left out, HSDS requires "
                    + ", ".join(missing)
                    + (f" (location {row['location_id']})" if "location_id" in row else "")
                )
    directory.mkdir(parents=True, exist_ok=True)
    for name, table in TABLES.items():
        columns = field_names(name)
        with open(directory / table["path"], "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(columns)
            for row in rows[name].values():
                writer.writerow([_cell(row.get(column)) for column in columns])
    (directory / "datapackage.json").write_text(json.dumps(descriptor(), indent=2) + "\n")
    return warnings


# --- reading and checking ---------------------------------------------------------------


@dataclass
class Problem:
    path: str
    line: int
    message: str

    def __str__(self):
        return (
            f"{self.path}, line {self.line}: {self.message}"
            if self.line
            else (f"{self.path}: {self.message}")
        )


class PackageError(Exception):
    def __init__(self, problems: list[Problem]):
        super().__init__(f"{len(problems)} problem(s)")
        self.problems = problems


@dataclass
class Row:
    table: str
    line: int
    values: dict  # parsed: uuid strings, dates, times, numbers; empty cells absent

    def get(self, name, default=None):
        return self.values.get(name, default)

    @property
    def id(self) -> str:
        return self.values["id"]


LARGEST_EXPONENT = 12  # no HSDS number comes near 10**12; "1e999999" is not one to expand
TIME = re.compile(r"^(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?$")


def parse_time(raw: str) -> tuple[datetime.time, float | None]:
    """HH:MM[:SS] with an optional Z or UTC offset: (time, offset hours or None)."""
    match = TIME.match(raw)
    if not match:
        raise ValueError
    hour, minute, second, zone = match.groups()
    value = datetime.time(int(hour), int(minute), int(second or 0))
    if zone is None:
        return value, None
    if zone == "Z":
        return value, 0.0
    sign = -1 if zone[0] == "-" else 1
    digits = zone[1:].replace(":", "")
    return value, sign * (int(digits[:2]) + int(digits[2:]) / 60)


def parse_cell(spec: dict, raw: str):
    kind, form = spec["type"], spec.get("format")
    if kind == "number":
        value = Decimal(raw)
        if not value.is_finite() or value.adjusted() >= LARGEST_EXPONENT:
            raise ValueError
        return int(value) if value == value.to_integral_value() else float(value)
    if kind == "date":
        if len(raw) != 10:  # YYYY-MM-DD, not the other forms fromisoformat takes
            raise ValueError
        return datetime.date.fromisoformat(raw)
    if kind == "time":
        return parse_time(raw)
    if kind == "datetime":
        return datetime.datetime.fromisoformat(raw)
    if form == "uuid":
        return str(uuid.UUID(raw))
    if form == "email" and ("@" not in raw or " " in raw):
        raise ValueError
    if form == "uri":
        parts = urlparse(raw)
        if not (parts.scheme and (parts.netloc or parts.path)):
            raise ValueError
    return raw


def read_table(directory: Path, table: str, problems: list[Problem]) -> list[Row]:
    path = TABLES[table]["path"]
    file = directory / path
    if not file.exists():
        return []
    specs = {spec["name"]: spec for spec in TABLES[table]["fields"]}
    rows = []
    with open(file, newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        unknown = [name for name in reader.fieldnames or [] if name not in specs]
        if unknown:
            problems.append(Problem(path, 1, "columns not in HSDS: " + ", ".join(unknown)))
            return []
        absent = [name for name in required_fields(table) if name not in reader.fieldnames]
        if absent:
            problems.append(Problem(path, 1, "required columns missing: " + ", ".join(absent)))
            return []
        line = 1
        for record in reader:
            start, line = line + 1, reader.line_num
            if None in record:
                problems.append(Problem(path, start, "more cells than columns"))
                continue
            values = {}
            for name, raw in record.items():
                raw = (raw or "").strip()
                constraints = specs[name].get("constraints", {})
                if not raw:
                    if constraints.get("required"):
                        problems.append(Problem(path, start, f"{name} is required"))
                    continue
                try:
                    values[name] = parse_cell(specs[name], raw)
                except (ValueError, InvalidOperation):
                    expected = specs[name].get("format") or specs[name]["type"]
                    problems.append(
                        Problem(path, start, f"{name} {raw!r} is not a valid {expected}")
                    )
                    continue
                if "enum" in constraints and raw not in constraints["enum"]:
                    allowed = ", ".join(constraints["enum"])
                    problems.append(Problem(path, start, f"{name} {raw!r} is not one of {allowed}"))
            if "id" in values:
                rows.append(Row(table, start, values))
    return rows


def read_package(directory: Path) -> tuple[dict[str, list[Row]], list[Problem], list[str]]:
    problems, warnings = [], []
    tables = {table: read_table(directory, table, problems) for table in TABLES}
    for name in IGNORED_FILES:
        file = directory / name
        if file.exists():
            with open(file, newline="", encoding="utf-8-sig") as handle:
                count = sum(1 for _ in csv.DictReader(handle))
            if count:
                warnings.append(f"{name}: {count} row(s) not imported (no place for them here)")
    ids = {table: {} for table in TABLES}
    for table, rows in tables.items():
        path = TABLES[table]["path"]
        unique = [
            f["name"] for f in TABLES[table]["fields"] if f.get("constraints", {}).get("unique")
        ]
        for name in unique:
            seen = {}
            for row in rows:
                value = row.get(name)
                if value is None:
                    continue
                if value in seen:
                    message = f"{name} {value} is also on line {seen[value]}"
                    problems.append(Problem(path, row.line, message))
                seen.setdefault(value, row.line)
        ids[table] = {row.id: row for row in rows}
    for table, rows in tables.items():
        for column, target in TABLES[table]["foreignKeys"]:
            for row in rows:
                value = row.get(column)
                if value is not None and value not in ids[target]:
                    message = f"{column} {value} is not in {TABLES[target]['path']}"
                    problems.append(Problem(TABLES[table]["path"], row.line, message))
    return tables, problems, warnings


# --- mapping rows back onto the models --------------------------------------------------

# The columns the import reads; values in the others are reported as not kept. (Schedule
# descriptions and notes are text the export writes from the rule and the cancelled dates.)
KEPT = {
    "organization": {"id", "name", "description", "email", "website", *mapping.HOST_FIELDS},
    "service": {
        "id",
        "organization_id",
        "status",
        "assured_date",
        "last_modified",
        *mapping.SERVICE_FIELDS,
    },
    "location": {
        "id",
        "location_type",
        "url",
        "organization_id",
        *mapping.VENUE_FIELDS,
        *mapping.VENUE_NUMBERS,
    },
    "address": {"id", "location_id", "country", "address_type", *mapping.ADDRESS_FIELDS},
    "service_at_location": {"id", "service_id", "location_id"},
    "phone": {"id", "service_id", "organization_id", "number"},
    "contact": {"id", "service_id", "email"},
    "schedule": {
        "id",
        "service_id",
        "service_at_location_id",
        "valid_from",
        "valid_to",
        "dtstart",
        "timezone",
        "until",
        "count",
        "wkst",
        "freq",
        "interval",
        "byday",
        "byweekno",
        "bymonthday",
        "byyearday",
        "opens_at",
        "closes_at",
        "description",
        "notes",
    },
    "language": {"id", "service_id", "name", "code"},
    "accessibility": {"id", "location_id", "description"},
    "cost_option": {"id", "service_id", "option", "currency", "amount", "amount_description"},
    "attribute": {"id", "link_id", "link_entity", "link_type", "taxonomy_term_id", "value"},
}


def unkept_values(tables: dict[str, list[Row]]) -> list[str]:
    warnings = []
    for table, kept in KEPT.items():
        counts = defaultdict(int)
        for row in tables[table]:
            for name in row.values.keys() - kept:
                counts[name] += 1
        for name, count in sorted(counts.items()):
            path = TABLES[table]["path"]
            warnings.append(f"{path}: {name} is not kept ({count} row(s) have one)")
    return warnings


@dataclass
class ServicePlan:
    row: Row
    values: dict = field(default_factory=dict)
    host_id: str = ""
    venue_id: str | None = None
    audiences: list[str] = field(default_factory=list)
    languages: list[tuple[str, str]] = field(default_factory=list)
    accessibility: list[str] = field(default_factory=list)
    schedules: list[tuple[Row, dict]] = field(default_factory=list)
    # (date, reason, schedule id or None for every session that day)
    cancellations: list[tuple[datetime.date, str, str | None]] = field(default_factory=list)


@dataclass
class Plan:
    hosts: dict[str, tuple[Row, dict]] = field(default_factory=dict)
    venues: dict[str, tuple[Row, dict, list[str]]] = field(default_factory=dict)
    services: list[ServicePlan] = field(default_factory=list)
    audiences: dict[str, str] = field(default_factory=dict)  # slug -> name
    features: dict[str, str] = field(default_factory=dict)  # slug -> name
    warnings: list[str] = field(default_factory=list)


class Mapper:
    """Turns checked rows into a ``Plan``, collecting what cannot be represented."""

    def __init__(self, tables: dict[str, list[Row]]):
        self.tables = tables
        self.problems: list[Problem] = []
        self.plan = Plan()
        self.by = defaultdict(lambda: defaultdict(list))  # table -> column -> value -> rows
        for table, rows in tables.items():
            for row in rows:
                for column in (
                    "service_id",
                    "location_id",
                    "organization_id",
                    "link_id",
                    "service_at_location_id",
                ):
                    if row.get(column):
                        self.by[table][column, row.get(column)].append(row)
        self.locations = {row.id: row for row in tables["location"]}
        self.terms = {row.id: row for row in tables["taxonomy_term"]}

    def problem(self, row: Row, message: str):
        self.problems.append(Problem(TABLES[row.table]["path"], row.line, message))

    def related(self, table: str, column: str, value: str) -> list[Row]:
        return self.by[table][column, value]

    def run(self) -> Plan:
        self.terms_to_slugs()
        for row in self.tables["organization"]:
            self.host(row)
        for row in self.tables["service"]:
            self.service(row)
        for row in self.tables["schedule"]:
            if not row.get("service_id") and not row.get("service_at_location_id"):
                self.problem(row, "a schedule must belong to a service (service_id)")
        kept = {row.id for row in self.tables["service"]} | {
            row.id for row in self.tables["schedule"]
        }
        for row in self.tables["attribute"]:
            if row.get("link_id") not in kept:
                self.plan.warnings.append(
                    f"attributes.csv, line {row.line}: only attributes of services and "
                    "schedules are kept"
                )
        self.plan.warnings += unkept_values(self.tables)
        return self.plan

    def terms_to_slugs(self):
        for row in self.tables["taxonomy_term"]:
            kind, _, slug = (row.get("code") or "").partition(":")
            if kind == "audience" and slug:
                self.plan.audiences[slug] = row.get("name")
            elif kind == "accessibility" and slug:
                self.plan.features[slug] = row.get("name")

    def host(self, row: Row):
        values = {attr: row.get(key, "") for key, attr in mapping.HOST_FIELDS.items()}
        description = row.get("description", "")
        values["description"] = "" if description == row.get("name") else description
        phones = self.related("phone", "organization_id", row.id)
        values["phone"] = phones[0].get("number") if phones else ""
        for extra in phones[1:]:
            self.problem(extra, "an organization has one phone number here")
        self.plan.hosts[row.id] = (row, values)

    def venue(self, location: Row) -> str | None:
        if location.id in self.plan.venues:
            return location.id
        values = {}
        for key, attr in mapping.VENUE_FIELDS.items():
            values[attr] = location.get(key, "")
        for key, attr in mapping.VENUE_NUMBERS.items():
            values[attr] = location.get(key) if location.get(key) not in (None, "") else None
        if not values.get("name"):
            self.problem(location, "a venue needs a name")
            return None
        addresses = self.related("address", "location_id", location.id)
        physical = [a for a in addresses if a.get("address_type") == "physical"] or addresses
        if not physical:
            self.problem(location, "a venue needs an address (addresses.csv)")
            return None
        address = physical[0]
        for extra in physical[1:]:
            self.problem(extra, "a venue has one address here")
        if address.get("country", "").upper() != mapping.COUNTRY:
            self.problem(address, f"only addresses in {mapping.COUNTRY} are kept here")
        for key, attr in mapping.ADDRESS_FIELDS.items():
            values[attr] = address.get(key, "")
        features = []
        for row in self.related("accessibility", "location_id", location.id):
            name = row.get("description")
            if not name:
                self.problem(row, "accessibility needs a description (the feature's name)")
                continue
            features.append(self.feature_slug(name))
        self.plan.venues[location.id] = (location, values, features)
        return location.id

    def feature_slug(self, name: str) -> str:
        for slug, known in self.plan.features.items():
            if known.lower() == name.lower():
                return slug
        existing = AccessibilityFeature.objects.filter(name__iexact=name).first()
        slug = existing.slug if existing else slugify(name)[:100]
        self.plan.features.setdefault(slug, name)
        return slug

    def service(self, row: Row):
        plan = ServicePlan(row=row, host_id=row.get("organization_id"))
        values = {attr: row.get(key, "") for key, attr in mapping.SERVICE_FIELDS.items()}
        values["verified_on"] = row.get("assured_date")
        if not values["contact_email"]:
            emails = [c.get("email") for c in self.related("contact", "service_id", row.id)]
            values["contact_email"] = next((e for e in emails if e), "")
        phones = self.related("phone", "service_id", row.id)
        values["contact_phone"] = phones[0].get("number") if phones else ""
        costs = self.related("cost_option", "service_id", row.id)
        values["is_free"] = not costs or any(c.get("amount") == 0 for c in costs)
        if not values["cost_description"]:
            descriptions = [c.get("amount_description") for c in costs]
            values["cost_description"] = next((d for d in descriptions if d), "")
        self.locations_of(plan, values)
        self.attributes_of(plan, values)
        for language in self.related("language", "service_id", row.id):
            if not language.get("code"):
                self.problem(language, "a language needs its code")
                continue
            plan.languages.append((language.get("code"), language.get("name") or ""))
        schedules = list(self.related("schedule", "service_id", row.id))
        for at in self.related("service_at_location", "service_id", row.id):
            schedules += self.related("schedule", "service_at_location_id", at.id)
        for schedule in {s.id: s for s in schedules}.values():
            rule = self.schedule(schedule)
            if rule is not None:
                plan.schedules.append((schedule, rule))
                self.schedule_cancellations(plan, schedule)
        plan.values = values
        self.plan.services.append(plan)

    def locations_of(self, plan: ServicePlan, values: dict):
        venues, links = [], []
        for at in self.related("service_at_location", "service_id", plan.row.id):
            location = self.locations[at.get("location_id")]
            if location.get("location_type") == "virtual":
                if not location.get("url"):
                    self.problem(location, "a virtual location needs its url")
                links.append(location.get("url", ""))
            elif location.get("location_type") == "physical":
                venues.append(location)
            else:
                self.problem(location, "postal locations are not kept here")
        if len(venues) > 1 or len(links) > 1:
            self.problem(plan.row, "a program meets at one venue and has one online link")
        if not venues and not links:
            self.problem(plan.row, "a program needs a venue or an online link")
        plan.venue_id = self.venue(venues[0]) if venues else None
        values["online_url"] = links[0] if links else ""
        values["format"] = mapping.format_from_locations(bool(venues), values["online_url"])

    def attributes_of(self, plan: ServicePlan, values: dict):
        categories = []
        values["summary"] = ""
        for attribute in self.related("attribute", "link_id", plan.row.id):
            term = self.terms[attribute.get("taxonomy_term_id")]
            kind, _, slug = (term.get("code") or "").partition(":")
            value = attribute.get("value", "")
            if kind == "category" and slug in Category.values:
                categories.append(slug)
            elif kind == "audience" and slug:
                plan.audiences.append(slug)
            elif kind == "accessibility" and slug:
                plan.accessibility.append(slug)
            elif (kind, slug) == ("detail", "summary"):
                values["summary"] = value
            elif (kind, slug) == ("detail", "cancelled"):
                self.cancellation(plan, attribute, None)
            else:
                self.unknown_term(attribute, term)
        if len(categories) != 1:
            self.problem(plan.row, f"a program has exactly one category, not {len(categories)}")
        values["category"] = categories[0] if categories else ""

    def unknown_term(self, attribute: Row, term: Row):
        self.problem(
            attribute,
            f"taxonomy term {term.get('code') or term.id} is not one of this "
            "directory's categories, audiences, accessibility features or details",
        )

    def cancellation(self, plan: ServicePlan, attribute: Row, schedule_id: str | None):
        value = attribute.get("value", "")
        try:
            day = datetime.date.fromisoformat(value[:10])
        except ValueError:
            self.problem(attribute, f"a cancelled date needs YYYY-MM-DD, not {value!r}")
            return
        if any((d, sid) == (day, schedule_id) for d, _, sid in plan.cancellations):
            self.problem(attribute, f"{day} is cancelled twice")
            return
        plan.cancellations.append((day, value[10:].removeprefix(":").strip(), schedule_id))

    def schedule_cancellations(self, plan: ServicePlan, schedule: Row):
        """Dates one schedule does not meet: attributes linked to the schedule."""
        for attribute in self.related("attribute", "link_id", schedule.id):
            term = self.terms[attribute.get("taxonomy_term_id")]
            if term.get("code") == mapping.term_code("detail", "cancelled"):
                self.cancellation(plan, attribute, schedule.id)
            else:
                self.unknown_term(attribute, term)

    def schedule(self, row: Row) -> dict | None:
        start = row.get("valid_from") or row.get("dtstart")
        opens, closes = row.get("opens_at"), row.get("closes_at")
        if not start or not opens or not closes:
            self.problem(row, "a schedule needs dtstart (or valid_from), opens_at and closes_at")
            return None
        (start_time, opens_offset), (end_time, closes_offset) = opens, closes
        offsets = mapping.zone_offsets(start.year)
        for offset in (row.get("timezone"), opens_offset, closes_offset):
            if offset is not None and float(offset) not in offsets:
                self.problem(
                    row, f"UTC offset {offset} is not this directory's time zone ({site_zone()})"
                )
                return None
        try:
            rule = mapping.rule_fields(row.values, start)
        except mapping.Unrepresentable as error:
            self.problem(row, str(error))
            return None
        return {
            **rule,
            "start_date": start,
            "end_date": row.get("until") or row.get("valid_to"),
            "start_time": start_time,
            "end_time": end_time,
        }


# --- writing ----------------------------------------------------------------------------


@dataclass
class ImportResult:
    created: dict = field(default_factory=lambda: defaultdict(int))
    updated: dict = field(default_factory=lambda: defaultdict(int))
    warnings: list[str] = field(default_factory=list)


class Writer:
    def __init__(self, plan: Plan):
        self.plan = plan
        self.result = ImportResult(warnings=list(plan.warnings))
        self.problems: list[Problem] = []
        self.slugs = defaultdict(set)

    def problem(self, row: Row, error: ValidationError):
        for name, messages in error.message_dict.items():
            for message in messages:
                where = "" if name == "__all__" else f"{name}: "
                self.problems.append(Problem(TABLES[row.table]["path"], row.line, where + message))

    def unique_slug(self, model, name: str) -> str:
        base = slugify(name)[:240] or "imported"
        slug, n = base, 2
        while slug in self.slugs[model] or model.objects.filter(slug=slug).exists():
            slug, n = f"{base}-{n}", n + 1
        self.slugs[model].add(slug)
        return slug

    def upsert(self, model, row: Row, values: dict, defaults: dict | None = None):
        obj = model.objects.filter(uuid=row.id).first()
        created = obj is None
        if created:
            obj = model(uuid=row.id, **(defaults or {}))
            obj.slug = self.unique_slug(model, values.get("name") or values.get("title") or "")
        for name, value in values.items():
            setattr(obj, name, value)
        try:
            obj.full_clean()
        except ValidationError as error:
            self.problem(row, error)
            return None
        obj.save()
        counter = self.result.created if created else self.result.updated
        counter[model._meta.verbose_name_plural] += 1
        return obj

    def run(self) -> ImportResult:
        audiences = {
            slug: Audience.objects.get_or_create(slug=slug, defaults={"name": name or slug})[0]
            for slug, name in self.plan.audiences.items()
        }
        features = {
            slug: AccessibilityFeature.objects.get_or_create(
                slug=slug, defaults={"name": name or slug}
            )[0]
            for slug, name in self.plan.features.items()
        }
        hosts = {
            row_id: self.upsert(Host, row, values)
            for row_id, (row, values) in self.plan.hosts.items()
        }
        venues = {}
        for row_id, (row, values, slugs) in self.plan.venues.items():
            venue = venues[row_id] = self.upsert(Venue, row, values)
            if venue:
                venue.accessibility.set([features[slug] for slug in slugs])
        programs = []
        for service in self.plan.services:
            values = {
                **service.values,
                "host": hosts.get(service.host_id),
                "venue": venues.get(service.venue_id),
            }
            if values["host"] is None or (service.venue_id and values["venue"] is None):
                continue  # its host or venue already has a problem
            program = self.upsert(Program, service.row, values, defaults={"status": Status.DRAFT})
            if program is None:
                continue
            programs.append(program)
            # Every slug came from a taxonomy term row, so it is in the plan.
            program.audiences.set([audiences[slug] for slug in service.audiences])
            program.accessibility.set([features[slug] for slug in service.accessibility])
            program.languages.set(
                [
                    Language.objects.get_or_create(code=code, defaults={"name": name or code})[0]
                    for code, name in service.languages
                ]
            )
            schedules = self.schedules(program, service)
            program.cancellations.all().delete()
            Cancellation.objects.bulk_create(
                Cancellation(
                    program=program,
                    schedule=schedules.get(schedule_id),
                    date=day,
                    reason=reason,
                )
                for day, reason, schedule_id in service.cancellations
                if schedule_id is None or schedule_id in schedules
            )
        if not self.problems:
            refresh_sessions(programs=programs)
        return self.result

    def schedules(self, program: Program, service: ServicePlan) -> dict[str, Schedule]:
        """Write the service's schedules (and drop the program's others); by id."""
        saved = {}
        keep = [row.id for row, _ in service.schedules]
        program.schedules.exclude(uuid__in=keep).delete()
        for row, values in service.schedules:
            schedule = Schedule.objects.filter(uuid=row.id).first()
            created = schedule is None
            schedule = schedule or Schedule(uuid=row.id)
            schedule.program = program
            for name, value in values.items():
                setattr(schedule, name, value)
            try:
                schedule.full_clean()
            except ValidationError as error:
                self.problem(row, error)
                continue
            schedule.save()
            saved[row.id] = schedule
            counter = self.result.created if created else self.result.updated
            counter["schedules"] += 1
        return saved


class _RollBack(Exception):
    pass


def import_package(directory: Path) -> ImportResult:
    """Load the package in ``directory``; raises ``PackageError`` (and writes nothing)."""
    tables, problems, warnings = read_package(directory)
    if problems:
        raise PackageError(problems)
    with translation.override(settings.LANGUAGE_CODE):
        mapper = Mapper(tables)
        plan = mapper.run()
        if mapper.problems:
            raise PackageError(mapper.problems)
        plan.warnings = warnings + plan.warnings
        writer = Writer(plan)
        try:
            with transaction.atomic():
                result = writer.run()
                if writer.problems:
                    raise _RollBack
        except _RollBack:
            raise PackageError(writer.problems) from None
    return result
