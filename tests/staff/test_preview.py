"""Signed, expiring previews of unpublished pages, and the Markdown preview in the admin."""

import re

import pytest
from django.core import signing
from django.test import override_settings

from connection_hub.core.models import Status
from connection_hub.core.preview import SALT, preview_url
from tests.factories import PracticeFactory, ProgramFactory, ResourceFactory, TopicFactory

pytestmark = pytest.mark.django_db

VIEW_ON_SITE = re.compile(r'href="([^"]+)" class="viewsitelink"')


@pytest.fixture
def draft():
    return ResourceFactory(title="Draft guide", slug="draft-guide", status=Status.DRAFT)


def test_staff_preview_a_draft_through_the_real_template(client, sign_in, draft):
    sign_in("Librarians")
    response = client.get(preview_url(draft))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Preview — not published" in html
    assert "<h1>Draft guide</h1>" in html
    assert '<meta name="robots" content="noindex, nofollow">' in html
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert "no-store" in response["Cache-Control"]
    assert [t.name for t in response.templates][0] == "resources/resource_detail.html"
    # The public still gets a 404 at the real address.
    client.logout()
    assert client.get("/resources/draft-guide/").status_code == 404


@pytest.mark.parametrize(
    "factory,template",
    [
        (TopicFactory, "resources/topic_detail.html"),
        (PracticeFactory, "resources/practice_detail.html"),
        (ProgramFactory, "programs/program_detail.html"),
    ],
)
def test_every_page_type_can_be_previewed(client, sign_in, factory, template):
    obj = factory(status=Status.REVIEW)
    sign_in("Editors")
    response = client.get(preview_url(obj))
    assert response.status_code == 200
    assert template in [t.name for t in response.templates]
    assert "Preview — not published" in response.content.decode()


def test_the_public_and_forged_or_expired_links_get_nothing(client, sign_in, draft):
    url = preview_url(draft)
    response = client.get(url)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    sign_in("Librarians")
    forged = signing.dumps(["resources.resource", draft.pk], salt="another-salt")
    assert client.get(f"/preview/{forged}/").status_code == 404
    assert client.get("/preview/not-a-token/").status_code == 404
    missing = signing.dumps(["resources.resource", 999999], salt=SALT, compress=True)
    assert client.get(f"/preview/{missing}/").status_code == 404
    with override_settings(PREVIEW_LINK_SECONDS=-1):
        assert client.get(url).status_code == 404


def test_view_on_site_leads_to_the_preview_for_a_draft_and_the_page_once_public(
    client, sign_in, draft
):
    sign_in("Editors")
    change_url = f"/admin/resources/resource/{draft.pk}/change/"
    link = VIEW_ON_SITE.search(client.get(change_url).content.decode())
    assert link and link.group(1).startswith("/preview/")
    assert client.get(link.group(1)).status_code == 200
    draft.status = Status.PUBLISHED
    draft.save()
    link = VIEW_ON_SITE.search(client.get(change_url).content.decode())
    assert link.group(1) == "/resources/draft-guide/"


def test_markdown_fields_show_what_readers_will_see(client, sign_in):
    resource = ResourceFactory(body="**Bold** <script>alert(1)</script>")
    sign_in("Librarians")
    html = client.get(f"/admin/resources/resource/{resource.pk}/change/").content.decode()
    assert "What readers will see" in html
    assert "<strong>Bold</strong>" in html
    assert "<script>alert(1)</script>" not in html
    assert "js/admin-markdown-preview.js" in html

    response = client.post(
        "/admin/markdown-preview/", {"text": "# Hi\n\n<img src=x onerror=alert(1)> *there*"}
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "<em>there</em>" in body
    assert "onerror" not in body and "<img" not in body


def test_the_markdown_preview_is_for_staff_only(client):
    response = client.post("/admin/markdown-preview/", {"text": "hi"})
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
