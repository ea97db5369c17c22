"""Bulk import and export in the admin (django-import-export), shared by every app.

- A file is one transaction: the preview is a dry run, and the confirmed import is rolled
  back whole when any row is invalid (``IMPORT_EXPORT_USE_TRANSACTIONS``), so nothing is
  written unless every row is valid. Errors name the row and the column.
- Related rows are named, never numbered: a publisher by name, topics by slug, and an
  unknown name is an error for that cell (import-export's own widgets skip it silently).
- Cells that start with ``=``, ``+``, ``-`` or ``@`` (and tab or carriage return) are
  exported with a leading apostrophe, so a spreadsheet shows them as text instead of
  running them as a formula; the apostrophe is taken off again on import. (The
  library's ``IMPORT_EXPORT_ESCAPE_FORMULAE_ON_EXPORT`` removes only a leading ``=``.)
- Items with a publication status come in as drafts, and keep the status they had when
  they already exist, unless the person importing may publish (``workflow.may_publish``).
"""

import csv
import io

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from import_export import resources, widgets
from import_export.admin import ImportExportMixin
from import_export.formats.base_formats import CSV, XLSX
from taggit.models import Tag

from . import workflow
from .models import Status

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def escape_formula(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def unescape_formula(value):
    if isinstance(value, str) and value.startswith("'") and value[1:].startswith(FORMULA_STARTS):
        return value[1:]
    return value


class NamedForeignKeyWidget(widgets.ForeignKeyWidget):
    """A related row by one of its fields; an unknown value is an error for the cell."""

    def clean(self, value, row=None, **kwargs):
        try:
            return super().clean(value, row=row, **kwargs)
        except ObjectDoesNotExist:
            raise ValueError(
                _("No %(model)s “%(value)s”.")
                % {"model": self.model._meta.verbose_name, "value": value}
            ) from None


class NamedManyToManyWidget(widgets.ManyToManyWidget):
    """Related rows by one of their fields, separated by ``|``; unknown values are errors."""

    def __init__(self, model, field, **kwargs):
        super().__init__(model, separator="|", field=field, **kwargs)

    def clean(self, value, row=None, **kwargs):
        if not value:
            return self.model.objects.none()
        wanted = [v.strip() for v in str(value).split(self.separator) if v.strip()]
        found = self.model.objects.filter(**{f"{self.field}__in": wanted})
        missing = sorted(set(wanted) - {str(getattr(obj, self.field)) for obj in found})
        if missing:
            raise ValueError(
                _("No %(model)s “%(value)s”.")
                % {"model": self.model._meta.verbose_name, "value": "”, “".join(missing)}
            )
        return found

    def render(self, value, obj=None, **kwargs):
        if value is None:
            return ""
        return self.separator.join(sorted(str(getattr(o, self.field)) for o in value.all()))


class TagsWidget(widgets.ManyToManyWidget):
    """Tags by name, separated by commas; a new name becomes a new tag."""

    def __init__(self, **kwargs):
        super().__init__(Tag, separator=",", field="name", **kwargs)

    def clean(self, value, row=None, **kwargs):
        names = sorted({n.strip() for n in str(value or "").split(",") if n.strip()})
        return [Tag.objects.get_or_create(name=name)[0] for name in names]

    def render(self, value, obj=None, **kwargs):
        if value is None:
            return ""
        return ", ".join(sorted(tag.name for tag in value.all()))


class StaffResource(resources.ModelResource):
    """The base of every import/export resource: as the person in the admin sees it."""

    def __init__(self, request=None, scope=None, may_add=True, **kwargs):
        super().__init__(**kwargs)
        self.request = request
        self.user = getattr(request, "user", None)
        # What this person may change (the admin list's queryset), and whether they may
        # add new ones: a row outside either is refused.
        self.scope = scope
        self.may_add = may_add

    class Meta:
        skip_unchanged = True
        report_skipped = True
        clean_model_instances = True
        use_transactions = True

    # -- export -------------------------------------------------------------------

    def export_field(self, field, instance, **kwargs):
        return escape_formula(super().export_field(field, instance, **kwargs))

    # -- import -------------------------------------------------------------------

    def before_import_row(self, row, **kwargs):
        for column, value in list(row.items()):
            row[column] = unescape_formula(value)
        super().before_import_row(row, **kwargs)

    def check_row(self, instance, row, is_new):
        """Refuse a row this person may not import: return {column: message}."""
        column = self.get_import_id_fields()[0]
        if is_new and not self.may_add:
            return {column: _("You may not add new ones here; ask an administrator.")}
        if not is_new and self.scope is not None and not self.scope.filter(pk=instance.pk).exists():
            return {column: _("You may not change this one.")}
        return {}

    def import_instance(self, instance, row, **kwargs):
        is_new = instance.pk is None
        status_before = getattr(instance, "status", None)
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        # Many-to-many cells are saved after the row; check them now, with the row.
        for field in self.get_import_fields():
            if isinstance(field.widget, widgets.ManyToManyWidget) and field.column_name in row:
                try:
                    field.clean(row)
                except ValueError as error:
                    errors.setdefault(field.attribute, []).append(str(error))
        if hasattr(instance, "status") and not self.may_publish():
            instance.status = Status.DRAFT if is_new else status_before
        errors.update(self.check_row(instance, row, is_new))
        if errors:
            raise ValidationError(errors)

    def may_publish(self) -> bool:
        return self.user is not None and workflow.may_publish(self.user, self._meta.model)


class StaffImportExportMixin(ImportExportMixin):
    """Import and export of CSV and XLSX files in the admin, as ``StaffResource`` says.

    Put it first: ``class ResourceAdmin(StaffImportExportMixin, PublishableAdmin)``.
    """

    formats = [CSV, XLSX]
    import_template_name = "admin/import_export/staff_import.html"
    export_template_name = "admin/import_export/staff_export.html"  # no inline style or script
    # Many-to-many relations an export reads, fetched in a few queries for the whole list.
    export_prefetch_related = ()

    def get_export_queryset(self, request):
        queryset = super().get_export_queryset(request)
        return queryset.prefetch_related(*self.export_prefetch_related)

    def get_resource_kwargs(self, request, *args, **kwargs):
        return {
            "request": request,
            "scope": self.get_queryset(request),
            "may_add": self.has_add_permission(request),
        }

    def get_import_data_kwargs(self, **kwargs):
        kwargs = super().get_import_data_kwargs(**kwargs)
        kwargs.pop("request", None)
        # One invalid row and the whole file is rolled back, at the confirm step too.
        kwargs["rollback_on_validation_errors"] = True
        return kwargs

    def process_result(self, result, request):
        if result.has_errors() or result.has_validation_errors():
            rows = sorted(
                {row.number for row in result.invalid_rows}
                | {number for number, _errors in result.row_errors()}
            )
            self.message_user(
                request,
                _(
                    "Nothing was imported: rows %(rows)s have errors. "
                    "Import the file again to see them."
                )
                % {"rows": ", ".join(str(n) for n in rows)},
                level="error",
            )
            return HttpResponseRedirect(reverse(self.admin_url_name("import")))
        return super().process_result(result, request)

    def admin_url_name(self, view):
        app_label, model_name = self.get_model_info()
        return f"admin:{app_label}_{model_name}_{view}"

    def get_urls(self):
        app_label, model_name = self.get_model_info()
        return [
            path(
                "import/template.csv",
                self.admin_site.admin_view(self.import_template_view),
                name=f"{app_label}_{model_name}_import_template",
            ),
            *super().get_urls(),
        ]

    def import_template_view(self, request):
        """A CSV with the columns an import reads and no rows: the file to start from."""
        if not self.has_import_permission(request):
            raise PermissionDenied
        resource = self.get_import_resource_classes(request)[0](
            **self.get_import_resource_kwargs(request)
        )
        out = io.StringIO()
        csv.writer(out).writerow([f.column_name for f in resource.get_import_fields()])
        response = HttpResponse(out.getvalue(), content_type="text/csv; charset=utf-8")
        name = self.model._meta.model_name
        response["Content-Disposition"] = f'attachment; filename="{name}-template.csv"'
        return response

    def get_import_context_data(self, **kwargs):
        context = super().get_import_context_data(**kwargs)
        context["template_file_url"] = reverse(self.admin_url_name("import_template"))
        context["import_help"] = getattr(self, "import_help", "")
        return context
