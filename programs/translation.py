from modeltranslation.translator import TranslationOptions, register

from .models import AccessibilityFeature, Audience, Language, Program, Venue


@register(Program)
class ProgramTranslation(TranslationOptions):
    fields = ("title", "summary", "description", "how_to_join", "cost_description", "image_alt")


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
