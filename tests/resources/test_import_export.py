"""Resources in and out of CSV and XLSX files through the admin, as a signed-in librarian."""

import pytest

from connection_hub.core.models import Status
from resources.models import Resource
from tests.bulk import confirm, csv_file, export, preview, rows_of_csv, rows_of_xlsx, xlsx_file
from tests.factories import PublisherFactory, ResourceFactory, TopicFactory
from tests.staff.conftest import messages_of, sign_in  # noqa: F401 (a fixture)

pytestmark = pytest.mark.django_db

URL = "/admin/resources/resource/"


def row(**values):
    return {
        "slug": "eating-together",
        "title": "Eating together",
        "status": "published",
        "kind": "guide",
        "language": "en",
        "publisher": "Neighbours Trust",
        "published_on": "2025-03-01",
        "url": "https://example.org/eating-together",
        "summary": "Shared meals.",
        "body": "",
        "topics": "belonging|food",
        "tags": "meals, neighbours",
        **values,
    }


@pytest.fixture
def library():
    PublisherFactory(name="Neighbours Trust", slug="neighbours-trust")
    TopicFactory(slug="belonging")
    TopicFactory(slug="food")


def test_a_bad_row_writes_nothing_and_names_the_row_and_column(client, sign_in, library):  # noqa: F811
    sign_in("Librarians")
    rows = [row(), row(slug="second", title="Second", publisher="Nobody Press")]
    response = preview(client, URL, csv_file(rows))
    assert response.status_code == 200
    result = response.context["result"]
    assert result.has_validation_errors()
    [invalid] = result.invalid_rows
    assert invalid.number == 2
    assert "publisher" in invalid.field_specific_errors
    html = response.content.decode()
    assert "Nobody Press" in html
    assert "confirm_form" not in response.context or response.context["confirm_form"] is None
    assert not Resource.objects.exists()


def test_an_unknown_topic_is_an_error_not_a_silent_loss(client, sign_in, library):  # noqa: F811
    sign_in("Librarians")
    response = preview(client, URL, csv_file([row(topics="belonging|nowhere")]))
    [invalid] = response.context["result"].invalid_rows
    assert "nowhere" in str(invalid.field_specific_errors["topics"])
    assert not Resource.objects.exists()


@pytest.mark.parametrize("kind, make", [("csv", csv_file), ("xlsx", xlsx_file)])
def test_a_good_file_is_previewed_then_imported_as_drafts_by_a_librarian(
    client,
    sign_in,  # noqa: F811
    library,
    kind,
    make,
):
    existing = ResourceFactory(slug="second", title="Old title", status=Status.PUBLISHED)
    sign_in("Librarians")
    rows = [row(), row(slug="second", title="New title", status="draft")]
    response = preview(client, URL, make(rows), kind)
    assert response.status_code == 200
    result = response.context["result"]
    assert not result.has_errors() and not result.has_validation_errors()
    assert [r.import_type for r in result.rows] == ["new", "update"]
    assert "Eating together" in response.content.decode()
    assert not Resource.objects.filter(slug="eating-together").exists()  # only a preview

    response = confirm(client, URL, response)
    assert response.status_code == 302
    new = Resource.objects.get(slug="eating-together")
    assert new.status == Status.DRAFT  # a librarian may not publish
    assert new.publisher.name == "Neighbours Trust"
    assert sorted(t.slug for t in new.topics.all()) == ["belonging", "food"]
    assert sorted(t.name for t in new.tags.all()) == ["meals", "neighbours"]
    existing.refresh_from_db()
    assert existing.title == "New title"
    assert existing.status == Status.PUBLISHED  # keeps the status it had


def test_an_editor_imports_published_rows(client, sign_in, library):  # noqa: F811
    sign_in("Editors")
    response = confirm(client, URL, preview(client, URL, csv_file([row()])))
    assert response.status_code == 302
    assert Resource.objects.get(slug="eating-together").status == Status.PUBLISHED


def test_importing_the_same_file_again_changes_nothing(client, sign_in, library):  # noqa: F811
    sign_in("Librarians")
    confirm(client, URL, preview(client, URL, csv_file([row()])))
    response = preview(client, URL, csv_file([row()]))
    assert [r.import_type for r in response.context["result"].rows] == ["skip"]


def test_the_import_page_links_a_template_file(client, sign_in):  # noqa: F811
    sign_in("Librarians")
    page = client.get(f"{URL}import/")
    assert page.status_code == 200
    assert f'href="{URL}import/template.csv"' in page.content.decode()
    template = client.get(f"{URL}import/template.csv")
    header = template.content.decode().strip().split(",")
    assert header[:3] == ["slug", "title", "status"] and "publisher" in header


@pytest.mark.parametrize("kind, read", [("csv", rows_of_csv), ("xlsx", rows_of_xlsx)])
def test_export_follows_the_list_filters_and_escapes_formulas(client, sign_in, kind, read):  # noqa: F811
    ResourceFactory(title='=HYPERLINK("http://evil")', kind="guide", summary="@SUM(A1)")
    ResourceFactory(title="+1 more", kind="guide", summary="-2")
    ResourceFactory(title="A report", kind="report")
    sign_in("Librarians")
    response = export(client, URL, kind, query="?kind__exact=guide")
    assert response.status_code == 200
    rows = read(response)
    titles = sorted(r["title"] for r in rows)
    assert titles == ["'+1 more", '\'=HYPERLINK("http://evil")']
    assert sorted(r["summary"] for r in rows) == ["'-2", "'@SUM(A1)"]


def test_an_escaped_export_imports_back_unchanged(client, sign_in, library):  # noqa: F811
    ResourceFactory(slug="formula", title="=1+1", publisher=None)
    sign_in("Editors")
    exported = export(client, URL, "csv")
    rows = rows_of_csv(exported)
    response = preview(client, URL, csv_file(rows))
    assert [r.import_type for r in response.context["result"].rows] == ["skip"]


def test_organizers_cannot_import_or_export_resources(client, sign_in):  # noqa: F811
    sign_in("Organizers")
    assert client.get(f"{URL}import/").status_code == 403
    assert client.get(f"{URL}export/").status_code == 403


def test_export_makes_a_fixed_number_of_queries(
    client,
    sign_in,  # noqa: F811
    django_assert_max_num_queries,
):
    topics = [TopicFactory(), TopicFactory()]
    for i in range(30):
        ResourceFactory(topics=topics, tags=[f"tag-{i}", "shared"])
    sign_in("Librarians")
    # Two requests (the export page, then the file); topics and tags in one query each.
    with django_assert_max_num_queries(16):
        response = export(client, URL, "csv")
    assert len(rows_of_csv(response)) == 30


def test_the_export_page_has_no_inline_style_or_script(client, sign_in):  # noqa: F811
    sign_in("Librarians")
    html = client.get(f"{URL}export/").content.decode()
    assert 'id="select-all-toggle"' in html
    assert "admin-export-toggle" in html
    assert " style=" not in html and "onchange=" not in html
