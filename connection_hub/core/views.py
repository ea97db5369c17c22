"""List behaviour every section shares: forgiving pagination and query-string filters."""

from urllib.parse import urlencode

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import QuerySet
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _

from . import fragments
from .forms import HONEYPOT_FIELD


class ForgivingPaginationMixin:
    """Pagination that never fails on a bad ``page`` value, and stays quick on deep pages.

    ``page=abc`` or ``page=-1`` shows the first page, ``page=99999`` the last,
    each with a message saying so, instead of an error page.

    A page's ids are found first, in the list's order, from the ids alone (a narrow
    sort the database can do from an index), then only that page's rows are read
    whole: an OFFSET deep into a large list never sorts full rows (bodies, search
    vectors).
    """

    paginate_by = 20

    def paginate_queryset(self, queryset, page_size):
        ids_first = self.can_find_ids_first(queryset)
        source = queryset.values_list("pk", flat=True) if ids_first else queryset
        paginator = Paginator(source, page_size, allow_empty_first_page=True)
        raw = self.request.GET.get(self.page_kwarg, "1")
        notice = ""
        try:
            page = paginator.page(raw)
        except PageNotAnInteger:
            page = paginator.page(1)
            notice = _("“%(page)s” is not a page number, so this is the first page.")
        except EmptyPage:
            try:
                number = int(raw)
            except (TypeError, ValueError):
                number = 0
            if number < 1:
                page = paginator.page(1)
                notice = _("Page numbers start at 1, so this is the first page.")
            else:
                page = paginator.page(paginator.num_pages)
                notice = _("There is no page %(page)s; this is the last page.")
        self.pagination_notice = notice % {"page": raw[:20]} if notice else ""
        if ids_first:
            page.object_list = self.rows_in_order(queryset, list(page.object_list))
        return paginator, page, page.object_list, page.has_other_pages()

    @staticmethod
    def can_find_ids_first(queryset) -> bool:
        query = getattr(queryset, "query", None)
        return isinstance(queryset, QuerySet) and not (
            query.combinator or query.distinct or query.low_mark or query.high_mark
        )

    @staticmethod
    def rows_in_order(queryset, ids):
        """The rows with these ids (with everything the list selects), in the ids' order."""
        if not ids:
            return []
        rows = {row.pk: row for row in queryset.filter(pk__in=ids).order_by()}
        return [rows[pk] for pk in ids if pk in rows]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["pagination_notice"] = getattr(self, "pagination_notice", "")
        return context


class FilteredListMixin(ForgivingPaginationMixin):
    """A list filtered by a django-filter FilterSet from the query string.

    Invalid values are reported beside their field (the typed value kept) and
    ignored, so the rest of the filters still apply and the page still renders.
    """

    filterset_class = None
    # With ``lazy_context``, nothing is filtered, counted or read until the template first
    # asks for one of the list's values (``lazy_context_keys`` names a subclass's own), so
    # a page whose list comes from the fragment cache reads nothing at all.
    lazy_context = False
    lazy_context_keys: tuple = ()

    def get(self, request, *args, **kwargs):
        if not self.lazy_context:
            return super().get(request, *args, **kwargs)
        self.object_list = None  # set when first read (ListView's template names ask)
        return self.render_to_response(self.get_lazy_context())

    def get_lazy_context(self):
        computed = {}

        def built():
            if not computed:
                try:
                    self.object_list = self.get_queryset()
                    computed.update(self.get_context_data())
                except Exception:
                    fragments.render_failed(self.request)  # nothing of this page is kept
                    raise
            return computed

        names = {
            "paginator",
            "page_obj",
            "is_paginated",
            "object_list",
            "filter",
            "filter_errors",
            "active_filters",
            "pagination_notice",
            self.context_object_name,
            *self.lazy_context_keys,
        }
        context = {name: SimpleLazyObject(lambda name=name: built()[name]) for name in names}
        context.update(self.extra_context or {})
        context["view"] = self
        context["fragment_query"] = self.fragment_query()
        return context

    def fragment_query(self) -> str:
        """The query string in a fixed order: what names this list's fragments."""
        return fragments.sorted_query(self.request)

    def dispatch(self, request, *args, **kwargs):
        """A form sends every field, chosen or not: ``?category=&audience=&free=on``
        redirects to ``?free=on``, so the address to share or bookmark carries only the
        filters applied (and the page cache keeps one copy of each list)."""
        if request.method in ("GET", "HEAD"):
            pairs = [(k, v) for k, values in request.GET.lists() for v in values]
            kept = [(k, v) for k, v in pairs if v != ""]
            if len(kept) != len(pairs):
                query = urlencode(kept)
                return HttpResponseRedirect(f"{request.path}?{query}" if query else request.path)
        return super().dispatch(request, *args, **kwargs)

    def get_base_queryset(self):
        raise NotImplementedError

    def get_filterset(self):
        if not hasattr(self, "_filterset"):
            base = self.get_base_queryset()
            shown = self.filterset_class(self.request.GET, queryset=base, request=self.request)
            applied = shown
            if not shown.is_valid():
                data = self.request.GET.copy()
                for name in shown.form.errors:
                    data.pop(name, None)
                applied = self.filterset_class(data, queryset=base, request=self.request)
                applied.is_valid()
            self._filterset, self._applied = shown, applied
        return self._filterset

    def get_queryset(self):
        self.get_filterset()
        return self._applied.qs

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        filterset = self.get_filterset()
        form = filterset.form
        for name in form.errors:
            if name in form.fields:  # tie the message to its field for screen readers
                form.fields[name].widget.attrs["aria-describedby"] = f"{form[name].auto_id}-error"
        context["filter"] = filterset
        context["filter_errors"] = not filterset.form.is_valid()
        context["active_filters"] = self._applied.active_filters()
        return context


class PublishedDetailMixin:
    """A detail page of a publishable model.

    The public sees only published items in their window (others are a 404); an
    archived item answers 410 Gone with links onwards. With ``preview=True`` (the
    signed preview link) any status is shown, with the preview banner.
    ``get_base_queryset()`` gives the rows with what the page shows;
    ``gone_links`` are (label, URL name) pairs offered on the 410 page.
    """

    preview = False
    gone_links: tuple = ()
    # The names of the template's fragments of the title, the meta tags and the content,
    # each named by the slug: when all three are in the fragment cache, the page is made
    # of them without reading the row. Only a page that rendered (a 200, never a 404 or
    # a 410, never a preview) leaves fragments, and any publish, unpublish or edit makes
    # them stale, so a stored fragment means the row is public now.
    page_fragments: tuple = ()

    def get_base_queryset(self):
        return self.model._default_manager.all()

    def get_queryset(self):
        base = self.get_base_queryset()
        return base if self.preview else base.published()

    def page_from_fragments(self, slug):
        request = self.request
        if not self.page_fragments or self.preview or not slug:
            return None
        # Only for the class that names the fragments, with its own template: a subclass
        # (a handout) or an as_view(template_name=…) is another page.
        own = type(self)
        if "page_fragments" not in vars(own) or self.template_name != own.template_name:
            return None
        if not fragments.usable(request, {}):
            return None
        keys = [fragments.fragment_key(name, [slug]) for name in self.page_fragments]
        found = fragments.fetch_many(request, keys)
        if found is None:
            return None
        title, head_meta, content = found
        context = {"view": self, "title": title, "head_meta": head_meta, "content": content}
        return TemplateResponse(request, "includes/_fragment_page.html", context)

    def get(self, request, *args, **kwargs):
        cached = self.page_from_fragments(kwargs.get("slug"))
        if cached is not None:
            return cached
        try:
            return super().get(request, *args, **kwargs)
        except Http404:
            slug = kwargs.get("slug")
            if self.preview or not self.get_base_queryset().archived().filter(slug=slug).exists():
                raise
            return TemplateResponse(
                request, "410.html", {"gone_links": self.gone_links}, status=410
            )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["preview"] = self.preview
        return context


class PublicFormViewMixin:
    """A FormView for a form the public sends (``core.forms.PublicFormMixin``).

    Over the per-address limit, or with the honeypot filled in, the form comes back with
    everything typed and a polite reason (429 or 400); a valid form goes to
    ``accept(form, client)``. The app says how a client is counted:
    ``client(request)``, ``is_rate_limited(client)`` and ``record_submission(client)``.
    """

    refusal = None
    REFUSED_RATE = ""
    REFUSED_BOT = ""

    def client(self, request) -> str:
        raise NotImplementedError

    def is_rate_limited(self, client) -> bool:
        raise NotImplementedError

    def record_submission(self, client) -> None:
        raise NotImplementedError

    def accept(self, form, client):
        raise NotImplementedError

    def post(self, request, *args, **kwargs):
        form = self.get_form()
        client = self.client(request)
        if self.is_rate_limited(client):
            response = self.refuse(form, self.REFUSED_RATE, status=429)
            response["Retry-After"] = "3600"
            return response
        if form.is_bot:
            self.record_submission(client)
            return self.refuse(form, self.REFUSED_BOT, status=400)
        if not form.is_valid():
            return self.form_invalid(form)
        return self.accept(form, client)

    def refuse(self, form, message, *, status):
        """Show the form again with what was typed, saying politely why it was not sent."""
        form.data = form.data.copy()
        form.data[HONEYPOT_FIELD] = ""
        self.refusal = message
        return self.render_to_response(self.get_context_data(form=form), status=status)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["refusal"] = self.refusal
        context["honeypot"] = context["form"][HONEYPOT_FIELD]
        return context
