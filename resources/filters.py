import django_filters
from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from connection_hub.core.filters import ActiveFiltersMixin
from connection_hub.core.i18n import localized_fields, localized_title

from .models import DocumentLanguage, PracticeFormat, PracticeSetting, ResourceKind, Topic


def topic_filter():
    """Filter by a published topic's slug (the library, the toolkit and the directory)."""
    return django_filters.ModelChoiceFilter(
        queryset=Topic.objects.published(),
        field_name="topics",
        to_field_name="slug",
        label=_("Topic"),
        empty_label=_("Any topic"),
    )


class ResourceFilter(ActiveFiltersMixin, django_filters.FilterSet):
    """The library's filters. Every value lives in the query string so a list can be shared."""

    SORTS = (("newest", _("Newest first")), ("title", _("Title A–Z")))
    default_sort = "newest"  # None keeps the queryset's own order (search relevance)

    q = django_filters.CharFilter(
        method="filter_text", label=_("Words in the title or summary"), max_length=200
    )
    kind = django_filters.ChoiceFilter(
        choices=ResourceKind.choices, label=_("Kind"), empty_label=_("Any kind")
    )
    topic = topic_filter()
    tag = django_filters.CharFilter(method="filter_tag", label=_("Tag"), max_length=100)
    year = django_filters.NumberFilter(
        field_name="published_on__year",
        label=_("Year"),
        min_value=1900,
        max_value=2100,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )
    language = django_filters.ChoiceFilter(
        choices=DocumentLanguage.choices,
        label=_("Document language"),
        empty_label=_("Any language"),
    )
    sort = django_filters.ChoiceFilter(
        choices=SORTS, method="sort_by", label=_("Sort by"), empty_label=None
    )

    def filter_text(self, queryset, name, value):
        # Every language's columns: an untranslated item shows in English on /es/ too.
        columns = localized_fields("title") + localized_fields("summary")
        for word in value.split()[:10]:
            match = Q()
            for column in columns:
                match |= Q(**{f"{column}__icontains": word})
            queryset = queryset.filter(match)
        return queryset

    def filter_tag(self, queryset, name, value):
        """A tag's slug (``older-adults``, what links carry) or its name as a chip shows it
        (``older adults``, ``#Older Adults``): any case, a leading "#" ignored."""
        value = value.strip().lstrip("#").strip()
        if not value:
            return queryset
        return queryset.filter(Q(tags__slug=value) | Q(tags__name__iexact=value))

    def sort_by(self, queryset, name, value):
        if value == "relevance":
            return queryset
        if value == "title":
            return queryset.order_by(localized_title(), "id")
        return queryset.order_by(*queryset.model.NEWEST_FIRST)

    @property
    def qs(self):
        queryset = super().qs
        if not self.form.cleaned_data.get("sort") and self.default_sort:
            queryset = self.sort_by(queryset, "sort", self.default_sort)
        # Each filter matches one related row at most (one topic, one tag slug), so the
        # joins cannot repeat a resource: no DISTINCT, which is costly on large results.
        return queryset


class PracticeFilter(ActiveFiltersMixin, django_filters.FilterSet):
    format = django_filters.ChoiceFilter(
        choices=PracticeFormat.choices, label=_("Format"), empty_label=_("Any format")
    )
    setting = django_filters.ChoiceFilter(
        choices=PracticeSetting.choices, label=_("Alone or together"), empty_label=_("Either")
    )
    topic = topic_filter()
    max_minutes = django_filters.NumberFilter(
        field_name="duration_minutes",
        lookup_expr="lte",
        label=_("At most (minutes)"),
        min_value=1,
        max_value=1000,
    )
