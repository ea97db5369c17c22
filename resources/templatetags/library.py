"""Tags of the library's own templates."""

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from resources.hooks import topic_panels

register = template.Library()


@register.simple_tag(takes_context=True)
def topic_panels_for(context, topic, handout=False, limit=5):
    """Every panel other apps registered for topic pages, rendered in order."""
    html = []
    for panel in topic_panels():
        data = {
            **panel.context(topic, limit=limit),
            "topic": topic,
            "request": context.get("request"),
            "LANGUAGE_CODE": context.get("LANGUAGE_CODE"),
        }
        name = panel.handout_template if handout else panel.template
        html.append(render_to_string(name, data))
    return mark_safe("".join(html))  # rendered templates, autoescaped
