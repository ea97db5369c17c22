"""Resources in and out of CSV and XLSX files (django-import-export, admin only).

Columns: slug (which resource a row is: an existing slug updates it), title, status, kind,
language, publisher (by name), published_on (YYYY-MM-DD), url, summary, body (Markdown),
topics (slugs separated by ``|``), tags (names separated by commas), verified_on.
"""

from import_export.fields import Field

from connection_hub.core.bulk import (
    NamedForeignKeyWidget,
    NamedManyToManyWidget,
    StaffResource,
    TagsWidget,
)

from .models import Publisher, Resource, Topic


class ResourceResource(StaffResource):
    publisher = Field(
        attribute="publisher",
        column_name="publisher",
        widget=NamedForeignKeyWidget(Publisher, "name"),
    )
    topics = Field(
        attribute="topics", column_name="topics", widget=NamedManyToManyWidget(Topic, "slug")
    )
    tags = Field(attribute="tags", column_name="tags", widget=TagsWidget())

    class Meta(StaffResource.Meta):
        model = Resource
        import_id_fields = ["slug"]
        fields = (
            "slug",
            "title",
            "status",
            "kind",
            "language",
            "publisher",
            "published_on",
            "url",
            "summary",
            "body",
            "topics",
            "tags",
            "verified_on",
        )
        export_order = fields

    def get_queryset(self):
        return Resource.objects.select_related("publisher").prefetch_related("topics", "tags")
