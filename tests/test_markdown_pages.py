"""Staff Markdown reaches readers sanitized, on every public page that shows it.

Each Markdown field is filled with the same hostile text and its page is fetched, in
English and in Spanish: no script, event handler, javascript: link, style or class
attribute may survive, while the harmless Markdown around them still renders.
"""

import pytest

from tests.factories import (
    PracticeFactory,
    ProgramFactory,
    ResourceFactory,
    TopicFactory,
    TopicSectionFactory,
    VenueFactory,
)

pytestmark = pytest.mark.django_db

HOSTILE = "\n\n".join(
    [
        "**Kept in bold**",
        '<script>alert("xss-script")</script>',
        '<img src="x.png" onerror="alert(\'xss-onerror\')">',
        "[a markdown link](javascript:alert(xss_markdown_link))",
        "<a href=\"javascript:alert('xss-raw-link')\">a raw link</a>",
        '<p style="background: url(xss-style)" class="xss-class">Kept paragraph</p>',
        '<strong class="xss-inline-class" style="color: xss-inline-style">Kept strong</strong>',
    ]
)
# Each marker is in exactly one hostile construct; none may reach the page in any form.
MARKERS = {
    "<script>": "xss-script",
    "onerror=": "xss-onerror",
    "javascript: Markdown link": "xss_markdown_link",
    "javascript: raw link": "xss-raw-link",
    "style= on a block": "xss-style",
    "class= on a block": "xss-class",
    "class= inline": "xss-inline-class",
    "style= inline": "xss-inline-style",
}


def assert_sanitized(html):
    survivors = [name for name, marker in MARKERS.items() if marker in html]
    assert survivors == [], f"survived on the page: {survivors}"
    assert "<strong>Kept in bold</strong>" in html  # Markdown still renders
    assert "<p>Kept paragraph</p>" in html  # the element stays, its attributes go
    assert "<strong>Kept strong</strong>" in html


def hostile_in_every_language(field):
    return {f"{field}_en": HOSTILE, f"{field}_es": HOSTILE}


def topic_with_hostile_intro():
    return TopicFactory(**hostile_in_every_language("intro")).get_absolute_url()


def topic_with_hostile_section_body():
    section = TopicSectionFactory(**hostile_in_every_language("body"))
    return section.topic.get_absolute_url()


def resource_with_hostile_body():
    return ResourceFactory(**hostile_in_every_language("body")).get_absolute_url()


def practice_with_hostile_steps():
    return PracticeFactory(**hostile_in_every_language("steps")).get_absolute_url()


def program_with_hostile_description():
    return ProgramFactory(**hostile_in_every_language("description")).get_absolute_url()


PAGES = [
    topic_with_hostile_intro,
    topic_with_hostile_section_body,
    resource_with_hostile_body,
    practice_with_hostile_steps,
    program_with_hostile_description,
]


@pytest.mark.parametrize("make_page", PAGES, ids=lambda f: f.__name__)
@pytest.mark.parametrize("prefix", ["", "/es"])
def test_hostile_markdown_is_sanitized_on_its_public_page(client, make_page, prefix):
    url = prefix + make_page()
    response = client.get(url)
    assert response.status_code == 200
    assert_sanitized(response.content.decode())


def test_topic_handout_shows_section_text_without_any_of_the_hostile_markup(client):
    section = TopicSectionFactory(body=HOSTILE)
    response = client.get(f"{section.topic.get_absolute_url()}handout/")
    assert response.status_code == 200
    html = response.content.decode()
    survivors = [name for name, marker in MARKERS.items() if marker in html]
    assert survivors == []
    assert "Kept in bold" in html and "<strong>Kept in bold</strong>" not in html  # text only


def test_venue_directions_are_shown_as_text_not_html(client):
    venue = VenueFactory(directions='Side door <script>alert("xss")</script> <b>ring</b>')
    html = client.get(ProgramFactory(venue=venue).get_absolute_url()).content.decode()
    assert "Side door &lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;" in html
    assert '<script>alert("xss")' not in html
    assert "<b>ring</b>" not in html


def test_tables_numbered_lists_and_allowed_links_render_on_the_page(client):
    body = "\n".join(
        [
            "1. Call a friend",
            "* not a second step",
            "",
            "| Day | Time |",
            "|---|---|",
            "| Tue | 18:00 |",
            "",
            "[Call 988](tel:988) [old archive](ftp://example.org/file)",
        ]
    )
    html = client.get(ResourceFactory(body=body).get_absolute_url()).content.decode()
    prose = html.split('<div class="prose"', 1)[1].split("</div>", 1)[0]
    assert prose.count("<li>") == 1  # a bullet line does not join a numbered list
    assert "<th>Day</th>" in prose and "<td>18:00</td>" in prose
    assert '<a href="tel:988" rel="noopener noreferrer">Call 988</a>' in prose
    assert "ftp://" not in prose  # only web, mail, phone and text-message links
