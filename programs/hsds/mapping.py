"""How the directory's models map onto Open Referral HSDS 3.0, in both directions.

Host = organization, Venue = physical location (with one address), an online link = a
virtual location, Program = service, Schedule = schedule (an RFC 5545 rule), Cancellation
= an attribute of the service. Categories, audiences and accessibility features are
taxonomies of this directory's own; a fourth small taxonomy, "listing details", carries
what HSDS 3.0 has no column for (a program's summary, its cancelled dates) as attributes,
HSDS's own extension mechanism.

Identifiers are the models' stable UUIDs. Rows with no UUID of their own (taxonomy
terms, attributes, a service's phone, the virtual location of an online program) get a
UUID 5 derived from what they are, so they never change between exports either.
"""

import datetime
import re
import uuid

from ..models import Category, Frequency, MonthlyPosition, ProgramFormat, Weekday, site_zone

HSDS_VERSION = "3.0.0"
HSDS_PROFILE = "https://docs.openreferral.org/en/v3.0/"
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://connection-hub.example/hsds")
# Venues have no country and programs no currency: the directory serves one US region.
COUNTRY = "US"
CURRENCY = "USD"

# HSDS field -> model attribute, for plain text values (empty values are left out).
HOST_FIELDS = {"name": "name", "email": "email", "website": "website"}
VENUE_FIELDS = {"name": "name", "transportation": "directions"}
# ... and for numbers (decimal degrees, WGS84; a venue without coordinates leaves them out).
VENUE_NUMBERS = {"latitude": "latitude", "longitude": "longitude"}
ADDRESS_FIELDS = {
    "address_1": "street",
    "city": "city",
    "state_province": "state",
    "postal_code": "postal_code",
}
SERVICE_FIELDS = {
    "name": "title",
    "description": "description",
    "url": "registration_url",
    "email": "contact_email",
    "application_process": "how_to_join",
    "fees_description": "cost_description",
}

WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
MONTHLY_BYDAY = re.compile(r"^(?P<n>[+-]?\d)(?P<day>MO|TU|WE|TH|FR|SA|SU)$")


def derived_id(*parts) -> str:
    return str(uuid.uuid5(NAMESPACE, ":".join(str(p) for p in parts)))


# --- taxonomies -------------------------------------------------------------------------

TAXONOMIES = {
    "category": ("Connection Hub program categories", "What kind of program it is."),
    "audience": ("Connection Hub audiences", "Who a program is especially for."),
    "accessibility": (
        "Connection Hub accessibility features",
        "How a program makes itself accessible.",
    ),
    "detail": (
        "Connection Hub listing details",
        "Parts of a listing HSDS 3.0 has no column for; the attribute value holds them.",
    ),
}
DETAILS = {
    "summary": ("Summary", "A one or two sentence summary of the program."),
    "cancelled": (
        "Cancelled date",
        "A date on which the program does not meet: YYYY-MM-DD, then optionally ': reason'.",
    ),
}


def taxonomy_id(kind: str) -> str:
    return derived_id("taxonomy", kind)


def term_code(kind: str, slug: str) -> str:
    """Codes are unique across every taxonomy (the HSDS table requires it): kind:slug."""
    return f"{kind}:{slug}"


def term_id(kind: str, slug: str) -> str:
    return derived_id("term", term_code(kind, slug))


def taxonomy(kind: str) -> dict:
    name, description = TAXONOMIES[kind]
    return {"id": taxonomy_id(kind), "name": name, "description": description}


def taxonomy_term(kind: str, slug: str, name: str, description: str = "") -> dict:
    return {
        "id": term_id(kind, slug),
        "code": term_code(kind, slug),
        "name": name,
        "description": description or name,
        "taxonomy": TAXONOMIES[kind][0],
        "taxonomy_id": taxonomy_id(kind),
    }


def static_terms() -> list[dict]:
    """Terms that need no query: the categories and the listing details."""
    terms = [taxonomy_term("category", value, str(label)) for value, label in Category.choices]
    terms += [taxonomy_term("detail", slug, *texts) for slug, texts in DETAILS.items()]
    return terms


# --- schedules --------------------------------------------------------------------------


def utc_offset_hours(day: datetime.date, at: datetime.time) -> float | int:
    offset = datetime.datetime.combine(day, at, tzinfo=site_zone()).utcoffset()
    hours = offset.total_seconds() / 3600
    return int(hours) if hours.is_integer() else hours


def zone_offsets(year: int) -> set[float]:
    """The UTC offsets the site's zone takes in ``year`` (standard and daylight time)."""
    zone = site_zone()
    return {
        datetime.datetime(year, month, 1, 12, tzinfo=zone).utcoffset().total_seconds() / 3600
        for month in range(1, 13)
    }


def schedule_rule(schedule) -> dict:
    """The RFC 5545 parts of an HSDS schedule row for ``schedule``."""
    if schedule.frequency == Frequency.ONCE:
        return {"count": 1}
    day = schedule.meeting_day.ical
    if schedule.frequency == Frequency.MONTHLY:
        return {"freq": "MONTHLY", "interval": 1, "byday": f"{schedule.position}{day}"}
    interval = 2 if schedule.frequency == Frequency.BIWEEKLY else 1
    return {"freq": "WEEKLY", "interval": interval, "byday": day, "wkst": "MO"}


class Unrepresentable(ValueError):
    """An HSDS value this directory has no way to hold."""


def rule_fields(row: dict, start: datetime.date) -> dict:
    """``frequency``, ``weekday`` and ``monthly_position`` for an HSDS schedule row whose
    first date is ``start``; raises ``Unrepresentable`` for any other kind of rule."""
    for unsupported in ("byweekno", "bymonthday", "byyearday"):
        if row.get(unsupported) not in (None, ""):
            raise Unrepresentable(f"{unsupported} is not supported; give one weekday in byday")
    freq, interval, byday = row.get("freq"), row.get("interval") or 1, row.get("byday") or ""
    if not freq:
        if byday or row.get("count") not in (None, 1):
            raise Unrepresentable("a schedule without freq must be a single date (count 1)")
        return {"frequency": Frequency.ONCE, "weekday": None, "monthly_position": None}
    if row.get("count") is not None:
        raise Unrepresentable("count is not supported on a repeating schedule; give until")
    if freq == "WEEKLY":
        day = byday or Weekday.of(start).ical
        if day not in WEEKDAYS:
            raise Unrepresentable(f"byday {byday!r}: a weekly schedule meets on one weekday")
        if interval not in (1, 2):
            raise Unrepresentable("a weekly schedule repeats every week or every other week")
        return {
            "frequency": Frequency.BIWEEKLY if interval == 2 else Frequency.WEEKLY,
            "weekday": WEEKDAYS.index(day) + 1,
            "monthly_position": None,
        }
    # MONTHLY
    match = MONTHLY_BYDAY.match(byday)
    if interval != 1 or not match:
        raise Unrepresentable(
            "a monthly schedule meets on the nth weekday (e.g. byday 2TU or -1FR), every month"
        )
    position = int(match["n"])
    if position not in MonthlyPosition.values:
        raise Unrepresentable("byday position must be 1 to 4 or -1 (last)")
    return {
        "frequency": Frequency.MONTHLY,
        "weekday": WEEKDAYS.index(match["day"]) + 1,
        "monthly_position": position,
    }


def format_from_locations(has_venue: bool, online_url: str) -> str:
    if has_venue and online_url:
        return ProgramFormat.HYBRID
    return ProgramFormat.IN_PERSON if has_venue else ProgramFormat.ONLINE


# --- values -----------------------------------------------------------------------------


def datetime_value(value: datetime.datetime) -> str:
    """UTC, to the second: the Table Schema default datetime format, also RFC 3339."""
    return value.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
