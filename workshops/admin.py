"""Staff work workshop requests here: new → contacted → scheduled → done, or declined.

Staff with ``workshops.view_all_workshoprequests`` see and assign every request;
facilitators (staff without it) see only the requests assigned to them.
"""

from django import forms
from django.contrib import admin, messages
from django.db import models
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .models import VIEW_ALL_PERMISSION, WorkshopRequest
from .tasks import resend_notifications


class NotificationFilter(admin.SimpleListFilter):
    title = _("notifications")
    parameter_name = "notified"

    def lookups(self, request, model_admin):
        return [("no", _("Not yet notified")), ("yes", _("Notified"))]

    def queryset(self, request, queryset):
        if self.value() == "no":
            return queryset.not_yet_notified()
        if self.value() == "yes":
            return queryset.notified()
        return queryset


class WorkshopRequestAdminForm(forms.ModelForm):
    """The admin's form for a request (ModelAdmin supplies the model and fields)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        status = self.fields.get("status")
        if status is not None and self.instance.pk:
            # Offer only the steps the workflow allows from where the request is now.
            current = self.instance._loaded_status
            allowed = {current} | WorkshopRequest.allowed_next(current)
            status.choices = [(v, label) for v, label in status.choices if v in allowed]


@admin.register(WorkshopRequest)
class WorkshopRequestAdmin(admin.ModelAdmin):
    form = WorkshopRequestAdminForm
    list_display = [
        "organization",
        "name",
        "town",
        "created_at",
        "status",
        "assigned_to",
        "notification_state",
    ]
    list_select_related = ["assigned_to"]
    search_fields = ["organization", "name", "email", "town"]
    date_hierarchy = "created_at"
    actions = ["resend_notifications_action"]
    readonly_fields = [
        "language",
        "staff_notified_at",
        "confirmation_sent_at",
        "notification_attempts",
        "last_notification_error",
        "created_at",
        "updated_at",
    ]
    formfield_overrides = {
        models.ManyToManyField: {"widget": forms.CheckboxSelectMultiple},
    }
    fieldsets = [
        (_("Workflow"), {"fields": ["status", "assigned_to", "staff_notes"]}),
        (
            _("What they asked for"),
            {
                "fields": [
                    "name",
                    "email",
                    "phone",
                    "organization",
                    "role",
                    "topics",
                    "format",
                    "preferred_dates",
                    "group_size",
                    "town",
                    "message",
                    "heard_from",
                    "language",
                ]
            },
        ),
        (
            _("Emails"),
            {
                "fields": [
                    "staff_notified_at",
                    "confirmation_sent_at",
                    "notification_attempts",
                    "last_notification_error",
                ]
            },
        ),
        (_("Record"), {"fields": ["created_at", "updated_at"]}),
    ]

    def can_see_all(self, request) -> bool:
        return request.user.has_perm(VIEW_ALL_PERMISSION)

    def get_queryset(self, request):
        return super().get_queryset(request).visible_to(request.user)

    def get_list_filter(self, request):
        filters = ["status", NotificationFilter, "format"]
        if self.can_see_all(request):
            filters.append("assigned_to")
        return filters

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not self.can_see_all(request):
            fields.append("assigned_to")  # facilitators do not reassign requests
        return fields

    @admin.display(description=_("emails"), ordering="staff_notified_at")
    def notification_state(self, obj):
        if obj.is_notified:
            return _("Sent")
        missing = []
        if obj.staff_notified_at is None:
            missing.append(str(_("staff")))
        if obj.confirmation_sent_at is None:
            missing.append(str(_("confirmation")))
        return format_html("<strong>{}</strong> ({})", _("Not yet notified"), ", ".join(missing))

    @admin.action(description=_("Resend notifications"), permissions=["change"])
    def resend_notifications_action(self, request, queryset):
        count = resend_notifications(queryset)
        if count:
            self.message_user(
                request,
                ngettext(
                    "The missing emails of %(count)d request were queued for sending.",
                    "The missing emails of %(count)d requests were queued for sending.",
                    count,
                )
                % {"count": count},
                messages.SUCCESS,
            )
        else:
            self.message_user(
                request,
                _("Every selected request had already been notified; nothing was sent again."),
                messages.WARNING,
            )
