"""WSGI entry point. Production sets DJANGO_SETTINGS_MODULE=connection_hub.settings.prod."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "connection_hub.settings.prod")

application = get_wsgi_application()
