"""Program listings that site-level templates embed (the home page)."""

from django import template

from programs import listings

register = template.Library()


@register.inclusion_tag("programs/_upcoming.html", takes_context=True)
def programs_this_week(context, limit=6):
    return {
        **listings.this_week(limit=limit),
        "request": context.get("request"),
        "LANGUAGE_CODE": context.get("LANGUAGE_CODE"),
    }
