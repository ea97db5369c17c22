"""Load the demo content. Idempotent: a second run changes nothing.

Every object is matched by its slug (sections by topic and position), so running
the command again updates in place rather than duplicating.
"""

import datetime

from django.core.management.base import BaseCommand
from django.db import transaction

from connection_hub.demo import content
from connection_hub.models import Status
from resources.models import Practice, Publisher, Resource, Topic, TopicSection


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
            obj, new = _update(
                Publisher, {"slug": data["slug"]}, {"name": data["name"], "url": data["url"]}
            )
            publishers[obj.slug] = obj
            created["publishers"] += new

        topics = {}
        for data in content.TOPICS:
            obj, new = _update(
                Topic,
                {"slug": data["slug"]},
                {
                    "title_en": data["title"],
                    "title_es": data.get("title_es", ""),
                    "summary_en": data["summary"],
                    "summary_es": data.get("summary_es", ""),
                    "intro_en": data["intro"],
                    "intro_es": data.get("intro_es", ""),
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
                        "heading_en": section["heading"],
                        "heading_es": section.get("heading_es", ""),
                        "body_en": section["body"],
                        "body_es": section.get("body_es", ""),
                    },
                )
            obj.sections.filter(order__gt=len(data["sections"])).delete()

        for data in content.RESOURCES:
            published_on = data.get("published_on")
            obj, new = _update(
                Resource,
                {"slug": data["slug"]},
                {
                    "title_en": data["title"],
                    "title_es": data.get("title_es", ""),
                    "summary_en": data["summary"],
                    "summary_es": data.get("summary_es", ""),
                    "body_en": data.get("body", ""),
                    "body_es": data.get("body_es", ""),
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
                    "title_en": data["title"],
                    "title_es": data.get("title_es", ""),
                    "summary_en": data["summary"],
                    "summary_es": data.get("summary_es", ""),
                    "steps_en": data["steps"],
                    "steps_es": data.get("steps_es", ""),
                    "suits_en": data.get("suits", ""),
                    "suits_es": data.get("suits_es", ""),
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
        summary = ", ".join(f"{n} new {k}" for k, n in created.items())
        self.stdout.write(self.style.SUCCESS(f"Demo content loaded ({summary})."))

    def load_programs(self):
        return {}
