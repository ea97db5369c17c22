"""A kit's public page, its share panel (QR code, handout, feed) and what the public may not see."""

import datetime
import json
import re
import xml.etree.ElementTree as ET

import numpy as np
import pytest
import zxingcpp
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from connection_hub.core.models import Status
from kits.models import KitItem
from tests.factories import PracticeFactory, ProgramFactory, ResourceFactory, TopicFactory
from tests.kits.factories import KitFactory

pytestmark = pytest.mark.django_db
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def kit():
    kit = KitFactory(
        slug="loneliness-101",
        title="Loneliness 101",
        introduction="Tonight we look at **why connection matters**.",
    )
    pages = [
        ResourceFactory(title="Our Epidemic of Loneliness", slug="advisory"),
        PracticeFactory(title="Call a friend", slug="call-a-friend"),
        ResourceFactory(title="Unfinished draft", slug="draft-guide", status=Status.DRAFT),
        ProgramFactory(title="Eastside garden", slug="eastside-garden"),
        TopicFactory(title="Connecting the Dots", slug="social-connection"),
        PracticeFactory(title="Old practice", slug="old-practice", status=Status.ARCHIVED),
    ]
    for order, page in enumerate(pages, start=1):
        KitItem.objects.create(
            kit=kit, order=order, note=f"Note {order}", **{page._meta.model_name: page}
        )
    return kit


def positions(html, *texts):
    return [html.index(text) for text in texts]


def test_public_page_shows_the_introduction_and_the_public_items_in_order(client, kit):
    response = client.get("/kits/loneliness-101/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<strong>why connection matters</strong>" in html
    found = positions(
        html,
        'href="/resources/advisory/"',
        'href="/practices/call-a-friend/"',
        'href="/programs/eastside-garden/"',
        'href="/topics/social-connection/"',
    )
    assert found == sorted(found)
    assert "Note 1" in html and "Note 5" in html
    assert "Unfinished draft" not in html and "Note 3" not in html
    assert "Old practice" not in html and "Note 6" not in html
    assert response.context["kit"].public_items[0].label == "Report"


def test_order_is_the_items_order_not_the_order_they_were_added(client, kit):
    KitItem.objects.filter(kit=kit, order=1).update(order=99)
    html = client.get("/kits/loneliness-101/").content.decode()
    practice, resource = positions(
        html, 'href="/practices/call-a-friend/"', 'href="/resources/advisory/"'
    )
    assert practice < resource


def test_draft_and_review_kits_are_404_archived_is_410(client, kit):
    for status in (Status.DRAFT, Status.REVIEW):
        kit.status = status
        kit.save()
        for url in ("/kits/loneliness-101/", "/kits/loneliness-101/qr.svg"):
            assert client.get(url).status_code == 404, (status, url)
        assert client.get("/kits/loneliness-101/handout/").status_code == 404
        assert client.get("/kits/loneliness-101/feed/").status_code == 404
    kit.status = Status.ARCHIVED
    kit.save()
    response = client.get("/kits/loneliness-101/")
    assert response.status_code == 410
    assert 'href="/topics/"' in response.content.decode()
    assert client.get("/kits/nope/").status_code == 404


def test_the_publishing_window_is_honoured(client, kit):
    kit.publish_from = timezone.now() + datetime.timedelta(hours=2)
    kit.save()
    assert client.get("/kits/loneliness-101/").status_code == 404
    kit.publish_from = timezone.now() - datetime.timedelta(hours=2)
    kit.unpublish_at = timezone.now() - datetime.timedelta(hours=1)
    kit.save()
    assert client.get("/kits/loneliness-101/").status_code == 404


def test_spanish_page_uses_the_translation_or_says_it_has_none(client, kit):
    html = client.get("/es/kits/loneliness-101/").content.decode()
    assert 'lang="en">Loneliness 101</h1>' in html
    assert "En este kit" in html and "Seguir este kit (RSS)" in html  # the page's own words
    assert "Loneliness 101" in html and 'role="note"' in html
    kit.title_es = "Soledad 101"
    kit.introduction_es = "Hoy vemos **por qué importa**."
    kit.save()
    item = kit.items.get(order=1)
    item.note_es = "Nota en español"
    item.save()
    html = client.get("/es/kits/loneliness-101/").content.decode()
    assert "<h1>Soledad 101</h1>" in html
    assert "<strong>por qué importa</strong>" in html and "Nota en español" in html
    assert 'role="note"' not in html
    assert 'src="/es/kits/loneliness-101/qr.svg"' in html
    assert client.get("/kits/loneliness-101/").content.decode().count("Soledad") == 0


def test_share_panel_has_the_clean_link_qr_code_handout_and_feed(client, kit):
    html = client.get("/kits/loneliness-101/?utm_source=slide").content.decode()
    assert 'readonly value="http://testserver/kits/loneliness-101/"' in html
    assert 'src="/kits/loneliness-101/qr.svg"' in html
    assert 'download="loneliness-101-qr.svg"' in html
    assert 'href="/kits/loneliness-101/handout/"' in html
    assert 'href="/kits/loneliness-101/feed/"' in html


def qr_matrix(svg):
    """Rasterise segno's SVG path (runs of 'h' segments) back into a module matrix
    (as tests/test_sharing.py does for a topic's code)."""
    root = ET.fromstring(svg)
    width = int(root.get("width"))
    path = root.find(f"{SVG}path")
    scale = float(re.search(r"scale\(([\d.]+)\)", path.get("transform")).group(1))
    size = int(width / scale)
    grid = np.full((size, size), 255, dtype=np.uint8)
    x = y = 0.0
    for command, a, b in re.findall(r"([MmHhVv])(-?[\d.]+)(?:\s+(-?[\d.]+))?", path.get("d")):
        if command == "M":
            x, y = float(a), float(b)
        elif command == "m":
            x, y = x + float(a), y + float(b)
        elif command == "h":
            length = float(a)
            grid[int(y), int(x) : int(x + length)] = 0
            x += length
    return np.kron(grid, np.ones((4, 4), dtype=np.uint8))


def test_qr_code_decodes_back_to_the_kit_url(client, kit):
    response = client.get("/kits/loneliness-101/qr.svg?utm=x")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("image/svg+xml")
    svg = response.content.decode()
    assert ET.fromstring(svg).findtext(f"{SVG}title") == "QR code for Loneliness 101"
    (result,) = zxingcpp.read_barcodes(qr_matrix(svg))
    assert result.text == "http://testserver/kits/loneliness-101/"
    spanish_svg = client.get("/es/kits/loneliness-101/qr.svg").content
    (spanish,) = zxingcpp.read_barcodes(qr_matrix(spanish_svg))
    assert spanish.text == "http://testserver/es/kits/loneliness-101/"
    assert client.get("/kits/nope/qr.svg").status_code == 404


def test_handout_lists_each_public_item_with_its_full_address(client, kit):
    response = client.get("/kits/loneliness-101/handout/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<meta name="robots" content="noindex">' in html
    assert "<strong>why connection matters</strong>" in html
    assert "http://testserver/kits/loneliness-101/" in html
    assert 'src="/kits/loneliness-101/qr.svg"' in html
    for url in (
        "http://testserver/resources/advisory/",
        "http://testserver/practices/call-a-friend/",
        "http://testserver/programs/eastside-garden/",
        "http://testserver/topics/social-connection/",
    ):
        assert url in html
    assert "Note 2" in html
    assert "draft-guide" not in html and "old-practice" not in html
    assert 'href="tel:988"' in html  # the crisis lines are on every printed page


def test_feed_lists_the_public_items_in_order_with_their_notes(client, kit):
    response = client.get("/kits/loneliness-101/feed/")
    assert response.status_code == 200
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("title").endswith("Loneliness 101")
    assert channel.findtext("description") == "Tonight we look at why connection matters."
    items = channel.findall("item")
    assert [i.findtext("title") for i in items] == [
        "Our Epidemic of Loneliness",
        "Call a friend",
        "Eastside garden",
        "Connecting the Dots",
    ]
    assert items[0].findtext("link") == "http://testserver/resources/advisory/"
    assert items[0].findtext("description").startswith("Note 1")
    assert len({i.findtext("guid") for i in items}) == 4
    atom = ET.fromstring(client.get("/kits/loneliness-101/feed/atom/").content)
    assert len(atom.findall("{http://www.w3.org/2005/Atom}entry")) == 4
    assert client.get("/kits/nope/feed/").status_code == 404


def test_json_ld_is_an_item_list_of_the_public_items(client, kit):
    html = client.get("/kits/loneliness-101/").content.decode()
    (block,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    data = json.loads(block)
    assert data["@type"] == "ItemList" and data["numberOfItems"] == 4
    assert data["itemListElement"][3] == {
        "@type": "ListItem",
        "position": 4,
        "name": "Connecting the Dots",
        "url": "http://testserver/topics/social-connection/",
    }


def test_a_kit_with_nothing_public_says_so(client):
    KitFactory(slug="empty", items=[ResourceFactory(status=Status.DRAFT)])
    response = client.get("/kits/empty/")
    assert response.status_code == 200
    assert "Nothing in this kit is on the site at the moment." in response.content.decode()


def test_kit_item_needs_exactly_one_page():
    kit = KitFactory()
    with pytest.raises(ValidationError) as none:
        KitItem(kit=kit).full_clean()
    assert list(none.value.message_dict) == ["resource"]
    with pytest.raises(ValidationError) as two:
        KitItem(kit=kit, resource=ResourceFactory(), topic=TopicFactory()).full_clean()
    assert sorted(two.value.message_dict) == ["resource", "topic"]


@pytest.mark.parametrize("pages", ["none", "two"])
def test_the_database_refuses_an_item_without_exactly_one_page(pages):
    kit = KitFactory()
    targets = {} if pages == "none" else {"resource": ResourceFactory(), "topic": TopicFactory()}
    with pytest.raises(IntegrityError), transaction.atomic():
        KitItem.objects.create(kit=kit, **targets)


def test_page_handout_and_feed_queries_do_not_grow_with_items(
    client, django_assert_max_num_queries
):
    makers = [ResourceFactory, PracticeFactory, ProgramFactory, TopicFactory]
    pages = [makers[i % 4]() for i in range(30)]
    pages += [ResourceFactory(status=Status.DRAFT), ProgramFactory(status=Status.DRAFT)]
    kit = KitFactory(slug="big", items=pages)
    for item in kit.items.all()[:5]:
        item.note = "Bring a pen."
        item.save()
    with django_assert_max_num_queries(2):
        response = client.get("/kits/big/")
    assert response.status_code == 200
    assert response.content.decode().count('<li id="item-') == 30
    with django_assert_max_num_queries(2):
        response = client.get("/kits/big/handout/")
    assert response.content.decode().count('<span class="url">') == 30
    with django_assert_max_num_queries(2):
        response = client.get("/kits/big/feed/")
    assert len(ET.fromstring(response.content).findall("./channel/item")) == 30
