"""Per-language fields, driven by ``settings.LANGUAGES``.

django-modeltranslation stores a translated field ``title`` as one column per
language (``title_<code>``). Code never spells a column out: it asks these helpers,
so adding a language is a settings change plus translations.
"""

from django.conf import settings
from django.db.models import F, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils.translation import get_language
from modeltranslation.utils import build_localized_fieldname


def language_codes() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def default_language() -> str:
    return settings.LANGUAGE_CODE


def current_language() -> str:
    """The active language if the site offers it, else the default language."""
    code = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return code if code in language_codes() else settings.LANGUAGE_CODE


def localized_field(field: str, language: str | None = None) -> str:
    """The column holding ``field`` in ``language`` (the default language if None)."""
    code = (language or settings.LANGUAGE_CODE).split("-")[0]
    if code not in language_codes():
        code = settings.LANGUAGE_CODE
    return build_localized_fieldname(field, code)


def localized_fields(field: str) -> list[str]:
    """Every language's column for ``field``, the default language first."""
    codes = [settings.LANGUAGE_CODE, *(c for c in language_codes() if c != settings.LANGUAGE_CODE)]
    return [build_localized_fieldname(field, code) for code in codes]


def in_every_language(field: str, value, translations: dict | None = None) -> dict:
    """Keyword arguments that set ``field`` in the default language (and given others).

    ``in_every_language("title", "Walk", {"es": "Paseo"})`` ->
    ``{"title_en": "Walk", "title_es": "Paseo"}`` (other languages left empty).
    """
    values = {localized_field(field): value}
    for code, text in (translations or {}).items():
        if code in language_codes() and code != settings.LANGUAGE_CODE:
            values[build_localized_fieldname(field, code)] = text
    return values


def is_translated(obj, field: str = "title", language: str | None = None) -> bool:
    """Whether ``obj`` has its own text for ``field`` in ``language`` (the current one)."""
    code = language or current_language()
    if code == settings.LANGUAGE_CODE:
        return True
    return bool(getattr(obj, build_localized_fieldname(field, code), None))


def localized_title(field: str = "title"):
    """Order by ``field`` in the page's language, falling back to the default language.

    Ordering by a translated column alone would put every untranslated row (an empty
    string) first.
    """
    default = localized_field(field)
    language = current_language()
    if language == settings.LANGUAGE_CODE:
        return F(default).asc()
    return Coalesce(NullIf(F(localized_field(field, language)), Value("")), F(default)).asc()
