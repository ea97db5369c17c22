from django.db.models import Prefetch, prefetch_related_objects
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import DetailView, ListView

from connection_hub.core import fragments
from connection_hub.core.fragments import Prepared, lazy_value
from connection_hub.core.views import FilteredListMixin, PublishedDetailMixin
from resources.models import Practice, Topic

from .calendar import build_calendar
from .filters import ProgramFilter
from .models import Program, Session


def _label_with_counts(form, counts):
    """Add "(n)" to every facet choice, so a resident sees what each would leave."""
    for name, field in form.fields.items():
        facet = counts.get(name)
        if facet is None:
            continue
        if hasattr(field, "queryset"):  # ModelChoiceField: label from the instance
            key = field.to_field_name
            field.label_from_instance = lambda obj, f=facet, k=key: (
                f"{obj} ({f.get(getattr(obj, k), 0)})"
            )
        elif name == "free":
            form[name].label = f"{field.label} ({facet.get(True, 0)})"
        else:
            # The field adds its empty choice ("Any category") itself: leave it out here,
            # or it would be listed twice.
            field.choices = [
                (value, f"{label} ({facet.get(value, 0)})")
                for value, label in field.choices
                if value not in ("", None)
            ]


class ProgramQueryMixin:
    def get_base_queryset(self):
        # The list and the calendar show the summary, never the description.
        return Program.objects.published().listing_columns()


class ProgramListView(ProgramQueryMixin, FilteredListMixin, ListView):
    template_name = "programs/program_list.html"
    context_object_name = "programs"
    filterset_class = ProgramFilter
    paginate_by = 20
    lazy_context = True
    lazy_context_keys = ("facet_counts",)

    def get_queryset(self):
        # What a card shows: venue and audiences (programs/_program_item.html).
        return super().get_queryset().select_related("venue").prefetch_related("audiences")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        counts = self._applied.facet_counts(self.get_base_queryset())
        _label_with_counts(context["filter"].form, counts)
        context["facet_counts"] = counts
        return context

    def get_lazy_context(self):
        context = super().get_lazy_context()
        context["calendar_query"] = self.request.GET.urlencode()
        return context


class ProgramCalendarView(ProgramQueryMixin, FilteredListMixin, View):
    """Every upcoming program matching the list's filters, as one subscribable calendar."""

    filterset_class = ProgramFilter
    max_programs = 500

    def get(self, request):
        # Kept in the fragment cache for the content generation, per filters.
        return fragments.cached_response(request, "calendar", self.build)

    def build(self):
        programs = (
            self.get_queryset()
            .select_related("venue")
            .prefetch_related("schedules", "cancellations")[: self.max_programs]
        )
        body = build_calendar(programs, name=_("Community programs"), request=self.request)
        response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = 'inline; filename="programs.ics"'
        return response


class ProgramDetailView(PublishedDetailMixin, DetailView):
    template_name = "programs/program_detail.html"
    context_object_name = "program"
    page_fragments = ("program-title", "program-meta", "program")

    model = Program
    gone_links = ((gettext_lazy("All programs"), "programs:program_list"),)

    def get_base_queryset(self):
        return Program.objects.select_related("host", "venue")

    @staticmethod
    def related_lookups():
        """What the page shows beside the program, read only when its fragments are
        rendered (``fragment_prepare``): not at all when they come from the cache."""
        return (
            "tags",
            "audiences",
            "languages",
            "accessibility",
            "venue__accessibility",
            "schedules",
            "cancellations",
            Prefetch("topics", queryset=Topic.objects.published()),
            Prefetch("practices", queryset=Practice.objects.published()),
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        program = self.object
        context["fragment_prepare"] = Prepared(
            lambda: prefetch_related_objects([program], *self.related_lookups())
        )
        context["next_sessions"] = lazy_value(self.request, self.next_sessions, program)
        context["accessibility"] = lazy_value(self.request, self.accessibility, program)
        return context

    @staticmethod
    def next_sessions(program):
        """The next five sessions, cancelled ones included and marked as such."""
        sessions = list(
            Session.objects.filter(program=program, ends_at__gt=timezone.now()).order_by(
                "starts_at"
            )[:5]
        )
        cancelled = {c.date: c.reason for c in program.cancellations.all()}
        for session in sessions:
            session.reason = cancelled.get(timezone.localtime(session.starts_at).date(), "")
        return sessions

    @staticmethod
    def accessibility(program):
        features = list(program.accessibility.all())
        if program.venue:
            features += [f for f in program.venue.accessibility.all() if f not in features]
        return sorted(features, key=lambda f: f.name)


class ProgramEventCalendarView(View):
    def get(self, request, slug):
        return fragments.cached_response(request, "program-calendar", lambda: self.build(slug))

    def build(self, slug):
        request = self.request
        program = get_object_or_404(
            Program.objects.published()
            .select_related("venue")
            .prefetch_related("schedules", "cancellations"),
            slug=slug,
        )
        body = build_calendar([program], name=program.title, request=request)
        response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{program.slug}.ics"'
        return response
