from django.apps import AppConfig


class ConnectionHubConfig(AppConfig):
    name = "connection_hub"
    verbose_name = "Connection Hub"
