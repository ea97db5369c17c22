"""Kits in the admin: a facilitator builds and changes their own; editors publish.

A facilitator (staff without ``kits.change_any_kit``) lists, sees and changes only the
kits they own; another facilitator's kit is refused (403) at every admin URL. The kit
belongs to whoever creates it. Publishing, unpublishing and archiving follow the shared
workflow (``kits.publish_kit``, held by editors).
"""

from django.contrib import admin
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationTabularInline

from connection_hub.core.admin import PublishableAdmin
from connection_hub.core.i18n import localized_fields

from .models import TARGETS, Kit, KitItem

# Help for the fields the shared publishable model declares without any.
FORM_HELP = {
    "title": _("The name of the session or class, as the room will see it."),
    "status": _(
        "Draft while you build it; “In review” when it is ready for an editor, who publishes it."
    ),
}

ABOUT = _("About this kit")


class KitItemInline(TranslationTabularInline):
    model = KitItem
    extra = 3
    fields = ("order", *TARGETS, "note")
    autocomplete_fields = TARGETS
    verbose_name = _("item")
    verbose_name_plural = _("items, in the order the room sees them (one page per item)")


@admin.register(Kit)
class KitAdmin(PublishableAdmin):
    list_display = ("title", "owner", "status", "updated_at")
    list_select_related = ("owner",)
    markdown_fields = ("introduction",)
    inlines = [KitItemInline]
    readonly_fields = ("owner", *PublishableAdmin.readonly_fields)
    fieldsets = (
        (None, {"fields": ("title", "slug", "introduction")}),
        (
            ABOUT,
            {
                "fields": (
                    "owner",
                    "submitted_by",
                    "submitted_at",
                    "published_at",
                    "created_at",
                    "updated_at",
                )
            },
        ),
    )

    # -- whose kits -------------------------------------------------------------

    @staticmethod
    def sees_every_kit(request) -> bool:
        return request.user.has_perm("kits.change_any_kit")

    def is_theirs(self, request, obj) -> bool:
        return obj is None or self.sees_every_kit(request) or obj.owner_id == request.user.pk

    def get_queryset(self, request):
        kits = super().get_queryset(request)
        return kits if self.sees_every_kit(request) else kits.owned_by(request.user)

    def get_object(self, request, object_id, from_field=None):
        """Someone else's kit is refused (403), not reported as missing."""
        obj = super().get_object(request, object_id, from_field)
        if obj is None and not self.sees_every_kit(request):
            try:
                exists = Kit.objects.filter(pk=object_id).exists()
            except (ValueError, ValidationError):
                exists = False
            if exists:
                raise PermissionDenied
        return obj

    def has_view_permission(self, request, obj=None):
        return super().has_view_permission(request, obj) and self.is_theirs(request, obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self.is_theirs(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self.is_theirs(request, obj)

    # -- form -------------------------------------------------------------------

    def get_fieldsets(self, request, obj=None):
        """Content, then publishing, then (once saved) who built it and when."""
        fieldsets = super().get_fieldsets(request, obj)
        about = [(name, options) for name, options in fieldsets if name is ABOUT]
        others = [(name, options) for name, options in fieldsets if name is not ABOUT]
        return others + (about if obj is not None else [])

    def get_form(self, request, obj=None, **kwargs):
        form_class = super().get_form(request, obj, **kwargs)
        for name, text in FORM_HELP.items():
            for column in (name, *localized_fields(name)):
                field = form_class.base_fields.get(column)
                if field is not None and not field.help_text:
                    field.help_text = text
        return form_class

    def save_model(self, request, obj, form, change):
        if not change:
            obj.owner = request.user
        super().save_model(request, obj, form, change)
