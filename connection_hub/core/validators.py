"""Validators shared by every app's forms (the admin included)."""

import unicodedata

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _


def has_control_characters(value: str) -> bool:
    """True when ``value`` holds a newline, tab, NUL or another control/format character
    (Unicode categories Cc, Cf except the joiners some scripts need, Zl, Zp)."""
    for ch in value:
        category = unicodedata.category(ch)
        if category in ("Cc", "Zl", "Zp"):
            return True
        if category == "Cf" and ch not in "\u200c\u200d":  # ZWNJ/ZWJ are real text
            return True
    return False


def validate_single_line(value):
    """A title or name is one line of printable text: no newlines or control characters
    (a newline in a program title would otherwise break its calendar and e-mail headers)."""
    if value and has_control_characters(str(value)):
        raise ValidationError(
            _("Use one line of plain text: no line breaks, tabs or control characters."),
            code="control_characters",
        )


def single_line(value: str) -> str:
    """``value`` with every control character turned into a space (for output that must be
    one line, such as calendar names, whatever is stored)."""
    return " ".join(
        "".join(" " if has_control_characters(ch) else ch for ch in str(value or "")).split()
    )


@deconstructible
class MaxFileSizeValidator:
    """Refuses an uploaded file larger than ``limit`` bytes (for image fields)."""

    def __init__(self, limit: int):
        self.limit = limit

    def __call__(self, file):
        size = getattr(file, "size", None)
        if size is not None and size > self.limit:
            raise ValidationError(
                _("This file is %(size)s; the largest allowed is %(limit)s."),
                code="file_too_large",
                params={"size": filesizeformat(size), "limit": filesizeformat(self.limit)},
            )

    def __eq__(self, other):
        return isinstance(other, MaxFileSizeValidator) and other.limit == self.limit


def validate_image_size(file):
    """The site's limit for uploaded images (settings.MAX_IMAGE_UPLOAD_SIZE)."""
    MaxFileSizeValidator(settings.MAX_IMAGE_UPLOAD_SIZE)(file)


def localized_columns(model, name: str) -> list[str]:
    """``name`` and its per-language columns (``title_en``, ``title_es``) that ``model`` has."""
    names = {f.name for f in model._meta.get_fields()}
    columns = [name] + [f"{name}_{code}" for code, _label in settings.LANGUAGES]
    return [c for c in columns if c in names]


def check_single_line(instance, *fields: str) -> None:
    """Raises one ValidationError naming every column of ``fields`` that has a line break
    or control character (called from ``clean()``; the admin shows it beside the field)."""
    errors = {}
    for name in fields:
        for column in localized_columns(type(instance), name):
            try:
                validate_single_line(getattr(instance, column, ""))
            except ValidationError as error:
                errors[column] = error
    if errors:
        raise ValidationError(errors)


class SingleLineFieldsMixin:
    """A ModelAdmin mixin: ``single_line_fields`` (every language's column) refuse line
    breaks and control characters, with the message beside the field."""

    single_line_fields: tuple[str, ...] = ()

    def get_form(self, request, obj=None, **kwargs):
        form_class = super().get_form(request, obj, **kwargs)
        for name in self.single_line_fields:
            for column in localized_columns(self.model, name):
                field = form_class.base_fields.get(column)
                if field is not None and validate_single_line not in field.validators:
                    field.validators.append(validate_single_line)
        return form_class
