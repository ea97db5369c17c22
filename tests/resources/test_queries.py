"""Every list and detail page makes a fixed number of queries however much data there is."""

import re

import pytest

from resources.models import Topic
from tests.factories import PracticeFactory, ResourceFactory, TopicFactory, TopicSectionFactory

pytestmark = pytest.mark.django_db

SIZE = 30
KINDS = ["report", "guide", "story"]


@pytest.fixture
def library():
    topics = TopicFactory.create_batch(3)
    topic = topics[0]
    topic.slug = "social-connection"
    topic.save()
    for i in range(6):
        TopicSectionFactory(topic=topic, order=i)
    resources = [
        ResourceFactory(
            topics=topics,
            tags=[f"tag-{i}", f"tag-{i + 1}", "loneliness"],
            kind=KINDS[i % 3],
        )
        for i in range(SIZE)
    ]
    practices = [PracticeFactory(topics=topics, tags=[f"tag-{i}", "calm"]) for i in range(SIZE)]
    return topic, resources, practices


def shown(html, titles):
    """Those of ``titles`` the page shows as the text of a link or heading."""
    html = re.sub(r">\s+", ">", re.sub(r"\s+<", "<", html))
    return [title for title in titles if f">{title}<" in html]


def titles(objects):
    return [obj.title for obj in objects]


def newest(resources, n):
    return titles(sorted(resources, key=lambda r: r.published_on, reverse=True)[:n])


# url, query limit, the rows the page must show: (candidates, how many of them).
@pytest.mark.parametrize(
    "url, max_queries, rows",
    [
        ("/", 6, lambda topic, resources, practices: [(newest(resources, 6), 6), (practices, 3)]),
        ("/topics/", 2, lambda topic, resources, practices: [(Topic.objects.all(), 3)]),
        (
            "/topics/social-connection/",
            8,
            lambda topic, resources, practices: [
                # A handful of each kind (the newest when none is featured), not all 30.
                *[(newest([r for r in resources if r.kind == kind], 4), 4) for kind in KINDS],
                (resources, 4 * len(KINDS)),
                (sorted(titles(practices))[:4], 4),
                (practices, 4),
                (["See all 30 resources in the library", "See all 30 practices"], 2),
                ([s.heading for s in topic.sections.all()], 6),
            ],
        ),
        ("/resources/", 8, lambda topic, resources, practices: [(newest(resources, 20), 20)]),
        (
            "/resources/?tag=loneliness&kind=report&sort=title",
            8,
            lambda topic, resources, practices: [
                ([r for r in resources if r.kind == "report"], SIZE // 3)
            ],
        ),
        ("/practices/", 6, lambda topic, resources, practices: [(practices, 24)]),
    ],
)
def test_list_pages_make_a_fixed_number_of_queries_and_show_every_row(
    client, library, django_assert_max_num_queries, url, max_queries, rows
):
    with django_assert_max_num_queries(max_queries):
        response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    for candidates, count in rows(*library):
        names = [c if isinstance(c, str) else c.title for c in candidates]
        assert len(shown(html, names)) == count, names


def test_detail_pages_make_a_fixed_number_of_queries_and_show_the_item(
    client, library, django_assert_max_num_queries
):
    _, resources, practices = library
    with django_assert_max_num_queries(6):
        response = client.get(resources[0].get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert f"<h1>{resources[0].title}</h1>" in html
    # The panels other apps add (listings: when it was checked, "Suggest an edit").
    assert "Not checked yet" in html and f"/suggest/resource/{resources[0].slug}/" in html
    with django_assert_max_num_queries(4):
        response = client.get(practices[0].get_absolute_url())
    assert response.status_code == 200
    assert f"<h1>{practices[0].title}</h1>" in response.content.decode()
