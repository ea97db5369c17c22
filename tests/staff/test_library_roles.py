"""Librarians and editors in the library's admin, and what the groups hold."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone

from connection_hub.core.models import Status
from connection_hub.staff_groups import GROUPS, permissions_of
from resources.models import Resource, Topic
from tests.factories import ResourceFactory, TopicFactory

from .conftest import inline, messages_of

pytestmark = pytest.mark.django_db


def topic_data(status=Status.DRAFT, **extra):
    return {
        "title_en": "Belonging at work",
        "slug": "belonging-at-work",
        "status": status,
        "order": "0",
        "summary_en": "Why colleagues matter.",
        **inline(
            "sections",
            [
                {"order": "1", "heading_en": "Lunch together", "body_en": "Eat with others."},
                {"order": "2", "heading_en": "Mentoring", "body_en": "Pair up."},
            ],
        ),
        **extra,
    }


def test_every_group_holds_exactly_the_permissions_it_names():
    for name in GROUPS:
        group = Group.objects.get(name=name)
        held = sorted(
            (p.content_type.app_label, p.codename)
            for p in group.permissions.select_related("content_type")
        )
        assert held == permissions_of(name)
    editors = Group.objects.get(name="Editors").permissions.values_list("codename", flat=True)
    for group in ("Librarians", "Organizers", "Facilitators"):
        codenames = Group.objects.get(name=group).permissions.values_list("codename", flat=True)
        assert not [c for c in codenames if c.startswith("publish_")]
    assert {"publish_topic", "publish_resource", "publish_program", "publish_kit"} <= set(editors)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_groups_migration_goes_back_and_forth():
    call_command("migrate", "connection_hub", "zero", verbosity=0)
    assert not Group.objects.filter(name__in=list(GROUPS)).exists()
    call_command("migrate", "connection_hub", verbosity=0)
    assert Group.objects.filter(name__in=list(GROUPS)).count() == 4


def test_a_librarian_adds_a_topic_with_sections_and_submits_it(client, sign_in):
    librarian = sign_in("Librarians")
    response = client.post("/admin/resources/topic/add/", topic_data())
    assert response.status_code == 302, response.content.decode()[:2000]
    topic = Topic.objects.get(slug="belonging-at-work")
    assert [s.heading for s in topic.sections.order_by("order")] == ["Lunch together", "Mentoring"]

    response = client.post(
        "/admin/resources/topic/",
        {"action": "submit_for_review", "_selected_action": [topic.pk]},
        follow=True,
    )
    assert "1 topic submitted for review." in messages_of(response)
    topic.refresh_from_db()
    assert (topic.status, topic.submitted_by) == (Status.REVIEW, librarian)


def test_a_librarian_cannot_publish(client, sign_in):
    sign_in("Librarians")
    response = client.post("/admin/resources/topic/add/", topic_data(status=Status.PUBLISHED))
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["status"] == [
        "Only an editor can publish, unpublish or archive."
    ]
    resource = ResourceFactory(status=Status.REVIEW)
    client.post(
        "/admin/resources/resource/", {"action": "publish", "_selected_action": [resource.pk]}
    )
    resource.refresh_from_db()
    assert resource.status == Status.REVIEW
    # Neither the directory nor the groups are theirs.
    assert client.get("/admin/programs/program/").status_code == 403
    assert client.get("/admin/auth/group/").status_code == 403


def test_a_librarian_sees_the_status_choices_they_may_give(client, sign_in):
    sign_in("Librarians")
    form = client.get("/admin/resources/resource/add/").context["adminform"].form
    assert [value for value, _ in form.fields["status"].choices] == [Status.DRAFT, Status.REVIEW]


def test_publishing_window_is_honoured_without_a_scheduler(client):
    now = timezone.now()
    later = ResourceFactory(slug="later", publish_from=now + datetime.timedelta(hours=1))
    ResourceFactory(slug="gone", unpublish_at=now - datetime.timedelta(minutes=1))
    ResourceFactory(slug="now", publish_from=now - datetime.timedelta(hours=1))
    assert client.get("/resources/later/").status_code == 404
    assert client.get("/resources/gone/").status_code == 404
    assert client.get("/resources/now/").status_code == 200
    assert list(Resource.objects.published().values_list("slug", flat=True)) == ["now"]
    later.publish_from = now - datetime.timedelta(seconds=1)
    later.save()
    assert client.get("/resources/later/").status_code == 200


def test_unpublish_before_publish_is_an_error_beside_the_field(client, sign_in):
    sign_in("Editors")
    now = timezone.now()
    response = client.post(
        "/admin/resources/topic/add/",
        topic_data(
            publish_from_0=(now + datetime.timedelta(days=2)).strftime("%Y-%m-%d"),
            publish_from_1="10:00",
            unpublish_at_0=(now + datetime.timedelta(days=1)).strftime("%Y-%m-%d"),
            unpublish_at_1="10:00",
        ),
    )
    assert response.status_code == 200
    assert "unpublish_at" in response.context["adminform"].form.errors


def test_the_missing_translation_filter_finds_untranslated_items(client, sign_in):
    ResourceFactory(title="Only English")
    translated = ResourceFactory(title="Both")
    translated.title_es = "Ambos"
    translated.save()
    sign_in("Librarians")
    html = client.get("/admin/resources/resource/?missing=es").content.decode()
    assert "Only English" in html
    assert ">Both<" not in html


def test_editors_see_history_and_can_revert_a_field(client, sign_in):
    topic = TopicFactory(title="Original title")
    sign_in("Editors")
    topic.title = "A worse title"
    topic.save()
    history = client.get(f"/admin/resources/topic/{topic.pk}/history/")
    assert history.status_code == 200
    html = history.content.decode()
    assert "Original title" in html or "A worse title" in html
    first = topic.history.order_by("history_date").first()
    revert = client.get(f"/admin/resources/topic/{topic.pk}/history/{first.history_id}/")
    assert revert.status_code == 200
    assert "Original title" in revert.content.decode()
