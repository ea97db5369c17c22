"""Search puts a match in the title first, then in the summary, then in the body.

Each fixture row holds the word in one field only, and the rows are created (and dated)
so that no order other than the ranking gives the expected one: not creation order,
not newest first, not alphabetical.
"""

import datetime

import pytest

from tests.factories import PracticeFactory, ProgramFactory, ResourceFactory, TopicFactory

pytestmark = pytest.mark.django_db

WORD = "lantern"


def make_resource(title, summary, body, year):
    return ResourceFactory(
        title=title, summary=summary, body=body, published_on=datetime.date(year, 1, 1)
    )


def make_practice(title, summary, body, year):
    return PracticeFactory(title=title, summary=summary, steps=body)


def make_program(title, summary, body, year):
    return ProgramFactory(title=title, summary=summary, description=body)


def make_topic(title, summary, body, year):
    return TopicFactory(title=title, summary=summary, intro=body)


SECTIONS = {
    "resources": make_resource,
    "practices": make_practice,
    "programs": make_program,
    "topics": make_topic,
}


@pytest.fixture(params=list(SECTIONS))
def one_field_matches(request):
    """Rows matching ``lantern`` in one field each; returns (section, expected titles)."""
    make = SECTIONS[request.param]
    # Created oldest-ranked first: by creation order (or id) the body match would lead.
    make("Autumn evening walk", "Meet at the park gate.", f"Bring a {WORD} for the way.", 2019)
    make("Bread club", f"Bake a {WORD} loaf together.", "", 2020)
    make(f"Zinc {WORD} making", "Hands-on craft.", "", 2021)
    make("Candle circle", f"A {WORD} parade for the street.", "", 2022)
    expected = [
        f"Zinc {WORD} making",  # title
        "Bread club",  # summary (ties broken by age: the older summary match first)
        "Candle circle",  # summary
        "Autumn evening walk",  # body only
    ]
    return request.param, expected


def titles_in(response):
    return [item.title for item in response.context["results"]]


def group_titles(response, key):
    group = next(g for g in response.context["groups"] if g["key"] == key)
    return [item.title for item in group["items"]]


def test_title_matches_come_before_summary_matches_before_body_matches(client, one_field_matches):
    section, expected = one_field_matches
    response = client.get(f"/search/?q={WORD}&type={section}")
    assert response.status_code == 200
    assert titles_in(response) == expected


def test_all_sections_preview_keeps_the_same_order(client, one_field_matches):
    section, expected = one_field_matches
    response = client.get(f"/search/?q={WORD}")
    assert group_titles(response, section) == expected


def test_the_order_is_what_the_page_shows(client, one_field_matches):
    section, expected = one_field_matches
    html = client.get(f"/search/?q={WORD}&type={section}").content.decode()
    # Titles are highlighted (<mark>), so look for a word of each title that is not the query.
    markers = ["Zinc", "Bread club", "Candle circle", "Autumn evening walk"]
    positions = [html.index(marker) for marker in markers]
    assert positions == sorted(positions)


@pytest.mark.parametrize("section, make", list(SECTIONS.items()))
def test_rows_with_every_word_hide_rows_with_only_some_of_them(client, section, make):
    # One word in a title weighs more than two words in a body: ranking alone would put
    # the title first. Only rows with all the words are shown when there are any.
    make(f"{WORD.capitalize()} festival", "Once a year.", "", 2020)
    make("Night market", "Stalls and music.", f"Paper {WORD}s light every harbour stall.", 2021)
    make("Harbour swim", "Early mornings.", "", 2022)  # the other word alone
    response = client.get(f"/search/?q={WORD}+harbour&type={section}")
    assert titles_in(response) == ["Night market"]


@pytest.mark.parametrize("section, make", list(SECTIONS.items()))
def test_when_no_row_has_every_word_rows_with_some_of_them_are_shown(client, section, make):
    make(f"{WORD.capitalize()} festival", "Once a year.", "", 2020)
    make("Night market", "Stalls and music.", f"Paper {WORD}s light the stalls.", 2021)
    response = client.get(f"/search/?q={WORD}+harbour&type={section}")
    assert titles_in(response) == [f"{WORD.capitalize()} festival", "Night market"]


def test_postgres_ranks_title_and_summary_matches_by_search_rank(client, on_postgres):
    if not on_postgres:
        pytest.skip("SearchRank and the stored weighted vectors are PostgreSQL only")
    from resources.models import Resource

    # Newest first and id order would both put the summary match first.
    make_resource("Quiet reading room", f"A {WORD} by every chair.", "", 2024)
    make_resource(f"{WORD.capitalize()} repair cafe", "Fix things together.", "", 2018)
    ranked = [(r.title, r.rank) for r in Resource.objects.search(WORD).head]
    assert [title for title, _rank in ranked] == [
        f"{WORD.capitalize()} repair cafe",
        "Quiet reading room",
    ]
    (_, title_rank), (_, summary_rank) = ranked
    assert title_rank > summary_rank > 0


def test_postgres_keeps_body_only_matches_out_of_the_ranked_head(client, on_postgres):
    if not on_postgres:
        pytest.skip("the title-and-summary vector (search_head) exists on PostgreSQL only")
    from resources.models import Resource

    make_resource("Allotment diary", "Weekly notes.", f"A {WORD} in the shed.", 2025)
    make_resource(f"{WORD.capitalize()} walk", "Evening stroll.", "", 2018)
    results = Resource.objects.search(WORD)
    assert results.head_count == 1 and results.body_count == 1
    assert [r.title for r in results[0:2]] == [f"{WORD.capitalize()} walk", "Allotment diary"]
