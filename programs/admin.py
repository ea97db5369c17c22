from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.http import HttpResponse
from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline
from simple_history.admin import SimpleHistoryAdmin

from connection_hub.core.admin import PublishableAdmin
from connection_hub.core.bulk import StaffImportExportMixin
from connection_hub.core.validators import SingleLineFieldsMixin

from . import services
from .bulk import HostResource, ProgramResource, VenueResource
from .models import (
    AccessibilityFeature,
    Audience,
    Cancellation,
    Host,
    Language,
    Program,
    Schedule,
    Venue,
)


class SchedulePreviewForm(forms.ModelForm):
    class Meta:
        model = Schedule
        fields = (
            "frequency",
            "weekday",
            "monthly_position",
            "start_date",
            "end_date",
            "start_time",
            "end_time",
        )


def organizer_scope(request) -> bool:
    """Whether ``request.user`` works only on the programs of the hosts they belong to:
    an organizer (may change programs, not every host's). Others who may only read
    programs (facilitators building a kit) read them all."""
    user = request.user
    return user.has_perm("programs.change_program") and not user.has_perm(
        "programs.change_any_program"
    )


class ScheduleInline(admin.TabularInline):
    model = Schedule
    extra = 1
    fields = (
        "frequency",
        "weekday",
        "monthly_position",
        "start_date",
        "end_date",
        "start_time",
        "end_time",
        "rule_preview",
    )
    readonly_fields = ("rule_preview",)

    class Media:
        js = ["js/admin-schedule-preview.js"]

    @admin.display(description=_("in words, and the next dates"))
    def rule_preview(self, obj):
        if not obj.pk:
            return _("Shown after saving.")
        return obj.describe_with_next_dates()


class CancellationInline(TranslationTabularInline):
    model = Cancellation
    extra = 0
    fields = ("date", "schedule", "reason")

    def get_formset(self, request, obj=None, **kwargs):
        self.parent_program = obj
        return super().get_formset(request, obj, **kwargs)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "schedule":
            program = getattr(self, "parent_program", None)
            kwargs["queryset"] = (
                Schedule.objects.filter(program=program) if program else Schedule.objects.none()
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.register(Program)
class ProgramAdmin(StaffImportExportMixin, PublishableAdmin):
    markdown_fields = ("description",)
    resource_classes = [ProgramResource]
    export_prefetch_related = (
        "audiences",
        "languages",
        "accessibility",
        "topics",
        "tags",
        "schedules",
    )
    import_help = _(
        "One program a row; a row whose slug exists updates that program. Host and venue by "
        "slug; audiences, accessibility and topics by slug and languages by code, separated "
        "by |; one schedule in the schedule_ columns (weekday 1 = Monday … 7 = Sunday, "
        "position 1–4 or -1 for the last, dates YYYY-MM-DD, times HH:MM)."
    )
    list_display = (
        "title",
        "category",
        "host",
        "venue",
        "format",
        "is_free",
        "status",
        "verified_on",
    )
    list_filter = (
        "status",
        "category",
        "format",
        "is_free",
        "audiences",
        "languages",
        "accessibility",
        "venue__city",
        "topics",
    )
    list_select_related = ("host", "venue")
    search_fields = ("title", "summary", "host__name", "venue__name", "venue__city")
    autocomplete_fields = ("host", "venue")
    filter_horizontal = ("audiences", "languages", "accessibility", "topics", "practices")
    inlines = [ScheduleInline, CancellationInline]
    actions = [*PublishableAdmin.actions, "duplicate"]
    fieldsets = (
        (None, {"fields": ("title", "slug", "status", "category", "summary", "description")}),
        (_("Image"), {"fields": ("image", "image_alt")}),
        (_("Where"), {"fields": ("host", "venue", "format", "online_url")}),
        (
            _("Who and how"),
            {
                "fields": (
                    "audiences",
                    "languages",
                    "accessibility",
                    "is_free",
                    "cost_description",
                    "how_to_join",
                    "registration_url",
                    "contact_email",
                    "contact_phone",
                )
            },
        ),
        (_("Related"), {"fields": ("topics", "practices", "tags")}),
        (
            _("Review"),
            {
                "fields": (
                    "verified_on",
                    "published_at",
                    "submitted_by",
                    "submitted_at",
                    "created_at",
                    "updated_at",
                )
            },
        ),
    )

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if organizer_scope(request):
            queryset = queryset.filter(host__members=request.user)
        return queryset

    def get_resource_kwargs(self, request, *args, **kwargs):
        # An organizer imports programs only for their own hosts.
        hosts = Host.objects.filter(members=request.user) if organizer_scope(request) else None
        return {**super().get_resource_kwargs(request, *args, **kwargs), "hosts": hosts}

    def get_urls(self):
        preview = self.admin_site.admin_view(self.schedule_preview_view)
        return [
            path("schedule-preview/", preview, name="programs_schedule_preview"),
            *super().get_urls(),
        ]

    def schedule_preview_view(self, request):
        """The rule being typed, in words with its next dates (the inline's live preview)."""
        if request.method != "POST" or not self.has_change_permission(request):
            raise PermissionDenied
        form = SchedulePreviewForm(request.POST)
        if not form.is_valid():
            return HttpResponse(
                _("Fill in the rule to see its dates."), content_type="text/plain; charset=utf-8"
            )
        return HttpResponse(
            form.instance.describe_with_next_dates(), content_type="text/plain; charset=utf-8"
        )

    def get_object(self, request, object_id, from_field=None):
        """Found whoever owns it, so another host's program is refused (403), not hidden."""
        queryset = self.model._default_manager.all()
        field = (
            self.model._meta.pk if from_field is None else self.model._meta.get_field(from_field)
        )
        try:
            return queryset.get(**{field.name: field.to_python(object_id)})
        except (self.model.DoesNotExist, ValidationError, ValueError):
            return None

    def _may_touch(self, request, obj):
        return (
            obj is None
            or not organizer_scope(request)
            or obj.host.members.filter(pk=request.user.pk).exists()
        )

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self._may_touch(request, obj)

    def has_view_permission(self, request, obj=None):
        return super().has_view_permission(request, obj) and self._may_touch(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self._may_touch(request, obj)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "host" and organizer_scope(request):
            kwargs["queryset"] = Host.objects.filter(members=request.user)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def related_saved(self, request, obj):
        # The sessions count for "may it be published?", checked next (PublishableAdmin).
        services.refresh_sessions(programs=[obj])

    @admin.action(description=_("Duplicate the selected programs (as drafts)"))
    def duplicate(self, request, queryset):
        copies = [services.duplicate_program(program=p) for p in queryset]
        self.message_user(
            request,
            ngettext("Made %(n)d draft copy.", "Made %(n)d draft copies.", len(copies))
            % {"n": len(copies)},
            messages.SUCCESS,
        )


@admin.register(Host)
class HostAdmin(StaffImportExportMixin, SingleLineFieldsMixin, SimpleHistoryAdmin):
    single_line_fields = ("name",)
    resource_classes = [HostResource]
    list_display = ("name", "website", "email", "phone")
    search_fields = ("name",)
    prepopulated_fields = {"slug": ("name",)}
    filter_horizontal = ("members",)

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if organizer_scope(request):
            queryset = queryset.filter(members=request.user)
        return queryset

    def get_readonly_fields(self, request, obj=None):
        # Only someone who manages every host decides who belongs to one.
        return ("members",) if organizer_scope(request) else ()


@admin.register(Venue)
class VenueAdmin(
    StaffImportExportMixin, SingleLineFieldsMixin, SimpleHistoryAdmin, TranslationAdmin
):
    single_line_fields = ("name",)
    resource_classes = [VenueResource]
    export_prefetch_related = ("accessibility",)
    list_display = ("name", "city", "street", "postal_code", "latitude", "longitude")
    list_filter = ("city",)
    search_fields = ("name", "city", "street")
    prepopulated_fields = {"slug": ("name",)}
    filter_horizontal = ("accessibility",)

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if organizer_scope(request):
            # The venues their hosts' programs use, and venues no program uses yet.
            used = Q(programs__host__members=request.user) | Q(programs__isnull=True)
            queryset = queryset.filter(pk__in=Venue.objects.filter(used).values("pk"))
        return queryset


@admin.register(Audience)
class AudienceAdmin(TranslationAdmin):
    list_display = ("name", "slug", "order")
    list_editable = ("order",)
    prepopulated_fields = {"slug": ("name",)}


@admin.register(AccessibilityFeature)
class AccessibilityFeatureAdmin(TranslationAdmin):
    list_display = ("name", "slug")
    prepopulated_fields = {"slug": ("name",)}


@admin.register(Language)
class LanguageAdmin(TranslationAdmin):
    list_display = ("name", "code")
