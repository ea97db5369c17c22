"""Template tags every template loads: Markdown, settings, crisis lines, languages, JSON-LD."""

import functools
import html
import json
import time
from urllib.parse import quote, urlsplit

from django import template
from django.conf import settings
from django.contrib.humanize.templatetags.humanize import intcomma
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.template.loader import render_to_string
from django.template.loader_tags import BlockNode
from django.urls import get_script_prefix, get_urlconf, reverse, translate_url
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe

from connection_hub.core import fragments, hooks, search, structured_data
from connection_hub.core.i18n import current_language, is_translated
from connection_hub.core.text import render_markdown
from connection_hub.core.urls import absolute_url, bounded_query

register = template.Library()


@register.filter(name="markdown")
def markdown_filter(text):
    """Render staff Markdown as sanitized HTML."""
    return mark_safe(render_markdown(text))  # sanitized by nh3


@register.filter
def plaintext(text):
    """Markdown source as plain text, for summaries and meta descriptions."""
    return html.unescape(strip_tags(render_markdown(text)))


@register.filter
def link_host(url):
    """The host a link leads to, without ``www.``: ``youtube.com`` for a YouTube address.

    A link to another website says where it goes before anyone follows it.
    """
    host = urlsplit(str(url)).hostname or ""
    return host.removeprefix("www.")


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
    href = f"{action['kind']}:{quote(action['target'], safe='+')}"
    if action.get("body"):
        href += f"?&body={quote(action['body'], safe='')}"
    return href


@register.simple_tag(takes_context=True)
def url_in_language(context, lang_code):
    """The current page's URL in another language (falls back to that language's home)."""
    request = context.get("request")
    if request is not None:
        # A path such as //evil.example/get-help/ (sent as /%2Fevil.example/…) must not
        # become a link to another site: only a plain path on this site is translated.
        path = request.path
        query = bounded_query(request.GET).urlencode()  # what a link echoes stays bounded
        if query:
            path = f"{path}?{query}"
        if path.startswith("/") and not path.startswith("//") and "\\" not in path:
            # Remembered only up to a usual length: a scanner's long made-up addresses
            # (a 404 page has the link too) would fill the memory and push the rest out.
            translate = _translated if len(path) <= 300 else _translated.__wrapped__
            translated = translate(
                path, lang_code, translation.get_language(), get_urlconf(), get_script_prefix()
            )
            if translated is not None:
                return translated
    with translation.override(lang_code):
        return reverse("home")


@functools.lru_cache(maxsize=2048)
def _translated(path, lang_code, _current, _urlconf, _script_prefix):
    """``path`` (in the current language ``_current``) in ``lang_code`` if it stays on
    this site, else None; remembered, as it depends on nothing but the address, the
    languages and the URLs (a resolve and a reverse each time otherwise: every page
    links itself in the other language)."""
    translated = translate_url(path, lang_code)
    parts = urlsplit(translated)
    on_site = translated.startswith("/") and not translated.startswith("//")
    return translated if on_site and not (parts.scheme or parts.netloc) else None


@register.simple_tag(takes_context=True)
def other_languages(context):
    """(code, name in that language, URL of this page in it) for every other language."""
    current = current_language()
    return [
        (code, translation.get_language_info(code)["name_local"], url_in_language(context, code))
        for code, _name in settings.LANGUAGES
        if code != current
    ]


@register.simple_tag
def help_url(lang_code):
    """The help page in ``lang_code``, or in the default language if the site lacks it."""
    with translation.override(lang_code if lang_code in dict(settings.LANGUAGES) else None):
        return reverse("get_help")


@register.simple_tag
def og_locale():
    """Open Graph locale of the page, e.g. ``es_US``."""
    return f"{current_language()}_{settings.SITE_COUNTRY}"


@register.simple_tag
def fallback_lang(obj, field="title"):
    """` lang="<default>"` when ``obj`` has no ``field`` in the page's language.

    Screen readers then read the fallback with the right pronunciation.
    """
    if is_translated(obj, field):
        return ""
    return mark_safe(f' lang="{settings.LANGUAGE_CODE}"')  # a language code from settings


@register.inclusion_tag("includes/_untranslated.html")
def untranslated(obj, field="title"):
    """A notice when ``obj`` has no ``field`` in the page's language (shown in the default)."""
    return {
        "untranslated": not is_translated(obj, field),
        "language": translation.get_language_info(settings.LANGUAGE_CODE)["name_translated"],
    }


_JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def json_ld(context, obj=None):
    """<script type="application/ld+json"> for ``obj`` (or the site when ``obj`` is None).

    A data block, not a script: browsers do not run it, and its text is escaped so
    that nothing staff typed can close the element.
    """
    request = context.get("request")
    if obj is None:
        data = structured_data.website(request)
    else:
        data = structured_data.describe(obj, request, context.flatten())
    text = json.dumps(data, ensure_ascii=False, default=str).translate(_JSON_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # escaped above


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The page's address without its query string, except a page number beyond the first."""
    request = context.get("request")
    if request is None:
        return ""
    url = absolute_url(request.path)  # from SITE_URL, never the Host header
    page = context.get("page_obj")
    if page is not None and page.number > 1:  # the page actually shown, not what was asked
        url += f"?page={page.number}"
    return url


@register.filter
def result_count(value):
    """A search count, which stops at COUNT_LIMIT + 1: shown as "1,000+" beyond the limit."""
    if value is None:
        return ""
    limit = search.COUNT_LIMIT  # read when called: tests lower it
    if value > limit:
        return f"{intcomma(limit)}+"
    return intcomma(value)


@register.simple_tag(takes_context=True)
def detail_panels(context, obj):
    """Every panel other apps registered for ``obj``'s detail page (``core.hooks``)."""
    request = context.get("request")
    parts = []
    for panel in hooks.detail_panels(obj):
        panel_context = panel.context(obj, request)
        if panel_context is None:
            continue
        parts.append(render_to_string(panel.template, panel_context, request=request))
    return mark_safe("".join(parts))  # rendered templates, escaped by the template engine


@register.simple_tag
def query_without(request, *names):
    """This page's address without the ``names`` parameters (and without ``page``).

    ``{% query_without request 'free' %}`` is the link of a "remove this filter" chip.
    """
    data = bounded_query(request.GET).copy()
    for name in (*names, "page"):
        data.pop(name, None)
    query = data.urlencode()
    return f"{request.path}?{query}" if query else request.path


@register.simple_tag
def page_window(page_obj, on_each_side=2):
    """The page numbers around the current one, e.g. 4 5 6 7 8 on page 6 of 20."""
    first = max(1, page_obj.number - on_each_side)
    last = min(page_obj.paginator.num_pages, page_obj.number + on_each_side)
    return range(first, last + 1)


@register.filter
def absolute(path):
    """A path on this site as an absolute address (from SITE_URL), e.g. for print."""
    return absolute_url(str(path))


@register.filter
def without(items, attribute):
    """The items whose ``attribute`` is false: ``sessions|without:"is_cancelled"|first``."""
    return [item for item in items if not getattr(item, attribute, False)]


class FragmentNode(template.Node):
    def __init__(self, nodelist, name, values):
        self.nodelist = nodelist
        self.name = name
        self.values = values
        fragments.register(name)

    def render(self, context):
        request = context.get("request")
        key = None
        if fragments.usable(request, context):
            values = [v.resolve(context) for v in self.values]
            key, html = fragments.fetch_part(request, self.name, values)
            if html is not None:
                return mark_safe(html)  # rendered by the template engine, escaped then
        started = time.perf_counter()
        # What the view reads only for a render (related rows, in one query each).
        prepare = context.get("fragment_prepare")
        if callable(prepare):
            prepare()
        html = self.nodelist.render(context)
        if key is not None:
            fragments.keep(request, key, html, time.perf_counter() - started)
        return html


@register.tag
def fragment(parser, token):
    """``{% fragment "name" value … %}…{% endfragment %}``: the enclosed HTML, rendered once
    per content generation, language and day for each set of values
    (``connection_hub/core/fragments.py``). Only around what is the same for every
    visitor: no messages, no form with a CSRF token, nothing about the user. Before the
    enclosed part is rendered (never when it comes from the cache), the context's
    ``fragment_prepare`` is called if there is one: the view reads there what only the
    fragment shows (``fragments.Prepared``)."""
    bits = token.split_contents()
    if len(bits) < 2 or bits[1][0] not in "'\"" or bits[1][-1] != bits[1][0]:
        raise template.TemplateSyntaxError("{% fragment %} needs a quoted name first")
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    return FragmentNode(nodelist, bits[1][1:-1], [parser.compile_filter(b) for b in bits[2:]])


# What {% constant %} rendered, per name, language and script prefix: the page chrome
# that depends on settings only (emptied whenever a setting changes, as tests do).
_constants: dict[tuple[str, str, str], str] = {}


@receiver(setting_changed)
def _forget_constants(**kwargs):
    _constants.clear()
    _translated.cache_clear()


class ConstantNode(template.Node):
    # No child nodelists for Django to walk: an ``{% extends %}`` looks for the blocks of
    # the base template on every render, through every node, and a constant holds none
    # (``constant`` refuses one), so the header, navigation and footer are skipped.
    child_nodelists = ()

    def __init__(self, nodelist, name):
        self.constant_nodelist = nodelist
        self.name = name

    def render(self, context):
        key = (self.name, translation.get_language() or "", get_script_prefix())
        html = _constants.get(key)
        if html is None:
            html = _constants[key] = self.constant_nodelist.render(context)
        return html


@register.tag
def constant(parser, token):
    """``{% constant "name" %}…{% endconstant %}``: the enclosed HTML, rendered once per
    language in each process and kept in memory: for the chrome every page repeats (the
    header, the main navigation, the crisis lines) that depends on nothing but settings
    and the language. No database and no cache server: error pages use it too."""
    bits = token.split_contents()
    if len(bits) != 2 or bits[1][0] not in "'\"" or bits[1][-1] != bits[1][0]:
        raise template.TemplateSyntaxError("{% constant %} needs one quoted name")
    nodelist = parser.parse(("endconstant",))
    parser.delete_first_token()
    if nodelist.get_nodes_by_type(BlockNode):
        raise template.TemplateSyntaxError("{% constant %} cannot hold a {% block %}")
    return ConstantNode(nodelist, bits[1][1:-1])
