"""Site-wide search: one box, results from every section grouped by type."""

import hashlib

import django_filters
from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse, QueryDict
from django.utils.functional import cached_property
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.generic import ListView

from connection_hub.core import pagecache
from connection_hub.core.cache import content_generation
from connection_hub.core.filters import ActiveFiltersMixin
from connection_hub.core.search import (
    clean_query,
    highlight,
    parse_query,
    search_many,
    search_step,
    suggestion,
    term_hits,
)
from connection_hub.core.views import FilteredListMixin
from programs.filters import ProgramFilter
from programs.models import Program
from resources.filters import PracticeFilter, ResourceFilter
from resources.models import Practice, Resource, Topic


class SearchResourceFilter(ResourceFilter):
    SORTS = (("relevance", gettext_lazy("Best match first")), *ResourceFilter.SORTS)
    default_sort = None
    sort = django_filters.ChoiceFilter(
        choices=SORTS, method="sort_by", label=gettext_lazy("Sort by"), empty_label=None
    )
    q = None  # "q" is the search box itself here


class SearchProgramFilter(ProgramFilter):
    order_by_next_session = False


class TopicSearchFilter(ActiveFiltersMixin, django_filters.FilterSet):
    class Meta:
        model = Topic
        fields: list[str] = []


def _topics():
    return Topic.objects.published()


# Only what a search result shows (title, kind, publisher, year, summary): no tags or
# topics to prefetch.
def _resources():
    return Resource.objects.published().select_related("publisher")


def _practices():
    return Practice.objects.published()


def _programs():
    # Upcoming only, as in the directory: a search should not lead to a finished program.
    return Program.objects.published().upcoming().select_related("venue")


# (key, label, queryset, filters) — the order groups appear in.
SEARCH_TYPES = [
    ("resources", gettext_lazy("Library"), _resources, SearchResourceFilter),
    ("programs", gettext_lazy("Programs"), _programs, SearchProgramFilter),
    ("practices", gettext_lazy("Practices"), _practices, PracticeFilter),
    ("topics", gettext_lazy("Topics"), _topics, TopicSearchFilter),
]
TYPE_KEYS = [t[0] for t in SEARCH_TYPES]
PREVIEW = 5


class SearchView(FilteredListMixin, ListView):
    """``/search/?q=…&type=…``; with a type, that section's own filters apply too.

    Whole result pages are cached for SEARCH_CACHE_SECONDS in the shared cache
    (Redis in production), keyed by a generation number that every save or delete
    of searchable content increments, so no one sees a result that was unpublished.
    """

    template_name = "search.html"
    context_object_name = "results"
    paginate_by = 20

    def get(self, request, *args, **kwargs):
        seconds = getattr(settings, "SEARCH_CACHE_SECONDS", 0)
        known = {"q", "type", "page", *self.filterset_class.base_filters}
        if (
            not seconds
            or not self.query
            or not set(request.GET) <= known  # unknown parameters: no caching
            or not pagecache.applies(request, ())  # signed in, or a message to show
        ):
            return super().get(request, *args, **kwargs)
        # Absolute addresses on the page come from SITE_URL, not the Host header, so the
        # path and the normalised parameters identify the page.
        params = sorted((k, v) for k in request.GET for v in request.GET.getlist(k))
        identity = f"{request.path}?{params}"
        digest = hashlib.sha256(identity.encode()).hexdigest()
        key = f"search:page:{content_generation()}:{get_language()}:{digest}"
        cached = cache.get(key)
        if cached is not None:
            return HttpResponse(cached, content_type="text/html; charset=utf-8")
        response = super().get(request, *args, **kwargs)
        response.render()
        if response.status_code == 200:
            cache.set(key, response.content, seconds)
        return response

    @cached_property
    def query(self):
        return clean_query(self.request.GET.get("q", ""))

    @cached_property
    def parsed(self):
        """The query's terms (synonyms looked up once for the whole page)."""
        return parse_query(self.query)

    @cached_property
    def search_type(self):
        value = self.request.GET.get("type", "")
        return value if value in TYPE_KEYS else ""

    @cached_property
    def type_spec(self):
        for spec in SEARCH_TYPES:
            if spec[0] == self.search_type:
                return spec
        return None

    @property
    def filterset_class(self):
        return self.type_spec[3] if self.type_spec else TopicSearchFilter

    def get_base_queryset(self):
        if not self.type_spec:
            return Topic.objects.none()
        return self.type_spec[2]()

    def get_queryset(self):
        """The section's filters first, then the search (ranked unless a sort was chosen)."""
        filtered = super().get_queryset()
        if not self.type_spec:
            return filtered
        sort = getattr(self._applied.form, "cleaned_data", {}).get("sort")
        ranked = sort in (None, "", "relevance")
        return filtered.search(self.parsed, ranked=ranked).with_headline(self.parsed)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        raw_type = self.request.GET.get("type", "")
        groups = []
        others = search_many(
            {key: queryset() for key, _, queryset, _ in SEARCH_TYPES if key != self.search_type},
            self.parsed,
        )
        for key, label, _queryset, _filters in SEARCH_TYPES:
            if key == self.search_type:
                count = context["paginator"].count
                items = list(context["results"])
                step = search_step(self.object_list)
            else:
                found = others[key]
                count = found.count() if self.query else 0
                step = search_step(found)
                items = (
                    list(found.with_headline(self.parsed)[:PREVIEW])
                    if count and (not self.search_type)
                    else []
                )
            for item in items:
                item.title_html = highlight(item.title, self.parsed)
                item.snippet_html = highlight(
                    item.summary, self.parsed, getattr(item, "headline_raw", None)
                )
            groups.append(
                {"key": key, "label": label, "count": count, "items": items, "step": step}
            )
        context.update(self.word_notices(groups))
        context.update(
            query=self.query,
            search_type=self.search_type,
            groups=groups,
            total=sum(g["count"] for g in groups),
            type_notice=(
                _("“%(type)s” is not a section of the site, so all sections are shown.")
                % {"type": raw_type[:30]}
                if raw_type and not self.search_type
                else ""
            ),
            query_trimmed=len(self.request.GET.get("q", "")) > len(self.query) + 50,
        )
        return context

    def word_notices(self, groups):
        """What the page says when not every word was found, and "Did you mean …?".

        The words are checked (one query for every section) only when the results
        shown do not hold them all.
        """
        parsed = self.parsed
        shown = (
            [g for g in groups if g["count"]]
            if not self.search_type
            else [g for g in groups if g["key"] == self.search_type]
        )
        if not parsed or any(g["step"] == "all" for g in shown if g["count"]):
            return {}
        querysets = [
            spec[2]()
            for spec in SEARCH_TYPES
            if not self.search_type or spec[0] == self.search_type
        ]
        hits = term_hits(querysets, parsed)
        notices = {}
        found = [term for term, hit in zip(parsed.terms, hits, strict=True) if hit]
        if len(parsed.terms) > 1 and any(g["count"] for g in shown):
            if len(found) < len(parsed.terms):
                notices["partial_words"] = parsed.typed(found)
            else:
                notices["partial_any"] = True
        better = suggestion(parsed, hits)
        if better:
            params = QueryDict(mutable=True)
            params["q"] = better
            if self.search_type:
                params["type"] = self.search_type
            notices.update(suggestion=better, suggestion_query=params.urlencode())
        return notices
