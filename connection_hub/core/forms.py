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
