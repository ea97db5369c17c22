"""Background tasks of the listings: the reminder emails and the daily jobs.

A reminder email is its own task, like the workshop emails: a failed send records the
error on the reminder, queues itself again later a bounded number of times and then
fails (the tasks admin shows the run); the daily job queues again whatever has not gone
out, so a reminder is never lost to a mail server that was down.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django_tasks import task

from . import emails, services
from .models import ContactReminder, SuggestionSubmission

logger = logging.getLogger(__name__)

RETRY_DELAYS = [
    timedelta(minutes=5),
    timedelta(minutes=30),
    timedelta(hours=2),
    timedelta(hours=6),
]
# The daily job queues again the unsent reminders this recent.
RESEND_WITHIN = timedelta(days=14)


@task()
def send_contact_reminder(reminder_id: int, attempt: int = 1) -> str:
    """Send one "Is this still right?" email to a program's contact."""
    try:
        with transaction.atomic():
            reminder = (
                ContactReminder.objects.select_for_update(of=("self",))
                .filter(pk=reminder_id)
                .select_related("program__host", "program__venue")
                .first()
            )
            if reminder is None:
                return "deleted"
            if reminder.sent_at is not None:
                return "already sent"
            if reminder.is_answered:
                return "already answered"
            emails.contact_reminder(reminder).send()
            reminder.sent_at = timezone.now()
            reminder.last_error = ""
            reminder.save(update_fields=["sent_at", "last_error"])
            return "sent"
    except Exception as exc:
        ContactReminder.objects.filter(pk=reminder_id).update(
            attempts=F("attempts") + 1,
            last_error=f"{timezone.now():%Y-%m-%d %H:%M} {type(exc).__name__}: {exc}"[:2000],
        )
        _schedule_retry(reminder_id=reminder_id, attempt=attempt)
        raise


def _schedule_retry(*, reminder_id: int, attempt: int) -> None:
    if attempt >= settings.CONTACT_REMINDER_MAX_ATTEMPTS:
        logger.warning("Giving up on reminder %s for today", reminder_id)
        return
    if not send_contact_reminder.get_backend().supports_defer:  # immediate: no retry loop
        return
    delay = RETRY_DELAYS[min(attempt, len(RETRY_DELAYS)) - 1]
    send_contact_reminder.using(run_after=timezone.now() + delay).enqueue(
        reminder_id, attempt=attempt + 1
    )


def enqueue_reminder(reminder_id: int) -> bool:
    """Queue one reminder; a queue that cannot take it is logged, never raised."""
    try:
        send_contact_reminder.enqueue(reminder_id)
    except Exception:
        logger.exception("Could not queue reminder %s", reminder_id)
        return False
    return True


@task()
def send_verification_reminders() -> int:
    """Daily: ask the contact of each program due a check "Is this still right?" (a second
    time after CONTACT_REMINDER_INTERVAL_DAYS), and queue again unsent reminders."""
    made = []
    for program, number in services.reminders_to_make():
        made.append(services.make_reminder(program=program, number=number).pk)
    since = timezone.now() - RESEND_WITHIN
    unsent = ContactReminder.objects.unsent().filter(
        created_at__gte=since, answered_at__isnull=True
    )
    ids = sorted(set(made) | set(unsent.values_list("pk", flat=True)))
    return sum(1 for pk in ids if enqueue_reminder(pk))


@task()
def archive_ended_programs() -> int:
    """Daily: archive published programs whose last session has passed."""
    return services.archive_ended_programs()


@task()
def prune_suggestion_submissions() -> int:
    """Daily: forget the hashed addresses of "Suggest an edit" submissions older than a day."""
    return SuggestionSubmission.prune()
