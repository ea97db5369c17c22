"""The admin's "Needs checking" lists, the record of checks, and the suggestions queue.

Who may work on these follows who may change the listing itself: editors see
everything, an organizer only their hosts' programs (``programs.admin.organizer_scope``),
librarians the library. So the staff groups need no permission of their own here.
"""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import F
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from programs.admin import organizer_scope
from programs.models import Host
from resources.models import Resource

from . import services
from .models import (
    ProgramToCheck,
    ResourceToCheck,
    SuggestedEdit,
    SuggestionStatus,
    Verification,
    VerificationMethod,
)


def change_url(listing) -> str:
    opts = listing._meta.concrete_model._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[listing.pk])


def back_to(request, fallback: str) -> HttpResponseRedirect:
    """Back to the list the button was pressed on (its filters kept), if it is ours."""
    referer = request.headers.get("referer", "")
    if referer and url_has_allowed_host_and_scheme(
        referer, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return HttpResponseRedirect(referer)
    return HttpResponseRedirect(fallback)


class DelegatedPermissionsMixin:
    """Listed in the admin index for whoever may view it (no permission of its own)."""

    def has_module_permission(self, request):
        return self.has_view_permission(request)


def row_button(url: str, label, name: str, value) -> str:
    """A button in a changelist row that posts the list's own form (CSRF token included)
    to ``url`` instead of running a list action."""
    return format_html(
        '<button type="submit" class="button" formaction="{}" name="{}" value="{}">{}</button>',
        url,
        name,
        value,
        label,
    )


# --- Needs checking -------------------------------------------------------------------------


class HostFilter(admin.SimpleListFilter):
    title = _("host")
    parameter_name = "host"

    def lookups(self, request, model_admin):
        hosts = Host.objects.filter(programs__isnull=False).distinct()
        if organizer_scope(request):
            hosts = hosts.filter(members=request.user)
        return [(str(h.pk), h.name) for h in hosts.order_by("name")]

    def queryset(self, request, queryset):
        value = self.value()
        return queryset.filter(host_id=value) if value and value.isdigit() else queryset


class NoAnswerFilter(admin.SimpleListFilter):
    title = _("contact's answer")
    parameter_name = "no_answer"

    def lookups(self, request, model_admin):
        return [("yes", _("No answer to two reminders"))]

    def queryset(self, request, queryset):
        return queryset.filter(no_answer=True) if self.value() == "yes" else queryset


class NeedsCheckingAdmin(DelegatedPermissionsMixin, admin.ModelAdmin):
    """Published listings whose last check is older than their period, oldest first."""

    concrete = None  # the listing's own model
    ordering = (F("verified_on").asc(nulls_first=True), "pk")
    search_fields = ("title",)
    list_per_page = 50
    actions = ["verified_by_staff_review", "verified_by_phone", "verified_by_email"]
    list_display_links = None

    def _may_change(self, request):
        opts = self.concrete._meta
        return request.user.has_perm(f"{opts.app_label}.change_{opts.model_name}")

    def has_view_permission(self, request, obj=None):
        return self._may_change(request)

    def has_change_permission(self, request, obj=None):
        return self._may_change(request)

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return self.model.objects.due()

    def change_view(self, request, object_id, form_url="", extra_context=None):
        """A listing is edited in its own admin (its workflow and scoping), never here."""
        opts = self.concrete._meta
        return HttpResponseRedirect(
            reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[object_id])
        )

    @admin.display(description=_("last checked"), ordering="verified_on")
    def last_checked(self, obj):
        return obj.verified_on or _("never")

    @admin.display(description=_("listing"))
    def listing(self, obj):
        return format_html('<a href="{}">{}</a>', change_url(obj), obj.title)

    @admin.display(description=_("check"))
    def verify_button(self, obj):
        opts = self.model._meta
        url = reverse(f"admin:{opts.app_label}_{opts.model_name}_verify", args=[obj.pk])
        return row_button(url, _("Verified today"), "verify", obj.pk)

    def get_urls(self):
        opts = self.model._meta
        view = self.admin_site.admin_view(self.verify_view)
        return [
            path(
                "<int:pk>/verified-today/",
                view,
                name=f"{opts.app_label}_{opts.model_name}_verify",
            ),
            *super().get_urls(),
        ]

    def verify_view(self, request, pk):
        """ "Verified today" on one row: POST only (a link must not change anything)."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not self.has_change_permission(request):
            raise PermissionDenied
        listing = get_object_or_404(self.concrete._default_manager, pk=pk)
        if not self.scoped(request, self.concrete._default_manager.filter(pk=pk)).exists():
            raise PermissionDenied
        services.record_verification(
            listing=listing, how=VerificationMethod.STAFF_REVIEW, user=request.user
        )
        self.log_change(request, listing, "Verified: staff review")
        self.message_user(
            request,
            _("“%(listing)s” is marked as checked today.") % {"listing": listing},
            messages.SUCCESS,
        )
        opts = self.model._meta
        return back_to(request, reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"))

    def scoped(self, request, queryset):
        return queryset

    def _verify(self, request, queryset, how):
        count = 0
        for listing in queryset:
            services.record_verification(listing=listing, how=how, user=request.user)
            self.log_change(request, listing, f"Verified: {VerificationMethod(how).label}")
            count += 1
        self.message_user(
            request,
            ngettext(
                "%(count)d listing marked as checked today (%(how)s).",
                "%(count)d listings marked as checked today (%(how)s).",
                count,
            )
            % {"count": count, "how": VerificationMethod(how).label},
            messages.SUCCESS,
        )

    @admin.action(description=_("Verified today: staff review"))
    def verified_by_staff_review(self, request, queryset):
        self._verify(request, queryset, VerificationMethod.STAFF_REVIEW)

    @admin.action(description=_("Verified today: by phone"))
    def verified_by_phone(self, request, queryset):
        self._verify(request, queryset, VerificationMethod.PHONE)

    @admin.action(description=_("Verified today: by email"))
    def verified_by_email(self, request, queryset):
        self._verify(request, queryset, VerificationMethod.EMAIL)


@admin.register(ProgramToCheck)
class ProgramToCheckAdmin(NeedsCheckingAdmin):
    concrete = ProgramToCheck._meta.concrete_model
    list_display = ("listing", "host", "last_checked", "no_answer_flag", "verify_button")
    list_filter = (HostFilter, "topics", NoAnswerFilter)

    def scoped(self, request, queryset):
        if organizer_scope(request):
            return queryset.filter(host__members=request.user)
        return queryset

    def get_queryset(self, request):
        queryset = super().get_queryset(request).select_related("host")
        return self.scoped(request, queryset).annotate(no_answer=services.no_answer())

    @admin.display(description=_("no answer"), boolean=True, ordering="no_answer")
    def no_answer_flag(self, obj):
        return obj.no_answer


@admin.register(ResourceToCheck)
class ResourceToCheckAdmin(NeedsCheckingAdmin):
    concrete = Resource
    list_display = ("listing", "kind", "last_checked", "verify_button")
    list_filter = ("topics", "kind")


# --- The record of checks -------------------------------------------------------------------


@admin.register(Verification)
class VerificationAdmin(DelegatedPermissionsMixin, admin.ModelAdmin):
    list_display = ("__str__", "how", "verified_by", "verified_at")
    list_filter = ("how",)
    list_select_related = ("program", "resource", "verified_by")
    date_hierarchy = "verified_at"
    readonly_fields = ("program", "resource", "how", "verified_by", "verified_at", "note")

    def has_view_permission(self, request, obj=None):
        user = request.user
        return user.has_perm("programs.change_program") or user.has_perm(
            "resources.change_resource"
        )

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return services.visible_suggestions(
            super().get_queryset(request), request.user, organizer=organizer_scope(request)
        )


# --- Suggested edits ------------------------------------------------------------------------


@admin.register(SuggestedEdit)
class SuggestedEditAdmin(DelegatedPermissionsMixin, admin.ModelAdmin):
    list_display = (
        "listing_link",
        "problem",
        "source",
        "status",
        "created_at",
        "reply_email",
        "row_actions",
    )
    list_filter = ("status", "source", "problem")
    list_select_related = ("program", "resource", "handled_by")
    search_fields = ("details", "program__title", "resource__title")
    readonly_fields = (
        "program",
        "resource",
        "problem",
        "details",
        "reply_email",
        "source",
        "language",
        "status",
        "handled_by",
        "handled_at",
        "created_at",
    )
    actions = ["dismiss_selected"]

    def has_view_permission(self, request, obj=None):
        user = request.user
        return user.has_perm("programs.change_program") or user.has_perm(
            "resources.change_resource"
        )

    def has_change_permission(self, request, obj=None):
        return self.has_view_permission(request, obj)

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser

    def get_queryset(self, request):
        return services.visible_suggestions(
            super().get_queryset(request), request.user, organizer=organizer_scope(request)
        )

    @admin.display(description=_("listing"))
    def listing_link(self, obj):
        return format_html('<a href="{}">{}</a>', change_url(obj.listing), obj.listing)

    @admin.display(description=_("handle"))
    def row_actions(self, obj):
        if obj.status != SuggestionStatus.NEW:
            return "—"
        return format_html(
            "{} {}",
            row_button(
                reverse("admin:listings_suggestededit_accept", args=[obj.pk]),
                _("Accept"),
                "accept",
                obj.pk,
            ),
            row_button(
                reverse("admin:listings_suggestededit_dismiss", args=[obj.pk]),
                _("Dismiss"),
                "dismiss",
                obj.pk,
            ),
        )

    def get_urls(self):
        return [
            path(
                "<int:pk>/accept/",
                self.admin_site.admin_view(self.accept_view),
                name="listings_suggestededit_accept",
            ),
            path(
                "<int:pk>/dismiss/",
                self.admin_site.admin_view(self.dismiss_view),
                name="listings_suggestededit_dismiss",
            ),
            *super().get_urls(),
        ]

    def _suggestion(self, request, pk):
        if request.method != "POST":
            return None
        suggestion = get_object_or_404(SuggestedEdit, pk=pk)
        if not self.get_queryset(request).filter(pk=pk).exists():
            raise PermissionDenied
        return suggestion

    def accept_view(self, request, pk):
        """Accept: marked accepted, then the listing opens to be corrected."""
        suggestion = self._suggestion(request, pk)
        if suggestion is None:
            return HttpResponseNotAllowed(["POST"])
        services.handle_suggestion(
            suggestion=suggestion, status=SuggestionStatus.ACCEPTED, user=request.user
        )
        self.log_change(request, suggestion, "Accepted")
        self.message_user(
            request,
            _("Suggestion accepted: correct “%(listing)s” below and save it.")
            % {"listing": suggestion.listing},
            messages.SUCCESS,
        )
        return HttpResponseRedirect(change_url(suggestion.listing))

    def dismiss_view(self, request, pk):
        suggestion = self._suggestion(request, pk)
        if suggestion is None:
            return HttpResponseNotAllowed(["POST"])
        services.handle_suggestion(
            suggestion=suggestion, status=SuggestionStatus.DISMISSED, user=request.user
        )
        self.log_change(request, suggestion, "Dismissed")
        self.message_user(
            request,
            _("Suggestion about “%(listing)s” dismissed.") % {"listing": suggestion.listing},
            messages.SUCCESS,
        )
        return back_to(request, reverse("admin:listings_suggestededit_changelist"))

    @admin.action(description=_("Dismiss the selected suggestions"))
    def dismiss_selected(self, request, queryset):
        count = 0
        for suggestion in queryset.filter(status=SuggestionStatus.NEW):
            services.handle_suggestion(
                suggestion=suggestion, status=SuggestionStatus.DISMISSED, user=request.user
            )
            count += 1
        self.message_user(
            request,
            ngettext("%(count)d suggestion dismissed.", "%(count)d suggestions dismissed.", count)
            % {"count": count},
            messages.SUCCESS,
        )
