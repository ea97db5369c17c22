import datetime
import re

import pytest
from django.urls import reverse

from connection_hub.core.models import Status
from tests.factories import (
    PracticeFactory,
    PublisherFactory,
    ResourceFactory,
    TopicFactory,
    TopicSectionFactory,
)

pytestmark = pytest.mark.django_db


def test_home_shows_featured_topics_newest_resources_and_practices(client):
    TopicFactory(title="Belonging", featured=True)
    TopicFactory(title="Hidden topic", featured=True, status=Status.DRAFT)
    ResourceFactory(title="Newest report", published_on=datetime.date(2026, 1, 1))
    PracticeFactory(title="Call a friend")
    response = client.get(reverse("home"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Belonging" in html
    assert "Hidden topic" not in html
    assert "Newest report" in html
    assert "Call a friend" in html


def test_topic_page_shows_sections_in_order_resources_by_kind_and_practices(client):
    topic = TopicFactory(title="Social connection", slug="social-connection")
    TopicSectionFactory(topic=topic, order=2, heading="Second heading")
    TopicSectionFactory(topic=topic, order=1, heading="First heading")
    ResourceFactory(title="A guide", kind="guide", topics=[topic])
    ResourceFactory(title="A report", kind="report", topics=[topic])
    ResourceFactory(title="Unrelated report", kind="report")
    ResourceFactory(title="Draft report", kind="report", topics=[topic], status=Status.DRAFT)
    PracticeFactory(title="Gratitude letter", topics=[topic])

    response = client.get("/topics/social-connection/")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.index("First heading") < html.index("Second heading")
    # Grouped by kind: the Report group comes before the Guide/handbook group.
    assert html.index(">Report <") < html.index("A report") < html.index(">Guide/handbook <")
    assert html.index(">Guide/handbook <") < html.index("A guide")
    assert "Unrelated report" not in html
    assert "Draft report" not in html
    assert "Gratitude letter" in html


@pytest.mark.parametrize(
    "url",
    ["/topics/no-such-topic/", "/resources/no-such-thing/", "/practices/nothing-here/"],
)
def test_unknown_slugs_are_404(client, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "988" in response.content.decode()


def test_drafts_and_items_in_review_are_404_for_the_public(client):
    topic = TopicFactory(status=Status.DRAFT)
    resource = ResourceFactory(status=Status.REVIEW)
    practice = PracticeFactory(status=Status.DRAFT)
    for obj in (topic, resource, practice):
        assert client.get(obj.get_absolute_url()).status_code == 404
    listing = client.get("/resources/").content.decode()
    assert resource.title not in listing


def test_resource_item_shows_kind_publisher_date_summary_topics_tags_and_link(client):
    topic = TopicFactory(title="Belonging")
    publisher = PublisherFactory(name="Community Commons")
    ResourceFactory(
        title="Visualizing Well-Being",
        kind="story",
        publisher=publisher,
        published_on=datetime.date(2025, 2, 13),
        summary="A story about civic muscle.",
        topics=[topic],
        tags=["belonging"],
        url="https://example.org/visualizing",
    )
    html = client.get("/resources/").content.decode()
    assert "Story" in html
    assert "Brought to you by Community Commons" in html
    assert 'datetime="2025-02-13"' in html
    assert "A story about civic muscle." in html
    assert "Belonging" in html
    assert "?tag=belonging" in html
    assert 'href="https://example.org/visualizing"' in html  # the original


def test_resource_detail_shows_original_link_and_related_items(client):
    topic = TopicFactory()
    main = ResourceFactory(
        title="Main item", topics=[topic], tags=["loneliness"], url="https://example.org/original"
    )
    ResourceFactory(title="Shares a tag", topics=[topic], tags=["loneliness"])
    ResourceFactory(title="Nothing in common")
    response = client.get(main.get_absolute_url())
    html = response.content.decode()
    assert response.status_code == 200
    assert 'href="https://example.org/original"' in html
    assert "Shares a tag" in html
    assert "Nothing in common" not in html


def titles(response):
    return [r.title for r in response.context["resources"]]


def test_filter_by_kind_topic_tag_year_and_language(client):
    topic = TopicFactory(slug="belonging")
    ResourceFactory(
        title="Report 2023",
        kind="report",
        published_on=datetime.date(2023, 5, 3),
        topics=[topic],
        tags=["loneliness"],
    )
    ResourceFactory(
        title="Guide 2023",
        kind="guide",
        published_on=datetime.date(2023, 1, 1),
        tags=["loneliness"],
    )
    ResourceFactory(
        title="Report 2014", kind="report", published_on=datetime.date(2014, 1, 1), topics=[topic]
    )
    ResourceFactory(
        title="Informe", kind="report", language="es", published_on=datetime.date(2024, 1, 1)
    )

    assert set(titles(client.get("/resources/?kind=report"))) == {
        "Report 2023",
        "Report 2014",
        "Informe",
    }
    assert set(titles(client.get("/resources/?topic=belonging"))) == {"Report 2023", "Report 2014"}
    assert set(titles(client.get("/resources/?tag=loneliness"))) == {"Report 2023", "Guide 2023"}
    assert set(titles(client.get("/resources/?year=2023"))) == {"Report 2023", "Guide 2023"}
    assert titles(client.get("/resources/?language=es")) == ["Informe"]
    # Combinations narrow further.
    assert titles(client.get("/resources/?kind=report&year=2023&tag=loneliness")) == ["Report 2023"]
    assert titles(client.get("/resources/?kind=guide&topic=belonging")) == []


def test_sort_newest_and_by_title(client):
    ResourceFactory(title="Bravo", published_on=datetime.date(2020, 1, 1))
    ResourceFactory(title="Alpha", published_on=datetime.date(2019, 1, 1))
    ResourceFactory(title="Charlie", published_on=None)
    assert titles(client.get("/resources/")) == ["Bravo", "Alpha", "Charlie"]
    assert titles(client.get("/resources/?sort=title")) == ["Alpha", "Bravo", "Charlie"]


def test_filtered_list_is_shareable_through_the_query_string(client):
    ResourceFactory.create_batch(25, kind="guide")
    response = client.get("/resources/?kind=guide&sort=title")
    html = response.content.decode()
    # The next-page link keeps the filters.
    assert "kind=guide" in html and "sort=title" in html and "page=2" in html


@pytest.mark.parametrize(
    "query, notice",
    [
        ("page=abc", "is not a page number"),
        ("page=99999", "There is no page 99999"),
        ("page=-1", "Page numbers start at 1"),
        ("page=0", "Page numbers start at 1"),
    ],
)
def test_bad_page_values_show_a_page_with_a_message(client, query, notice):
    ResourceFactory.create_batch(25)
    response = client.get(f"/resources/?{query}")
    assert response.status_code == 200
    assert notice in response.content.decode()
    assert len(response.context["resources"]) in (5, 20)


@pytest.mark.parametrize(
    "query",
    [
        "kind=nonsense",
        "year=abc",
        "year=99999999999999999999",
        "topic=%3Cscript%3E",
        "tag=%3Cscript%3Ealert(1)%3C/script%3E",
        "tag=%00",
        "q=%00",
        "sort=sideways",
        "language=xx",
        "kind=report&kind=guide",
    ],
)
def test_bad_filter_values_never_500(client, query):
    ResourceFactory(title="Still listed", kind="report")
    response = client.get(f"/resources/?{query}")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert(1)" not in html


def test_an_invalid_filter_is_reported_beside_its_field_and_the_others_still_apply(client):
    ResourceFactory(title="A report", kind="report", published_on=datetime.date(2023, 1, 1))
    ResourceFactory(title="A guide", kind="guide", published_on=datetime.date(2023, 1, 1))
    response = client.get("/resources/?kind=report&year=soon")
    html = response.content.decode()
    assert titles(response) == ["A report"]
    assert "Some filters could not be used" in html
    assert "Enter a number" in html
    assert 'value="soon"' in html  # what was typed is kept


def test_practice_list_and_detail(client):
    topic = TopicFactory(title="Belonging")
    PracticeFactory(
        title="Self-Compassion Practice",
        slug="self-compassion-practice",
        format="video",
        duration_minutes=12,
        media_url="https://example.org/v",
        suits="Anyone who feels alone.",
        topics=[topic],
    )
    PracticeFactory(title="Story circle", format="group", setting="group")
    listing = client.get("/practices/?format=video")
    assert [p.title for p in listing.context["practices"]] == ["Self-Compassion Practice"]
    detail = client.get("/practices/self-compassion-practice/")
    html = detail.content.decode()
    assert "12 minutes" in html
    assert "Anyone who feels alone." in html
    assert 'href="https://example.org/v"' in html
    assert "Belonging" in html
    assert "<ol>" in html  # steps rendered from Markdown


def test_get_help_page_lists_every_line_with_links(client):
    html = client.get("/get-help/").content.decode()
    assert 'href="tel:988"' in html
    assert 'href="sms:988"' in html
    assert 'href="sms:741741?&amp;body=HELP"' in html
    assert 'href="sms:988?&amp;body=AYUDA"' in html


def test_next_page_link_leads_to_the_next_page_with_the_filters(client):
    for i in range(25):
        ResourceFactory(title=f"Guide {i:02d}", kind="guide")
    ResourceFactory(title="A report", kind="report")
    first = client.get("/resources/?kind=guide&sort=title")
    next_href = re.search(r'<a href="([^"]+)" rel="next"', first.content.decode()).group(1)
    assert next_href.startswith("?") and not next_href.startswith("??")
    second = client.get("/resources/" + next_href.replace("&amp;", "&"))
    assert [r.title for r in second.context["resources"]] == [f"Guide {i}" for i in range(20, 25)]
    assert second.context["page_obj"].number == 2
    html = second.content.decode()
    assert '<link rel="canonical" href="http://testserver/resources/?page=2">' in html


def test_words_filter_finds_untranslated_items_on_spanish_pages(client):
    ResourceFactory(title_en="Loneliness by the numbers", summary="Facts.")
    response = client.get("/es/resources/?q=loneliness")
    assert [r.title_en for r in response.context["resources"]] == ["Loneliness by the numbers"]


def test_title_sort_in_spanish_falls_back_to_english_titles(client):
    ResourceFactory(title_en="Zebra crossing", title_es="Cebra")
    ResourceFactory(title_en="Action guide", title_es="")
    ResourceFactory(title_en="Budget", title_es="Presupuesto")
    response = client.get("/es/resources/?sort=title")
    titles = [r.title_es or r.title_en for r in response.context["resources"]]
    assert titles == ["Action guide", "Cebra", "Presupuesto"]


def test_active_filter_summary_reads_like_words(client):
    ResourceFactory(published_on=datetime.date(2023, 1, 1))
    html = client.get("/resources/?year=2023").content.decode()
    assert "Year: 2023" in html and "Decimal" not in html
