"""Form fields every app may use."""

from django import forms
from django.core.exceptions import ValidationError

# The largest value a database id column holds (a signed 64-bit integer).
MAX_ID = 2**63 - 1


class IdMultipleChoiceField(forms.ModelMultipleChoiceField):
    """A ModelMultipleChoiceField that refuses anything but a plausible id before it asks
    the database: ``99999999999999999999`` is a field error, not an overflow (500)."""

    def _check_values(self, value):
        for pk in value:
            text = str(pk).strip()
            if not text.isdigit() or int(text) > MAX_ID:
                raise ValidationError(
                    self.error_messages["invalid_pk_value"],
                    code="invalid_pk_value",
                    params={"pk": text[:20]},
                )
        return super()._check_values(value)


HONEYPOT_FIELD = "website"


class PublicFormMixin:
    """What every form the public sends shares: a honeypot field (``website``, hidden from
    people and screen readers by the template) and each field's hint and error tied to it
    with ``aria-describedby``. Call ``self._describe_fields()`` at the end of ``__init__``."""

    @property
    def is_bot(self) -> bool:
        """The hidden field was filled in: only software does that."""
        return bool(self.data.get(HONEYPOT_FIELD, "").strip())

    def full_clean(self):
        super().full_clean()
        self._describe_fields()

    def _describe_fields(self):
        """Tie each field's hint and error to it (Django adds aria-invalid itself)."""
        errors = self._errors or {}
        for name, field in self.fields.items():
            bound = self[name]
            if name == HONEYPOT_FIELD or bound.use_fieldset:  # a fieldset carries these
                continue
            described = [f"{bound.auto_id}_helptext"] if field.help_text else []
            if name in errors:
                described.append(f"{bound.auto_id}-error")
            field.widget.attrs.pop("aria-describedby", None)
            if described:
                field.widget.attrs["aria-describedby"] = " ".join(described)
