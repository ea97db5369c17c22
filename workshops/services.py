"""Writes and look-ups for workshop requests: saving one, the per-address limit, tokens."""

from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.db import transaction

from connection_hub.core import ratelimit

from .models import SubmissionRecord, WorkshopRequest
from .tasks import enqueue_notifications

TOKEN_SALT = "workshops.request-sent"
# The confirmation page repeats personal details, so its address works for a few days only.
TOKEN_MAX_AGE = timedelta(days=3)
RATE_WINDOW = timedelta(hours=1)


# --- The per-address limit ------------------------------------------------------------


def client_address(request) -> str:
    """The client's address: the connection's, or the proxy's header when one is trusted."""
    header = settings.WORKSHOP_CLIENT_ADDRESS_HEADER
    if header and request.META.get(header):
        return request.META[header].split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "")


def client_hash(address: str) -> str:
    """A keyed hash of the address (IPv6 by its /64 network); the address is never stored."""
    return ratelimit.client_hash(address, salt="workshops.client-address")


def is_rate_limited(*, client: str) -> bool:
    limit = settings.WORKSHOP_REQUESTS_PER_HOUR
    return SubmissionRecord.recent_count(client, window=RATE_WINDOW) >= limit


def record_submission(*, client: str) -> None:
    SubmissionRecord.objects.create(client_hash=client)


# --- Saving a request and queueing its emails ------------------------------------------


@transaction.atomic
def create_workshop_request(*, data: dict, topics, language: str, client: str) -> WorkshopRequest:
    """Save the request first; its two emails are queued once the row is committed."""
    workshop_request = WorkshopRequest(**data, language=language)
    workshop_request.full_clean()
    workshop_request.save()
    workshop_request.topics.set(topics)
    record_submission(client=client)
    # robust: a queue that fails here is logged; the request stays saved and is resent later.
    transaction.on_commit(lambda: enqueue_notifications(workshop_request.pk), robust=True)
    return workshop_request


# --- The confirmation page's address ----------------------------------------------------


def confirmation_token(workshop_request: WorkshopRequest) -> str:
    return signing.dumps(workshop_request.pk, salt=TOKEN_SALT)


def request_from_token(token: str) -> WorkshopRequest | None:
    """The request a token was made for, or None when it is forged, altered or expired."""
    try:
        pk = signing.loads(token, salt=TOKEN_SALT, max_age=TOKEN_MAX_AGE)
    except signing.BadSignature:  # SignatureExpired is a BadSignature too
        return None
    if not isinstance(pk, int):
        return None
    return WorkshopRequest.objects.prefetch_related("topics").filter(pk=pk).first()
