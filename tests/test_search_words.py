"""Search like people type: whole words, accents, suggestions, synonyms, partial matches.

Every test runs on the database the suite runs on (SQLite by default, PostgreSQL with
DATABASE_URL), and says the same thing on both.
"""

import pytest

from connection_hub.core.models import Synonym
from tests.factories import (
    AudienceFactory,
    PracticeFactory,
    ProgramFactory,
    ResourceFactory,
    TopicFactory,
)

from .staff.conftest import messages_of, sign_in  # noqa: F401 (a fixture)

pytestmark = pytest.mark.django_db


def titles(client, query, section="resources", prefix=""):
    response = client.get(f"{prefix}/search/", {"q": query, "type": section})
    assert response.status_code == 200
    return [item.title for item in response.context["results"]]


def page(client, query, prefix=""):
    response = client.get(f"{prefix}/search/", {"q": query})
    assert response.status_code == 200
    return response


def test_whole_words_only(client):
    ResourceFactory(title="Mental health first aid", summary="Recommended for commenters.")
    ResourceFactory(title="A walking group for men", summary="Weekly, from the library.")
    assert titles(client, "men") == ["A walking group for men"]
    assert titles(client, "ment") == ["Mental health first aid"]  # a prefix of four letters


def test_a_single_letter_finds_nothing_by_prefix(client):
    ResourceFactory(title="Xylophone circle", summary="Extra mallets provided.")
    ResourceFactory(title="Box gardens", summary="Boxes to grow herbs.")
    response = page(client, "x")
    assert response.context["total"] == 0
    assert "Nothing matched" in response.content.decode()


def test_the_last_word_may_be_the_start_of_a_word(client):
    ResourceFactory(title="Community gardens for everyone", summary="Grow food together.")
    ResourceFactory(title="Garden safety", summary="Gloves and tools.", body="Ask a neighbour.")
    assert sorted(titles(client, "garde")) == ["Community gardens for everyone", "Garden safety"]
    assert titles(client, "community garde") == ["Community gardens for everyone"]
    assert titles(client, "commun") == ["Community gardens for everyone"]
    # Only the last word: "commun gardens" needs the word "commun", which no row has.
    html = page(client, "commun gardens").content.decode()
    assert "No results for all of “commun gardens”; showing results for “gardens”." in html


def test_plurals_match_their_singular(client):
    ResourceFactory(title="Lanterns on the river", summary="An evening walk.")
    assert titles(client, "lantern walks") == ["Lanterns on the river"]


@pytest.mark.parametrize("query", ["reunion", "reunión", "REUNIÓN"])
def test_accents_do_not_matter_either_way(client, query):
    ResourceFactory(title="Guía para la reunión vecinal", language="es")
    ResourceFactory(title="Family reunion picnic")
    ResourceFactory(title="Community meeting guide")
    assert sorted(titles(client, query)) == [
        "Family reunion picnic",
        "Guía para la reunión vecinal",
    ]


def test_highlighting_marks_whole_words_with_their_accents(client):
    ResourceFactory(title="Guía para la reunión vecinal", language="es")
    ResourceFactory(title="Mental health for men")
    html = page(client, "reunion").content.decode()
    assert "<mark>reunión</mark> vecinal" in html
    html = page(client, "men").content.decode()
    assert "Mental health for <mark>men</mark>" in html
    assert "<mark>Men</mark>tal" not in html


@pytest.fixture
def library():
    topic = TopicFactory(title="Loneliness in later life", summary="Growing older alone.")
    ResourceFactory(
        title="Our epidemic of loneliness and isolation",
        summary="The Surgeon General's advisory on loneliness.",
        topics=[topic],
    )
    ResourceFactory(title="Community gardens", summary="Growing food with neighbours.")
    return topic


def test_did_you_mean_for_a_misspelled_word(client, library):
    response = page(client, "lonelyness")
    html = response.content.decode()
    assert response.context["suggestion"] == "loneliness"
    assert 'Did you mean <a href="/search/?q=loneliness">loneliness</a>?' in html
    followed = page(client, "loneliness")
    assert [r.title for r in next(g for g in followed.context["groups"])["items"]] == [
        "Our epidemic of loneliness and isolation"
    ]
    assert "Did you mean" not in followed.content.decode()  # a correct word: no suggestion


def test_did_you_mean_keeps_the_section_and_the_words_that_matched(client, library):
    response = client.get("/search/", {"q": "gardens lonelyness", "type": "resources"})
    assert response.context["suggestion"] == "gardens loneliness"
    assert "q=gardens+loneliness&amp;type=resources" in response.content.decode()


def test_no_suggestion_for_a_word_that_is_known(client, library):
    response = page(client, "gardens")
    assert "suggestion" not in response.context
    response = page(client, "qwxzv")  # nothing close either
    assert "suggestion" not in response.context
    assert response.context["total"] == 0


def test_not_every_word_matched_is_said_with_the_words_escaped(client, library):
    response = page(client, "loneliness zzzz")
    html = response.content.decode()
    assert response.context["total"] > 0
    assert "No results for all of “loneliness zzzz”; showing results for “loneliness”." in html
    html = page(client, "<b>loneliness</b> zzzz").content.decode()
    assert "No results for all of “&lt;b&gt;loneliness&lt;/b&gt; zzzz”" in html
    assert "<b>loneliness" not in html


def test_every_word_found_but_never_together_is_said_too(client, library):
    html = page(client, "loneliness gardens").content.decode()
    assert "showing results with some of these words" in html
    html = page(client, "community gardens").content.decode()  # both in one title
    assert "No results for all of" not in html


@pytest.fixture
def synonyms():
    for term, meanings, language in [
        ("seniors", "older adults", ""),
        ("soledad", "loneliness", "es"),
        ("lonely", "loneliness", ""),
        ("isolated", "loneliness, social isolation", ""),
        ("new in town", "newcomers, making friends", ""),
    ]:
        Synonym.objects.create(term=term, meanings=meanings, language=language)


def test_seniors_finds_a_program_for_older_adults(client, synonyms):
    ProgramFactory(title="Lunch club for older adults", summary="A hot meal and company.")
    ProgramFactory(title="Teen coding club", summary="Learn to build games.")
    assert titles(client, "seniors", "programs") == ["Lunch club for older adults"]


def test_a_spanish_synonym_applies_to_searches_in_spanish(client, synonyms):
    ResourceFactory(title="Loneliness: a guide", summary="What helps.")
    assert titles(client, "soledad", prefix="/es") == ["Loneliness: a guide"]
    assert titles(client, "soledad") == []  # a Spanish synonym, an English search


def test_a_librarian_adds_a_synonym_in_the_admin_and_search_uses_it(client, sign_in):  # noqa: F811
    ProgramFactory(title="Youth art night", summary="Paint and music.")
    assert titles(client, "teens", "programs") == []
    sign_in("Librarians")
    response = client.post(
        "/admin/core/synonym/add/", {"term": "Teens", "meanings": "youth, young people"}
    )
    assert response.status_code == 302, messages_of(response)
    synonym = Synonym.objects.get()
    assert synonym.key == "teens"
    assert synonym.history.count() == 1
    assert titles(client, "teens", "programs") == ["Youth art night"]
    form = client.get("/admin/core/synonym/add/").content.decode()
    assert "separated by commas" in form  # help text beside the field
    duplicate = client.post("/admin/core/synonym/add/", {"term": "TEENS", "meanings": "kids"})
    assert duplicate.status_code == 200
    assert "already has synonyms" in duplicate.content.decode()


def test_an_editor_may_change_and_delete_synonyms(client, sign_in):  # noqa: F811
    synonym = Synonym.objects.create(term="elders", meanings="older adults")
    sign_in("Editors")
    assert client.get(f"/admin/core/synonym/{synonym.pk}/change/").status_code == 200
    response = client.post(f"/admin/core/synonym/{synonym.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert not Synonym.objects.exists()


def test_organizers_do_not_manage_synonyms(client, sign_in):  # noqa: F811
    sign_in("Organizers")
    assert client.get("/admin/core/synonym/add/").status_code == 403


@pytest.fixture
def programs_by_topic():
    later_life = TopicFactory(title="Loneliness in later life")
    newcomers = TopicFactory(title="Belonging for newcomers")
    ProgramFactory(
        title="Tuesday lunch club",
        summary="A hot meal at the community centre.",
        topics=[later_life],
        audiences=[AudienceFactory(slug="older-adults", name="Older adults")],
    )
    ProgramFactory(
        title="Conversation café",
        summary="Practise English over coffee.",
        topics=[newcomers],
        tags=["immigrants"],
    )
    ProgramFactory(title="Chess in the park", summary="Bring a board.", category="social_meetup")
    PracticeFactory(title="Call a friend", summary="Five minutes that help with loneliness.")


@pytest.mark.parametrize(
    "query, expected",
    [
        ("loneliness", ["Tuesday lunch club"]),  # its topic
        ("lonely", ["Tuesday lunch club"]),  # a synonym of the topic's word
        ("isolated", ["Tuesday lunch club"]),
        ("new in town", ["Conversation café"]),  # a phrase: newcomers
        ("immigrants", ["Conversation café"]),  # a tag
        ("older adults", ["Tuesday lunch club"]),  # an audience
        ("meetup", ["Chess in the park"]),  # the category's name ("Social meetup")
    ],
)
def test_feeling_words_find_programs(client, synonyms, programs_by_topic, query, expected):
    assert titles(client, query, "programs") == expected


def test_a_program_is_found_by_a_topic_added_later(client, programs_by_topic):
    program = ProgramFactory(title="Walk and talk", summary="Every Saturday.")
    assert titles(client, "newcomers", "programs") == ["Conversation café"]
    program.topics.add(TopicFactory(title="Walks for newcomers"))
    assert sorted(titles(client, "newcomers", "programs")) == ["Conversation café", "Walk and talk"]


def test_feeling_words_search_stays_at_a_fixed_number_of_queries(
    client, synonyms, django_assert_max_num_queries
):
    topic = TopicFactory(title="Loneliness in later life")
    for i in range(30):
        ProgramFactory(title=f"Club {i}", topics=[topic], tags=[f"tag{i}", "friendship"])
        ResourceFactory(title=f"Lonely no more {i}", tags=[f"tag{i}"])
    with django_assert_max_num_queries(30):
        response = client.get("/search/?q=lonely")
    groups = {g["key"]: g for g in response.context["groups"]}
    assert groups["programs"]["count"] == 30 and len(groups["programs"]["items"]) == 5
    assert groups["resources"]["count"] == 30 and len(groups["resources"]["items"]) == 5
    html = response.content.decode()
    assert html.count("<mark>Lonely</mark> no more") == 5
    with django_assert_max_num_queries(40):
        response = client.get("/search/?q=lonely&type=programs")
    assert len(response.context["results"]) == 20
    # The first misspelling after a change builds the vocabulary (a query per searched
    # model and related name); later ones only check which words were found (one query).
    with django_assert_max_num_queries(60):
        client.get("/search/?q=lonelyness+zzzz")
    with django_assert_max_num_queries(40):
        response = client.get("/search/?q=lonelyness+zzzy")  # another page, same vocabulary
    assert response.context["suggestion"] == "loneliness"
