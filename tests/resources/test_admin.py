import pytest

from connection_hub.core.models import Status
from resources.models import Publisher, Resource, Topic
from tests.factories import PublisherFactory, ResourceFactory, TopicFactory

pytestmark = pytest.mark.django_db


def test_admin_adds_a_topic_with_ordered_sections(staff_client):
    data = {
        "title_en": "Belonging",
        "title_es": "Pertenencia",
        "slug": "belonging",
        "status": Status.PUBLISHED,
        "order": 0,
        "summary_en": "Why belonging matters.",
        "intro_en": "Intro",
        "sections-TOTAL_FORMS": "2",
        "sections-INITIAL_FORMS": "0",
        "sections-MIN_NUM_FORMS": "0",
        "sections-MAX_NUM_FORMS": "1000",
        "sections-0-order": "2",
        "sections-0-heading_en": "Later section",
        "sections-0-body_en": "Body two",
        "sections-1-order": "1",
        "sections-1-heading_en": "First section",
        "sections-1-body_en": "Body one",
    }
    response = staff_client.post("/admin/resources/topic/add/", data)
    assert response.status_code == 302, (
        response.context["adminform"].errors if response.context else ""
    )
    topic = Topic.objects.get(slug="belonging")
    assert topic.title_es == "Pertenencia"
    assert [s.heading for s in topic.sections.order_by("order")] == [
        "First section",
        "Later section",
    ]
    page = staff_client.get("/topics/belonging/").content.decode()
    assert page.index("First section") < page.index("Later section")


def test_admin_adds_and_edits_a_resource_with_tags(staff_client):
    publisher = PublisherFactory(name="Foundation for Social Connection")
    topic = TopicFactory()
    data = {
        "title_en": "Action Guide for Building Socially Connected Communities",
        "slug": "action-guide",
        "status": Status.PUBLISHED,
        "kind": "guide",
        "language": "en",
        "publisher": publisher.pk,
        "published_on": "2024-03-01",
        "url": "https://example.org/guide",
        "summary_en": "Steps for communities.",
        "topics": [topic.pk],
        "tags": "community, planning",
    }
    response = staff_client.post("/admin/resources/resource/add/", data)
    assert response.status_code == 302
    resource = Resource.objects.get(slug="action-guide")
    assert sorted(t.name for t in resource.tags.all()) == ["community", "planning"]
    assert resource.published_at is not None

    data["title_en"] = "Action Guide (2nd edition)"
    data["status"] = Status.DRAFT
    response = staff_client.post(f"/admin/resources/resource/{resource.pk}/change/", data)
    assert response.status_code == 302
    assert staff_client.get("/resources/action-guide/").status_code == 404


def test_admin_shows_errors_beside_fields_and_keeps_what_was_typed(staff_client):
    response = staff_client.post(
        "/admin/resources/resource/add/",
        {
            "title_en": "Typed title",
            "slug": "bad slug!",
            "kind": "report",
            "status": "draft",
            "language": "en",
            "url": "not a url",
        },
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Typed title" in html
    assert "errorlist" in html
    assert not Resource.objects.filter(title_en="Typed title").exists()


def test_admin_lists_search_and_filters(staff_client):
    ResourceFactory(title="Our Epidemic of Loneliness and Isolation", kind="report")
    ResourceFactory(title="Something else", kind="guide")
    response = staff_client.get("/admin/resources/resource/?q=loneliness&kind__exact=report")
    html = response.content.decode()
    assert "Our Epidemic of Loneliness" in html
    assert "Something else" not in html
    assert staff_client.get("/admin/resources/publisher/").status_code == 200
    assert staff_client.get("/admin/resources/practice/add/").status_code == 200
    assert Publisher.objects.count() >= 1


def test_publish_action_stamps_the_first_publication(staff_client):
    resource = ResourceFactory(status=Status.DRAFT)
    assert resource.published_at is None
    staff_client.post(
        "/admin/resources/resource/",
        {"action": "publish", "_selected_action": [resource.pk]},
    )
    resource.refresh_from_db()
    assert resource.status == Status.PUBLISHED
    assert resource.published_at is not None
