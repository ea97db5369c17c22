"""Workshop requests from organizations, and the log that limits submissions per address."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from connection_hub.core.ratelimit import SubmissionRecordBase

MAX_GROUP_SIZE = 500
VIEW_ALL_PERMISSION = "workshops.view_all_workshoprequests"


class WorkshopRequestQuerySet(models.QuerySet):
    def not_yet_notified(self):
        """Requests whose staff notification or confirmation email has not gone out."""
        return self.filter(Q(staff_notified_at__isnull=True) | Q(confirmation_sent_at__isnull=True))

    def notified(self):
        return self.filter(staff_notified_at__isnull=False, confirmation_sent_at__isnull=False)

    def visible_to(self, user):
        """Everything for staff allowed to see all requests; a facilitator's own otherwise."""
        if user.has_perm(VIEW_ALL_PERMISSION):
            return self
        return self.filter(assigned_to=user)


class WorkshopFormat(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")
    EITHER = "either", _("Either")


class RequestStatus(models.TextChoices):
    NEW = "new", _("New")
    CONTACTED = "contacted", _("Contacted")
    SCHEDULED = "scheduled", _("Scheduled")
    DONE = "done", _("Done")
    DECLINED = "declined", _("Declined")


class WorkshopRequest(models.Model):
    Format = WorkshopFormat
    Status = RequestStatus

    # Where a request may go next; staying put is always allowed.
    TRANSITIONS = {
        Status.NEW: {Status.CONTACTED, Status.SCHEDULED, Status.DECLINED},
        Status.CONTACTED: {Status.SCHEDULED, Status.DECLINED},
        Status.SCHEDULED: {Status.DONE, Status.CONTACTED, Status.DECLINED},
        Status.DONE: set(),
        Status.DECLINED: {Status.CONTACTED},
    }
    NEEDS_FACILITATOR = {Status.SCHEDULED, Status.DONE}

    name = models.CharField(
        _("name"), max_length=200, help_text=_("The name of the person asking.")
    )
    email = models.EmailField(
        _("email"), help_text=_("Where the confirmation went and where to write back.")
    )
    organization = models.CharField(
        _("organization"), max_length=200, help_text=_("The group, school or organization.")
    )
    phone = models.CharField(
        _("phone"), max_length=40, blank=True, help_text=_("Optional; call only if they gave it.")
    )
    role = models.CharField(
        _("role"), max_length=200, blank=True, help_text=_("Their role in the organization.")
    )
    topics = models.ManyToManyField(
        "resources.Topic",
        verbose_name=_("topics of interest"),
        blank=True,
        related_name="workshop_requests",
        help_text=_("Toolkit topics they would like the workshop to cover."),
    )
    format = models.CharField(
        _("format"),
        max_length=16,
        choices=Format.choices,
        help_text=_("In person, online, or either."),
    )
    preferred_dates = models.CharField(
        _("preferred dates"),
        max_length=300,
        blank=True,
        help_text=_("Dates or times of year they suggested, in their words."),
    )
    group_size = models.PositiveIntegerField(
        _("expected group size"),
        validators=[MinValueValidator(1), MaxValueValidator(MAX_GROUP_SIZE)],
        help_text=format_lazy(
            _("How many people they expect, from 1 to {max}."), max=MAX_GROUP_SIZE
        ),
    )
    town = models.CharField(
        _("town or city"), max_length=120, help_text=_("Where the group meets.")
    )
    message = models.TextField(
        _("message"), blank=True, help_text=_("Anything else they told us about their group.")
    )
    heard_from = models.CharField(
        _("how they heard of us"), max_length=200, blank=True, help_text=_("In their words.")
    )
    language = models.CharField(
        _("language"),
        max_length=8,
        default=settings.LANGUAGE_CODE,
        help_text=_("The language they used; their confirmation email is in it."),
    )
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=Status.choices,
        default=Status.NEW,
        help_text=_(
            "New → contacted → scheduled → done, or declined. A scheduled or done request "
            "needs a facilitator; a declined one can be reopened as contacted."
        ),
    )
    staff_notes = models.TextField(
        _("staff notes"),
        blank=True,
        help_text=_("Calls, emails and decisions, newest first. Never shown to the requester."),
    )
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("facilitator"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        limit_choices_to={"is_staff": True, "is_active": True},
        related_name="assigned_workshop_requests",
        help_text=_("The staff member who runs this request. They see it in their list."),
    )
    staff_notified_at = models.DateTimeField(
        _("staff notified at"),
        null=True,
        blank=True,
        help_text=_("When the email telling staff about this request went out. Empty: not yet."),
    )
    confirmation_sent_at = models.DateTimeField(
        _("confirmation sent at"),
        null=True,
        blank=True,
        help_text=_("When the confirmation email to the requester went out. Empty: not yet."),
    )
    notification_attempts = models.PositiveIntegerField(
        _("failed sending attempts"),
        default=0,
        help_text=_("How many times sending one of the two emails failed."),
    )
    last_notification_error = models.TextField(
        _("last sending error"),
        blank=True,
        help_text=_("What the mail server said the last time sending failed."),
    )
    created_at = models.DateTimeField(
        _("received"), auto_now_add=True, help_text=_("When the request was sent.")
    )
    updated_at = models.DateTimeField(
        _("updated"), auto_now=True, help_text=_("When anything about it last changed.")
    )

    objects = WorkshopRequestQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("workshop request")
        verbose_name_plural = _("workshop requests")
        permissions = [
            (
                "view_all_workshoprequests",
                _("Can see every workshop request, not only those assigned to them"),
            ),
        ]
        indexes = [
            models.Index(fields=["status", "-created_at"], name="workshop_status_created_idx"),
            models.Index(fields=["assigned_to", "status"], name="workshop_assigned_status_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(group_size__gte=1) & Q(group_size__lte=MAX_GROUP_SIZE),
                name="workshoprequest_group_size_range",
            ),
            models.CheckConstraint(
                condition=Q(format__in=WorkshopFormat.values), name="workshoprequest_format_valid"
            ),
            models.CheckConstraint(
                condition=Q(status__in=RequestStatus.values), name="workshoprequest_status_valid"
            ),
        ]

    def __str__(self):
        return f"{self.organization} ({self.name})"

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._loaded_status = instance.__dict__.get("status")
        return instance

    def clean(self):
        errors = {}
        if self.group_size is not None and not 1 <= self.group_size <= MAX_GROUP_SIZE:
            errors["group_size"] = _("Enter a group size from 1 to %(max)s.") % {
                "max": MAX_GROUP_SIZE
            }
        if self.format and self.format not in self.Format.values:
            errors["format"] = _("Choose in person, online or either.")
        if self.language not in dict(settings.LANGUAGES):
            errors["language"] = _("Choose one of the site’s languages.")
        if self.status not in self.Status.values:
            errors["status"] = _("Choose a status from the list.")
        else:
            before = getattr(self, "_loaded_status", None)
            if before and before != self.status and self.status not in self.allowed_next(before):
                errors["status"] = _("A request cannot go from “%(old)s” to “%(new)s”.") % {
                    "old": self.Status(before).label,
                    "new": self.Status(self.status).label,
                }
            elif self.status in self.NEEDS_FACILITATOR and self.assigned_to_id is None:
                errors["assigned_to"] = _(
                    "Choose the facilitator before marking the request “%(status)s”."
                ) % {"status": self.Status(self.status).label}
        if errors:
            raise ValidationError(errors)

    @classmethod
    def allowed_next(cls, status):
        return cls.TRANSITIONS.get(status, set())

    @property
    def language_name(self) -> str:
        """The language's name, from settings.LANGUAGES (so adding one needs no migration)."""
        return str(dict(settings.LANGUAGES).get(self.language, self.language))

    @property
    def is_notified(self) -> bool:
        return self.staff_notified_at is not None and self.confirmation_sent_at is not None


class SubmissionRecord(SubmissionRecordBase):
    """One accepted or refused public submission, by hashed client address.

    The per-address limit counts these rows, so it holds across every server process.
    Only a keyed hash of the address is stored, and rows older than a day are deleted.
    """

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("submission record")
        verbose_name_plural = _("submission records")
        indexes = [
            models.Index(fields=["client_hash", "created_at"], name="workshop_submission_idx"),
        ]
