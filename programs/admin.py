from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TranslationAdmin

from connection_hub.core.admin import PublishableAdmin

from . import services
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


class ScheduleInline(admin.TabularInline):
    model = Schedule
    extra = 1
    fields = ("frequency", "start_date", "end_date", "start_time", "end_time", "monthly_position")


class CancellationInline(admin.TabularInline):
    model = Cancellation
    extra = 0
    fields = ("date", "reason")


@admin.register(Program)
class ProgramAdmin(PublishableAdmin):
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
    actions = ["publish", "unpublish", "duplicate"]
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
        (_("Review"), {"fields": ("verified_on", "published_at", "created_at", "updated_at")}),
    )

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        services.refresh_sessions(programs=[form.instance])

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
class HostAdmin(admin.ModelAdmin):
    list_display = ("name", "website", "email", "phone")
    search_fields = ("name",)
    prepopulated_fields = {"slug": ("name",)}


@admin.register(Venue)
class VenueAdmin(TranslationAdmin):
    list_display = ("name", "city", "street")
    list_filter = ("city",)
    search_fields = ("name", "city", "street")
    prepopulated_fields = {"slug": ("name",)}
    filter_horizontal = ("accessibility",)


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
