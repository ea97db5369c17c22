from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkshopsConfig(AppConfig):
    """Organizations asking for a toolkit workshop, and the staff who answer them."""

    name = "workshops"
    verbose_name = _("Workshop requests")
