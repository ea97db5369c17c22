"""The admin base for everything with a title, slug and publication status."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin

from .cache import bump_content_generation
from .models import Status


class PublishableAdmin(TranslationAdmin):
    """Shared list behaviour for everything with a title, slug and status."""

    list_display = ("title", "status", "updated_at")
    list_filter = ("status",)
    search_fields = ("title", "slug")
    prepopulated_fields = {"slug": ("title",)}
    readonly_fields = ("published_at", "created_at", "updated_at")
    actions = ["publish", "unpublish"]

    @admin.action(description=_("Publish the selected items"))
    def publish(self, request, queryset):
        for obj in queryset:  # save() stamps published_at the first time
            obj.status = Status.PUBLISHED
            obj.save()

    @admin.action(description=_("Return the selected items to draft"))
    def unpublish(self, request, queryset):
        queryset.update(status=Status.DRAFT)
        bump_content_generation()  # update() sends no post_save: drop cached pages
