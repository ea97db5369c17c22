"""Filter behaviour every section's FilterSet shares."""

from decimal import Decimal


class ActiveFiltersMixin:
    def active_filters(self):
        """(name, field label, value label) of what is applied, for a summary line."""
        data = getattr(self.form, "cleaned_data", {})
        active = []
        for name, value in data.items():
            if value in (None, "", False) or name == "sort":
                continue
            field = self.form.fields[name]
            if value is True:
                label = ""  # a checkbox: its label says it all
            elif isinstance(value, Decimal | float):
                label = str(int(value))
            else:
                label = dict(getattr(field, "choices", [])).get(value, value)
            active.append((name, field.label, label))
        return active
