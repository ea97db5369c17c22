"""Filters for the program directory, with a count for every facet value."""

import datetime

import django_filters
from django import forms
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from connection_hub.core.filters import ActiveFiltersMixin
from resources.filters import topic_filter

from .models import (
    AccessibilityFeature,
    Audience,
    Category,
    Language,
    PartOfDay,
    Program,
    ProgramFormat,
    Session,
    Venue,
    Weekday,
    site_zone,
)

# Query-string values are text: "1" (Monday) … "7" (Sunday), as Weekday numbers them.
DAYS = [(str(day.value), day.label) for day in Weekday]
WHEN = [("week", _("In the next 7 days"))]

# Filters that narrow which sessions count, rather than which programs.
SESSION_FILTERS = ("day", "time", "when")


class CityChoiceFilter(django_filters.ChoiceFilter):
    """Cities with a venue where a published program has an upcoming session (a city whose
    venues hold only drafts or finished programs is not offered); read when the form is
    built."""

    def __init__(self, *args, **kwargs):
        kwargs["choices"] = self.cities
        super().__init__(*args, **kwargs)

    @staticmethod
    def cities():
        listed = Program.objects.published().filter(
            pk__in=Session.objects.upcoming().values("program")
        )
        names = (
            Venue.objects.filter(programs__in=listed)
            .order_by("city")
            .values_list("city", flat=True)
            .distinct()
        )
        return [(c, c) for c in names if c]


class ProgramFilter(ActiveFiltersMixin, django_filters.FilterSet):
    category = django_filters.ChoiceFilter(
        choices=Category.choices, label=_("Category"), empty_label=_("Any category")
    )
    audience = django_filters.ModelChoiceFilter(
        queryset=Audience.objects.all(),
        field_name="audiences",
        to_field_name="slug",
        label=_("Especially for"),
        empty_label=_("Everyone"),
    )
    language = django_filters.ModelChoiceFilter(
        queryset=Language.objects.all(),
        field_name="languages",
        to_field_name="code",
        label=_("Language"),
        empty_label=_("Any language"),
    )
    format = django_filters.ChoiceFilter(
        choices=ProgramFormat.choices,
        method="filter_format",
        label=_("In person or online"),
        empty_label=_("Either"),
    )
    free = django_filters.BooleanFilter(
        field_name="is_free",
        method="filter_free",
        label=_("Free only"),
        widget=forms.CheckboxInput,
    )
    access = django_filters.ModelChoiceFilter(
        queryset=AccessibilityFeature.objects.all(),
        field_name="accessibility",
        to_field_name="slug",
        label=_("Accessibility"),
        empty_label=_("Any"),
    )
    day = django_filters.ChoiceFilter(
        choices=DAYS,
        method="filter_sessions",
        label=_("Day of the week"),
        empty_label=_("Any day"),
    )
    time = django_filters.ChoiceFilter(
        choices=PartOfDay.choices,
        method="filter_sessions",
        label=_("Time of day"),
        empty_label=_("Any time"),
    )
    city = CityChoiceFilter(field_name="venue__city", label=_("City"), empty_label=_("Any city"))
    when = django_filters.ChoiceFilter(
        choices=WHEN, method="filter_sessions", label=_("When"), empty_label=_("Any date")
    )
    topic = topic_filter()

    class Meta:
        model = Program
        fields: list[str] = []

    def filter_format(self, queryset, name, value):
        # "online" includes hybrid programs; "in person" includes hybrid programs too.
        if value == ProgramFormat.HYBRID:
            return queryset.filter(format=value)
        return queryset.filter(format__in=[value, ProgramFormat.HYBRID])

    def filter_free(self, queryset, name, value):
        return queryset.filter(is_free=True) if value else queryset

    def filter_sessions(self, queryset, name, value):
        return queryset  # applied together in filter_queryset, on the same session

    # -- sessions ---------------------------------------------------------------

    def session_queryset(self, data=None, now=None):
        """Upcoming sessions matching the day, time and date filters."""
        data = self.form.cleaned_data if data is None else data
        now = now or timezone.now()
        sessions = Session.objects.upcoming(now)
        if data.get("day"):
            sessions = sessions.filter(weekday=int(data["day"]))
        if data.get("time"):
            sessions = sessions.filter(part_of_day=data["time"])
        if data.get("when") == "week":
            sessions = sessions.filter(starts_at__lt=end_of_week(now))
        return sessions

    order_by_next_session = True  # False keeps the queryset's own order (search relevance)

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset).upcoming(self.session_queryset())
        if self.order_by_next_session:
            queryset = queryset.order_by("next_start", "title")
        return queryset

    # -- facets -----------------------------------------------------------------

    def facet_counts(self, base_queryset):
        """{filter name: {value: number of programs}} with every *other* filter applied.

        A fixed number of queries (one per facet) whatever the data.
        """
        data = dict(self.form.cleaned_data)
        now = timezone.now()
        counts = {}

        def others(name):
            other = {k: v for k, v in data.items() if k != name}
            return self.filter_queryset_without_ordering(base_queryset, other, now).values("pk")

        for name, field in (("category", "category"), ("city", "venue__city")):
            rows = (
                Program.objects.filter(pk__in=others(name))
                .values(field)
                .annotate(n=Count("pk"))
                .order_by()
            )
            counts[name] = {r[field]: r["n"] for r in rows}
        for name, model, key, relation in (
            ("audience", Audience, "slug", "programs"),
            ("language", Language, "code", "programs"),
            ("access", AccessibilityFeature, "slug", "programs"),
        ):
            rows = model.objects.annotate(
                n=Count(relation, filter=Q(**{f"{relation}__in": others(name)}), distinct=True)
            ).values_list(key, "n")
            counts[name] = dict(rows)
        fmt_ids = others("format")
        rows = dict(
            Program.objects.filter(pk__in=fmt_ids).values_list("format").annotate(n=Count("pk"))
        )
        hybrid = rows.get(ProgramFormat.HYBRID, 0)
        counts["format"] = {
            ProgramFormat.IN_PERSON: rows.get(ProgramFormat.IN_PERSON, 0) + hybrid,
            ProgramFormat.ONLINE: rows.get(ProgramFormat.ONLINE, 0) + hybrid,
            ProgramFormat.HYBRID: hybrid,
        }
        counts["free"] = {True: Program.objects.filter(pk__in=others("free"), is_free=True).count()}
        for name, field in (("day", "weekday"), ("time", "part_of_day")):
            without = {k: v for k, v in data.items() if k != name}
            rows = (
                self.session_queryset(without, now)
                .filter(program__in=others(name))
                .values(field)
                .annotate(n=Count("program", distinct=True))
                .order_by()
            )
            counts[name] = {str(r[field]): r["n"] for r in rows}
        counts["when"] = {
            "week": self.session_queryset({**data, "when": "week"}, now)
            .filter(program__in=others("when"))
            .values("program")
            .distinct()
            .count()
        }
        return counts

    def filter_queryset_without_ordering(self, queryset, data, now):
        for name, value in data.items():
            if name in SESSION_FILTERS:
                continue
            queryset = self.filters[name].filter(queryset, value)
        sessions = self.session_queryset(data, now)
        return queryset.filter(pk__in=sessions.values("program"))


def end_of_week(now: datetime.datetime) -> datetime.datetime:
    """The end of "this week" for a resident: midnight seven days from today."""
    today = timezone.localtime(now, site_zone()).date()
    return datetime.datetime.combine(
        today + datetime.timedelta(days=7), datetime.time.min, tzinfo=site_zone()
    )
