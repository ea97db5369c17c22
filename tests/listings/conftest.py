import datetime

import pytest
from django.utils import timezone

from tests.factories import HostFactory, ProgramFactory, ResourceFactory, TopicFactory
from tests.staff.conftest import inline, messages_of, sign_in  # noqa: F401 - fixtures

__all__ = ["inline", "messages_of", "sign_in"]


def days_ago(n):
    return timezone.localdate() - datetime.timedelta(days=n)


@pytest.fixture
def listing_settings(settings):
    settings.VERIFY_PROGRAMS_DAYS = 180
    settings.VERIFY_RESOURCES_DAYS = 365
    settings.CONTACT_REMINDER_INTERVAL_DAYS = 14
    settings.CONTACT_LINK_MAX_AGE_DAYS = 30
    settings.SUGGESTIONS_PER_HOUR = 5
    return settings


@pytest.fixture
def directory(db, listing_settings):
    """Two hosts; stale, fresh and never-checked programs and resources."""
    topic = TopicFactory(title="Belonging", slug="belonging")
    other_topic = TopicFactory(title="Grief", slug="grief")
    garden_host = HostFactory(name="Eastside Gardeners", email="hello@eastside.example")
    choir_host = HostFactory(name="River Choir", email="sing@river.example")
    return {
        "topic": topic,
        "garden_host": garden_host,
        "choir_host": choir_host,
        "stale_garden": ProgramFactory(
            title="Stale garden",
            host=garden_host,
            topics=[topic],
            verified_on=days_ago(400),
            contact_email="rosa@eastside.example",
        ),
        "never_garden": ProgramFactory(
            title="Never-checked garden", host=garden_host, verified_on=None
        ),
        "fresh_garden": ProgramFactory(
            title="Fresh garden", host=garden_host, verified_on=days_ago(10)
        ),
        "stale_choir": ProgramFactory(
            title="Stale choir",
            host=choir_host,
            topics=[other_topic],
            verified_on=days_ago(200),
        ),
        "draft_choir": ProgramFactory(
            title="Draft choir", host=choir_host, verified_on=None, status="draft"
        ),
        "stale_resource": ResourceFactory(
            title="Stale report", topics=[topic], verified_on=days_ago(500)
        ),
        "fresh_resource": ResourceFactory(title="Fresh report", verified_on=days_ago(100)),
    }
