"""What a site backup holds (``manage.py export_site`` / ``import_site``).

Every row of the content: the library, the directory, workshop kits and requests, tags,
and the staff accounts and groups they point at. Not kept: history, admin log, sessions,
task results, login attempts, the short-lived workshop submission records, and the
search vectors (recomputed from the text on import). Django's own serializer
(dumpdata/loaddata) does the work; this module only says which models and in what order.
"""

from django.apps import apps

# Models in an order where everything a row points at comes first.
MODELS = [
    "auth.Group",
    "auth.User",
    "taggit.Tag",
    "resources.Publisher",
    "resources.Topic",
    "resources.TopicSection",
    "resources.Resource",
    "resources.Practice",
    "resources.LinkCheck",
    "programs.Audience",
    "programs.AccessibilityFeature",
    "programs.Language",
    "programs.Host",
    "programs.Venue",
    "programs.Program",
    "programs.Schedule",
    "programs.Cancellation",
    "programs.Session",
    "taggit.TaggedItem",
    "kits.Kit",
    "kits.KitItem",
    "workshops.WorkshopRequest",
    "listings.Verification",
    "listings.SuggestedEdit",
    "listings.ContactReminder",
]
# Recomputed on import (PostgreSQL full-text vectors): not part of the file.
DERIVED_FIELDS = {"search_vector", "search_head"}
# Accounts are merged, not counted as content: a fresh database may already have one.
ACCOUNT_MODELS = {"auth.Group", "auth.User"}


def models():
    return [apps.get_model(label) for label in MODELS]


def content_models():
    return [apps.get_model(label) for label in MODELS if label not in ACCOUNT_MODELS]


def searchable_models():
    return [
        model
        for model in models()
        if {f.name for f in model._meta.concrete_fields} & DERIVED_FIELDS
    ]
