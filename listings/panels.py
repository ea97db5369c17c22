"""The panels the listings add to every program and resource page (``core.hooks``)."""

from django.urls import reverse

from connection_hub.core.models import Status

from .models import is_stale

KINDS = {"programs.program": "program", "resources.resource": "resource"}


def checked(obj, request) -> dict:
    """ "Checked November 2026", or past the period a calm "may have changed" notice.

    Reads only the object the page already has: no query.
    """
    return {
        "obj": obj,
        "is_program": KINDS.get(obj._meta.label_lower) == "program",
        "verified_on": obj.verified_on,
        "stale": is_stale(obj),
    }


def suggest(obj, request) -> dict | None:
    if obj.status != Status.PUBLISHED:  # a preview: the public form would be a 404
        return None
    kind = KINDS[obj._meta.label_lower]
    return {"suggest_url": reverse("listings:suggest", kwargs={"kind": kind, "slug": obj.slug})}
