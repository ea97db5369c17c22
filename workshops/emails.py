"""The two emails a workshop request sends: one to staff, one to the person who asked."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.mail import EmailMessage
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from .models import WorkshopRequest


class NoRecipientsError(Exception):
    """Nobody to tell: WORKSHOP_NOTIFY_EMAILS is empty and no staff member qualifies."""


def one_line(text: str) -> str:
    return " ".join(str(text).split())


def staff_recipients() -> list[str]:
    """WORKSHOP_NOTIFY_EMAILS, or else active staff allowed to see every request."""
    if settings.WORKSHOP_NOTIFY_EMAILS:
        return list(settings.WORKSHOP_NOTIFY_EMAILS)
    permission = Permission.objects.filter(
        content_type__app_label="workshops", codename="view_all_workshoprequests"
    ).first()
    who = Q(is_superuser=True)
    if permission is not None:
        who |= Q(user_permissions=permission) | Q(groups__permissions=permission)
    users = get_user_model().objects.filter(who, is_active=True, is_staff=True).exclude(email="")
    return sorted(set(users.values_list("email", flat=True)))


def _context(workshop_request: WorkshopRequest) -> dict:
    return {
        "request": workshop_request,
        "topics": [topic.title for topic in workshop_request.topics.all()],
        "site_name": settings.SITE_NAME,
    }


def staff_notification(workshop_request: WorkshopRequest) -> EmailMessage:
    recipients = staff_recipients()
    if not recipients:
        raise NoRecipientsError(
            "No one to notify: set WORKSHOP_NOTIFY_EMAILS or give a staff member an address."
        )
    with translation.override(settings.LANGUAGE_CODE):
        path = reverse("admin:workshops_workshoprequest_change", args=[workshop_request.pk])
        context = _context(workshop_request)
        context["admin_url"] = getattr(settings, "SITE_URL", "").rstrip("/") + path
        subject = _("Workshop request from %(organization)s") % {
            "organization": workshop_request.organization
        }
        body = render_to_string("workshops/email/staff_notification.txt", context)
    return EmailMessage(
        subject=one_line(subject)[:200],
        body=body,
        to=recipients,
        reply_to=[workshop_request.email],
    )


def confirmation(workshop_request: WorkshopRequest) -> EmailMessage:
    with translation.override(workshop_request.language):
        context = _context(workshop_request)
        context["crisis_lines"] = [str(line["how"]) for line in settings.CRISIS_LINES]
        subject = _("We have your workshop request")
        body = render_to_string("workshops/email/confirmation.txt", context)
    return EmailMessage(subject=one_line(subject), body=body, to=[workshop_request.email])
