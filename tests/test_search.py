import datetime

import pytest
from django.utils import timezone

from connection_hub.core.search import clean_query, highlight
from resources.models import Resource
from tests.factories import (
    AudienceFactory,
    PracticeFactory,
    ProgramFactory,
    ResourceFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def corpus():
    topic = TopicFactory(title="Loneliness in later life", summary="Growing older alone.")
    ResourceFactory(
        title="Our Epidemic of Loneliness and Isolation",
        summary="The Surgeon General's advisory on loneliness and isolation.",
        kind="report",
        topics=[topic],
    )
    ResourceFactory(
        title="Friendship at work", summary="Why loneliness matters to employers.", kind="guide"
    )
    ResourceFactory(
        title="Neighbourhood walks",
        summary="Walking together.",
        body="Walking groups can ease loneliness over time.",
        kind="story",
    )
    ResourceFactory(title="Budget report", summary="Nothing relevant here.", kind="report")
    PracticeFactory(title="Reach out after a loss", summary="A practice for loneliness.")
    ProgramFactory(
        title="Eastside community garden",
        summary="Grow food with neighbours.",
        category="garden",
        audiences=[AudienceFactory(slug="older-adults")],
    )
    ProgramFactory(
        title="Rooftop garden club",
        summary="Container gardening.",
        category="garden",
        is_free=False,
    )
    ProgramFactory(title="Chess club", summary="Weekly games.", category="social_meetup")


def group(response, key):
    return next(g for g in response.context["groups"] if g["key"] == key)


def test_ranking_title_over_summary_over_body(client, corpus):
    response = client.get("/search/?q=loneliness&type=resources")
    assert response.status_code == 200
    titles = [r.title for r in response.context["results"]]
    assert titles == [
        "Our Epidemic of Loneliness and Isolation",  # title and summary
        "Friendship at work",  # summary
        "Neighbourhood walks",  # body only
    ]


def test_results_are_grouped_by_type_with_counts(client, corpus):
    response = client.get("/search/?q=loneliness")
    assert group(response, "resources")["count"] == 3
    assert group(response, "practices")["count"] == 1
    assert group(response, "topics")["count"] == 1
    assert group(response, "programs")["count"] == 0
    assert response.context["total"] == 5
    html = response.content.decode()
    assert "Library: 3" in html and "Practices: 1" in html


def test_matched_words_are_highlighted(client, corpus):
    html = client.get("/search/?q=loneliness").content.decode()
    assert "<mark>Loneliness</mark>" in html


def test_community_garden_finds_gardens(client, corpus):
    response = client.get("/search/?q=community+garden&type=programs")
    titles = [p.title for p in response.context["results"]]
    assert titles[0] == "Eastside community garden"
    assert "Chess club" not in titles


def test_directory_filters_carry_over_into_search(client, corpus):
    response = client.get("/search/?q=garden&type=programs&free=on")
    assert [p.title for p in response.context["results"]] == ["Eastside community garden"]
    response = client.get("/search/?q=loneliness&type=resources&kind=report")
    assert [r.title for r in response.context["results"]] == [
        "Our Epidemic of Loneliness and Isolation"
    ]
    html = response.content.decode()
    assert 'name="q" value="loneliness"' in html and 'name="type" value="resources"' in html


def test_search_results_are_paginated(client):
    for i in range(25):
        ResourceFactory(title=f"Garden guide {i}")
    first = client.get("/search/?q=garden&type=resources")
    assert len(first.context["results"]) == 20
    second = client.get("/search/?q=garden&type=resources&page=2")
    assert len(second.context["results"]) == 5
    assert "page=2" in first.content.decode()


def test_drafts_are_never_found(client):
    ResourceFactory(title="Secret loneliness draft", status="draft")
    response = client.get("/search/?q=loneliness")
    assert response.context["total"] == 0


@pytest.mark.parametrize(
    "query",
    [
        "",
        "!!!",
        "?*&%$#@",
        "a" * 5000,
        "loneliness\x00",
        "%00",
        '"unclosed',
        "'; DROP TABLE",
        "😀 loneliness 🌱",
        "<script>alert(1)</script>",
        "-",
        "or",
        "!!! & | ! :*",
        "\\",
        "loneliness " * 600,
        " ".join(f"word{i}" for i in range(40)),
    ],
)
def test_odd_queries_give_a_normal_page(client, corpus, query):
    response = client.get("/search/", {"q": query}, follow=True)  # "q=" redirects to /search/
    assert response.status_code == 200
    body = response.content.decode()
    assert "<script>alert(1)</script>" not in body


def test_unknown_type_and_bad_filters_are_reported_not_500(client, corpus):
    response = client.get("/search/?q=loneliness&type=nonsense")
    assert response.status_code == 200
    assert "is not a section of the site" in response.content.decode()
    response = client.get("/search/?q=garden&type=programs&day=9&page=zz")
    assert response.status_code == 200


def test_search_box_is_on_every_page(client, corpus):
    for url in ("/", "/resources/", "/programs/", "/get-help/", "/no-such-page/"):
        assert 'role="search"' in client.get(url).content.decode()


def test_search_page_makes_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    topic = TopicFactory(title="Garden topic")
    start = timezone.localdate() + datetime.timedelta(days=1)
    for i in range(30):
        ResourceFactory(title=f"Garden resource {i}", tags=[f"t{i}", "garden"], topics=[topic])
        PracticeFactory(title=f"Garden practice {i}", tags=["garden"])
        ProgramFactory(
            title=f"Garden program {i}", tags=["garden"], schedules=[{"start_date": start}]
        )
    with django_assert_max_num_queries(20):
        response = client.get("/search/?q=garden")
    assert response.status_code == 200
    html = response.content.decode()
    for kind in ("resource", "practice", "program"):  # five of each section, highlighted
        shown = [i for i in range(30) if f"<mark>Garden</mark> {kind} {i}<" in html]
        assert len(shown) == 5, kind
    assert "<mark>Garden</mark> topic<" in html
    with django_assert_max_num_queries(30):
        response = client.get("/search/?q=garden&type=resources&kind=report")
    html = response.content.decode()
    assert len([i for i in range(30) if f"<mark>Garden</mark> resource {i}<" in html]) == 20
    with django_assert_max_num_queries(40):
        response = client.get("/search/?q=garden&type=programs&free=on")
    html = response.content.decode()
    assert len([i for i in range(30) if f"<mark>Garden</mark> program {i}<" in html]) == 20


def test_spanish_documents_are_stemmed_as_spanish_on_postgres(client, on_postgres):
    if not on_postgres:
        pytest.skip("Spanish stemming is PostgreSQL's text search; SQLite matches substrings")
    ResourceFactory(
        title="Cantando juntos en el barrio",
        language="es",
        summary="Coros comunitarios para todas las edades.",
    )
    ResourceFactory(title="Singing together", summary="Choirs for all ages.")
    response = client.get("/search/?q=cantar&type=resources")
    assert [r.title for r in response.context["results"]] == ["Cantando juntos en el barrio"]
    vector = Resource.objects.get(title__startswith="Cantando").search_vector
    assert "'cant'" in vector


def test_misspellings_fall_back_to_trigram_similarity_on_postgres(client, corpus, on_postgres):
    if not on_postgres:
        pytest.skip("trigram similarity (pg_trgm) is PostgreSQL only")
    response = client.get("/search/?q=lonelyness&type=resources")
    titles = [r.title for r in response.context["results"]]
    assert titles and titles[0] == "Our Epidemic of Loneliness and Isolation"


def test_search_vector_is_kept_current_on_save(on_postgres):
    if not on_postgres:
        pytest.skip("stored search vectors exist on PostgreSQL only")
    resource = ResourceFactory(title="Original words")
    assert Resource.objects.search("original").exists()
    resource.title = "Replacement wording"
    resource.save()
    assert not Resource.objects.search("original").exists()
    assert Resource.objects.search("replacement").exists()


def test_clean_query_bounds_and_strips_control_characters():
    assert clean_query("a\x00b\x07c") == "a b c"
    assert len(clean_query("x" * 5000)) == 200


def test_highlight_escapes_markup():
    html = highlight("<b>loneliness</b> & more", "loneliness")
    assert html == "&lt;b&gt;<mark>loneliness</mark>&lt;/b&gt; &amp; more"


def _redis_reachable():
    import socket

    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=1).close()
        return True
    except OSError:
        return False


@pytest.fixture(params=["locmem", "redis"])
def search_cache(request, settings):
    import os

    if request.param == "redis":
        if not _redis_reachable():
            if os.environ.get("CI") == "true":
                pytest.fail("Redis at 127.0.0.1:6379 is unreachable in CI")
            pytest.skip("Redis at 127.0.0.1:6379 is not running")
        settings.CACHES = {
            "default": {
                "BACKEND": "django.core.cache.backends.redis.RedisCache",
                "LOCATION": "redis://127.0.0.1:6379/15",
                "KEY_PREFIX": f"test-{os.getpid()}",
            }
        }
    else:
        settings.CACHES = {
            "default": {
                "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                "LOCATION": "search-test",
            }
        }
    settings.SEARCH_CACHE_SECONDS = 60
    from django.core.cache import cache

    cache.clear()
    yield cache
    cache.clear()


def test_search_pages_are_cached_and_invalidated_by_any_change(
    client, search_cache, django_assert_max_num_queries
):
    resource = ResourceFactory(title="Loneliness toolkit")
    first = client.get("/search/?q=loneliness")
    assert "<mark>Loneliness</mark> toolkit" in first.content.decode()
    with django_assert_max_num_queries(0):  # served from the cache
        again = client.get("/search/?q=loneliness")
    assert again.content == first.content
    resource.status = "draft"
    resource.save()  # unpublishing bumps the generation: no stale result
    after = client.get("/search/?q=loneliness")
    assert "toolkit" not in after.content.decode()
    assert client.get("/es/search/?q=loneliness").content != after.content  # per language


def test_highlighting_never_lands_inside_an_entity():
    html = highlight("students' corner & more", "x27 amp")
    assert html == "students&#x27; corner &amp; more"


def test_cached_search_pages_use_site_url_whatever_the_host(client, search_cache, settings):
    settings.ALLOWED_HOSTS = ["testserver", "other.example"]
    ResourceFactory(title="Loneliness guide")
    client.get("/search/?q=loneliness")
    other = client.get("/search/?q=loneliness", HTTP_HOST="other.example").content.decode()
    assert "http://testserver/search/" in other  # SITE_URL, never the Host header
    assert "other.example" not in other


def test_unpublishing_from_the_admin_list_drops_cached_results(staff_client, search_cache):
    resource = ResourceFactory(title="Loneliness guide")
    assert "guide" in staff_client.get("/search/?q=loneliness").content.decode()
    staff_client.post(
        "/admin/resources/resource/", {"action": "unpublish", "_selected_action": [resource.pk]}
    )
    assert "guide" not in staff_client.get("/search/?q=loneliness").content.decode()


def test_search_ignores_accents_on_postgres(client, on_postgres):
    if not on_postgres:
        pytest.skip("accent folding uses PostgreSQL's unaccent in the text search configuration")
    ResourceFactory(title="Guía para la reunión vecinal", language="es")
    ResourceFactory(title="Community meeting guide")
    for query in ("reunion", "reunión", "guia"):
        response = client.get(f"/search/?q={query}&type=resources")
        titles = [r.title for r in response.context["results"]]
        assert titles == ["Guía para la reunión vecinal"], query


def test_program_counts_agree_between_all_sections_and_the_programs_tab(client):
    ProgramFactory(title="Knitting circle")
    ProgramFactory(
        title="Knitting workshop (finished)",
        schedules=[
            {"frequency": "once", "start_date": timezone.localdate() - datetime.timedelta(days=9)}
        ],
    )
    everything = client.get("/search/?q=knitting")
    tab = client.get("/search/?q=knitting&type=programs")
    assert group(everything, "programs")["count"] == group(tab, "programs")["count"] == 1
    assert [p.title for p in tab.context["results"]] == ["Knitting circle"]


def test_very_common_words_list_newest_first_and_counts_stop_at_the_cap(
    client, on_postgres, monkeypatch
):
    """With more title matches than COUNT_LIMIT, the newest come first (a small limit
    here stands in for the thousand of production)."""
    from connection_hub.core import search

    monkeypatch.setattr(search, "COUNT_LIMIT", 3)
    for year in (2019, 2024, 2021, 2023, 2020, 2022):
        ResourceFactory(title=f"Garden notes {year}", published_on=datetime.date(year, 1, 1))
    ResourceFactory(
        title="Allotments",
        body="A garden in the body only.",
        published_on=datetime.date(2025, 1, 1),
    )
    response = client.get("/search/?q=garden&type=resources")
    titles = [r.title for r in response.context["results"]]
    if on_postgres:
        assert titles[:4] == [
            "Garden notes 2024",
            "Garden notes 2023",
            "Garden notes 2022",
            "Garden notes 2021",
        ]
    assert response.context["paginator"].count == 4  # 3 + 1: shown as "3+"
    assert "Library: 3+" in response.content.decode()
    all_sections = client.get("/search/?q=garden")
    assert [r.title for r in group(all_sections, "resources")["items"]][0] == (
        "Garden notes 2024" if on_postgres else titles[0]
    )
