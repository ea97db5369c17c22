"""Helpers for the admin import/export tests: files, the preview, the confirm step."""

import csv
import io

import openpyxl
from django.core.files.uploadedfile import SimpleUploadedFile

FORMATS = {"csv": "0", "xlsx": "1"}


def csv_file(rows, name="import.csv"):
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    return SimpleUploadedFile(name, out.getvalue().encode(), content_type="text/csv")


def xlsx_file(rows, name="import.xlsx"):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(list(rows[0]))
    for row in rows:
        sheet.append(list(row.values()))
    out = io.BytesIO()
    book.save(out)
    return SimpleUploadedFile(name, out.getvalue())


def preview(client, url, upload, kind="csv"):
    """Upload a file to the admin's import page; the preview response."""
    return client.post(f"{url}import/", {"format": FORMATS[kind], "import_file": upload})


def confirm(client, url, response):
    """Confirm the previewed import, as the button on the preview page does."""
    form = response.context["confirm_form"]
    return client.post(f"{url}process_import/", {k: v or "" for k, v in form.initial.items()})


def export(client, url, kind="csv", query=""):
    """Export the list (filtered by ``query``) with every column; the response."""
    page = client.get(f"{url}export/{query}")
    assert page.status_code == 200
    form = page.context["form"]
    data = {"format": FORMATS[kind], "resource": "0"}
    data.update(
        {
            name: "on"
            for name, field in form.fields.items()
            if name not in data and field.initial is True
        }
    )
    return client.post(f"{url}export/{query}", data)


def rows_of_csv(response):
    text = response.content.decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


def rows_of_xlsx(response):
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    values = list(sheet.values)
    return [dict(zip(values[0], row, strict=False)) for row in values[1:]]
