import html

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
    return html.unescape(strip_tags(render_markdown(text)))


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


_JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def json_ld(context, obj=None, kind=None):
    """<script type="application/ld+json"> for ``obj`` (or the site when ``obj`` is None).

    A data block, not a script: browsers do not run it, and its text is escaped so
    that nothing staff typed can close the element.
    """
    import json

    from connection_hub import structured_data

    request = context.get("request")
    if obj is None:
        data = structured_data.website(request)
    else:
        builder = getattr(structured_data, kind or obj._meta.model_name)
        extra = (
            {"next_sessions": context.get("next_sessions", ())}
            if kind == "program" or (obj._meta.model_name == "program")
            else {}
        )
        data = builder(obj, request, **extra)
    text = json.dumps(data, ensure_ascii=False, default=str).translate(_JSON_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The page's address without its query string, except a page number beyond the first."""
    request = context.get("request")
    if request is None:
        return ""
    url = request.build_absolute_uri(request.path)
    page = context.get("page_obj")
    if page is not None and page.number > 1:  # the page actually shown, not what was asked
        url += f"?page={page.number}"
    return url


@register.filter
def result_count(value):
    """A search count, which stops at COUNT_LIMIT + 1: shown as "1,000+" beyond the limit."""
    from django.contrib.humanize.templatetags.humanize import intcomma

    from connection_hub.search import COUNT_LIMIT

    if value is None:
        return ""
    if value > COUNT_LIMIT:
        return f"{intcomma(COUNT_LIMIT)}+"
    return intcomma(value)
