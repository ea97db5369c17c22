"""The "needs checking" proxies read the translated columns of their programs and resources."""

from modeltranslation.translator import TranslationOptions, register

from .models import ProgramToCheck, ResourceToCheck


@register(ProgramToCheck)
class ProgramToCheckTranslationOptions(TranslationOptions):
    fields = ()  # inherited from the program's registration


@register(ResourceToCheck)
class ResourceToCheckTranslationOptions(TranslationOptions):
    fields = ()
