import factory
from factory.django import DjangoModelFactory

from connection_hub.core.models import Status
from kits.models import Kit, KitItem
from tests.factories import ResourceFactory


class KitFactory(DjangoModelFactory):
    """A published kit. ``KitFactory(items=[resource, practice, ...])`` adds them in order."""

    class Meta:
        model = Kit
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Kit {n}")
    slug = factory.Sequence(lambda n: f"kit-{n}")
    introduction = "For the **Tuesday** class at the library."
    status = Status.PUBLISHED

    @factory.post_generation
    def items(self, create, extracted, **kwargs):
        if create:
            for order, page in enumerate(extracted or [], start=1):
                KitItem.objects.create(kit=self, order=order, **{page._meta.model_name: page})


class KitItemFactory(DjangoModelFactory):
    class Meta:
        model = KitItem

    kit = factory.SubFactory(KitFactory)
    order = factory.Sequence(lambda n: n)
    resource = factory.SubFactory(ResourceFactory)
