from django.apps import AppConfig


class ConnectionHubConfig(AppConfig):
    """The site level: root URLs, the pages that combine apps, demo loading."""

    name = "connection_hub"
    verbose_name = "Connection Hub"
