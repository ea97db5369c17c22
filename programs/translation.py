import simple_history
from modeltranslation.translator import TranslationOptions, register

from .models import (
    AccessibilityFeature,
    Audience,
    Cancellation,
    Host,
    Language,
    Program,
    Schedule,
    Venue,
)


@register(Program)
class ProgramTranslation(TranslationOptions):
    fields = ("title", "summary", "description", "how_to_join", "cost_description", "image_alt")


@register(Cancellation)
class CancellationTranslation(TranslationOptions):
    fields = ("reason",)


@register(Audience)
class AudienceTranslation(TranslationOptions):
    fields = ("name",)


@register(AccessibilityFeature)
class AccessibilityFeatureTranslation(TranslationOptions):
    fields = ("name",)


@register(Language)
class LanguageTranslation(TranslationOptions):
    fields = ("name",)


@register(Venue)
class VenueTranslation(TranslationOptions):
    fields = ("directions",)


# Field-level history (django-simple-history), registered after the translated columns
# exist so every language's text is kept: who changed which field, from what, and when.
simple_history.register(Program, excluded_fields=["search_vector", "search_head"])
for model in (Schedule, Cancellation, Host, Venue):
    simple_history.register(model)
