from django.contrib import admin
from django.db.models import Count
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationStackedInline
from simple_history.admin import SimpleHistoryAdmin

from connection_hub.core.admin import PublishableAdmin
from connection_hub.core.bulk import StaffImportExportMixin
from connection_hub.core.markdown_admin import MarkdownPreviewMixin

from .bulk import ResourceResource
from .models import BrokenLink, Practice, Publisher, Resource, Topic, TopicSection


class TopicSectionInline(MarkdownPreviewMixin, TranslationStackedInline):
    model = TopicSection
    markdown_fields = ("body",)
    extra = 1
    fields = ("order", "heading", "body")


@admin.register(Topic)
class TopicAdmin(PublishableAdmin):
    markdown_fields = ("intro",)
    list_display = ("title", "status", "featured", "order", "updated_at")
    list_editable = ("order",)
    list_filter = ("status", "featured")
    inlines = [TopicSectionInline]
    fieldsets = (
        (None, {"fields": ("title", "slug", "status", "featured", "order")}),
        (_("Content"), {"fields": ("summary", "intro")}),
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


@admin.register(Publisher)
class PublisherAdmin(SimpleHistoryAdmin):
    list_display = ("name", "url", "resource_count")
    search_fields = ("name",)
    prepopulated_fields = {"slug": ("name",)}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(_resource_count=Count("resources"))

    @admin.display(description=_("resources"), ordering="_resource_count")
    def resource_count(self, obj):
        return obj._resource_count


@admin.register(Resource)
class ResourceAdmin(StaffImportExportMixin, PublishableAdmin):
    markdown_fields = ("body",)
    resource_classes = [ResourceResource]
    export_prefetch_related = ("topics", "tags")
    import_help = _(
        "One resource a row; a row whose slug exists updates that resource. Publisher by "
        "name, topics by slug separated by |, tags separated by commas, dates as YYYY-MM-DD."
    )
    list_display = ("title", "kind", "publisher", "published_on", "language", "status")
    list_filter = ("status", "kind", "language", "featured_on_topics", "topics", "publisher")
    list_select_related = ("publisher",)
    search_fields = ("title", "summary", "publisher__name", "tags__name")
    date_hierarchy = "published_on"
    autocomplete_fields = ("publisher",)
    filter_horizontal = ("topics",)
    fieldsets = (
        (None, {"fields": ("title", "slug", "status", "kind", "language")}),
        (_("Source"), {"fields": ("publisher", "published_on", "url")}),
        (_("Content"), {"fields": ("summary", "body", "topics", "featured_on_topics", "tags")}),
        (_("Image"), {"fields": ("image", "image_alt")}),
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


@admin.register(Practice)
class PracticeAdmin(PublishableAdmin):
    markdown_fields = ("steps",)
    list_display = ("title", "format", "setting", "duration_minutes", "status")
    list_filter = ("status", "format", "setting", "featured_on_topics", "topics")
    filter_horizontal = ("topics",)
    fieldsets = (
        (None, {"fields": ("title", "slug", "status", "format", "setting", "duration_minutes")}),
        (
            _("Content"),
            {
                "fields": (
                    "summary",
                    "steps",
                    "suits",
                    "media_url",
                    "topics",
                    "featured_on_topics",
                    "tags",
                )
            },
        ),
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


@admin.register(BrokenLink)
class BrokenLinkAdmin(admin.ModelAdmin):
    """Resources whose link failed the daily check three times in a row; read-only (the
    checker keeps it: fix the link on the resource and the next check clears it)."""

    list_display = (
        "resource_link",
        "url",
        "outcome",
        "first_failed_at",
        "consecutive_failures",
        "checked_at",
        "final_url",
    )
    list_display_links = None
    list_select_related = ("resource",)
    list_filter = ("problem",)
    search_fields = ("resource__title", "url")
    ordering = ("first_failed_at",)

    def get_queryset(self, request):
        return super().get_queryset(request).broken()

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description=_("resource"), ordering="resource__title")
    def resource_link(self, obj):
        url = reverse("admin:resources_resource_change", args=[obj.resource_id])
        return format_html('<a href="{}">{}</a>', url, obj.resource)

    @admin.display(description=_("last result"), ordering="status_code")
    def outcome(self, obj):
        return obj.outcome
