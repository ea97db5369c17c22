"""Programs, hosts and venues as HSDS 3.0 objects (plain dicts, ready for JSON).

One set of functions serves the read API and the data package export: the package's rows
are these objects flattened (``package.flatten``), so the two never disagree. Text is
served in the site's default language. Empty optional values are left out: HSDS types them
as strings, so they are absent rather than null.
"""

import datetime
from decimal import Decimal

from django.db.models import Exists, OuterRef, Prefetch
from django.db.models.functions import Coalesce, Greatest
from django.utils.formats import date_format

from ..models import AccessibilityFeature, Audience, Category, Host, Program, ProgramFormat
from . import mapping
from .mapping import derived_id

FULL_PREFETCH = (
    "schedules",
    "cancellations",
    "audiences",
    "languages",
    "accessibility",
    "venue__accessibility",
)


def modified():
    """When a listing last changed: the program, its host or its venue, whichever is latest."""
    return Greatest("updated_at", "host__updated_at", Coalesce("venue__updated_at", "updated_at"))


def published_programs():
    return Program.objects.published().annotate(modified=modified())


def service_queryset(*, full: bool = False):
    """Published programs with what their HSDS form reads: a fixed number of queries."""
    queryset = published_programs().select_related("host")
    if full:
        queryset = queryset.select_related("venue").prefetch_related(*FULL_PREFETCH)
    return queryset


def organization_queryset(*, with_services: bool = False):
    """Hosts of at least one published program (a host of drafts only is not public yet)."""
    queryset = Host.objects.filter(Exists(Program.objects.published().filter(host=OuterRef("pk"))))
    if with_services:
        services = published_programs().select_related("host").order_by("title", "pk")
        queryset = queryset.prefetch_related(Prefetch("programs", queryset=services))
    return queryset


def _fields(obj, fields: dict) -> dict:
    data = {}
    for key, attr in fields.items():
        value = getattr(obj, attr)
        if value is None or value == "":
            continue
        data[key] = float(value) if isinstance(value, Decimal) else value
    return data


# --- organizations ----------------------------------------------------------------------


def organization(host: Host) -> dict:
    data = {"id": str(host.uuid), **_fields(host, mapping.HOST_FIELDS)}
    # HSDS requires a description; a host without one is described by its name.
    data["description"] = host.description or host.name
    return data


def organization_phones(host: Host) -> list[dict]:
    if not host.phone:
        return []
    return [
        {
            "id": derived_id(host.uuid, "phone"),
            "organization_id": str(host.uuid),
            "number": host.phone,
        }
    ]


def organization_full(host: Host) -> dict:
    """With its phone and its published services (``organization_queryset(with_services=True)``)."""
    return {
        **organization(host),
        "phones": organization_phones(host),
        "services": [service_list_item(program) for program in host.programs.all()],
    }


# --- locations --------------------------------------------------------------------------


def address(venue) -> dict:
    """Every key HSDS requires is present, empty when the venue does not say."""
    return {
        "id": derived_id(venue.uuid, "address"),
        "location_id": str(venue.uuid),
        **{key: getattr(venue, attr) for key, attr in mapping.ADDRESS_FIELDS.items()},
        "country": mapping.COUNTRY,
        "address_type": "physical",
    }


def venue_location(venue, *, full: bool = True) -> dict:
    data = {"id": str(venue.uuid), "location_type": "physical"}
    data |= _fields(venue, mapping.VENUE_FIELDS) | _fields(venue, mapping.VENUE_NUMBERS)
    if full:
        data["addresses"] = [address(venue)]
        data["accessibility"] = [
            {
                "id": derived_id(venue.uuid, "accessibility", feature.slug),
                "location_id": str(venue.uuid),
                "description": feature.name,
            }
            for feature in venue.accessibility.all()
        ]
    return data


def online_location(program: Program) -> dict:
    return {
        "id": derived_id(program.uuid, "online"),
        "location_type": "virtual",
        "name": "Online",
        "url": program.online_url,
    }


def meets_in_person(program: Program) -> bool:
    return program.format != ProgramFormat.ONLINE and program.venue_id is not None


def meets_online(program: Program) -> bool:
    return program.format != ProgramFormat.IN_PERSON and bool(program.online_url)


def service_at_location(program: Program, location: dict) -> dict:
    return {
        "id": derived_id(program.uuid, "at", location["id"]),
        "service_id": str(program.uuid),
        "location_id": location["id"],
        "location": location,
    }


def service_at_locations(program: Program, *, full: bool = True) -> list[dict]:
    locations = []
    if meets_in_person(program):
        locations.append(venue_location(program.venue, full=full))
    if meets_online(program):
        locations.append(online_location(program))
    return [service_at_location(program, location) for location in locations]


# --- schedules --------------------------------------------------------------------------


def _cancelled_on(schedule, dates) -> list[datetime.date]:
    rule = schedule.rule()
    return [
        day
        for day in dates
        if rule.between(
            datetime.datetime.combine(day, datetime.time.min),
            datetime.datetime.combine(day, datetime.time.max),
            inc=True,
        )
    ]


def schedule_object(schedule, program: Program) -> dict:
    """Wall-clock times in the site's zone; ``timezone`` is the UTC offset at ``dtstart``.

    ``valid_from`` is the rule's first date, ``dtstart`` its first session (the first
    meeting day on or after it, as RFC 5545 wants DTSTART to be).
    """
    first = next(iter(schedule.rule()), None)
    first_day = first.date() if first else schedule.start_date
    data = {
        "id": str(schedule.uuid),
        "service_id": str(program.uuid),
        "valid_from": schedule.start_date.isoformat(),
        "dtstart": first_day.isoformat(),
        "timezone": mapping.utc_offset_hours(first_day, schedule.start_time),
        **mapping.schedule_rule(schedule),
        "opens_at": schedule.start_time.strftime("%H:%M:%S"),
        "closes_at": schedule.end_time.strftime("%H:%M:%S"),
        "description": schedule.describe(),
    }
    if schedule.end_date:
        data["valid_to"] = data["until"] = schedule.end_date.isoformat()
    own = [c for c in program.cancellations.all() if c.schedule_id == schedule.pk]
    every = [c.date for c in program.cancellations.all() if c.schedule_id is None]
    cancelled = sorted({c.date for c in own} | set(_cancelled_on(schedule, every)))
    if cancelled:
        dates = ", ".join(date_format(day, "DATE_FORMAT") for day in cancelled)
        data["notes"] = f"Cancelled: {dates}."
    if own:
        data["attributes"] = [cancelled_attribute(schedule.uuid, c, "schedule") for c in own]
    return data


# --- services ---------------------------------------------------------------------------


def service(program: Program) -> dict:
    """The service's own one-to-one fields."""
    data = {
        "id": str(program.uuid),
        "organization_id": str(program.host.uuid),
        **_fields(program, mapping.SERVICE_FIELDS),
        "status": "active",
    }
    if program.verified_on:
        data["assured_date"] = program.verified_on.isoformat()
    data["last_modified"] = mapping.datetime_value(program.modified)
    return data


def service_minimal(program: Program) -> dict:
    return {"id": str(program.uuid), "last_modified": mapping.datetime_value(program.modified)}


def service_list_item(program: Program) -> dict:
    return {**service(program), "organization": organization(program.host)}


def attribute(link_id, term: dict, kind: str, value: str = "", entity: str = "service") -> dict:
    data = {
        "id": derived_id("attribute", link_id, term["id"], value),
        "link_id": str(link_id),
        "link_entity": entity,
        "link_type": kind,
        "taxonomy_term_id": term["id"],
        "taxonomy_term": term,
    }
    if value:
        data["value"] = value
    return data


def cancelled_attribute(link_id, cancellation, entity: str) -> dict:
    """A cancelled date as an attribute: ``YYYY-MM-DD`` then ``: reason`` when there is one."""
    term = mapping.taxonomy_term("detail", "cancelled", *mapping.DETAILS["cancelled"])
    value = cancellation.date.isoformat()
    if cancellation.reason:
        value += f": {cancellation.reason}"
    return attribute(link_id, term, "detail", value, entity)


def service_attributes(program: Program) -> list[dict]:
    term = mapping.taxonomy_term
    category = term("category", program.category, str(Category(program.category).label))
    attributes = [attribute(program.uuid, category, "category")]
    for audience in program.audiences.all():
        attributes.append(
            attribute(program.uuid, term("audience", audience.slug, audience.name), "audience")
        )
    for feature in program.accessibility.all():
        attributes.append(
            attribute(
                program.uuid, term("accessibility", feature.slug, feature.name), "accessibility"
            )
        )
    if program.summary:
        summary = term("detail", "summary", *mapping.DETAILS["summary"])
        attributes.append(attribute(program.uuid, summary, "detail", program.summary))
    for cancellation in program.cancellations.all():
        if cancellation.schedule_id is None:  # every session that day
            attributes.append(cancelled_attribute(program.uuid, cancellation, "service"))
    return attributes


def cost_options(program: Program) -> list[dict]:
    option = {"id": derived_id(program.uuid, "cost"), "service_id": str(program.uuid)}
    if program.is_free:
        return [{**option, "option": "Free", "amount": 0, "currency": mapping.CURRENCY}]
    if program.cost_description:
        option["amount_description"] = program.cost_description
    return [{**option, "option": "Paid"}]


def service_full(program: Program) -> dict:
    """A fully nested service (``service_queryset(full=True)``)."""
    service_id = str(program.uuid)
    return {
        **service(program),
        "organization": {
            **organization(program.host),
            "phones": organization_phones(program.host),
        },
        "service_at_locations": service_at_locations(program),
        "schedules": [schedule_object(rule, program) for rule in program.schedules.all()],
        "languages": [
            {
                "id": derived_id(program.uuid, "language", language.code),
                "service_id": service_id,
                "name": language.name,
                "code": language.code,
            }
            for language in program.languages.all()
        ],
        "phones": [
            {"id": derived_id(program.uuid, "phone"), "service_id": service_id, "number": number}
            for number in [program.contact_phone]
            if number
        ],
        "contacts": [
            {"id": derived_id(program.uuid, "contact"), "service_id": service_id, "email": email}
            for email in [program.contact_email]
            if email
        ],
        "cost_options": cost_options(program),
        "attributes": service_attributes(program),
    }


# --- taxonomies -------------------------------------------------------------------------


def taxonomies() -> list[dict]:
    return [mapping.taxonomy(kind) for kind in mapping.TAXONOMIES]


def taxonomy_terms() -> list[dict]:
    """Every term: categories and details (no query), audiences and features (a query each)."""
    terms = mapping.static_terms()
    terms += [mapping.taxonomy_term("audience", a.slug, a.name) for a in Audience.objects.all()]
    terms += [
        mapping.taxonomy_term("accessibility", f.slug, f.name)
        for f in AccessibilityFeature.objects.all()
    ]
    return terms
