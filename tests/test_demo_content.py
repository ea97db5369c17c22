"""The demo content, as a resident reads it: the seed pages whole, in English and Spanish.

Each test loads the demo with ``load_demo`` and reads the public pages through the test
client, so a section dropped from the data, a practice without its recording or a card
without its "not translated" marker shows here.
"""

import re

import pytest
from django.conf import settings
from django.core.management import call_command

from connection_hub.core.i18n import is_translated
from programs.models import Program
from resources.models import Practice, Resource, Topic, TopicSection

pytestmark = pytest.mark.django_db

TOPIC = "/topics/social-connection/"
NOT_TRANSLATED_CARD = "Sin traducir"  # the card marker in Spanish


@pytest.fixture
def demo():
    call_command("load_demo")


def page(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return response.content.decode()


def section_html(html, heading):
    """The HTML of the topic section under the ``heading`` heading, up to the next heading."""
    match = re.search(r"<h2[^>]*>\s*" + re.escape(heading) + r"\s*</h2>", html)
    assert match, heading
    following = re.search(r"<h[23][ >]", html[match.end() :])
    return html[match.end() : match.end() + following.start()] if following else html[match.end() :]


# What each part of the seed pages must say, in each language: the section heading and
# phrases that carry its point (our own words, not the seed's).
SEED_SECTIONS = {
    "en": {
        "Connection you can feel": ["The Sky Center", "seen, heard and valued"],
        "Why we need each other": [
            "Wired to belong",
            "Isolation feels like danger",
            "Connection helps prevent suicide",
            "A kind inner voice",
            "self-compassion",
            "988",
        ],
        "What communities can do": ["community gardens", "local leaders", "intergenerational"],
        "Connection is a public good": ["<strong>public good</strong>"],
    },
    "es": {
        "Una conexión que se siente": ["The Sky Center", "vista, escuchada y valorada"],
        "Por qué nos necesitamos": [
            "Hechos para pertenecer",
            "El aislamiento se siente como un peligro",
            "La conexión ayuda a prevenir el suicidio",
            "Una voz interior amable",
            "autocompasión",
            "988",
        ],
        "Lo que pueden hacer las comunidades": ["huertos comunitarios", "líderes locales"],
        "La conexión es un bien público": ["<strong>bien público</strong>"],
    },
}


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_topic_page_has_the_seed_pages_whole(client, demo, language):
    prefix = "" if language == settings.LANGUAGE_CODE else f"/{language}"
    html = page(client, prefix + TOPIC)
    for heading, phrases in SEED_SECTIONS[language].items():
        body = section_html(html, heading)
        for phrase in phrases:
            assert phrase in body, (heading, phrase)
    # The benefits and the community strategies are lists a reader can scan, not a paragraph.
    benefits = section_html(html, list(SEED_SECTIONS[language])[1])
    assert benefits.count("<li>") == 4
    strategies = section_html(html, list(SEED_SECTIONS[language])[2])
    assert strategies.count("<li>") == 4
    # The systems-level strategies stay in their own section, apart from the community ones.
    assert "zonificación" not in strategies and "zoning" not in strategies


def test_original_stories_are_labelled_original(client, demo):
    stories = Resource.objects.filter(kind="story", publisher__name=settings.SITE_NAME)
    assert stories.count() >= 2
    others = Resource.objects.filter(kind="story").exclude(publisher__name=settings.SITE_NAME)
    assert others.exists()
    for prefix, label in (("", "Original"), ("/es", "Original")):
        html = page(client, f"{prefix}/resources/?kind=story")
        cards = html.split('<article class="card resource-card">')[1:]
        for card in cards:
            is_original = any(s.get_absolute_url().split("/")[-2] in card for s in stories)
            assert (f"· {label}" in card) == is_original, card[:200]
        assert sum(f"· {label}" in card for card in cards) == stories.count()


def test_every_topic_practice_and_program_and_half_the_resources_are_in_spanish(demo):
    for model in (Topic, Practice, Program):
        untranslated = [
            obj.slug for obj in model.objects.all() if not is_translated(obj, language="es")
        ]
        assert untranslated == [], model.__name__
        for field in ("summary",):
            assert all(
                is_translated(o, field, "es") for o in model.objects.all() if getattr(o, field)
            )
    assert all(is_translated(s, "body", "es") for s in TopicSection.objects.all())
    assert all(is_translated(p, "steps", "es") for p in Practice.objects.all())
    resources = list(Resource.objects.all())
    translated = [r for r in resources if is_translated(r, "summary", "es")]
    assert len(translated) * 2 >= len(resources)


MEDIA_WORDS = re.compile(r"\b(play|press play|watch|video|audio|recording|grabación)\b", re.I)


def test_every_practice_that_mentions_media_links_to_it_and_says_where(client, demo):
    with_media = []
    for practice in Practice.objects.all():
        text = " ".join([practice.summary, practice.steps, practice.get_format_display()])
        # Listening to another person is not media: "listen" alone does not count.
        if practice.format in ("video", "audio") or MEDIA_WORDS.search(text):
            with_media.append(practice)
            assert practice.media_url.startswith("https://"), practice.slug
            assert practice.steps, practice.slug  # it can be followed without the media
    assert {p.slug for p in with_media} >= {"self-compassion-practice", "loving-kindness-audio"}
    for practice in with_media:
        for prefix in ("", "/es"):
            html = page(client, f"{prefix}/practices/{practice.slug}/")
            host = practice.media_url.split("/")[2].removeprefix("www.")
            assert f'href="{practice.media_url}"' in html
            assert f"opens {host}" in html or f"abre {host}" in html
            assert "<iframe" not in html
            assert not re.search(r"<(video|audio|source)[^>]+src=\"https?://", html)
    self_compassion = page(client, "/practices/self-compassion-practice/")
    assert "Press play" not in self_compassion
    assert "Watch the video on skycenter.nmsip.org" in self_compassion


@pytest.mark.parametrize(
    ("path", "card"),
    [("/es/resources/", "resource-card"), ("/es/practices/", "practice-card")],
)
def test_cards_say_when_their_text_is_not_translated(client, demo, path, card):
    html = page(client, path)
    cards = html.split(f'<article class="card {card}">')[1:]
    assert len(cards) >= 10
    marked = [c for c in cards if NOT_TRANSLATED_CARD in c or "Not translated yet" in c]
    in_english = [c for c in cards if '<h3 lang="en">' in c]
    assert marked == in_english
    if card == "resource-card":
        assert in_english  # the library still has English-only items, and they say so
    english = page(client, path.removeprefix("/es"))
    assert "Not translated yet" not in english


def test_load_demo_twice_changes_nothing(demo):
    models = (Topic, TopicSection, Resource, Practice, Program)
    counts = [m.objects.count() for m in models]
    stamps = sorted(Resource.objects.values_list("updated_at", flat=True))
    call_command("load_demo")
    assert [m.objects.count() for m in models] == counts
    assert sorted(Resource.objects.values_list("updated_at", flat=True)) == stamps
