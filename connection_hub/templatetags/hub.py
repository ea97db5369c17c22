from django import template
from django.conf import settings
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe

from connection_hub.text import render_markdown

register = template.Library()


@register.filter(name="markdown")
def markdown_filter(text):
    """Render staff Markdown as sanitized HTML."""
    return mark_safe(render_markdown(text))  # noqa: S308 - sanitized by nh3


@register.filter
def plaintext(text):
    """Markdown source as plain text, for summaries and meta descriptions."""
    return strip_tags(render_markdown(text))


# Settings that templates may read. The footer and the quick-exit link read them
# through tags, not context processors, so 500.html renders with no context at all
# and nothing here touches the database.
PUBLIC_SETTINGS = {"SITE_NAME", "QUICK_EXIT_URL", "CRISIS_EMERGENCY_NUMBER"}


@register.simple_tag
def setting(name):
    if name not in PUBLIC_SETTINGS:
        raise template.TemplateSyntaxError(f"{name} is not a public setting")
    return getattr(settings, name, "")


@register.simple_tag
def crisis_lines():
    return settings.CRISIS_LINES


@register.filter
def crisis_href(action):
    """tel:/sms: link for a crisis-line action; sms bodies use the ?&body= form phones accept."""
    href = f"{action['kind']}:{action['target']}"
    if action.get("body"):
        href += f"?&body={action['body']}"
    return href


@register.simple_tag(takes_context=True)
def url_in_language(context, lang_code):
    """The current page's URL in another language (falls back to that language's home)."""
    from django.urls import translate_url
    from django.utils import translation

    request = context.get("request")
    if request is None:
        with translation.override(lang_code):
            from django.urls import reverse

            return reverse("home")
    url = translate_url(request.get_full_path(), lang_code)
    return url


@register.simple_tag
def fallback_lang(obj, field="title"):
    """` lang="en"` when ``obj`` has no translation in the page's language.

    Screen readers then read the English fallback with English pronunciation.
    """
    from django.utils.translation import get_language

    language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    if language == settings.LANGUAGE_CODE or getattr(obj, f"{field}_{language}", None):
        return ""
    return mark_safe(f' lang="{settings.LANGUAGE_CODE}"')  # noqa: S308 - constant markup
