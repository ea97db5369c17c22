"""The public workshop request form."""

import unicodedata

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, RegexValidator
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from connection_hub.core.forms import IdMultipleChoiceField, PublicFormMixin
from resources.models import Topic

from .models import MAX_GROUP_SIZE, WorkshopRequest

MESSAGE_MAX_LENGTH = 4000

phone_validator = RegexValidator(
    r"^[0-9+().\-\s]{5,40}$|^[0-9+().\-\s]{5,30}\s*(ext\.?|x)\s*[0-9]{1,6}$",
    _("Enter a phone number using digits, spaces and + - ( ) only."),
)


def single_line(value: str) -> None:
    """No line breaks or other control characters in a one-line answer."""
    if any(unicodedata.category(c) in ("Cc", "Cf") and c != "\u200d" for c in value):
        raise ValidationError(
            _("Please remove line breaks and special characters."), code="control_character"
        )


class WorkshopRequestForm(PublicFormMixin, forms.ModelForm):
    # A field people never see or hear; bots that fill every field fill it too.
    website = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
    topics = IdMultipleChoiceField(
        queryset=Topic.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("Topics you are interested in"),
        error_messages={
            "invalid_choice": _("Choose topics from the list."),
            "invalid_pk_value": _("Choose topics from the list."),
        },
        help_text=_("Choose as many as you like, or none if you are not sure yet."),
    )
    group_size = forms.IntegerField(
        min_value=1,
        max_value=MAX_GROUP_SIZE,
        label=_("Expected group size"),
        help_text=format_lazy(
            _("About how many people will take part? A number from 1 to {max}."),
            max=MAX_GROUP_SIZE,
        ),
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
        error_messages={
            "required": _("Enter about how many people will take part."),
            "invalid": _("Enter the group size as a number, like 20."),
            "min_value": format_lazy(_("Enter a number from 1 to {max}."), max=MAX_GROUP_SIZE),
            "max_value": format_lazy(_("Enter a number from 1 to {max}."), max=MAX_GROUP_SIZE),
        },
    )

    single_line_fields = (
        "name",
        "organization",
        "phone",
        "role",
        "preferred_dates",
        "town",
        "heard_from",
    )

    class Meta:
        model = WorkshopRequest
        fields = [
            "name",
            "email",
            "phone",
            "organization",
            "role",
            "topics",
            "format",
            "preferred_dates",
            "group_size",
            "town",
            "message",
            "heard_from",
        ]
        labels = {
            "name": _("Your name"),
            "email": _("Email address"),
            "phone": _("Phone number"),
            "organization": _("Organization or group"),
            "role": _("Your role"),
            "format": _("How would you like the workshop?"),
            "preferred_dates": _("Preferred dates or times"),
            "town": _("Town or city"),
            "message": _("Tell us about your group"),
            "heard_from": _("How did you hear about us?"),
        }
        help_texts = {
            "name": "",
            "email": _("We send a copy of your request here and write back to this address."),
            "phone": _("Only if you would like us to call."),
            "organization": _("For example a school, library, workplace or faith group."),
            "role": _("For example teacher, manager or volunteer coordinator."),
            "format": "",
            "preferred_dates": _("For example “weekday evenings in March” or “any Saturday”."),
            "town": _("Where your group meets, or where most of you live for an online session."),
            "message": _(
                "Who the group is, what you hope they take away, anything we should know."
            ),
            "heard_from": "",
        }
        error_messages = {
            "name": {"required": _("Enter your name.")},
            "email": {
                "required": _("Enter your email address."),
                "invalid": _("Enter an email address like name@example.org."),
            },
            "organization": {"required": _("Enter the name of your organization or group.")},
            "format": {
                "required": _("Choose in person, online or either."),
                "invalid_choice": _("Choose in person, online or either."),
            },
            "town": {"required": _("Enter your town or city.")},
        }
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
            "organization": forms.TextInput(attrs={"autocomplete": "organization"}),
            "role": forms.TextInput(attrs={"autocomplete": "organization-title"}),
            "format": forms.RadioSelect,
            "town": forms.TextInput(attrs={"autocomplete": "address-level2"}),
            "message": forms.Textarea(attrs={"rows": 6, "maxlength": MESSAGE_MAX_LENGTH}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topics"].queryset = Topic.objects.published()
        self.fields["message"].validators.append(MaxLengthValidator(MESSAGE_MAX_LENGTH))
        self.fields["format"].choices = WorkshopRequest.Format.choices  # no empty "---------"
        self.fields["phone"].validators.append(phone_validator)
        for name in self.single_line_fields:
            self.fields[name].validators.append(single_line)
        self._describe_fields()

    def fieldsets(self):
        """The fields in the order and groups the page shows them."""
        you = ["name", "email", "phone", "organization", "role"]
        workshop = ["topics", "format", "preferred_dates", "group_size", "town", "message"]
        return [
            (_("About you"), [self[name] for name in you]),
            (_("About the workshop"), [self[name] for name in workshop]),
            (_("One more thing"), [self["heard_from"]]),
        ]
