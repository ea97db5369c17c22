"""Load the demo content. Idempotent: a second run changes nothing.

Every object is matched by its slug (sections by topic and position), so running
the command again updates in place rather than duplicating.
"""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from connection_hub.core.i18n import language_codes, localized_field
from connection_hub.core.models import Status
from connection_hub.core.search import refresh_search_vectors
from connection_hub.core.synonyms import load_demo_synonyms
from connection_hub.demo import content, programs_data
from programs.models import (
    AccessibilityFeature,
    Audience,
    Cancellation,
    Host,
    Language,
    Program,
    Schedule,
)
from programs.models import Venue as VenueModel
from programs.services import refresh_sessions
from resources.models import Practice, Publisher, Resource, Topic, TopicSection


def _translated(item, field):
    """``{column: text}`` for ``field`` in every language: the demo data writes the
    default language as ``field`` and the others as ``field_<code>``."""
    values = {localized_field(field): item.get(field, "")}
    for code in language_codes():
        if code != settings.LANGUAGE_CODE:
            values[localized_field(field, code)] = item.get(f"{field}_{code}", "")
    return values


def _set_tags(obj, names):
    current = sorted(t.name for t in obj.tags.all())
    if current != sorted(names):
        obj.tags.set(names, clear=True)


def _update(model, lookup, values):
    """update_or_create that leaves unchanged rows untouched (no new updated_at)."""
    obj = model.objects.filter(**lookup).first()
    if obj is None:
        return model.objects.create(**lookup, **values), True
    changed = [k for k, v in values.items() if getattr(obj, k) != v]
    if changed:
        for k in changed:
            setattr(obj, k, values[k])
        obj.save()
    return obj, False


def _load_named(model, key, items, ordered=False):
    """Staff-editable name lists (audiences, languages, ...), by their key."""
    loaded = {}
    for order, item in enumerate(items):
        values = _translated(item, "name")
        if ordered:
            values["order"] = order
        loaded[item[key]], _ = _update(model, {key: item[key]}, values)
    return loaded


def _set_m2m(manager, objs):
    if {o.pk for o in manager.all()} != {o.pk for o in objs}:
        manager.set(objs)


class Command(BaseCommand):
    help = "Load (or refresh) the demo library, toolkit and program directory."

    @transaction.atomic
    def handle(self, *args, **options):
        created = {"publishers": 0, "topics": 0, "resources": 0, "practices": 0}
        publishers = {}
        for data in content.PUBLISHERS:
            if data.get("site"):  # the site itself, publisher of its original stories
                values = {"name": settings.SITE_NAME, "url": settings.SITE_URL}
            else:
                values = {"name": data["name"], "url": data["url"]}
            obj, new = _update(Publisher, {"slug": data["slug"]}, values)
            publishers[obj.slug] = obj
            created["publishers"] += new

        topics = {}
        for data in content.TOPICS:
            obj, new = _update(
                Topic,
                {"slug": data["slug"]},
                {
                    **_translated(data, "title"),
                    **_translated(data, "summary"),
                    **_translated(data, "intro"),
                    "featured": data.get("featured", False),
                    "order": len(topics),
                    "status": Status.PUBLISHED,
                },
            )
            topics[obj.slug] = obj
            created["topics"] += new
            for position, section in enumerate(data["sections"], start=1):
                _update(
                    TopicSection,
                    {"topic": obj, "order": position},
                    {
                        **_translated(section, "heading"),
                        **_translated(section, "body"),
                    },
                )
            obj.sections.filter(order__gt=len(data["sections"])).delete()

        for data in content.RESOURCES:
            published_on = data.get("published_on")
            obj, new = _update(
                Resource,
                {"slug": data["slug"]},
                {
                    **_translated(data, "title"),
                    **_translated(data, "summary"),
                    **_translated(data, "body"),
                    "kind": data["kind"],
                    "publisher": publishers.get(data.get("publisher")),
                    "published_on": (
                        datetime.date.fromisoformat(published_on) if published_on else None
                    ),
                    "url": data.get("url", ""),
                    "language": data.get("language", "en"),
                    "status": Status.PUBLISHED,
                },
            )
            created["resources"] += new
            _set_m2m(obj.topics, [topics[s] for s in data.get("topics", []) if s in topics])
            _set_tags(obj, data.get("tags", []))

        for data in content.PRACTICES:
            obj, new = _update(
                Practice,
                {"slug": data["slug"]},
                {
                    **_translated(data, "title"),
                    **_translated(data, "summary"),
                    **_translated(data, "steps"),
                    **_translated(data, "suits"),
                    "duration_minutes": data["duration_minutes"],
                    "format": data["format"],
                    "setting": data.get("setting", "either"),
                    "media_url": data.get("media_url", ""),
                    "status": Status.PUBLISHED,
                },
            )
            created["practices"] += new
            _set_m2m(obj.topics, [topics[s] for s in data.get("topics", []) if s in topics])
            _set_tags(obj, data.get("tags", []))

        extra = self.load_programs()
        created.update(extra)
        self.refresh_search()
        created["synonyms"] = load_demo_synonyms()
        summary = ", ".join(f"{n} new {k}" for k, n in created.items())
        self.stdout.write(self.style.SUCCESS(f"Demo content loaded ({summary})."))

    def load_programs(self):
        today = timezone.localdate()
        created = {"programs": 0}
        audiences = _load_named(Audience, "slug", programs_data.AUDIENCES, ordered=True)
        features = _load_named(AccessibilityFeature, "slug", programs_data.ACCESSIBILITY)
        languages = _load_named(Language, "code", programs_data.LANGUAGES)
        hosts = {}
        for item in programs_data.HOSTS:
            hosts[item["slug"]], _ = _update(
                Host,
                {"slug": item["slug"]},
                {k: item.get(k, "") for k in ("name", "description", "website", "email", "phone")},
            )
        venues = {}
        for item in programs_data.VENUES:
            venue, _ = _update(
                VenueModel,
                {"slug": item["slug"]},
                {
                    "name": item["name"],
                    "street": item.get("street", ""),
                    "city": item["city"],
                    "state": item.get("state", ""),
                    "postal_code": item.get("postal_code", ""),
                    **_translated(item, "directions"),
                },
            )
            _set_m2m(venue.accessibility, [features[s] for s in item.get("accessibility", [])])
            venues[item["slug"]] = venue

        topics = {t.slug: t for t in Topic.objects.all()}
        practices = {p.slug: p for p in Practice.objects.all()}
        for index, item in enumerate(programs_data.PROGRAMS):
            program, new = _update(
                Program,
                {"slug": item["slug"]},
                {
                    **_translated(item, "title"),
                    **_translated(item, "summary"),
                    **_translated(item, "description"),
                    **_translated(item, "how_to_join"),
                    **_translated(item, "cost_description"),
                    "category": item["category"],
                    "host": hosts[item["host"]],
                    "venue": venues.get(item.get("venue")),
                    "format": item["format"],
                    "online_url": item.get("online_url", ""),
                    "is_free": item["is_free"],
                    "registration_url": item.get("registration_url", ""),
                    "contact_email": item.get("contact_email", ""),
                    "contact_phone": item.get("contact_phone", ""),
                    "verified_on": today - datetime.timedelta(days=3 + (index * 7) % 90),
                    "status": Status.PUBLISHED,
                },
            )
            created["programs"] += new
            _set_m2m(program.audiences, [audiences[s] for s in item.get("audiences", [])])
            _set_m2m(program.languages, [languages[c] for c in item.get("languages", [])])
            _set_m2m(program.accessibility, [features[s] for s in item.get("accessibility", [])])
            _set_m2m(program.topics, [topics[s] for s in item.get("topics", []) if s in topics])
            _set_m2m(
                program.practices,
                [practices[s] for s in item.get("practices", []) if s in practices],
            )
            _set_tags(program, item.get("tags", []))

            schedules = []
            for rule in item["schedules"]:
                end = rule.get("end")
                schedule, _ = _update(
                    Schedule,
                    {
                        "program": program,
                        "start_date": today + datetime.timedelta(days=rule["start"]),
                        "start_time": datetime.time.fromisoformat(rule["start_time"]),
                    },
                    {
                        "frequency": rule["frequency"],
                        "end_date": today + datetime.timedelta(days=end)
                        if end is not None
                        else None,
                        "end_time": (
                            datetime.datetime.combine(
                                today, datetime.time.fromisoformat(rule["start_time"])
                            )
                            + datetime.timedelta(minutes=rule["duration_minutes"])
                        ).time(),
                        "monthly_position": rule.get("monthly_position"),
                    },
                )
                schedules.append(schedule)
            program.schedules.exclude(pk__in=[s.pk for s in schedules]).delete()

            # Cancelled dates are given roughly; snap each to the nearest real session.
            wanted = []
            for offset in item.get("cancelled", []):
                target = today + datetime.timedelta(days=offset)
                dates = [
                    d.date()
                    for s in schedules
                    for d in s.rule().between(
                        datetime.datetime.combine(
                            target - datetime.timedelta(days=20), datetime.time.min
                        ),
                        datetime.datetime.combine(
                            target + datetime.timedelta(days=20), datetime.time.max
                        ),
                    )
                ]
                if dates:
                    wanted.append(min(dates, key=lambda d: abs((d - target).days)))
            for date in wanted:
                Cancellation.objects.get_or_create(
                    program=program, date=date, defaults={"reason": "Venue closed that day"}
                )
            program.cancellations.exclude(date__in=wanted).delete()
        refresh_sessions(programs=Program.objects.all())
        return created

    def refresh_search(self):

        # Saved rows refresh their own vectors; this fills any written before search existed.
        for model in (Topic, Resource, Practice, Program):
            refresh_search_vectors(
                model.objects.filter(Q(search_vector__isnull=True) | Q(search_head__isnull=True))
            )
