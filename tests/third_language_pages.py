"""Every page type in a third language (run by tests/test_third_language.py).

Not collected on its own (no ``test_`` prefix): it needs the settings module
tests/settings_third_language.py, which adds French to ``LANGUAGES``.
"""

import pytest
from django.conf import settings
from django.db import connection

from tests.factories import (
    PracticeFactory,
    ProgramFactory,
    ResourceFactory,
    TopicFactory,
    TopicSectionFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def content():
    if connection.vendor == "postgresql":  # what the migrations would have installed
        with connection.cursor() as cursor:
            cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    topic = TopicFactory(title="Belonging", slug="belonging", summary="Why it matters.")
    TopicSectionFactory(topic=topic, heading="Places", body="Libraries and parks.")
    resource = ResourceFactory(title="A report on belonging", slug="report", topics=[topic])
    practice = PracticeFactory(title="Call a friend", slug="call-a-friend", topics=[topic])
    program = ProgramFactory(title="Garden club", slug="garden-club", topics=[topic])
    return {"topic": topic, "resource": resource, "practice": practice, "program": program}


def test_the_third_language_is_on():
    assert [code for code, _ in settings.LANGUAGES] == ["en", "es", "fr"]


PAGES = [
    "/fr/",
    "/fr/get-help/",
    "/fr/privacy/",
    "/fr/topics/",
    "/fr/topics/belonging/",
    "/fr/topics/belonging/handout/",
    "/fr/resources/",
    "/fr/resources/report/",
    "/fr/practices/",
    "/fr/practices/call-a-friend/",
    "/fr/programs/",
    "/fr/programs/garden-club/",
    "/fr/search/?q=garden",
]


@pytest.mark.parametrize("path", PAGES)
def test_every_page_type_renders_in_the_third_language(client, content, path):
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="fr">' in html
    # The language switch offers every other language, this page in each.
    english = path.removeprefix("/fr")
    assert f'href="{english}" lang="en" hreflang="en"' in html
    assert f'href="/es{english}" lang="es" hreflang="es"' in html
    assert "988" in html  # the crisis footer


@pytest.mark.parametrize(
    "path,title",
    [
        ("/fr/topics/belonging/", "Belonging"),
        ("/fr/resources/report/", "A report on belonging"),
        ("/fr/practices/call-a-friend/", "Call a friend"),
        ("/fr/programs/garden-club/", "Garden club"),
    ],
)
def test_untranslated_detail_pages_fall_back_and_say_so(client, content, path, title):
    html = client.get(path).content.decode()
    assert f'<h1 lang="en">{title}</h1>' in html
    assert "has not been translated yet" in html


def test_a_french_translation_is_shown_without_the_notice(client, content):
    topic = content["topic"]
    topic.title_fr = "Appartenance"
    topic.save()
    html = client.get("/fr/topics/belonging/").content.decode()
    assert "<h1>Appartenance</h1>" in html
    assert "has not been translated yet" not in html


def test_feeds_calendars_and_sitemaps_know_the_third_language(client, content):
    assert client.get("/fr/resources/feed/").status_code == 200
    assert client.get("/fr/programs/calendar.ics").status_code == 200
    sitemap = client.get("/sitemap-topics.xml").content.decode()
    assert 'hreflang="fr" href="http://testserver/fr/topics/belonging/"' in sitemap
    robots = client.get("/robots.txt").content.decode()
    assert "Disallow: /fr/search/" in robots
