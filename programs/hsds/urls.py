"""The HSDS read API, mounted language-neutral at /api/hsds/ (paths as HSDS names them)."""

from django.urls import path

from . import views

app_name = "hsds"

urlpatterns = [
    path("", views.RootView.as_view(), name="root"),
    path("openapi.json", views.OpenAPIView.as_view(), name="openapi"),
    path("services", views.ServiceListView.as_view(), name="service_list"),
    path("services/<str:service_id>", views.ServiceDetailView.as_view(), name="service_detail"),
    path("organizations", views.OrganizationListView.as_view(), name="organization_list"),
    path(
        "organizations/<str:organization_id>",
        views.OrganizationDetailView.as_view(),
        name="organization_detail",
    ),
    path(
        "service_at_locations",
        views.ServiceAtLocationListView.as_view(),
        name="service_at_location_list",
    ),
    path("taxonomies", views.TaxonomyListView.as_view(), name="taxonomy_list"),
    path(
        "taxonomies/<str:taxonomy_id>", views.TaxonomyDetailView.as_view(), name="taxonomy_detail"
    ),
    path("taxonomy_terms", views.TaxonomyTermListView.as_view(), name="taxonomy_term_list"),
    path(
        "taxonomy_terms/<str:term_id>",
        views.TaxonomyTermDetailView.as_view(),
        name="taxonomy_term_detail",
    ),
]
