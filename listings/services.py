"""Writes that keep listings true: recording a check, suggestions, contact reminders and
their signed links, archiving programs that have ended."""

import datetime
import logging

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.db.models import Exists, F, OuterRef, Q
from django.utils import timezone

from connection_hub.core import workflow
from connection_hub.core.middleware import client_address
from connection_hub.core.models import Status
from connection_hub.core.ratelimit import client_hash as hash_address
from programs.models import Program, Session, site_zone
from resources.models import Resource

from .models import (
    ContactReminder,
    ReminderAnswer,
    SuggestedEdit,
    SuggestionSource,
    SuggestionSubmission,
    Verification,
    VerificationMethod,
    verification_period,
)

logger = logging.getLogger(__name__)

RATE_WINDOW = datetime.timedelta(hours=1)


# --- Recording a check ------------------------------------------------------------------


def concrete(obj):
    """The program or resource itself (not a proxy), so its history and caches move."""
    model = obj._meta.concrete_model
    return obj if type(obj) is model else model._default_manager.get(pk=obj.pk)


@transaction.atomic
def record_verification(*, listing, how: str, user=None, note: str = "", when=None):
    """Record that ``listing`` was checked, and set its ``verified_on``.

    The listing is saved (not updated in bulk), so its field-level history says how it
    was checked, ``updated_at`` moves and cached pages are refreshed.
    """
    listing = concrete(listing)
    when = when or timezone.now()
    field = "program" if isinstance(listing, Program) else "resource"
    verification = Verification(
        **{field: listing}, how=how, verified_by=user, note=note, verified_at=when
    )
    verification.full_clean()
    verification.save()
    listing.verified_on = timezone.localdate(when)
    listing._change_reason = f"Verified: {VerificationMethod(how).label}"
    if user is not None:
        listing._history_user = user
    listing.save()
    return verification


# --- Suggested edits ----------------------------------------------------------------------


def client(request) -> str:
    return hash_address(client_address(request), salt="listings.client-address")


def is_rate_limited(*, client: str) -> bool:
    return SuggestionSubmission.is_limited(
        client, limit=settings.SUGGESTIONS_PER_HOUR, window=RATE_WINDOW
    )


def record_submission(*, client: str) -> None:
    SuggestionSubmission.record(client)


@transaction.atomic
def create_suggestion(
    *, listing, data: dict, source=SuggestionSource.RESIDENT, language="", client: str | None = None
) -> SuggestedEdit:
    field = "program" if isinstance(listing, Program) else "resource"
    suggestion = SuggestedEdit(**{field: listing}, **data, source=source, language=language)
    suggestion.full_clean()
    suggestion.save()
    if client is not None:
        record_submission(client=client)
    return suggestion


def visible_suggestions(queryset, user, *, organizer: bool):
    """The suggestions ``user`` works on: an organizer those of their hosts' programs,
    someone who may change resources those too, editors everything."""
    allowed = Q(pk__in=[])
    if user.has_perm("programs.change_program"):
        allowed |= Q(program__host__members=user) if organizer else Q(program__isnull=False)
    if user.has_perm("resources.change_resource"):
        allowed |= Q(resource__isnull=False)
    return queryset.filter(allowed).distinct() if organizer else queryset.filter(allowed)


@transaction.atomic
def handle_suggestion(*, suggestion: SuggestedEdit, status: str, user) -> SuggestedEdit:
    suggestion.status = status
    suggestion.handled_by = user
    suggestion.handled_at = timezone.now()
    suggestion.save(update_fields=["status", "handled_by", "handled_at"])
    return suggestion


# --- Contact reminders --------------------------------------------------------------------

CONFIRM_SALT = "listings.reminder.confirm"
CHANGED_SALT = "listings.reminder.changed"


def contact_email(program: Program) -> str:
    return program.contact_email or program.host.email


def link_max_age() -> datetime.timedelta:
    return datetime.timedelta(days=settings.CONTACT_LINK_MAX_AGE_DAYS)


def reminder_token(reminder: ContactReminder, *, salt: str) -> str:
    return signing.dumps([reminder.pk, reminder.nonce], salt=salt)


class LinkProblem(Exception):
    """Why a reminder link cannot be used: "invalid", "expired" or "used"."""

    def __init__(self, reason: str, reminder=None):
        super().__init__(reason)
        self.reason = reason
        self.reminder = reminder


def reminder_from_token(token: str, *, salt: str) -> ContactReminder:
    """The unanswered reminder ``token`` was made for; raises LinkProblem otherwise."""
    try:
        pk, nonce = signing.loads(token, salt=salt, max_age=link_max_age())
    except signing.SignatureExpired:
        raise LinkProblem("expired") from None
    except (signing.BadSignature, ValueError, TypeError):
        raise LinkProblem("invalid") from None
    reminder = (
        ContactReminder.objects.select_related("program__host", "program__venue")
        .filter(pk=pk, nonce=nonce)
        .first()
    )
    if reminder is None or reminder.program.status != Status.PUBLISHED:
        raise LinkProblem("invalid")
    if reminder.is_answered:
        raise LinkProblem("used", reminder)
    return reminder


def _answer_round(reminder: ContactReminder, answer: str) -> None:
    """Every reminder of this round is answered, so each of its links is used up."""
    ContactReminder.objects.filter(
        program=reminder.program,
        listing_verified_on=reminder.listing_verified_on,
        answered_at__isnull=True,
    ).update(answered_at=timezone.now(), answer=answer)


@transaction.atomic
def confirm_listing(*, reminder: ContactReminder) -> Verification:
    """ "Yes, still right": the contact confirmed the listing."""
    locked = ContactReminder.objects.select_for_update().get(pk=reminder.pk)
    if locked.is_answered:
        raise LinkProblem("used", locked)
    _answer_round(locked, ReminderAnswer.CONFIRMED)
    return record_verification(
        listing=reminder.program,
        how=VerificationMethod.ORGANIZER,
        note=f"Confirmed by {locked.sent_to} (reminder {locked.number})",
    )


@transaction.atomic
def report_change(*, reminder: ContactReminder, data: dict, language="") -> SuggestedEdit:
    """ "Something changed": the contact's answer becomes a suggested edit for staff."""
    locked = ContactReminder.objects.select_for_update().get(pk=reminder.pk)
    if locked.is_answered:
        raise LinkProblem("used", locked)
    _answer_round(locked, ReminderAnswer.CHANGED)
    return create_suggestion(
        listing=reminder.program,
        data=data,
        source=SuggestionSource.CONTACT,
        language=language,
    )


def interval() -> datetime.timedelta:
    return datetime.timedelta(days=settings.CONTACT_REMINDER_INTERVAL_DAYS)


def this_round() -> Q:
    """On reminders: those of the program's current round (made since its last check)."""
    return Q(listing_verified_on=F("program__verified_on")) | Q(
        listing_verified_on__isnull=True, program__verified_on__isnull=True
    )


def no_answer(now=None) -> Exists:
    """For an annotation on programs: the second reminder of this round went out more
    than the interval ago, and nobody answered."""
    now = now or timezone.now()
    return Exists(
        ContactReminder.objects.filter(
            this_round(),
            program=OuterRef("pk"),
            number=2,
            sent_at__lte=now - interval(),
            answered_at__isnull=True,
        )
    )


def reminders_to_make(now=None) -> list[tuple[Program, int]]:
    """(program, reminder number) for each published program due a reminder today.

    Two queries whatever the number of programs: the programs due a check, then the
    reminders of their current rounds.
    """
    now = now or timezone.now()
    cutoff = timezone.localdate(now) - verification_period(Program)
    programs = list(
        Program.objects.published(now)
        .filter(Q(verified_on__isnull=True) | Q(verified_on__lt=cutoff))
        .filter(~Q(contact_email="") | ~Q(host__email=""))
        .select_related("host")
        .order_by("pk")
    )
    rounds = {}
    for reminder in ContactReminder.objects.filter(
        this_round(), program__in=[p.pk for p in programs]
    ):
        rounds.setdefault(reminder.program_id, {})[reminder.number] = reminder
    due = []
    for program in programs:
        round_ = rounds.get(program.pk, {})
        first, second = round_.get(1), round_.get(2)
        if first is None:
            due.append((program, 1))
        elif (
            second is None
            and not first.is_answered
            and first.sent_at is not None
            and first.sent_at <= now - interval()
        ):
            due.append((program, 2))
    return due


def make_reminder(*, program: Program, number: int) -> ContactReminder:
    return ContactReminder.objects.create(
        program=program,
        number=number,
        sent_to=contact_email(program),
        listing_verified_on=program.verified_on,
    )


# --- Programs that have ended ---------------------------------------------------------------


def has_ended(program: Program, now=None) -> bool:
    """It has schedules, and none of them meets again."""
    now = now or timezone.now()
    schedules = list(program.schedules.all())
    if not schedules:
        return False
    local_now = timezone.localtime(now, site_zone()).replace(tzinfo=None)
    return all(schedule.rule().after(local_now, inc=True) is None for schedule in schedules)


def ended_programs(now=None) -> list[Program]:
    """Published programs whose last session has passed."""
    now = now or timezone.now()
    upcoming = Session.objects.filter(program=OuterRef("pk"), ends_at__gt=now)
    candidates = (
        Program.objects.published(now)
        .filter(~Exists(upcoming), schedules__isnull=False)
        .distinct()
        .prefetch_related("schedules")
        .order_by("pk")
    )
    return [program for program in candidates if has_ended(program, now)]


def archive_ended_programs(now=None) -> int:
    archived = 0
    for program in ended_programs(now):
        fresh = Program.objects.get(pk=program.pk)
        workflow.apply(fresh, name="archive", user=None, system=True)
        archived += 1
    return archived


def listing_for(kind: str, slug: str):
    """The published program or resource for the "Suggest an edit" page, or None."""
    model = {"program": Program, "resource": Resource}.get(kind)
    if model is None:
        return None
    return model.objects.published().filter(slug=slug).first()
