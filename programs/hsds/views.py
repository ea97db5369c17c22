"""The HSDS 3.0 read API: plain Django views that return JSON.

Each view turns query parameters into a queryset (``filters``), pages it, and hands the
rows to ``serializers``. ``HSDSView`` does the rest once: JSON errors for bad parameters
and missing ids, the default language, caching headers and conditional GET.
"""

import hashlib

from django.conf import settings
from django.http import JsonResponse
from django.urls import reverse
from django.utils import translation
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date, quote_etag
from django.views import View

from connection_hub.core.urls import absolute_url

from ..models import ProgramFormat
from . import filters, openapi, serializers
from .mapping import HSDS_PROFILE, HSDS_VERSION
from .params import BadParameter, Page, boolean, only_json, parse_uuid, text

CACHE_SECONDS = 60


class NotFound(LookupError):
    pass


def error_response(status: int, message: str, parameter: str | None = None) -> JsonResponse:
    error = {"status": status, "message": message}
    if parameter:
        error["parameter"] = parameter
    return JsonResponse({"error": error}, status=status)


class HSDSView(View):
    """Subclasses implement ``get_data(params, **kwargs)`` and may set ``self.last_modified``."""

    http_method_names = ["get", "head", "options"]
    last_modified = None

    def get(self, request, **kwargs):
        try:
            with translation.override(settings.LANGUAGE_CODE):
                data = self.get_data(request.GET, **kwargs)
        except BadParameter as error:
            return error_response(400, error.message, error.parameter)
        except NotFound as error:
            return error_response(404, str(error))
        response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
        etag = quote_etag(hashlib.sha256(response.content).hexdigest()[:32])
        response["ETag"] = etag
        timestamp = int(self.last_modified.timestamp()) if self.last_modified else None
        if timestamp is not None:
            response["Last-Modified"] = http_date(timestamp)
        patch_cache_control(response, public=True, max_age=CACHE_SECONDS)
        response["Content-Language"] = settings.LANGUAGE_CODE
        response["Access-Control-Allow-Origin"] = "*"  # open data: any site may read it
        return get_conditional_response(
            request, etag=etag, last_modified=timestamp, response=response
        )

    def get_data(self, params, **kwargs) -> dict:
        raise NotImplementedError

    def http_method_not_allowed(self, request, *args, **kwargs):
        response = error_response(405, "This API is read-only: use GET.")
        response["Allow"] = ", ".join(m.upper() for m in self._allowed_methods())
        return response


class PagedView(HSDSView):
    def get_data(self, params, **kwargs):
        only_json(params)
        page = Page.from_params(params)
        total, contents = self.get_page(params, page)
        return page.envelope(total, contents)

    def get_page(self, params, page: Page) -> tuple[int, list]:
        raise NotImplementedError


def _slice(queryset, page: Page, total: int) -> list:
    return list(queryset[page.offset : page.offset + page.size]) if page.offset < total else []


class RootView(HSDSView):
    def get_data(self, params):
        return {
            "version": HSDS_VERSION,
            "profile": HSDS_PROFILE,
            "openapi_url": absolute_url(reverse("hsds:openapi")),
        }


class OpenAPIView(HSDSView):
    def get_data(self, params):
        return openapi.document(absolute_url(reverse("hsds:root")))


class ServiceListView(PagedView):
    def get_page(self, params, page):
        minimal, full = boolean(params, "minimal"), boolean(params, "full")
        if minimal and full:
            raise BadParameter("minimal", "minimal and full cannot both be true")
        queryset = filters.services(serializers.service_queryset(full=full), params)
        queryset = queryset.order_by("title", "pk")
        total = queryset.count()
        if full:
            serialize = serializers.service_full
        elif minimal:
            serialize = serializers.service_minimal
        else:
            serialize = serializers.service_list_item
        return total, [serialize(program) for program in _slice(queryset, page, total)]


class ServiceDetailView(HSDSView):
    def get_data(self, params, service_id):
        uuid = parse_uuid(service_id)
        program = serializers.service_queryset(full=True).filter(uuid=uuid).first()
        if program is None:
            raise NotFound(f"No published service has id {uuid}")
        self.last_modified = program.modified
        return serializers.service_full(program)


class OrganizationListView(PagedView):
    def get_page(self, params, page):
        full = boolean(params, "full") or boolean(params, "full_service")
        queryset = serializers.organization_queryset(with_services=full)
        search = text(params, "search")
        if search:
            queryset = queryset.filter(name__icontains=search)
        queryset = queryset.order_by("name", "pk")
        total = queryset.count()
        serialize = serializers.organization_full if full else serializers.organization
        return total, [serialize(host) for host in _slice(queryset, page, total)]


class OrganizationDetailView(HSDSView):
    def get_data(self, params, organization_id):
        uuid = parse_uuid(organization_id)
        host = serializers.organization_queryset(with_services=True).filter(uuid=uuid).first()
        if host is None:
            raise NotFound(f"No organization with published services has id {uuid}")
        self.last_modified = max(
            [host.updated_at, *(program.modified for program in host.programs.all())]
        )
        return serializers.organization_full(host)


class ServiceAtLocationListView(PagedView):
    """Venues first, then online links: two querysets paged as one list."""

    def get_page(self, params, page):
        full = boolean(params, "full")
        programs = serializers.published_programs().select_related("host", "venue")
        if full:
            programs = programs.prefetch_related("venue__accessibility")
        programs = filters.services(programs, params).order_by("title", "pk")
        physical = programs.exclude(format=ProgramFormat.ONLINE).filter(venue__isnull=False)
        online = programs.exclude(format=ProgramFormat.IN_PERSON).exclude(online_url="")
        in_person = physical.count()
        total = in_person + online.count()
        start, end = page.offset, page.offset + page.size
        rows = []
        if start < in_person:
            rows += [
                (program, serializers.venue_location(program.venue, full=full))
                for program in physical[start : min(end, in_person)]
            ]
        if end > in_person and start < total:
            rows += [
                (program, serializers.online_location(program))
                for program in online[max(start - in_person, 0) : end - in_person]
            ]
        return total, [
            {
                **serializers.service_at_location(program, location),
                "service": serializers.service_list_item(program),
            }
            for program, location in rows
        ]


class TaxonomyListView(PagedView):
    def get_page(self, params, page):
        search = text(params, "search").lower()
        rows = [t for t in serializers.taxonomies() if search in t["name"].lower()]
        return len(rows), rows[page.offset : page.offset + page.size]


class TaxonomyDetailView(HSDSView):
    def get_data(self, params, taxonomy_id):
        uuid = parse_uuid(taxonomy_id)
        for taxonomy in serializers.taxonomies():
            if taxonomy["id"] == uuid:
                return taxonomy
        raise NotFound(f"No taxonomy has id {uuid}")


class TaxonomyTermListView(PagedView):
    """All terms fit in memory: ten categories, and the audiences and features staff keep."""

    def get_page(self, params, page):
        rows = filters.taxonomy_terms(serializers.taxonomy_terms(), params)
        return len(rows), rows[page.offset : page.offset + page.size]


class TaxonomyTermDetailView(HSDSView):
    def get_data(self, params, term_id):
        uuid = parse_uuid(term_id)
        for term in serializers.taxonomy_terms():
            if term["id"] == uuid:
                return term
        raise NotFound(f"No taxonomy term has id {uuid}")
