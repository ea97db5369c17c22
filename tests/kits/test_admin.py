"""Kits through the admin, as the people who use it: facilitators (not superusers) build
and change their own kits; an editor publishes them."""

import pytest
from django.contrib.messages import get_messages

from connection_hub.core.models import Status
from kits.models import Kit, KitItem
from tests.factories import PracticeFactory, ProgramFactory, ResourceFactory, TopicFactory
from tests.kits.conftest import EDITOR_ONLY_PERMISSIONS, KIT_BUILDER_PERMISSIONS
from tests.kits.factories import KitFactory

pytestmark = pytest.mark.django_db
ADD_URL = "/admin/kits/kit/add/"
LIST_URL = "/admin/kits/kit/"


def change_url(kit):
    return f"/admin/kits/kit/{kit.pk}/change/"


def kit_form(items=(), **fields):
    """POST data for the kit form with ``items`` (dicts of inline fields) in its inline."""
    data = {
        "title_en": "Loneliness 101",
        "title_es": "",
        "slug": "loneliness-101",
        "introduction_en": "For the **Tuesday** class.",
        "introduction_es": "",
        "status": Status.DRAFT,
        "publish_from_0": "",
        "publish_from_1": "",
        "unpublish_at_0": "",
        "unpublish_at_1": "",
        "items-TOTAL_FORMS": str(len(items)),
        "items-INITIAL_FORMS": str(sum(1 for item in items if item.get("id"))),
        "items-MIN_NUM_FORMS": "0",
        "items-MAX_NUM_FORMS": "1000",
        "_save": "Save",
    }
    for i, item in enumerate(items):
        for name in ("id", "order", "resource", "practice", "program", "topic", "note_en"):
            data[f"items-{i}-{name}"] = item.get(name, "")
        if item.get("DELETE"):
            data[f"items-{i}-DELETE"] = item["DELETE"]
    data.update(fields)
    return data


def messages_of(response):
    return [str(m) for m in get_messages(response.wsgi_request)]


@pytest.fixture
def pages():
    return {
        "resource": ResourceFactory(title="Our Epidemic of Loneliness"),
        "practice": PracticeFactory(title="Call a friend"),
        "program": ProgramFactory(title="Eastside garden"),
        "topic": TopicFactory(title="Connecting the Dots"),
    }


def test_the_staff_groups_hold_what_kits_need(facilitator, editor):
    held = facilitator.get_all_permissions()
    assert held >= KIT_BUILDER_PERMISSIONS
    assert not held & EDITOR_ONLY_PERMISSIONS
    assert not facilitator.is_superuser
    assert editor.get_all_permissions() >= EDITOR_ONLY_PERMISSIONS


def test_facilitator_builds_a_kit_that_is_theirs(client, facilitator, pages):
    client.force_login(facilitator)
    page = client.get(ADD_URL)
    assert page.status_code == 200
    html = page.content.decode()
    assert 'name="title_es"' in html and 'name="introduction_es"' in html
    assert 'name="items-0-note_es"' in html
    assert html.count('class="admin-autocomplete') >= 4  # resource, practice, program, topic
    assert 'id="id_introduction_en-preview"' in html  # what readers will see of the Markdown
    response = client.post(
        ADD_URL,
        kit_form(
            items=[
                {"order": "2", "practice": pages["practice"].pk, "note_en": "Try it together."},
                {"order": "1", "resource": pages["resource"].pk},
            ]
        ),
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    kit = Kit.objects.get(slug="loneliness-101")
    assert kit.owner == facilitator and kit.status == Status.DRAFT
    assert [item.target for item in kit.items.all()] == [pages["resource"], pages["practice"]]
    assert kit.history.get().history_user == facilitator  # field-level history, with who
    assert client.get("/kits/loneliness-101/").status_code == 404  # a draft is not public


def test_every_field_a_facilitator_fills_in_has_help_text(client, facilitator):
    client.force_login(facilitator)
    response = client.get(ADD_URL)
    form = response.context["adminform"].form
    assert {"title_en", "title_es", "slug", "introduction_en", "status"} <= set(form.fields)
    assert not [name for name, field in form.fields.items() if not field.help_text]
    (inline,) = response.context["inline_admin_formsets"]
    fields = inline.formset.forms[0].fields
    assert {"order", "resource", "practice", "program", "topic", "note_en"} <= set(fields)
    missing = [n for n, f in fields.items() if n not in ("id", "kit", "DELETE") and not f.help_text]
    assert not missing


def test_an_item_must_point_at_exactly_one_page(client, facilitator, pages):
    client.force_login(facilitator)
    response = client.post(
        ADD_URL,
        kit_form(
            items=[
                {"order": "1", "note_en": "Nothing chosen"},
                {"order": "2", "resource": pages["resource"].pk, "topic": pages["topic"].pk},
            ]
        ),
    )
    assert response.status_code == 200
    formset = response.context["inline_admin_formsets"][0].formset
    assert formset.forms[0].errors["resource"] == [
        "Choose one resource, practice, program or topic."
    ]
    assert set(formset.forms[1].errors) == {"resource", "topic"}
    assert not Kit.objects.exists()


def autocomplete(client, field, term):
    return client.get(
        "/admin/autocomplete/",
        {"app_label": "kits", "model_name": "kititem", "field_name": field, "term": term},
    )


@pytest.mark.parametrize("field", ["resource", "practice", "topic"])
def test_autocomplete_works_for_a_facilitator_who_may_only_view_the_pages(
    client, facilitator, pages, field
):
    client.force_login(facilitator)
    page = pages[field]
    response = autocomplete(client, field, page.title.split()[-1])
    assert response.status_code == 200
    assert response.json()["results"] == [{"id": str(page.pk), "text": page.title}]


def test_autocomplete_finds_programs_for_a_facilitator(client, facilitator, pages):
    client.force_login(facilitator)
    response = autocomplete(client, "program", "garden")
    assert response.status_code == 200
    assert response.json()["results"] == [
        {"id": str(pages["program"].pk), "text": "Eastside garden"}
    ]


def test_autocomplete_is_refused_without_view_permission(client, django_user_model):
    user = django_user_model.objects.create_user("nobody", "n@example.org", "pw", is_staff=True)
    client.force_login(user)
    assert autocomplete(client, "resource", "x").status_code == 403


def test_facilitator_sees_and_changes_only_their_own_kits(client, facilitator, other_facilitator):
    mine = KitFactory(title="My kit", owner=facilitator, status=Status.DRAFT)
    theirs = KitFactory(title="Their kit", owner=other_facilitator, status=Status.DRAFT)
    client.force_login(facilitator)
    html = client.get(LIST_URL).content.decode()
    assert "My kit" in html and "Their kit" not in html
    assert client.get(change_url(mine)).status_code == 200
    assert client.get(change_url(theirs)).status_code == 403
    assert client.get(f"/admin/kits/kit/{theirs.pk}/history/").status_code == 403
    response = client.post(change_url(theirs), kit_form(title_en="Taken over", slug=theirs.slug))
    assert response.status_code == 403
    theirs.refresh_from_db()
    assert theirs.title == "Their kit"


def test_facilitator_cannot_publish_but_can_submit_for_review(client, facilitator, pages):
    kit = KitFactory(owner=facilitator, status=Status.DRAFT, items=[pages["resource"]])
    client.force_login(facilitator)
    choices = client.get(LIST_URL).context["action_form"].fields["action"].choices
    actions = {name for name, _label in choices}
    assert "submit_for_review" in actions
    assert not actions & {"publish", "unpublish", "archive"}

    item = kit.items.get()
    existing = [{"id": item.pk, "order": "1", "resource": pages["resource"].pk}]
    response = client.post(
        change_url(kit), kit_form(items=existing, slug=kit.slug, status=Status.PUBLISHED)
    )
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["status"]  # beside the status field
    kit.refresh_from_db()
    assert kit.status == Status.DRAFT

    response = client.post(
        change_url(kit), kit_form(items=existing, slug=kit.slug, status=Status.REVIEW)
    )
    assert response.status_code == 302
    kit.refresh_from_db()
    assert kit.status == Status.REVIEW and kit.submitted_by == facilitator


def test_facilitator_reorders_and_removes_items(client, facilitator, pages):
    kit = KitFactory(
        owner=facilitator, status=Status.DRAFT, items=[pages["resource"], pages["topic"]]
    )
    first, second = kit.items.all()
    client.force_login(facilitator)
    response = client.post(
        change_url(kit),
        kit_form(
            slug=kit.slug,
            items=[
                {"id": first.pk, "order": "1", "resource": pages["resource"].pk, "DELETE": "on"},
                {"id": second.pk, "order": "1", "topic": pages["topic"].pk, "note_en": "Start"},
                {"order": "2", "practice": pages["practice"].pk},
            ],
        ),
    )
    assert response.status_code == 302
    assert [(i.target, i.note) for i in kit.items.all()] == [
        (pages["topic"], "Start"),
        (pages["practice"], ""),
    ]


def test_staff_preview_a_draft_kit_from_its_change_page(client, facilitator, pages):
    kit = KitFactory(
        title="Draft kit", owner=facilitator, status=Status.DRAFT, items=[pages["topic"]]
    )
    client.force_login(facilitator)
    preview_url = client.get(change_url(kit)).context["absolute_url"]
    assert preview_url.startswith("/preview/")
    response = client.get(preview_url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Draft kit" in html and 'class="preview-banner"' in html
    assert 'href="/topics/' in html  # the real public template, items and all
    client.logout()
    assert client.get(preview_url).status_code == 302  # to the admin login
    assert client.get(kit.get_absolute_url()).status_code == 404


def test_editor_publishes_a_facilitators_kit(client, facilitator, editor, pages):
    kit = KitFactory(
        title="Loneliness 101",
        slug="loneliness-101",
        owner=facilitator,
        status=Status.REVIEW,
        items=[pages["resource"], pages["program"]],
    )
    client.force_login(editor)
    assert "Loneliness 101" in client.get(LIST_URL).content.decode()
    assert client.get(change_url(kit)).status_code == 200
    response = client.post(LIST_URL, {"action": "publish", "_selected_action": [kit.pk]})
    assert response.status_code == 302
    assert "1 kit published." in messages_of(response)
    kit.refresh_from_db()
    assert kit.status == Status.PUBLISHED and kit.owner == facilitator
    latest = kit.history.first()
    assert latest.history_user == editor and latest.history_change_reason == "published"
    page = client.get("/kits/loneliness-101/")
    assert page.status_code == 200
    assert "Our Epidemic of Loneliness" in page.content.decode()


def test_an_empty_kit_is_not_published(client, editor):
    kit = KitFactory(title="Empty kit", status=Status.REVIEW)
    client.force_login(editor)
    response = client.post(LIST_URL, {"action": "publish", "_selected_action": [kit.pk]})
    (message,) = messages_of(response)
    assert "Empty kit" in message and "add at least one item" in message
    kit.refresh_from_db()
    assert kit.status == Status.REVIEW
    assert not KitItem.objects.exists()
