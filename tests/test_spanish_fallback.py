"""Spanish pages: what is not translated is shown in English, said so, and marked lang="en".

The notice follows the title; the lang="en" marker follows each field on its own, so a
screen reader switches voice exactly where the English text is.
"""

from html.parser import HTMLParser

import pytest

from tests.factories import (
    PracticeFactory,
    ProgramFactory,
    ResourceFactory,
    TopicFactory,
    TopicSectionFactory,
)

pytestmark = pytest.mark.django_db

NOTICE_ES = "Esta página todavía no está traducida"
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}


class LanguageFinder(HTMLParser):
    """The language a reader's software uses for each text of <main>: the nearest lang=."""

    def __init__(self):
        super().__init__()
        self.stack, self.tags, self.texts = [], [], []
        self.in_main = self.in_script = False

    def handle_starttag(self, tag, attrs):
        self.in_main = self.in_main or tag == "main"
        self.in_script = tag in ("script", "style")
        if tag not in VOID:
            lang = dict(attrs).get("lang")
            self.stack.append(lang if lang is not None else self.current())
            self.tags.append(tag)

    def handle_endtag(self, tag):
        self.in_script = False
        if tag == "main":
            self.in_main = False
        if tag not in VOID and self.stack:
            self.stack.pop()
            self.tags.pop()

    def handle_data(self, data):
        if self.in_main and not self.in_script and data.strip():
            tag = self.tags[-1] if self.tags else None
            self.texts.append((" ".join(data.split()), self.current(), tag))

    def current(self):
        return self.stack[-1] if self.stack else None


def language_of(html, text, tag=None):
    """The language of the first text of the page's main part containing ``text``
    (the first directly inside a ``tag`` element, if given)."""
    finder = LanguageFinder()
    finder.feed(html)
    for chunk, lang, parent in finder.texts:
        if text in chunk and tag in (None, parent):
            return lang
    raise AssertionError(f"{text!r} is not in the main part of the page")


def spanish_page(client, obj):
    response = client.get(f"/es{obj.get_absolute_url()}")
    assert response.status_code == 200
    return response.content.decode()


BODY_FIELD = {"topic": "intro", "resource": "body", "practice": "steps", "program": "description"}
FACTORY = {
    "topic": TopicFactory,
    "resource": ResourceFactory,
    "practice": PracticeFactory,
    "program": ProgramFactory,
}


def make(kind, title_es="", summary_es="", body_es=""):
    body = BODY_FIELD[kind]
    return FACTORY[kind](
        title_en=f"English {kind} title",
        title_es=title_es,
        summary_en=f"English {kind} summary",
        summary_es=summary_es,
        **{f"{body}_en": f"English {kind} text", f"{body}_es": body_es},
    )


KINDS = list(FACTORY)


@pytest.mark.parametrize("kind", KINDS)
def test_an_untranslated_page_says_so_and_marks_its_english_text(client, kind):
    html = spanish_page(client, make(kind))
    assert NOTICE_ES in html
    assert language_of(html, f"English {kind} title") == "en"
    assert language_of(html, f"English {kind} summary") == "en"
    assert language_of(html, f"English {kind} text") == "en"
    assert language_of(html, NOTICE_ES) == "es"  # the notice itself is in Spanish


@pytest.mark.parametrize("kind", KINDS)
def test_a_translated_page_has_no_notice_and_no_english_marker(client, kind):
    html = spanish_page(
        client, make(kind, title_es="Título", summary_es="Resumen", body_es="Texto en español")
    )
    assert NOTICE_ES not in html
    assert f"English {kind}" not in html
    assert language_of(html, "Título") == "es"
    assert language_of(html, "Resumen") == "es"
    assert language_of(html, "Texto en español") == "es"


@pytest.mark.parametrize("kind", KINDS)
def test_the_marker_follows_the_summary_when_only_the_summary_is_translated(client, kind):
    html = spanish_page(client, make(kind, summary_es="Resumen"))
    assert NOTICE_ES in html  # the title is what the notice is about
    assert language_of(html, f"English {kind} title") == "en"
    assert language_of(html, "Resumen") == "es"
    assert language_of(html, f"English {kind} text") == "en"


@pytest.mark.parametrize("kind", KINDS)
def test_the_marker_follows_each_field_when_only_the_title_is_translated(client, kind):
    html = spanish_page(client, make(kind, title_es="Título"))
    assert NOTICE_ES not in html
    assert language_of(html, "Título") == "es"
    assert language_of(html, f"English {kind} summary") == "en"
    assert language_of(html, f"English {kind} text") == "en"


@pytest.mark.parametrize("kind", KINDS)
def test_the_marker_follows_the_text_when_only_the_text_is_translated(client, kind):
    html = spanish_page(client, make(kind, body_es="Texto en español"))
    assert language_of(html, f"English {kind} title") == "en"
    assert language_of(html, "Texto en español") == "es"


def test_topic_sections_are_marked_field_by_field(client):
    topic = make("topic", title_es="Título")
    TopicSectionFactory(topic=topic, heading_en="English heading", heading_es="", body_en="Body")
    TopicSectionFactory(
        topic=topic, heading_en="Second", heading_es="Encabezado", body_en="English body"
    )
    html = spanish_page(client, topic)
    assert language_of(html, "English heading", tag="h2") == "en"
    assert language_of(html, "Encabezado", tag="h2") == "es"
    assert language_of(html, "English body") == "en"


def test_english_pages_carry_no_marker_and_no_notice(client):
    for kind in KINDS:
        html = client.get(make(kind).get_absolute_url()).content.decode()
        assert "has not been translated" not in html
        assert language_of(html, f"English {kind} title") == "en"
        assert ' lang="en"' not in html.split("<body>", 1)[1].split('class="site-footer"')[0]


@pytest.mark.parametrize(
    "kind, url",
    [("resource", "/es/resources/"), ("practice", "/es/practices/"), ("program", "/es/programs/")],
)
def test_list_items_are_marked_field_by_field(client, kind, url):
    make(kind, title_es="Título")
    make(kind, summary_es="Resumen")
    html = client.get(url).content.decode()
    assert language_of(html, "Título") == "es"
    assert language_of(html, f"English {kind} summary") == "en"
    assert language_of(html, f"English {kind} title") == "en"
    assert language_of(html, "Resumen") == "es"


def test_search_results_are_marked_field_by_field(client):
    ResourceFactory(title_en="Lantern guide", title_es="Guía", summary_en="Lantern summary")
    html = client.get("/es/search/?q=lantern&type=resources").content.decode()
    assert language_of(html, "Guía") == "es"
    assert language_of(html, "summary") == "en"  # "Lantern" itself is highlighted
