"""The ground floor: what every app shares, importing no app and no site-level module.

Publishable base models and their admin, the search engine and the content
generation that invalidates caches, Markdown with nh3, list and filter mixins,
feed and structured-data helpers, per-language field helpers and the template
tags every template loads (``hub``).
"""
