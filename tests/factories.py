import datetime

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from connection_hub.core.models import Status
from programs.models import (
    AccessibilityFeature,
    Audience,
    Cancellation,
    Host,
    Language,
    Program,
    Schedule,
    Venue,
)
from programs.services import refresh_sessions
from resources.models import Practice, Publisher, Resource, Topic, TopicSection


def add_related(name):
    """``Factory(topics=[...])`` adds to a many-to-many (or tag) relation after saving."""

    def hook(obj, create, extracted, **kwargs):
        if create and extracted:
            getattr(obj, name).add(*extracted)

    return factory.PostGeneration(hook)


class PublisherFactory(DjangoModelFactory):
    class Meta:
        model = Publisher
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Publisher {n}")
    slug = factory.Sequence(lambda n: f"publisher-{n}")
    url = "https://example.org/"


class TopicFactory(DjangoModelFactory):
    class Meta:
        model = Topic

    title = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")
    summary = "A short summary."
    intro = "An **introduction**."
    status = Status.PUBLISHED


class TopicSectionFactory(DjangoModelFactory):
    class Meta:
        model = TopicSection

    topic = factory.SubFactory(TopicFactory)
    order = factory.Sequence(lambda n: n)
    heading = factory.Sequence(lambda n: f"Section {n}")
    body = "Section body."


class ResourceFactory(DjangoModelFactory):
    class Meta:
        model = Resource
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Resource {n}")
    slug = factory.Sequence(lambda n: f"resource-{n}")
    kind = "report"
    publisher = factory.SubFactory(PublisherFactory)
    published_on = factory.Sequence(
        lambda n: datetime.date(2020, 1, 1) + datetime.timedelta(days=n)
    )
    summary = "What this resource is about."
    url = "https://example.org/resource"
    status = Status.PUBLISHED

    tags = add_related("tags")

    topics = add_related("topics")


class PracticeFactory(DjangoModelFactory):
    class Meta:
        model = Practice
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Practice {n}")
    slug = factory.Sequence(lambda n: f"practice-{n}")
    summary = "Why to try it."
    steps = "1. Breathe.\n2. Call a friend."
    duration_minutes = 10
    format = "written"
    status = Status.PUBLISHED

    tags = add_related("tags")

    topics = add_related("topics")


# --- programs -------------------------------------------------------------------


class HostFactory(DjangoModelFactory):
    class Meta:
        model = Host

    name = factory.Sequence(lambda n: f"Host {n}")
    slug = factory.Sequence(lambda n: f"host-{n}")


class VenueFactory(DjangoModelFactory):
    class Meta:
        model = Venue

    name = factory.Sequence(lambda n: f"Venue {n}")
    slug = factory.Sequence(lambda n: f"venue-{n}")
    street = "1 Main Street"
    city = "Riverton"
    state = "OH"


class AudienceFactory(DjangoModelFactory):
    class Meta:
        model = Audience
        django_get_or_create = ("slug",)

    name = factory.LazyAttribute(lambda o: o.slug.replace("-", " ").capitalize())
    slug = factory.Sequence(lambda n: f"audience-{n}")


class LanguageFactory(DjangoModelFactory):
    class Meta:
        model = Language
        django_get_or_create = ("code",)

    code = "en"
    name = factory.LazyAttribute(lambda o: {"en": "English", "es": "Spanish"}.get(o.code, o.code))


class AccessibilityFeatureFactory(DjangoModelFactory):
    class Meta:
        model = AccessibilityFeature
        django_get_or_create = ("slug",)

    slug = "wheelchair-access"
    name = factory.LazyAttribute(lambda o: o.slug.replace("-", " ").capitalize())


class ProgramFactory(DjangoModelFactory):
    """A published program. Pass ``schedules=[dict(...)]`` to add rules; sessions are built."""

    class Meta:
        model = Program
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Program {n}")
    slug = factory.Sequence(lambda n: f"program-{n}")
    category = "garden"
    summary = "Meet neighbours."
    host = factory.SubFactory(HostFactory)
    venue = factory.SubFactory(VenueFactory)
    format = "in_person"
    is_free = True
    status = Status.PUBLISHED

    tags = add_related("tags")

    topics = add_related("topics")

    audiences = add_related("audiences")

    languages = add_related("languages")

    accessibility = add_related("accessibility")

    @factory.post_generation
    def schedules(self, create, extracted, **kwargs):
        if not create:
            return
        rules = extracted if extracted is not None else [{}]
        for rule in rules:
            ScheduleFactory(program=self, **rule)

    @factory.post_generation
    def cancelled(self, create, extracted, **kwargs):
        if create:
            for date in extracted or []:
                Cancellation.objects.create(program=self, date=date)
            refresh_sessions(programs=[self])


class ScheduleFactory(DjangoModelFactory):
    class Meta:
        model = Schedule

    program = factory.SubFactory(ProgramFactory)
    frequency = "weekly"
    start_date = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=1))
    start_time = datetime.time(18, 0)
    end_time = datetime.time(19, 30)
