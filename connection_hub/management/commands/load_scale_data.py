"""Generate a large, realistic library for benchmarks (bulk inserts).

`manage.py load_scale_data --resources 100000` adds resources whose slugs start with
"scale-", spread over kinds, publishers, years, languages and tags, then computes
their search vectors in one UPDATE. Run again and it only tops up to the number
asked for; `--clear` removes them. Later benchmarks reuse it.
"""

import datetime
import random
import time

from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand
from django.db import connection, transaction
from taggit.models import Tag

from connection_hub.core.i18n import in_every_language
from connection_hub.core.models import Status
from connection_hub.core.search import refresh_search_vectors
from resources.models import DocumentLanguage, Publisher, Resource, ResourceKind, Topic

SUBJECTS = [
    "loneliness",
    "social isolation",
    "belonging",
    "community gardens",
    "older adults",
    "youth mental health",
    "immigrant families",
    "caregivers",
    "rural communities",
    "volunteering",
    "libraries",
    "public parks",
    "neighbourhood design",
    "grief",
    "veterans",
    "disability inclusion",
    "digital inclusion",
    "intergenerational programs",
    "faith communities",
    "workplace wellbeing",
    "school connectedness",
    "housing stability",
    "civic participation",
    "friendship",
    "peer support",
    "arts and culture",
    "walking groups",
    "shared meals",
]
FORMS = [
    "A practical guide to {s}",
    "What we know about {s}",
    "{S} in {place}",
    "Measuring {s}: a review",
    "Stories of {s} from {place}",
    "Building {s} together",
    "Policy options for {s}",
    "{S} and health: new evidence",
    "Starting out with {s}",
    "Lessons from {place} on {s}",
]
PLACES = [
    "Riverton",
    "Millbrook",
    "Cedar Falls",
    "the Midwest",
    "small towns",
    "big cities",
    "the Pacific Northwest",
    "Appalachia",
    "the Gulf Coast",
    "New England",
]
SPANISH = [
    "soledad",
    "comunidad",
    "pertenencia",
    "familias inmigrantes",
    "personas mayores",
    "huertos comunitarios",
    "salud mental",
    "cuidadores",
    "voluntariado",
    "bibliotecas",
]
SENTENCES = [
    "It explains why {s} matters for health and what local groups can do about it.",
    "Drawing on interviews in {place}, it shows how small changes add up.",
    "The authors compare programs and name what made the strongest ones work.",
    "It offers checklists, conversation prompts and a short planning worksheet.",
    "Readers will find data on {s}, with charts that are easy to reuse.",
    "It is written for organizers, librarians, health workers and residents alike.",
]


class Command(BaseCommand):
    help = "Bulk-generate scale-test resources (slugs starting with 'scale-')."

    def add_arguments(self, parser):
        parser.add_argument("--resources", type=int, default=100_000)
        parser.add_argument("--batch", type=int, default=5_000)
        parser.add_argument("--seed", type=int, default=20261122)
        parser.add_argument("--clear", action="store_true", help="remove the generated rows")

    def handle(self, *args, resources, batch, seed, clear, **options):
        scale = Resource.objects.filter(slug__startswith="scale-")
        if clear:
            count, _ = scale.delete()
            self.stdout.write(f"Removed {count} rows.")
            return
        have = scale.count()
        if have >= resources:
            self.stdout.write(f"{have} scale resources already present; nothing to add.")
            self.tidy()
            return
        rng = random.Random(seed + have)
        started = time.perf_counter()
        publishers = self._publishers()
        topics = list(Topic.objects.all()) or [
            Topic.objects.create(title="Scale topic", slug="scale-topic", status=Status.PUBLISHED)
        ]
        tags = [
            Tag.objects.get_or_create(name=s, defaults={"slug": s.replace(" ", "-")})[0]
            for s in SUBJECTS
        ]
        kinds = ResourceKind.values
        through_topics = Resource.topics.through
        through_tags = Resource.tags.through
        content_type = ContentType.objects.get_for_model(Resource)
        for start in range(have, resources, batch):
            stop = min(start + batch, resources)
            rows = []
            for n in range(start, stop):
                spanish = rng.random() < 0.1
                subject = rng.choice(SPANISH if spanish else SUBJECTS)
                place = rng.choice(PLACES)
                title = rng.choice(FORMS).format(s=subject, S=subject.capitalize(), place=place)
                summary = " ".join(
                    rng.choice(SENTENCES).format(s=subject, place=place) for _ in range(2)
                )
                rows.append(
                    Resource(
                        **in_every_language("title", f"{title} ({n})"),
                        slug=f"scale-{n}",
                        kind=rng.choice(kinds),
                        publisher=rng.choice(publishers),
                        published_on=datetime.date(2005, 1, 1)
                        + datetime.timedelta(days=rng.randrange(7300)),
                        **in_every_language("summary", summary),
                        **in_every_language(
                            "body",
                            " ".join(
                                rng.choice(SENTENCES).format(s=rng.choice(SUBJECTS), place=place)
                                for _ in range(5)
                            ),
                        ),
                        language=DocumentLanguage.SPANISH if spanish else DocumentLanguage.ENGLISH,
                        url=f"https://example.org/library/{n}",
                        status=Status.PUBLISHED,
                    )
                )
            with transaction.atomic():
                created = Resource.objects.bulk_create(rows, batch_size=1000)
                through_topics.objects.bulk_create(
                    [
                        through_topics(resource_id=r.pk, topic_id=rng.choice(topics).pk)
                        for r in created
                    ],
                    batch_size=5000,
                )
                through_tags.objects.bulk_create(
                    [
                        through_tags(object_id=r.pk, content_type=content_type, tag=tag)
                        for r in created
                        for tag in rng.sample(tags, 2)
                    ],
                    batch_size=5000,
                )
                refresh_search_vectors(Resource.objects.filter(pk__in=[r.pk for r in created]))
            self.stdout.write(f"  {stop} / {resources}")
        self.tidy()
        self.stdout.write(
            self.style.SUCCESS(
                f"Loaded {resources - have} resources in {time.perf_counter() - started:.1f}s."
            )
        )

    def tidy(self):
        if connection.vendor == "postgresql":
            # Fresh planner statistics and a visibility map (index-only counts), as
            # autovacuum would give a real library after a while.
            with connection.cursor() as cursor:
                for table in (
                    "resources_resource",
                    "resources_resource_topics",
                    "taggit_taggeditem",
                ):
                    cursor.execute(f"VACUUM ANALYZE {table}")

    def _publishers(self):
        names = [
            "Scale Research Institute",
            "Scale County Health",
            "Scale Library Network",
            "Scale Aging Alliance",
            "Scale Youth Trust",
        ]
        return [
            Publisher.objects.get_or_create(slug=f"scale-{i}", defaults={"name": n})[0]
            for i, n in enumerate(names)
        ]
