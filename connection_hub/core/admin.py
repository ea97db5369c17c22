"""The admin base for everything with a title, slug and publication status.

Field-level history and revert come from django-simple-history, translated fields
side by side from django-modeltranslation. The publishing workflow
(``core.workflow``) decides who may give which status: in the form, the status
choices and a check beside the field; in the list, one action per transition, each
confirmed with a message and recorded in the item's history.
"""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.utils.translation import get_language_info, ngettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin
from simple_history.admin import SimpleHistoryAdmin

from . import preview, workflow
from .cache import bump_content_generation
from .i18n import language_codes, localized_field
from .markdown_admin import MarkdownPreviewMixin
from .models import Status, Synonym


class MissingTranslationFilter(admin.SimpleListFilter):
    """ "Missing a translation": items whose title has no text in that language."""

    title = _("missing a translation")
    parameter_name = "missing"

    def lookups(self, request, model_admin):
        return [(code, get_language_info(code)["name_translated"]) for code in language_codes()[1:]]

    def queryset(self, request, queryset):
        if self.value() not in language_codes()[1:]:
            return queryset
        column = localized_field("title", self.value())
        return queryset.filter(Q(**{f"{column}__isnull": True}) | Q(**{column: ""}))


class PublishableAdmin(MarkdownPreviewMixin, SimpleHistoryAdmin, TranslationAdmin):
    """Shared list, form and workflow behaviour for everything with a title and status."""

    list_display = ("title", "status", "updated_at")
    list_filter = ("status",)
    search_fields = ("title", "slug")
    prepopulated_fields = {"slug": ("title",)}
    readonly_fields = ("published_at", "submitted_by", "submitted_at", "created_at", "updated_at")
    actions = ["submit_for_review", "publish", "unpublish", "archive"]
    publishing_fields = ("status", "publish_from", "unpublish_at", "review_comment")

    def get_list_filter(self, request):
        filters = list(super().get_list_filter(request))
        return (
            filters if MissingTranslationFilter in filters else [*filters, MissingTranslationFilter]
        )

    # -- form -------------------------------------------------------------------

    def get_form(self, request, obj=None, **kwargs):
        form_class = super().get_form(request, obj, **kwargs)
        admin_site = self

        class WorkflowForm(form_class):
            def __init__(self, *args, **kw):
                super().__init__(*args, **kw)
                field = self.fields.get("status")
                if field is not None:
                    allowed = workflow.allowed_statuses(
                        request.user, admin_site.model, obj.status if obj else None
                    )
                    field.choices = [c for c in field.choices if c[0] in allowed]
                    field.error_messages["invalid_choice"] = _(
                        "Only an editor can publish, unpublish or archive."
                    )
                comment = self.fields.get("review_comment")
                if comment is not None and not workflow.may_publish(request.user, admin_site.model):
                    comment.disabled = True

            def clean_status(self):
                new = self.cleaned_data["status"]
                # Whether it may go public ("no upcoming session") is checked after the
                # inlines are saved (save_related): the schedules in this form count.
                workflow.check_status_change(
                    request.user, self.instance, obj.status if obj else None, new, problems=False
                )
                return new

        return WorkflowForm

    def save_model(self, request, obj, form, change):
        old = form.initial.get("status") if change else None
        workflow.stamp(obj, user=request.user, old_status=old, new_status=obj.status)
        obj._previous_status = old
        super().save_model(request, obj, form, change)

    def related_saved(self, request, obj):
        """Called after the inlines are saved, before the "may it be published?" check."""

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        obj = form.instance
        self.related_saved(request, obj)
        if obj.status == Status.PUBLISHED and getattr(obj, "_previous_status", None) != (
            Status.PUBLISHED
        ):
            problems = obj.publishing_problems()
            if problems:
                obj.status = obj._previous_status or Status.DRAFT
                obj.save()
                self.message_user(
                    request,
                    _("It was saved but not published: %(why)s") % {"why": " ".join(problems)},
                    messages.ERROR,
                )

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        named = {f for _name, options in fieldsets for f in options.get("fields", ())}
        extra = [f for f in self.publishing_fields if f not in named]
        if extra:
            fieldsets = [*fieldsets, (_("Publishing"), {"fields": extra})]
        return fieldsets

    def view_on_site(self, obj):
        """The public page when it is public; a signed preview link otherwise."""
        if obj.status == Status.PUBLISHED and type(obj).objects.published().filter(pk=obj.pk):
            return obj.get_absolute_url()
        return preview.preview_url(obj) if preview.is_previewable(obj) else None

    # -- list actions -----------------------------------------------------------

    def get_actions(self, request):
        actions = super().get_actions(request)
        if not workflow.may_publish(request.user, self.model):
            for name in ("publish", "unpublish", "archive"):
                actions.pop(name, None)
        return actions

    def _transition(self, request, queryset, name):
        done, refused = [], []
        for obj in queryset:
            try:
                workflow.apply(obj, name=name, user=request.user)
            except (ValidationError, PermissionDenied) as error:
                reasons = getattr(error, "messages", None) or [str(error)]
                refused.append(f"“{obj}”: {' '.join(str(r) for r in reasons)}")
                continue
            self.log_change(request, obj, str(workflow.TRANSITIONS[name].label).capitalize())
            done.append(obj)
        bump_content_generation()
        if done:
            opts = self.model._meta
            noun = opts.verbose_name if len(done) == 1 else opts.verbose_name_plural
            self.message_user(
                request,
                ngettext(
                    "%(count)d %(noun)s %(action)s.", "%(count)d %(noun)s %(action)s.", len(done)
                )
                % {"count": len(done), "noun": noun, "action": workflow.TRANSITIONS[name].label},
                messages.SUCCESS,
            )
        if refused:
            self.message_user(
                request,
                _("Not changed: %(items)s") % {"items": "; ".join(refused)},
                messages.WARNING,
            )

    @admin.action(description=_("Submit the selected items for review"))
    def submit_for_review(self, request, queryset):
        self._transition(request, queryset, "submit")

    @admin.action(description=_("Publish the selected items"))
    def publish(self, request, queryset):
        self._transition(request, queryset, "publish")

    @admin.action(description=_("Return the selected items to draft"))
    def unpublish(self, request, queryset):
        self._transition(request, queryset, "unpublish")

    @admin.action(description=_("Archive the selected items (they leave the public site)"))
    def archive(self, request, queryset):
        self._transition(request, queryset, "archive")


@admin.register(Synonym)
class SynonymAdmin(SimpleHistoryAdmin):
    """Words people type and what search also looks for (librarians and editors)."""

    list_display = ("term", "meanings", "language", "updated_at")
    list_filter = ("language",)
    search_fields = ("term", "meanings")
    fields = ("term", "meanings", "language")
