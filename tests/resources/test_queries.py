"""Every list and detail page makes a fixed number of queries however much data there is."""

import pytest

from tests.factories import PracticeFactory, ResourceFactory, TopicFactory, TopicSectionFactory

pytestmark = pytest.mark.django_db

SIZE = 30


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
            kind=["report", "guide", "story"][i % 3],
        )
        for i in range(SIZE)
    ]
    practices = [PracticeFactory(topics=topics, tags=[f"tag-{i}", "calm"]) for i in range(SIZE)]
    return topic, resources, practices


@pytest.mark.parametrize(
    "url, max_queries",
    [
        ("/", 6),
        ("/topics/", 2),
        ("/topics/social-connection/", 8),
        ("/resources/", 8),
        ("/resources/?tag=loneliness&kind=report&sort=title", 8),
        ("/practices/", 6),
    ],
)
def test_list_pages_make_a_fixed_number_of_queries(
    client, library, django_assert_max_num_queries, url, max_queries
):
    with django_assert_max_num_queries(max_queries):
        response = client.get(url)
    assert response.status_code == 200


def test_detail_pages_make_a_fixed_number_of_queries(
    client, library, django_assert_max_num_queries
):
    _, resources, practices = library
    with django_assert_max_num_queries(6):
        assert client.get(resources[0].get_absolute_url()).status_code == 200
    with django_assert_max_num_queries(4):
        assert client.get(practices[0].get_absolute_url()).status_code == 200
