"""Spanish (and any further language) columns for staff-written content.

django-modeltranslation adds plain columns (title_en, title_es, ...), which the
admin edits side by side and which search can index.
"""

from modeltranslation.translator import TranslationOptions, register

from .models import Practice, Resource, Topic, TopicSection


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
