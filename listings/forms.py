"""The "Suggest an edit" form, and the one a program's contact fills when something changed."""

from django import forms
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext_lazy as _

from connection_hub.core.forms import PublicFormMixin

from .models import Problem, SuggestedEdit

DETAILS_MAX_LENGTH = 4000


class SuggestEditForm(PublicFormMixin, forms.ModelForm):
    # A field people never see or hear; bots that fill every field fill it too.
    website = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    class Meta:
        model = SuggestedEdit
        fields = ["problem", "details", "reply_email"]
        labels = {
            "problem": _("What is wrong?"),
            "details": _("Details"),
            "reply_email": _("Your email address"),
        }
        help_texts = {
            "problem": "",
            "details": _("What is right now, if you know: the new day, place or phone number."),
            "reply_email": _("Only if you would like a reply. We use it for nothing else."),
        }
        error_messages = {
            "problem": {
                "required": _("Choose what is wrong."),
                "invalid_choice": _("Choose what is wrong from the list."),
            },
            "reply_email": {"invalid": _("Enter an email address like name@example.org.")},
        }
        widgets = {
            "problem": forms.RadioSelect,
            "details": forms.Textarea(attrs={"rows": 5, "maxlength": DETAILS_MAX_LENGTH}),
            "reply_email": forms.EmailInput(attrs={"autocomplete": "email"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["problem"].choices = Problem.choices  # no empty "---------"
        self.fields["details"].validators.append(MaxLengthValidator(DETAILS_MAX_LENGTH))
        self._describe_fields()

    def _post_clean(self):
        """The listing is set by the view (services.create_suggestion validates the row)."""

    def visible(self):
        return [self[name] for name in self.Meta.fields]

    @property
    def suggestion_data(self) -> dict:
        return {name: self.cleaned_data[name] for name in self.Meta.fields}


class SomethingChangedForm(SuggestEditForm):
    """The contact's form: the same questions, no honeypot (the signed link vouches)."""

    website = None

    class Meta(SuggestEditForm.Meta):
        labels = {**SuggestEditForm.Meta.labels, "details": _("What has changed?")}
        help_texts = {
            **SuggestEditForm.Meta.help_texts,
            "details": _("The listing as we have it is below: change what is no longer right."),
            "reply_email": _("We write back here if we have a question."),
        }
