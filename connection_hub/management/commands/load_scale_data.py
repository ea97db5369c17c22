"""Generate a large, realistic library and directory for benchmarks (bulk inserts).

`manage.py load_scale_data --resources 100000 --programs 2000` adds resources whose slugs
start with "scale-", spread over kinds, publishers, years, languages and tags, and
programs (slugs "scale-program-") with their hosts, venues, audiences, languages,
accessibility, topics, tags, schedules and a year of sessions; then computes their
search vectors with one UPDATE per batch. Run again and it only tops up to the numbers
asked for; `--clear` removes them. Later benchmarks reuse it.
"""

import datetime
import random
import time

from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.utils import timezone
from taggit.models import Tag

from connection_hub.core.i18n import in_every_language
from connection_hub.core.models import Status
from connection_hub.core.search import refresh_search_vectors
from programs.models import (
    AccessibilityFeature,
    Audience,
    Category,
    Frequency,
    Host,
    Language,
    Program,
    ProgramFormat,
    Schedule,
    Venue,
    site_zone,
    zip_centroid,
)
from programs.services import refresh_sessions
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


PROGRAM_FORMS = [
    "{S} circle in {place}",
    "{place} {s} meetup",
    "Drop-in {s} afternoons",
    "{S} for beginners",
    "Neighbours' {s} club",
    "{S} evenings at the library",
]
# Real ZIP codes (the directory's distance filter looks their centroids up offline).
POSTAL_CODES = ["45011", "45012", "45013", "45014", "45015", "45030", "45040"]
STREETS = ["Main Street", "Oak Avenue", "River Road", "Park Lane", "Elm Street", "Mill Road"]


class Command(BaseCommand):
    help = (
        "Bulk-generate scale-test resources (slugs 'scale-…') and programs "
        "(slugs 'scale-program-…')."
    )

    def add_arguments(self, parser):
        parser.add_argument("--resources", type=int, default=100_000)
        parser.add_argument("--programs", type=int, default=0)
        parser.add_argument("--batch", type=int, default=5_000)
        parser.add_argument("--seed", type=int, default=20261122)
        parser.add_argument("--clear", action="store_true", help="remove the generated rows")

    def handle(self, *args, resources, programs, batch, seed, clear, **options):
        if clear:
            self.clear()
            return
        started = time.perf_counter()
        added = self.load_resources(resources, batch, seed)
        added_programs = self.load_programs(programs, min(batch, 500), seed)
        self.tidy()
        self.stdout.write(
            self.style.SUCCESS(
                f"Loaded {added} resources and {added_programs} programs "
                f"in {time.perf_counter() - started:.1f}s."
            )
        )

    def clear(self):
        scale_programs = Program.objects.filter(slug__startswith="scale-program-")
        count, _ = scale_programs.delete()
        count += Venue.objects.filter(slug__startswith="scale-venue-").delete()[0]
        count += Host.objects.filter(slug__startswith="scale-host-").delete()[0]
        count += Resource.objects.filter(slug__startswith="scale-").delete()[0]
        self.stdout.write(f"Removed {count} rows.")

    # -- the library ----------------------------------------------------------------

    def load_resources(self, resources, batch, seed) -> int:
        scale = Resource.objects.filter(slug__startswith="scale-")
        have = scale.count()
        if have >= resources:
            self.stdout.write(f"{have} scale resources already present; nothing to add.")
            return 0
        rng = random.Random(seed + have)
        publishers = self._publishers()
        topics = self._topics()
        tags = self._tags()
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
            self.stdout.write(f"  {stop} / {resources} resources")
        return resources - have

    # -- the directory --------------------------------------------------------------

    def load_programs(self, programs, batch, seed) -> int:
        scale = Program.objects.filter(slug__startswith="scale-program-")
        have = scale.count()
        if have >= programs:
            if programs:
                self.stdout.write(f"{have} scale programs already present; nothing to add.")
            return 0
        rng = random.Random(seed + 1 + have)
        hosts = self._hosts(max(1, programs // 20))
        venues = self._venues(max(1, programs // 4), rng)
        audiences = list(Audience.objects.all())
        languages = list(Language.objects.all())
        features = list(AccessibilityFeature.objects.all())
        topics = self._topics()
        tags = self._tags()
        categories = Category.values
        today = timezone.localdate(timezone=site_zone())
        content_type = ContentType.objects.get_for_model(Program)
        through = {
            name: getattr(Program, name).through
            for name in ("audiences", "languages", "accessibility", "topics")
        }
        for start in range(have, programs, batch):
            stop = min(start + batch, programs)
            rows = []
            for n in range(start, stop):
                subject = rng.choice(SUBJECTS)
                place = rng.choice(PLACES)
                title = rng.choice(PROGRAM_FORMS).format(
                    s=subject, S=subject.capitalize(), place=place
                )
                kind = rng.random()
                program_format = (
                    ProgramFormat.IN_PERSON
                    if kind < 0.8
                    else ProgramFormat.ONLINE
                    if kind < 0.9
                    else ProgramFormat.HYBRID
                )
                online = program_format != ProgramFormat.IN_PERSON
                is_free = rng.random() < 0.7
                rows.append(
                    Program(
                        **in_every_language("title", f"{title} ({n})"),
                        slug=f"scale-program-{n}",
                        category=rng.choice(categories),
                        **in_every_language(
                            "summary",
                            rng.choice(SENTENCES).format(s=subject, place=place),
                        ),
                        **in_every_language(
                            "description",
                            " ".join(
                                rng.choice(SENTENCES).format(s=subject, place=place)
                                for _ in range(4)
                            ),
                        ),
                        **in_every_language("how_to_join", "Just come along; no sign-up needed."),
                        **in_every_language("cost_description", "" if is_free else "$5 a session"),
                        host=rng.choice(hosts),
                        venue=None
                        if program_format == ProgramFormat.ONLINE
                        else rng.choice(venues),
                        format=program_format,
                        online_url=f"https://meet.example/scale-{n}" if online else "",
                        is_free=is_free,
                        contact_email=f"program{n}@scale.example",
                        verified_on=today - datetime.timedelta(days=rng.randrange(200)),
                        status=Status.PUBLISHED,
                    )
                )
            with transaction.atomic():
                created = Program.objects.bulk_create(rows, batch_size=500)
                links = {
                    "audiences": ("audience", audiences, 2),
                    "languages": ("language", languages, 2),
                    "accessibility": ("accessibilityfeature", features, 3),
                    "topics": ("topic", topics, 2),
                }
                for name, (target, choices, most) in links.items():
                    if not choices:
                        continue
                    model = through[name]
                    model.objects.bulk_create(
                        [
                            model(program_id=p.pk, **{f"{target}_id": c.pk})
                            for p in created
                            for c in rng.sample(choices, rng.randint(1, min(most, len(choices))))
                        ],
                        batch_size=5000,
                    )
                Program.tags.through.objects.bulk_create(
                    [
                        Program.tags.through(object_id=p.pk, content_type=content_type, tag=tag)
                        for p in created
                        for tag in rng.sample(tags, 2)
                    ],
                    batch_size=5000,
                )
                Schedule.objects.bulk_create(
                    [
                        self._schedule(p, today, rng)
                        for p in created
                        for _ in range(1 if rng.random() < 0.8 else 2)
                    ],
                    batch_size=1000,
                )
                refresh_sessions(programs=created)
                refresh_search_vectors(Program.objects.filter(pk__in=[p.pk for p in created]))
            self.stdout.write(f"  {stop} / {programs} programs")
        return programs - have

    @staticmethod
    def _schedule(program, today, rng) -> Schedule:
        """A rule that has sessions in the coming year, with its weekday and position set
        (bulk_create skips Schedule.save, which fills them in)."""
        roll = rng.random()
        frequency = (
            Frequency.WEEKLY
            if roll < 0.5
            else Frequency.BIWEEKLY
            if roll < 0.7
            else Frequency.MONTHLY
            if roll < 0.9
            else Frequency.ONCE
        )
        if frequency == Frequency.ONCE:
            start_date = today + datetime.timedelta(days=rng.randrange(1, 90))
        else:
            start_date = today - datetime.timedelta(days=rng.randrange(0, 120))
        hour = rng.randrange(9, 20)
        starts = datetime.time(hour, rng.choice((0, 30)))
        ends = datetime.time(min(hour + rng.choice((1, 2)), 23), starts.minute)
        weekday = start_date.isoweekday()
        return Schedule(
            program=program,
            frequency=frequency,
            start_date=start_date,
            end_date=None if rng.random() < 0.8 else today + datetime.timedelta(days=200),
            start_time=starts,
            end_time=ends,
            weekday=None if frequency == Frequency.ONCE else weekday,
            monthly_position=rng.choice((1, 2, 3, 4, -1))
            if frequency == Frequency.MONTHLY
            else None,
        )

    def _hosts(self, count):
        existing = {h.slug: h for h in Host.objects.filter(slug__startswith="scale-host-")}
        missing = [
            Host(
                name=f"Scale Community Group {i}",
                slug=f"scale-host-{i}",
                email=f"host{i}@scale.example",
                website=f"https://host{i}.scale.example",
            )
            for i in range(count)
            if f"scale-host-{i}" not in existing
        ]
        Host.objects.bulk_create(missing)
        return list(Host.objects.filter(slug__startswith="scale-host-"))

    def _venues(self, count, rng):
        existing = set(
            Venue.objects.filter(slug__startswith="scale-venue-").values_list("slug", flat=True)
        )
        features = list(AccessibilityFeature.objects.all())
        missing = [
            self._with_coordinates(
                Venue(
                    name=f"{rng.choice(PLACES)} Community Room {i}",
                    slug=f"scale-venue-{i}",
                    street=f"{rng.randrange(1, 999)} {rng.choice(STREETS)}",
                    city=rng.choice(PLACES[:3]),
                    state="OH",
                    postal_code=rng.choice(POSTAL_CODES),
                    **in_every_language("directions", "Bus 4 stops outside; step-free side door."),
                )
            )
            for i in range(count)
            if f"scale-venue-{i}" not in existing
        ]
        created = Venue.objects.bulk_create(missing, batch_size=1000)
        if features:
            Venue.accessibility.through.objects.bulk_create(
                [
                    Venue.accessibility.through(venue_id=v.pk, accessibilityfeature_id=f.pk)
                    for v in created
                    for f in rng.sample(features, rng.randint(1, min(3, len(features))))
                ],
                batch_size=5000,
            )
        return list(Venue.objects.filter(slug__startswith="scale-venue-"))

    @staticmethod
    def _with_coordinates(venue):
        """What Venue.save does for one venue: the postal code's centre (distance filter)."""
        venue.latitude, venue.longitude = zip_centroid(venue.postal_code) or (None, None)
        return venue

    # -- shared -----------------------------------------------------------------------

    def _topics(self):
        return list(Topic.objects.all()) or [
            Topic.objects.create(title="Scale topic", slug="scale-topic", status=Status.PUBLISHED)
        ]

    def _tags(self):
        return [
            Tag.objects.get_or_create(name=s, defaults={"slug": s.replace(" ", "-")})[0]
            for s in SUBJECTS
        ]

    def tidy(self):
        if connection.vendor == "postgresql":
            # Fresh planner statistics and a visibility map (index-only counts), as
            # autovacuum would give a real library after a while.
            with connection.cursor() as cursor:
                for table in (
                    "resources_resource",
                    "resources_resource_topics",
                    "taggit_taggeditem",
                    "programs_program",
                    "programs_session",
                    "programs_schedule",
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
