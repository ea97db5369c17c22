"""ASGI entry point. Production sets DJANGO_SETTINGS_MODULE=connection_hub.settings.prod."""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "connection_hub.settings.prod")

application = get_asgi_application()
