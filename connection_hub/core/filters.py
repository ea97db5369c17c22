"""Filter behaviour every section's FilterSet shares."""

from decimal import Decimal

from django.utils.translation import gettext_lazy as _


class ActiveFiltersMixin:
    # A checkbox's (heading, value) in the summary, e.g. {"free": ("Cost", "Free only")}
    # reads "Cost: Free only"; without one a ticked box reads "<its label>: yes".
    summary_labels: dict = {}

    def active_filters(self):
        """(name, field label, value label) of what is applied, for a summary line
        that prints "label: value" for each."""
        data = getattr(self.form, "cleaned_data", {})
        active = []
        for name, value in data.items():
            if value in (None, "", False) or name == "sort":
                continue
            field = self.form.fields[name]
            if value is True:
                heading, label = self.summary_labels.get(name, (field.label, _("yes")))
                active.append((name, heading, label))
                continue
            if isinstance(value, Decimal | float):
                label = str(int(value))
            else:
                label = dict(getattr(field, "choices", [])).get(value, value)
            active.append((name, field.label, label))
        return active
