"""Filters for the program directory, with a count for every facet value.

Building the form costs one query (every dropdown's choices, ``choice_lists``) and the
counts one more (``facet_counts``: one UNION ALL of small GROUP BY queries), whatever
the filters and the data.
"""

import datetime
import unicodedata

import django_filters
from django import forms
from django.conf import settings
from django.db.models import CharField, Count, F, QuerySet, Value
from django.db.models.functions import Cast, Coalesce, NullIf
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from connection_hub.core.filters import ActiveFiltersMixin
from connection_hub.core.i18n import current_language, localized_field
from resources.models import Topic

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
    zip_centroid,
    zip_code,
)

# Query-string values are text: "1" (Monday) … "7" (Sunday), as Weekday numbers them.
DAYS = [(str(day.value), day.label) for day in Weekday]
WHEN = [("week", _("In the next 7 days"))]
RADII = [
    ("5", _("Within 5 miles")),
    ("10", _("Within 10 miles")),
    ("25", _("Within 25 miles")),
]

# Filters that narrow which sessions count, rather than which programs.
SESSION_FILTERS = ("day", "time", "when")
# Filters applied together in ``filter_queryset`` (they need one another's values).
COMBINED_FILTERS = (*SESSION_FILTERS, "near", "within")

# Dropdowns whose choices are rows staff edit: (filter, the program's relation, the key).
RELATED_FACETS = (
    ("audience", "audiences", "slug"),
    ("language", "languages", "code"),
    ("access", "accessibility", "slug"),
    ("topic", "topics", "slug"),
)


class ZipCodeField(forms.CharField):
    """A US ZIP code whose centre is known (offline data): cleans to its five digits."""

    default_error_messages = {
        "invalid": _("Type a five-digit ZIP code, for example 45011."),
        "unknown": _("We have no location for ZIP code %(code)s. Try a nearby ZIP code."),
    }

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return ""
        code = zip_code(value)
        if not code:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        if zip_centroid(code) is None:
            raise forms.ValidationError(
                self.error_messages["unknown"], code="unknown", params={"code": code}
            )
        return code


class ZipCodeFilter(django_filters.CharFilter):
    field_class = ZipCodeField


def _sort_key(label: str) -> str:
    """Alphabetical order that ignores case and accents ("Árabe" beside "Arabic")."""
    text = unicodedata.normalize("NFKD", str(label))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def _translated(field: str):
    """``field`` in the page's language, the default language where it is empty."""
    default = F(localized_field(field))
    language = current_language()
    if language == settings.LANGUAGE_CODE:
        return default
    return Coalesce(NullIf(F(localized_field(field, language)), Value("")), default)


def _choice_rows(kind: str, queryset: QuerySet, key, label, order=None) -> QuerySet:
    # Plain Django querysets: modeltranslation would rewrite the expressions it is given.
    return QuerySet(queryset.model, query=queryset.query.chain()).values(
        choice_kind=Value(kind, output_field=CharField()),
        choice_key=Cast(key, CharField()),
        choice_label=Cast(label, CharField()),
        choice_order=Value(0) if order is None else F(order),
    )


def listed_cities() -> QuerySet:
    """Venues where a published program has an upcoming session (a city whose venues hold
    only drafts or finished programs is not offered)."""
    listed = Program.objects.published().filter(pk__in=Session.objects.upcoming().values("program"))
    return Venue.objects.filter(programs__in=listed).exclude(city="")


def choice_lists() -> dict[str, list[tuple[str, str]]]:
    """Every dropdown's (value, label) choices that come from rows, in one query."""
    parts = [
        _choice_rows("audience", Audience.objects.all(), F("slug"), _translated("name"), "order"),
        _choice_rows("language", Language.objects.all(), F("code"), _translated("name")),
        _choice_rows("access", AccessibilityFeature.objects.all(), F("slug"), _translated("name")),
        _choice_rows("topic", Topic.objects.published(), F("slug"), _translated("title")),
        _choice_rows("city", listed_cities().distinct(), F("city"), F("city")),
    ]
    rows = parts[0].order_by().union(*(p.order_by() for p in parts[1:]), all=True)
    lists = {name: [] for name in ("audience", "language", "access", "topic", "city")}
    for row in sorted(rows, key=lambda r: (r["choice_order"], _sort_key(r["choice_label"]))):
        lists[row["choice_kind"]].append((row["choice_key"], row["choice_label"]))
    return lists


class CityChoiceFilter(django_filters.ChoiceFilter):
    """The cities offered: those of ``listed_cities``, alphabetical (set by ProgramFilter)."""

    @staticmethod
    def cities():
        return choice_lists()["city"]


class ProgramFilter(ActiveFiltersMixin, django_filters.FilterSet):
    near = ZipCodeFilter(
        method="filter_combined",
        label=_("Near ZIP code"),
        max_length=10,
        widget=forms.TextInput(
            attrs={"inputmode": "numeric", "autocomplete": "postal-code", "size": 10}
        ),
    )
    within = django_filters.ChoiceFilter(
        choices=RADII,
        method="filter_combined",
        label=_("Distance"),
        empty_label=_("Any distance"),
    )
    category = django_filters.ChoiceFilter(
        choices=Category.choices, label=_("Category"), empty_label=_("Any category")
    )
    audience = django_filters.ChoiceFilter(
        field_name="audiences__slug", label=_("Especially for"), empty_label=_("Everyone")
    )
    language = django_filters.ChoiceFilter(
        field_name="languages__code", label=_("Language"), empty_label=_("Any language")
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
    access = django_filters.ChoiceFilter(
        field_name="accessibility__slug", label=_("Accessibility"), empty_label=_("Any")
    )
    day = django_filters.ChoiceFilter(
        choices=DAYS,
        method="filter_combined",
        label=_("Day of the week"),
        empty_label=_("Any day"),
    )
    time = django_filters.ChoiceFilter(
        choices=PartOfDay.choices,
        method="filter_combined",
        label=_("Time of day"),
        empty_label=_("Any time"),
    )
    city = CityChoiceFilter(field_name="venue__city", label=_("City"), empty_label=_("Any city"))
    when = django_filters.ChoiceFilter(
        choices=WHEN, method="filter_combined", label=_("When"), empty_label=_("Any date")
    )
    topic = django_filters.ChoiceFilter(
        field_name="topics__slug", label=_("Topic"), empty_label=_("Any topic")
    )

    class Meta:
        model = Program
        fields: list[str] = []

    summary_labels = {"free": (_("Cost"), _("Free only"))}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Read once for the form: valid values and the options shown.
        for name, choices in choice_lists().items():
            self.filters[name].extra["choices"] = choices

    def filter_format(self, queryset, name, value):
        # "online" includes hybrid programs; "in person" includes hybrid programs too.
        if value == ProgramFormat.HYBRID:
            return queryset.filter(format=value)
        return queryset.filter(format__in=[value, ProgramFormat.HYBRID])

    def filter_free(self, queryset, name, value):
        return queryset.filter(is_free=True) if value else queryset

    def filter_combined(self, queryset, name, value):
        return queryset  # applied together in filter_queryset (sessions, distance)

    # -- sessions and distance ---------------------------------------------------

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

    @staticmethod
    def origin(data):
        """(latitude, longitude) of the ZIP code searched near, if any."""
        return zip_centroid(data["near"]) if data.get("near") else None

    def apply_distance(self, queryset, data):
        origin = self.origin(data)
        if origin is None:
            return queryset
        queryset = queryset.with_distance(origin)
        if data.get("within"):
            queryset = queryset.within_miles(origin, int(data["within"]))
        return queryset

    order_by_next_session = True  # False keeps the queryset's own order (search relevance)

    def filter_queryset(self, queryset):
        data = self.form.cleaned_data
        queryset = super().filter_queryset(queryset).upcoming(self.session_queryset())
        queryset = self.apply_distance(queryset, data)
        if self.order_by_next_session:
            if self.origin(data):
                queryset = queryset.by_distance()
            else:
                queryset = queryset.order_by("next_start", "title")
        return queryset

    # -- facets -----------------------------------------------------------------

    def facet_counts(self, base_queryset):
        """{filter name: {value: number of programs}}, each facet with every *other*
        filter applied, so a count is what choosing that value would show.

        One query: a UNION ALL of one small GROUP BY per facet, each over the ids the
        other filters leave.
        """
        data = dict(self.form.cleaned_data)
        now = timezone.now()

        def others(name):
            other = {k: v for k, v in data.items() if k != name}
            return self.filter_queryset_without_ordering(base_queryset, other, now).values("pk")

        def group(kind, queryset, key, n="pk"):
            key = Value(key) if isinstance(key, str) else Cast(key, CharField())
            return (
                QuerySet(queryset.model, query=queryset.query.chain())
                .order_by()
                .values(facet=Value(kind, output_field=CharField()), facet_value=key)
                .annotate(facet_count=Count(n, distinct=n != "pk"))
            )

        programs = Program.objects.all()
        parts = [
            group("category", programs.filter(pk__in=others("category")), F("category")),
            group("city", programs.filter(pk__in=others("city")), F("venue__city")),
            group("format", programs.filter(pk__in=others("format")), F("format")),
            group("free", programs.filter(pk__in=others("free"), is_free=True), "on"),
        ]
        for name, relation, key in RELATED_FACETS:
            through = getattr(Program, relation).through
            target = getattr(Program, relation).field.m2m_reverse_field_name()
            rows = through.objects.filter(program__in=others(name))
            parts.append(group(name, rows, F(f"{target}__{key}"), n="program"))
        for name, field in (("day", "weekday"), ("time", "part_of_day")):
            without = {k: v for k, v in data.items() if k != name}
            sessions = self.session_queryset(without, now).filter(program__in=others(name))
            parts.append(group(name, sessions, F(field), n="program"))
        week = self.session_queryset({**data, "when": "week"}, now)
        parts.append(group("when", week.filter(program__in=others("when")), "week", n="program"))
        origin = self.origin(data)
        if origin:
            nearby = programs.filter(pk__in=others("within")).with_distance(origin)
            for value, _label in RADII:
                within = nearby.within_miles(origin, int(value))
                parts.append(group("within", within, value))

        counts = {name: {} for name in self.filters}
        for row in parts[0].union(*parts[1:], all=True):
            counts[row["facet"]][row["facet_value"]] = row["facet_count"]
        fmt = counts["format"]
        hybrid = fmt.get(ProgramFormat.HYBRID, 0)
        counts["format"] = {
            ProgramFormat.IN_PERSON: fmt.get(ProgramFormat.IN_PERSON, 0) + hybrid,
            ProgramFormat.ONLINE: fmt.get(ProgramFormat.ONLINE, 0) + hybrid,
            ProgramFormat.HYBRID: hybrid,
        }
        counts["free"] = {True: counts["free"].get("on", 0)}
        del counts["near"]
        if not origin:
            del counts["within"]
        return counts

    def filter_queryset_without_ordering(self, queryset, data, now):
        for name, value in data.items():
            if name in COMBINED_FILTERS:
                continue
            queryset = self.filters[name].filter(queryset, value)
        queryset = self.apply_distance(queryset, data)
        sessions = self.session_queryset(data, now)
        return queryset.filter(pk__in=sessions.values("program"))


def end_of_week(now: datetime.datetime) -> datetime.datetime:
    """The end of "this week" for a resident: midnight seven days from today."""
    today = timezone.localtime(now, site_zone()).date()
    return datetime.datetime.combine(
        today + datetime.timedelta(days=7), datetime.time.min, tzinfo=site_zone()
    )
