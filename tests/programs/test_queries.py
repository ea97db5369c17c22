import datetime

import pytest
from django.utils import timezone

from tests.factories import (
    AccessibilityFeatureFactory,
    AudienceFactory,
    LanguageFactory,
    PracticeFactory,
    ProgramFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db

SIZE = 30


@pytest.fixture
def many_programs():
    topic = TopicFactory(slug="social-connection")
    audiences = [AudienceFactory(slug=f"a-{i}") for i in range(4)]
    languages = [LanguageFactory(code="en"), LanguageFactory(code="es")]
    access = [AccessibilityFeatureFactory(slug=f"f-{i}") for i in range(3)]
    practices = PracticeFactory.create_batch(3)
    start = timezone.localdate() + datetime.timedelta(days=1)
    programs = []
    for i in range(SIZE):
        program = ProgramFactory(
            category=["garden", "arts", "cultural"][i % 3],
            tags=[f"tag-{i}", "neighbours"],
            topics=[topic],
            audiences=audiences[: 1 + i % 4],
            languages=languages[: 1 + i % 2],
            accessibility=access[: i % 3],
            schedules=[
                {"start_date": start + datetime.timedelta(days=i % 7)},
                {
                    "frequency": "monthly",
                    "start_date": start,
                    "start_time": datetime.time(10, 0),
                    "end_time": datetime.time(11, 0),
                },
            ],
            cancelled=[start + datetime.timedelta(days=7 + i % 7)],
        )
        program.practices.add(*practices)
        programs.append(program)
    return programs


@pytest.mark.parametrize(
    "url, max_queries",
    [
        ("/programs/", 24),
        ("/programs/?audience=a-1&free=on&day=3&time=evening&when=week", 24),
        ("/programs/calendar.ics", 8),
        ("/topics/social-connection/", 10),
        ("/", 8),
    ],
)
def test_program_lists_make_a_fixed_number_of_queries(
    client, many_programs, django_assert_max_num_queries, url, max_queries
):
    with django_assert_max_num_queries(max_queries):
        response = client.get(url)
    assert response.status_code == 200


def test_program_detail_makes_a_fixed_number_of_queries(
    client, many_programs, django_assert_max_num_queries
):
    program = many_programs[-1]
    with django_assert_max_num_queries(14):
        assert client.get(program.get_absolute_url()).status_code == 200
    with django_assert_max_num_queries(4):
        assert client.get(f"/programs/{program.slug}/calendar.ics").status_code == 200
