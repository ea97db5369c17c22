"""Background tasks (Django's Tasks API, django-tasks backport): the workshop emails.

Each email is its own task, so a failure of one never sends the other twice. A task that
cannot send records the error on the request (the admin lists it as not yet notified),
queues itself again later with a bounded number of attempts, and then fails, so the queue's
own admin shows the failed run with its traceback. The daily job resends what is still
unsent, and staff can resend from the admin at any time.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django_tasks import task

from . import emails
from .models import SubmissionRecord, WorkshopRequest

logger = logging.getLogger(__name__)

# Wait before attempt 2, 3, 4, 5 (after that the daily job picks the request up).
RETRY_DELAYS = [
    timedelta(minutes=5),
    timedelta(minutes=30),
    timedelta(hours=2),
    timedelta(hours=6),
]
# The daily job resends unsent emails of requests this recent.
RESEND_WITHIN = timedelta(days=14)


def _deliver(*, request_id: int, field: str, build, retry_task, attempt: int) -> str:
    try:
        with transaction.atomic():
            workshop_request = (
                WorkshopRequest.objects.select_for_update().filter(pk=request_id).first()
            )
            if workshop_request is None:
                return "deleted"
            if getattr(workshop_request, field) is not None:
                return "already sent"
            build(workshop_request).send()
            setattr(workshop_request, field, timezone.now())
            fields = [field, "updated_at"]
            if workshop_request.is_notified:
                workshop_request.last_notification_error = ""
                fields.append("last_notification_error")
            workshop_request.save(update_fields=fields)
            return "sent"
    except Exception as exc:
        WorkshopRequest.objects.filter(pk=request_id).update(
            notification_attempts=F("notification_attempts") + 1,
            last_notification_error=f"{timezone.now():%Y-%m-%d %H:%M} {type(exc).__name__}: {exc}"[
                :2000
            ],
            updated_at=timezone.now(),
        )
        _schedule_retry(retry_task, request_id=request_id, attempt=attempt)
        raise


def _schedule_retry(retry_task, *, request_id: int, attempt: int) -> None:
    if attempt >= settings.WORKSHOP_EMAIL_MAX_ATTEMPTS:
        logger.warning("Giving up on %s for request %s for today", retry_task.name, request_id)
        return
    backend = retry_task.get_backend()
    if not backend.supports_defer:  # an immediate backend would retry at once, forever
        return
    delay = RETRY_DELAYS[min(attempt, len(RETRY_DELAYS)) - 1]
    retry_task.using(run_after=timezone.now() + delay).enqueue(request_id, attempt=attempt + 1)


@task()
def send_staff_notification(request_id: int, attempt: int = 1) -> str:
    """Tell staff about a new workshop request."""
    return _deliver(
        request_id=request_id,
        field="staff_notified_at",
        build=emails.staff_notification,
        retry_task=send_staff_notification,
        attempt=attempt,
    )


@task()
def send_confirmation(request_id: int, attempt: int = 1) -> str:
    """Send the person who asked a copy of their request and what happens next."""
    return _deliver(
        request_id=request_id,
        field="confirmation_sent_at",
        build=emails.confirmation,
        retry_task=send_confirmation,
        attempt=attempt,
    )


def enqueue_notifications(request_id: int) -> int:
    """Queue whichever of the two emails has not gone out; return how many were queued.

    A queue that cannot take the job is logged, never raised: the request is saved, the
    admin lists it as not yet notified, and the daily job or a staff member resends it.
    """
    workshop_request = WorkshopRequest.objects.filter(pk=request_id).first()
    if workshop_request is None:
        return 0
    queued = 0
    for sent_at, email_task in (
        (workshop_request.staff_notified_at, send_staff_notification),
        (workshop_request.confirmation_sent_at, send_confirmation),
    ):
        if sent_at is not None:
            continue
        try:
            email_task.enqueue(request_id)
        except Exception:
            logger.exception("Could not queue %s for request %s", email_task.name, request_id)
        else:
            queued += 1
    return queued


def resend_notifications(queryset) -> int:
    """Queue the missing emails of every request in ``queryset``; return how many requests."""
    return sum(
        1
        for pk in queryset.not_yet_notified().values_list("pk", flat=True)
        if enqueue_notifications(pk)
    )


@task()
def resend_unsent_notifications() -> int:
    """Daily: queue again every recent request's emails that have not gone out."""
    since = timezone.now() - RESEND_WITHIN
    return resend_notifications(WorkshopRequest.objects.filter(created_at__gte=since))


@task()
def prune_submission_records() -> int:
    """Daily: forget the hashed addresses of submissions older than a day."""
    return SubmissionRecord.prune()
