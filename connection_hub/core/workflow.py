"""The publishing workflow: who may move an item from one status to another.

    draft ──submit──► in review ──publish──► published ──archive──► archived
      ▲                  │ send back (with a comment)   │ unpublish
      └──────────────────┴──────────────────────────────┘

Anyone who may change an item may submit it for review. Publishing, unpublishing and
archiving need the model's "publish" permission (``Model.publish_permission()``),
which only the Editors group holds. Every transition saves the item (so its history,
``updated_at`` and the content generation all move) and says who did it.
"""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import Status


@dataclass(frozen=True)
class Transition:
    name: str
    target: str
    sources: tuple
    needs_publish_permission: bool
    label: object  # lazy text, for messages and buttons


TRANSITIONS = {
    t.name: t
    for t in (
        Transition("submit", Status.REVIEW, (Status.DRAFT,), False, _("submitted for review")),
        Transition(
            "publish", Status.PUBLISHED, (Status.DRAFT, Status.REVIEW), True, _("published")
        ),
        Transition("send_back", Status.DRAFT, (Status.REVIEW,), True, _("sent back")),
        Transition("unpublish", Status.DRAFT, (Status.PUBLISHED,), True, _("returned to draft")),
        Transition(
            "archive",
            Status.ARCHIVED,
            (Status.DRAFT, Status.REVIEW, Status.PUBLISHED),
            True,
            _("archived"),
        ),
    )
}


def may_publish(user, model) -> bool:
    return user.has_perm(model.publish_permission())


def allowed_statuses(user, model, current=None) -> list[str]:
    """The statuses ``user`` may give an item of ``model`` in its change form."""
    if may_publish(user, model):
        return list(Status.values)
    statuses = [Status.DRAFT, Status.REVIEW]
    if current and current not in statuses:
        statuses.insert(0, current)  # shown, but a non-editor cannot move it there
    return statuses


# The only status changes that need no "publish" permission.
AUTHOR_MOVES = {(Status.DRAFT, Status.REVIEW), (Status.REVIEW, Status.DRAFT)}


def check_status_change(user, obj, old_status, new_status, *, problems=True) -> None:
    """Raise ValidationError (for the status field) when ``user`` may not make this change."""
    old_status = old_status or Status.DRAFT  # a new item starts as a draft
    if old_status == new_status:
        return
    if (old_status, new_status) not in AUTHOR_MOVES and not may_publish(user, type(obj)):
        raise ValidationError(_("Only an editor can publish, unpublish or archive."))
    if problems and new_status == Status.PUBLISHED and obj.publishing_problems():
        raise ValidationError(obj.publishing_problems())


def stamp(obj, *, user, old_status, new_status) -> None:
    """What a status change records on the item itself."""
    if new_status == Status.REVIEW and old_status != Status.REVIEW:
        obj.submitted_by = user
        obj.submitted_at = timezone.now()
        obj.review_comment = ""


@transaction.atomic
def apply(obj, *, name: str, user, comment: str = "", system: bool = False):
    """Make transition ``name`` on ``obj`` as ``user``; raises PermissionDenied or
    ValidationError (with the reason) when it is not allowed.

    ``system=True`` (with ``user=None``) is a daily job acting on the site's rules, such
    as archiving a program whose last session has passed: no permission is asked.
    """
    transition = TRANSITIONS[name]
    needs_permission = transition.needs_publish_permission and not system
    if needs_permission and not may_publish(user, type(obj)):
        raise PermissionDenied(_("Only an editor can do this."))
    if obj.status not in transition.sources:
        raise ValidationError(
            _("It is “%(status)s”, so it cannot be %(action)s.")
            % {"status": obj.get_status_display(), "action": transition.label}
        )
    if transition.target == Status.PUBLISHED:
        problems = obj.publishing_problems()
        if problems:
            raise ValidationError(problems)
    old_status = obj.status
    obj.status = transition.target
    stamp(obj, user=user, old_status=old_status, new_status=transition.target)
    if name == "send_back":
        obj.review_comment = comment
    obj._change_reason = str(transition.label)  # shown in the field-level history
    obj.save()
    return obj
