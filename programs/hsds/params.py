"""Query parameters of the HSDS read API, parsed strictly: a bad value is a 400, never a 500."""

import datetime
import math
import uuid
from dataclasses import dataclass

from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from ..models import site_zone

PER_PAGE = 50
MAX_PER_PAGE = 200
MAX_PAGE = 1_000_000


class BadParameter(ValueError):
    def __init__(self, parameter: str, message: str):
        super().__init__(message)
        self.parameter = parameter
        self.message = message


def integer(params, name: str, default: int, low: int, high: int) -> int:
    raw = params.get(name)
    if raw in (None, ""):
        return default
    try:
        value = int(raw)
    except ValueError:
        raise BadParameter(name, f"{name} must be a whole number") from None
    if not low <= value <= high:
        raise BadParameter(name, f"{name} must be between {low} and {high}")
    return value


def boolean(params, name: str) -> bool:
    raw = (params.get(name) or "").strip().lower()
    if raw in ("", "false", "0", "no"):
        return False
    if raw in ("true", "1", "yes"):
        return True
    raise BadParameter(name, f"{name} must be true or false")


def identifier(params, name: str) -> str | None:
    raw = params.get(name)
    if raw in (None, ""):
        return None
    return parse_uuid(raw, name)


def parse_uuid(raw: str, name: str = "id") -> str:
    try:
        return str(uuid.UUID(raw))
    except (ValueError, AttributeError, TypeError):
        raise BadParameter(name, f"{name} must be a UUID") from None


def moment(params, name: str) -> datetime.datetime | None:
    """An ISO 8601 date or date-time; without an offset it is the site's local time."""
    raw = (params.get(name) or "").strip()
    if not raw:
        return None
    try:
        value = parse_datetime(raw)
        if value is None:
            day = parse_date(raw)
            if day is None:
                raise ValueError
            value = datetime.datetime.combine(day, datetime.time.min)
    except ValueError:
        raise BadParameter(name, f"{name} must be an ISO 8601 date or date-time") from None
    if timezone.is_naive(value):
        value = value.replace(tzinfo=site_zone())
    return value


def text(params, name: str, max_length: int = 200) -> str:
    value = " ".join(
        "".join(ch if ch.isprintable() else " " for ch in params.get(name, "")).split()
    )
    if len(value) > max_length:
        raise BadParameter(name, f"{name} is longer than {max_length} characters")
    return value


def only_json(params):
    if params.get("format", "json") not in ("", "json"):
        raise BadParameter("format", "only json is served")


@dataclass
class Page:
    number: int
    size: int

    @classmethod
    def from_params(cls, params) -> "Page":
        return cls(
            number=integer(params, "page", 1, 1, MAX_PAGE),
            size=integer(params, "per_page", PER_PAGE, 1, MAX_PER_PAGE),
        )

    @property
    def offset(self) -> int:
        return (self.number - 1) * self.size

    def envelope(self, total: int, contents: list) -> dict:
        """The HSDS page: a page past the end is an empty page, not an error."""
        pages = math.ceil(total / self.size)
        return {
            "total_items": total,
            "total_pages": pages,
            "page_number": self.number,
            "size": len(contents),
            "first_page": self.number == 1,
            "last_page": self.number >= pages,
            "empty": not contents,
            "contents": contents,
        }
