"""Background tasks of the library (Django's Tasks API, django-tasks backport)."""

from django.db import transaction
from django.utils import timezone
from django_tasks import task

from .linkcheck import LinkChecker
from .models import LinkCheck, Resource


def check_links(resources) -> int:
    """Check the link of every resource in ``resources`` and record what was found;
    return how many links are broken now."""
    resources = list(resources.exclude(url="").select_related("link_check"))
    outcomes = LinkChecker().check_all(r.url for r in resources)
    now = timezone.now()
    broken = 0
    with transaction.atomic():
        for resource in resources:
            outcome = outcomes[resource.url]
            try:
                link_check = resource.link_check
            except LinkCheck.DoesNotExist:
                link_check = LinkCheck(resource=resource, url=resource.url)
            link_check.record(
                status_code=outcome.status_code,
                problem=outcome.problem,
                detail=outcome.detail,
                final_url=outcome.final_url,
                at=now,
            )
            broken += link_check.is_broken
    return broken


@task()
def check_resource_links() -> int:
    """Check the external link of every published resource (broken after three failures)."""
    return check_links(Resource.objects.published())
