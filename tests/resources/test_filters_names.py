"""The library's tag filter takes what a resident reads on a chip, not only the slug."""

import pytest

from tests.factories import PracticeFactory, ResourceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def tagged():
    ResourceFactory(title="Lunch club guide", tags=["older adults", "food"])
    ResourceFactory(title="Grandparents reading", tags=["Older Adults Network"])
    ResourceFactory(title="Youth mentoring", tags=["youth"])
    PracticeFactory(title="Call a friend", tags=["older adults"])


def titles(response):
    return sorted(r.title for r in response.context["resources"])


@pytest.mark.parametrize(
    "typed",
    [
        "older-adults",
        "older adults",
        "Older Adults",
        "OLDER ADULTS",
        "#older adults",
        " older adults ",
    ],
)
def test_tag_filter_accepts_the_slug_or_the_name_in_any_case(client, tagged, typed):
    response = client.get("/resources/", {"tag": typed})
    assert response.status_code == 200
    assert titles(response) == ["Lunch club guide"]


def test_the_chip_a_resident_reads_leads_to_its_resources(client, tagged):
    html = client.get("/resources/").content.decode()
    assert "#older adults" in html
    # What the chip says, typed into the tag box, finds what the chip's link finds.
    by_name = titles(client.get("/resources/", {"tag": "older adults"}))
    by_link = titles(client.get("/resources/?tag=older-adults"))
    assert by_name == by_link == ["Lunch club guide"]


@pytest.mark.parametrize("typed", ["older", "adults", "older adult", "#", "zzz"])
def test_part_of_a_name_or_an_unknown_tag_finds_nothing(client, tagged, typed):
    response = client.get("/resources/", {"tag": typed})
    assert response.status_code == 200
    assert titles(response) == ([] if typed != "#" else titles(client.get("/resources/")))
