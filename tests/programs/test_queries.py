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


def shown(text, programs, template="{title}"):
    """The programs whose title the page (or calendar) shows, in ``template``'s form."""
    return [p.title for p in programs if template.format(title=p.title) in text]


# url, query limit, how many of the programs it shows (None: those the filters leave, which
# depend on today's weekday, at least one), in what form.
@pytest.mark.parametrize(
    "url, max_queries, count, template",
    [
        # 6 of the directory's own; the rest is the page cache's first look at this data.
        ("/programs/", 16, 20, ">{title}<"),
        # {day}: tomorrow's weekday, so "in the next 7 days" holds one of its sessions
        # whatever day the test runs (a fixed day fell outside it one day a week).
        ("/programs/?audience=a-1&free=on&day={day}&time=evening&when=week", 16, None, ">{title}<"),
        ("/programs/calendar.ics", 8, SIZE, "SUMMARY:{title}\r\n"),
        ("/topics/social-connection/", 10, 5, ">{title}<"),
        ("/", 8, 6, ">{title}<"),
    ],
)
def test_program_lists_make_a_fixed_number_of_queries_and_show_every_row(
    client, many_programs, django_assert_max_num_queries, url, max_queries, count, template
):
    url = url.format(day=(timezone.localdate() + datetime.timedelta(days=1)).isoweekday())
    with django_assert_max_num_queries(max_queries):
        response = client.get(url)
    assert response.status_code == 200
    if count is None:
        count = len(response.context["programs"])
        assert count >= 1
    assert len(shown(response.content.decode(), many_programs, template)) == count


def test_program_detail_makes_a_fixed_number_of_queries_and_shows_the_program(
    client, many_programs, django_assert_max_num_queries
):
    program = many_programs[-1]
    with django_assert_max_num_queries(14):
        response = client.get(program.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert f"<h1>{program.title}</h1>" in html
    # The panels other apps add (listings: when it was checked, "Suggest an edit").
    assert "Not checked yet" in html and f"/suggest/program/{program.slug}/" in html
    for practice in program.practices.all():
        assert f">{practice.title}<" in html
    with django_assert_max_num_queries(4):
        response = client.get(f"/programs/{program.slug}/calendar.ics")
    assert response.status_code == 200
    assert f"SUMMARY:{program.title}\r\n" in response.content.decode()
