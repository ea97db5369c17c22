"""JSON-LD for the library: resources as Report / Article / CreativeWork, practices as
HowTo, topics as CollectionPage."""

import html
import re

from connection_hub.core.structured_data import absolute, builder, compact, organization
from connection_hub.core.text import render_markdown

from .models import DocumentLanguage, Practice, PracticeFormat, Resource, ResourceKind, Topic

SCHEMA_TYPES = {
    ResourceKind.REPORT: "Report",
    ResourceKind.STORY: "Article",
    ResourceKind.RESEARCH: "Article",
    ResourceKind.FACT_SHEET: "Article",
    ResourceKind.POLICY_BRIEF: "Article",
}


@builder(Resource)
def resource(obj, request, context):
    data = {
        "@context": "https://schema.org",
        "@type": SCHEMA_TYPES.get(obj.kind, "CreativeWork"),
        "name": obj.title,
        "headline": obj.title[:110],
        "description": obj.summary,
        "url": absolute(request, obj.get_absolute_url()),
        "inLanguage": obj.language if obj.language != DocumentLanguage.OTHER else None,
        "genre": obj.get_kind_display(),
        "about": [t.title for t in obj.topics.all()],
        "keywords": ", ".join(t.name for t in obj.tags.all()),
    }
    if obj.published_on:
        data["datePublished"] = obj.published_on.isoformat()
    if obj.publisher:
        data["publisher"] = organization(obj.publisher.name, obj.publisher.url)
        data["author"] = organization(obj.publisher.name, obj.publisher.url)
    if obj.url:
        data["sameAs"] = obj.url
    return compact(data)


@builder(Practice)
def practice(obj, request, context):
    steps = re.findall(r"<li>(.*?)</li>", render_markdown(obj.steps), flags=re.S)
    return compact(
        {
            "@context": "https://schema.org",
            "@type": "HowTo",
            "name": obj.title,
            "description": obj.summary,
            "url": absolute(request, obj.get_absolute_url()),
            "totalTime": f"PT{obj.duration_minutes}M",
            "step": [
                {
                    "@type": "HowToStep",
                    "position": i,
                    "text": html.unescape(re.sub(r"<[^>]+>", "", step)).strip(),
                }
                for i, step in enumerate(steps, start=1)
            ],
            "video": {"@type": "VideoObject", "name": obj.title, "contentUrl": obj.media_url}
            if obj.format == PracticeFormat.VIDEO and obj.media_url
            else None,
        }
    )


@builder(Topic)
def topic(obj, request, context):
    return compact(
        {
            "@context": "https://schema.org",
            "@type": "CollectionPage",
            "name": obj.title,
            "description": obj.summary,
            "url": absolute(request, obj.get_absolute_url()),
            "dateModified": obj.updated_at.isoformat(),
        }
    )
