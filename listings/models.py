"""Listings that stay true: who checked a listing and how, what residents and program
contacts say is wrong, and the reminders sent to program contacts.

Each row points at exactly one listing, a program or a resource (a named check
constraint, mirrored in ``clean()``).
"""

import datetime
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from connection_hub.core.models import PublishableModel, PublishableQuerySet
from connection_hub.core.ratelimit import SubmissionRecordBase
from programs.models import Program
from resources.models import Resource

LISTINGS = ("program", "resource")


def exactly_one_listing() -> Q:
    return Q(program__isnull=False, resource__isnull=True) | Q(
        program__isnull=True, resource__isnull=False
    )


class ListingMixin(models.Model):
    """A program or a resource, exactly one."""

    program = models.ForeignKey(
        Program,
        verbose_name=_("program"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
    )
    resource = models.ForeignKey(
        Resource,
        verbose_name=_("resource"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        abstract = True

    @property
    def listing(self):
        return self.program if self.program_id else self.resource

    def clean(self):
        super().clean()
        chosen = [name for name in LISTINGS if getattr(self, f"{name}_id") is not None]
        if not chosen:
            raise ValidationError({"program": _("Choose a program or a resource.")})
        if len(chosen) > 1:
            raise ValidationError(
                {name: _("Choose a program or a resource, not both.") for name in chosen}
            )


def verification_period(model) -> datetime.timedelta:
    """How long a check of a listing of ``model`` holds (VERIFY_*_DAYS settings)."""
    days = (
        settings.VERIFY_PROGRAMS_DAYS
        if model._meta.concrete_model is Program
        else settings.VERIFY_RESOURCES_DAYS
    )
    return datetime.timedelta(days=days)


def is_stale(obj: PublishableModel, today=None) -> bool:
    """Never checked, or checked longer ago than its period."""
    today = today or timezone.localdate()
    return obj.verified_on is None or obj.verified_on < today - verification_period(type(obj))


class VerificationMethod(models.TextChoices):
    PHONE = "phone", _("Phone call")
    EMAIL = "email", _("Email")
    ORGANIZER = "organizer", _("Confirmed by the program's contact")
    LINK_CHECK = "link_check", _("Link check")
    STAFF_REVIEW = "staff_review", _("Staff review")


class Verification(ListingMixin):
    """Someone checked that a listing is still right."""

    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("checked by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    verified_at = models.DateTimeField(_("checked at"), default=timezone.now)
    how = models.CharField(_("how"), max_length=16, choices=VerificationMethod.choices)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        ordering = ["-verified_at", "-pk"]
        verbose_name = _("verification")
        verbose_name_plural = _("verifications")
        indexes = [
            models.Index(fields=["program", "verified_at"], name="verification_program_idx"),
            models.Index(fields=["resource", "verified_at"], name="verification_resource_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=exactly_one_listing(),
                name="verification_exactly_one_listing",
                violation_error_message=_("Choose a program or a resource, exactly one."),
            ),
            models.CheckConstraint(
                condition=Q(how__in=VerificationMethod.values), name="verification_how_valid"
            ),
        ]

    def __str__(self):
        return f"{self.listing}: {self.get_how_display()} ({self.verified_at:%Y-%m-%d})"


class Problem(models.TextChoices):
    CLOSED = "closed", _("It has closed or stopped")
    WRONG_TIME = "wrong_time", _("The day or time is wrong")
    WRONG_PLACE = "wrong_place", _("The place is wrong")
    WRONG_CONTACT = "wrong_contact", _("The contact details are wrong")
    OTHER = "other", _("Something else")


class SuggestionStatus(models.TextChoices):
    NEW = "new", _("New")
    ACCEPTED = "accepted", _("Accepted")
    DISMISSED = "dismissed", _("Dismissed")


class SuggestionSource(models.TextChoices):
    RESIDENT = "resident", _("A resident")
    CONTACT = "contact", _("The program's contact")


class SuggestedEditQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status=SuggestionStatus.NEW)


class SuggestedEdit(ListingMixin):
    """Someone says a listing is wrong: a resident, or the program's contact by email."""

    problem = models.CharField(_("what is wrong"), max_length=16, choices=Problem.choices)
    details = models.TextField(_("details"), blank=True)
    reply_email = models.EmailField(_("email for a reply"), blank=True)
    source = models.CharField(
        _("from"),
        max_length=16,
        choices=SuggestionSource.choices,
        default=SuggestionSource.RESIDENT,
    )
    language = models.CharField(_("language"), max_length=16, blank=True)
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=SuggestionStatus.choices,
        default=SuggestionStatus.NEW,
        db_index=True,
    )
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("handled by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    handled_at = models.DateTimeField(_("handled at"), null=True, blank=True)
    created_at = models.DateTimeField(_("received"), default=timezone.now)

    objects = SuggestedEditQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("suggested edit")
        verbose_name_plural = _("suggested edits")
        indexes = [models.Index(fields=["status", "created_at"], name="suggestion_status_idx")]
        constraints = [
            models.CheckConstraint(
                condition=exactly_one_listing(),
                name="suggestededit_exactly_one_listing",
                violation_error_message=_("Choose a program or a resource, exactly one."),
            ),
            models.CheckConstraint(
                condition=Q(problem__in=Problem.values), name="suggestededit_problem_valid"
            ),
            models.CheckConstraint(
                condition=Q(status__in=SuggestionStatus.values), name="suggestededit_status_valid"
            ),
            models.CheckConstraint(
                condition=Q(source__in=SuggestionSource.values), name="suggestededit_source_valid"
            ),
        ]

    def __str__(self):
        return f"{self.listing}: {self.get_problem_display()}"


def new_nonce() -> str:
    return secrets.token_urlsafe(16)


class ReminderAnswer(models.TextChoices):
    CONFIRMED = "confirmed", _("Yes, still right")
    CHANGED = "changed", _("Something changed")


class ContactReminderQuerySet(models.QuerySet):
    def current(self, program):
        """This check's reminders: those sent since the program was last verified."""
        return self.filter(program=program, listing_verified_on=program.verified_on)

    def unsent(self):
        return self.filter(sent_at__isnull=True)


class ContactReminder(models.Model):
    """An "Is this still right?" email to a program's contact (the first or the second)."""

    program = models.ForeignKey(
        Program, verbose_name=_("program"), on_delete=models.CASCADE, related_name="+"
    )
    number = models.PositiveSmallIntegerField(_("reminder"), default=1)
    sent_to = models.EmailField(_("sent to"))
    # The program's "verified on" when this reminder was made: a new check starts a new
    # round of reminders, so the reminders of a round are those with the same date.
    listing_verified_on = models.DateField(_("last verified, when sent"), null=True, blank=True)
    nonce = models.CharField(max_length=32, unique=True, default=new_nonce, editable=False)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(_("failed attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)
    answer = models.CharField(
        _("answer"), max_length=16, choices=ReminderAnswer.choices, blank=True
    )

    objects = ContactReminderQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("contact reminder")
        verbose_name_plural = _("contact reminders")
        constraints = [
            models.CheckConstraint(
                condition=Q(number__in=[1, 2]), name="contactreminder_first_or_second"
            ),
            models.UniqueConstraint(
                fields=["program", "listing_verified_on", "number"],
                name="contactreminder_one_per_round",
            ),
            models.UniqueConstraint(
                fields=["program", "number"],
                condition=Q(listing_verified_on__isnull=True),
                name="contactreminder_one_per_round_never_verified",
            ),
        ]

    def __str__(self):
        return f"{self.program}: {self.number} ({self.created_at:%Y-%m-%d})"

    @property
    def is_answered(self) -> bool:
        return self.answered_at is not None


class SuggestionSubmission(SubmissionRecordBase):
    """The per-address limit of the "Suggest an edit" form (hashed addresses, a day long)."""

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("suggestion submission")
        verbose_name_plural = _("suggestion submissions")
        indexes = [
            models.Index(fields=["client_hash", "created_at"], name="suggestion_submission_idx"),
        ]


# --- The "needs checking" lists in the admin ----------------------------------------------


class NeedsCheckingQuerySet(PublishableQuerySet):
    def due(self, today=None):
        """Published listings never checked or checked longer ago than the period, oldest
        first (never checked first of all)."""
        today = today or timezone.localdate()
        cutoff = today - verification_period(self.model)
        return (
            self.published()
            .filter(Q(verified_on__isnull=True) | Q(verified_on__lt=cutoff))
            .order_by(models.F("verified_on").asc(nulls_first=True), "pk")
        )


class ProgramToCheck(Program):
    objects = NeedsCheckingQuerySet.as_manager()

    class Meta:
        proxy = True
        verbose_name = _("program to check")
        verbose_name_plural = _("needs checking: programs")


class ResourceToCheck(Resource):
    objects = NeedsCheckingQuerySet.as_manager()

    class Meta:
        proxy = True
        verbose_name = _("resource to check")
        verbose_name_plural = _("needs checking: resources")
