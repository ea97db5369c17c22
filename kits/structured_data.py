"""JSON-LD for a kit: an ItemList of the pages in it, in order."""

from connection_hub.core.structured_data import absolute, builder, compact
from connection_hub.core.templatetags.hub import plaintext

from .models import Kit


@builder(Kit)
def kit(obj, request, context):
    items = getattr(obj, "public_items", [])
    return compact(
        {
            "@context": "https://schema.org",
            "@type": "ItemList",
            "name": obj.title,
            "description": plaintext(obj.introduction),
            "url": absolute(request, obj.get_absolute_url()),
            "dateModified": obj.updated_at.isoformat(),
            "numberOfItems": len(items),
            "itemListElement": [
                {
                    "@type": "ListItem",
                    "position": position,
                    "name": item.target.title,
                    "url": absolute(request, item.target.get_absolute_url()),
                }
                for position, item in enumerate(items, start=1)
            ],
        }
    )
