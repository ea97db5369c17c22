"""schema.org JSON-LD for search engines and chat apps: the shared helpers.

Each app describes its own models in its ``structured_data`` module, registered
with ``@builder(Model)``; ``describe(obj, request)`` finds the right one.
"""

from django.conf import settings

from .urls import absolute_url


def absolute(request, path):
    """``path`` as an absolute URL on this site (SITE_URL; ``request`` is not consulted)."""
    return absolute_url(path)


def organization(name, url=""):
    data = {"@type": "Organization", "name": name}
    if url:
        data["url"] = url
    return data


def website(request):
    return {
        "@context": "https://schema.org",
        "@type": "WebSite",
        "name": settings.SITE_NAME,
        "url": absolute(request, "/"),
        "potentialAction": {
            "@type": "SearchAction",
            "target": absolute(request, "/search/") + "?q={search_term_string}",
            "query-input": "required name=search_term_string",
        },
    }


_BUILDERS = {}


def builder(model):
    """Register the function that describes ``model``'s objects (used by the apps)."""

    def register(function):
        _BUILDERS[model] = function
        return function

    return register


def describe(obj, request, context=None) -> dict:
    """The JSON-LD of ``obj``, from the builder its app registered for its model."""
    return _BUILDERS[type(obj)](obj, request, context or {})


def compact(data):
    """Drop empty values so consumers don't see blank properties."""
    if isinstance(data, dict):
        return {k: compact(v) for k, v in data.items() if v not in (None, "", [], {})}
    if isinstance(data, list):
        return [compact(v) for v in data]
    return data
