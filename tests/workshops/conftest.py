from html.parser import HTMLParser

import pytest

from tests.factories import TopicFactory

NOTIFY = ["workshops@example.org"]


@pytest.fixture(autouse=True)
def workshop_settings(settings):
    settings.WORKSHOP_NOTIFY_EMAILS = NOTIFY
    settings.WORKSHOP_REQUESTS_PER_HOUR = 5


@pytest.fixture
def topics(db):
    return [
        TopicFactory(title="Belonging at work", slug="belonging-at-work"),
        TopicFactory(title="Loneliness in later life", slug="loneliness-later-life"),
    ]


@pytest.fixture
def form_data(topics):
    return {
        "name": "Rosa Méndez",
        "email": "rosa@example.org",
        "phone": "+1 (805) 555-0142",
        "organization": "Eastside Library Friends",
        "role": "Volunteer coordinator",
        "topics": [str(topics[0].pk)],
        "format": "in_person",
        "preferred_dates": "Weekday evenings in March",
        "group_size": "24",
        "town": "Santa Barbara",
        "message": "Our reading circle would like a session on belonging.",
        "heard_from": "A flyer at the library",
        "website": "",
    }


@pytest.fixture
def submit(client, django_capture_on_commit_callbacks):
    """POST the form and run what waits for the commit (the queued emails)."""

    def post(data, path="/workshops/request/", address="203.0.113.7", **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(path, data, REMOTE_ADDR=address, **kwargs)

    return post


class ElementsById(HTMLParser):
    """Every element's attributes by id, and the text of every element with an id."""

    def __init__(self, html):
        super().__init__()
        self.attrs = {}
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.attrs[attrs["id"]] = {"tag": tag, **attrs}


def elements(response):
    return ElementsById(response.content.decode()).attrs
