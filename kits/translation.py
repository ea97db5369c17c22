"""Spanish (and any further language) columns for kits, and their field-level history.

django-simple-history is registered here, after modeltranslation has added the
per-language columns, so every language's text is kept in the history (its docs'
way of using the two together).
"""

import simple_history
from modeltranslation.translator import TranslationOptions, register

from .models import Kit, KitItem


@register(Kit)
class KitTranslation(TranslationOptions):
    fields = ("title", "introduction")


@register(KitItem)
class KitItemTranslation(TranslationOptions):
    fields = ("note",)


simple_history.register(Kit)
simple_history.register(KitItem)
