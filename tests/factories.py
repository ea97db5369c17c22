import datetime

import factory
from factory.django import DjangoModelFactory

from connection_hub.models import Status
from resources.models import Practice, Publisher, Resource, Topic, TopicSection


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

    @factory.post_generation
    def tags(self, create, extracted, **kwargs):
        if create and extracted:
            self.tags.add(*extracted)

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if create and extracted:
            self.topics.add(*extracted)


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

    @factory.post_generation
    def tags(self, create, extracted, **kwargs):
        if create and extracted:
            self.tags.add(*extracted)

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if create and extracted:
            self.topics.add(*extracted)
