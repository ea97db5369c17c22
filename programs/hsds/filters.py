"""The HSDS list parameters as queryset filters."""

from django.db.models import Exists, OuterRef

from ..models import AccessibilityFeature, Audience, Cancellation, Category, Program
from . import mapping
from .params import identifier, moment, text


def term_for_id(term_id: str) -> tuple[str, str] | None:
    """(kind, slug) of one of this directory's taxonomy terms, or None."""
    candidates = [("category", value) for value in Category.values]
    candidates += [("detail", slug) for slug in mapping.DETAILS]
    candidates += [("audience", slug) for slug in Audience.objects.values_list("slug", flat=True)]
    candidates += [
        ("accessibility", slug)
        for slug in AccessibilityFeature.objects.values_list("slug", flat=True)
    ]
    for kind, slug in candidates:
        if mapping.term_id(kind, slug) == term_id:
            return kind, slug
    return None


def _with_term(queryset, kind: str, slug: str):
    if kind == "category":
        return queryset.filter(category=slug)
    if kind == "audience":
        return queryset.filter(audiences__slug=slug)
    if kind == "accessibility":
        return queryset.filter(accessibility__slug=slug)
    if slug == "summary":
        return queryset.exclude(summary="")
    return queryset.filter(Exists(Cancellation.objects.filter(program=OuterRef("pk"))))


def services(queryset, params):
    """Filter published programs by ``search``, ``organization_id``, ``taxonomy_term_id``
    and ``modified_after`` (the queryset is annotated with ``modified``)."""
    search = text(params, "search")
    if search:
        matches = Program.objects.published().search(search, ranked=False)
        queryset = queryset.filter(pk__in=matches.values("pk"))
    organization = identifier(params, "organization_id")
    if organization:
        queryset = queryset.filter(host__uuid=organization)
    term_id = identifier(params, "taxonomy_term_id")
    if term_id:
        term = term_for_id(term_id)
        queryset = _with_term(queryset, *term) if term else queryset.none()
    after = moment(params, "modified_after")
    if after:
        queryset = queryset.filter(modified__gte=after)
    return queryset


def taxonomy_terms(terms: list[dict], params) -> list[dict]:
    search = text(params, "search").lower()
    taxonomy = identifier(params, "taxonomy_id")
    parent = identifier(params, "parent_id")
    if parent:  # every term here is a top-level term
        return []
    return [
        term
        for term in terms
        if (not taxonomy or term["taxonomy_id"] == taxonomy)
        and (search in term["name"].lower() or search in term["code"])
    ]
