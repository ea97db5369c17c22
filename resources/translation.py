"""Spanish (and any further language) columns for staff-written content.

django-modeltranslation adds plain columns (title_en, title_es, ...), which the
admin edits side by side and which search can index.
"""

import simple_history
from modeltranslation.translator import TranslationOptions, register

from .models import Practice, Publisher, Resource, Topic, TopicSection


@register(Topic)
class TopicTranslation(TranslationOptions):
    fields = ("title", "summary", "intro")


@register(TopicSection)
class TopicSectionTranslation(TranslationOptions):
    fields = ("heading", "body")


@register(Resource)
class ResourceTranslation(TranslationOptions):
    fields = ("title", "summary", "body", "image_alt")


@register(Practice)
class PracticeTranslation(TranslationOptions):
    fields = ("title", "summary", "steps", "suits")


# Field-level history (django-simple-history), registered after the translated columns
# exist so every language's text is kept: who changed which field, from what, and when.
for model in (Topic, Resource, Practice):
    simple_history.register(model, excluded_fields=["search_vector", "search_head"])
for model in (TopicSection, Publisher):
    simple_history.register(model)
