"""One listing per row, in the database and in the form; recording a check."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from listings import services
from listings.models import (
    ContactReminder,
    SuggestedEdit,
    Verification,
    VerificationMethod,
    is_stale,
)
from tests.factories import ProgramFactory, ResourceFactory

from .conftest import days_ago

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("model", [Verification, SuggestedEdit])
def test_exactly_one_listing_is_a_named_constraint_mirrored_in_clean(model):
    program, resource = ProgramFactory(), ResourceFactory()
    fields = {"how": "phone"} if model is Verification else {"problem": "closed"}
    with pytest.raises(ValidationError) as neither:
        model(**fields).full_clean()
    assert "program" in neither.value.message_dict
    with pytest.raises(ValidationError) as both:
        model(program=program, resource=resource, **fields).full_clean()
    assert set(both.value.message_dict) >= {"program", "resource"}
    for kwargs in ({}, {"program": program, "resource": resource}):
        with pytest.raises(IntegrityError, match="exactly_one_listing"), transaction.atomic():
            model.objects.create(**kwargs, **fields)


def test_a_reminder_is_the_first_or_the_second_once_per_round():
    program = ProgramFactory(verified_on=None)
    ContactReminder.objects.create(program=program, number=1, sent_to="a@example.org")
    with pytest.raises(IntegrityError), transaction.atomic():
        ContactReminder.objects.create(program=program, number=1, sent_to="a@example.org")
    with pytest.raises(IntegrityError), transaction.atomic():
        ContactReminder.objects.create(program=program, number=3, sent_to="a@example.org")


def test_recording_a_check_sets_verified_on_and_is_stale_follows(settings):
    settings.VERIFY_PROGRAMS_DAYS = 180
    program = ProgramFactory(verified_on=days_ago(181))
    assert is_stale(program)
    services.record_verification(
        listing=program, how=VerificationMethod.EMAIL, note="Wrote to Rosa"
    )
    program.refresh_from_db()
    assert program.verified_on == days_ago(0)
    assert not is_stale(program)
    verification = Verification.objects.get()
    assert str(verification).startswith(f"{program}: Email")
    assert verification.note == "Wrote to Rosa"
