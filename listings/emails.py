"""The "Is this still right?" email to a program's contact."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from connection_hub.core.urls import absolute_url

from . import services
from .models import ContactReminder


def one_line(text: str) -> str:
    return " ".join(str(text).split())


def contact_reminder(reminder: ContactReminder) -> EmailMessage:
    program = reminder.program
    with translation.override(settings.LANGUAGE_CODE):
        confirm = services.reminder_token(reminder, salt=services.CONFIRM_SALT)
        changed = services.reminder_token(reminder, salt=services.CHANGED_SALT)
        context = {
            "program": program,
            "reminder": reminder,
            "schedules": [schedule.describe() for schedule in program.schedules.all()],
            "page_url": absolute_url(program.get_absolute_url()),
            "confirm_url": absolute_url(reverse("listings:confirm", kwargs={"token": confirm})),
            "changed_url": absolute_url(reverse("listings:changed", kwargs={"token": changed})),
            "days": settings.CONTACT_LINK_MAX_AGE_DAYS,
            "site_name": settings.SITE_NAME,
        }
        subject = _("Is this still right? %(title)s") % {"title": program.title}
        body = render_to_string("listings/email/contact_reminder.txt", context)
    return EmailMessage(subject=one_line(subject)[:200], body=body, to=[reminder.sent_to])
