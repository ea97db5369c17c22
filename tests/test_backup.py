"""export_site / import_site round-trip every row of the content exactly (both databases)."""

import datetime
import json

import pytest
from django.core.management import CommandError, call_command
from django.db.models import ManyToManyField

from connection_hub import backup
from kits.models import Kit, KitItem
from programs.models import Cancellation, Program
from resources.models import Resource, Topic
from tests.factories import (
    PracticeFactory,
    ProgramFactory,
    ResourceFactory,
    TopicFactory,
    TopicSectionFactory,
)
from workshops.models import WorkshopRequest

pytestmark = pytest.mark.django_db


def snapshot():
    """Every row of every backed-up model, and every many-to-many link, as plain values."""
    rows = {}
    for model in backup.models():
        columns = [
            f.attname for f in model._meta.concrete_fields if f.name not in backup.DERIVED_FIELDS
        ]
        rows[model._meta.label] = list(model._base_manager.order_by("pk").values(*columns))
        for field in model._meta.get_fields():
            if isinstance(field, ManyToManyField) and field.model is model:
                links = field.remote_field.through._base_manager.values_list(
                    field.m2m_column_name(), field.m2m_reverse_name()
                )
                rows[f"{model._meta.label}.{field.name}"] = sorted(links)
    return rows


def delete_content():
    for model in reversed(backup.content_models()):
        model._base_manager.all().delete()


@pytest.fixture
def site(django_user_model):
    owner = django_user_model.objects.create_user("facilitator", "f@example.org", "x" * 16)
    topic = TopicFactory(title="Belonging", title_es="Pertenencia", slug="belonging")
    TopicSectionFactory(topic=topic, heading="Start here", heading_es="Empiece aquí")
    resource = ResourceFactory(
        title="Loneliness guide",
        title_es="Guía de la soledad",
        summary="Plain <b>text</b> & “quotes”",
        topics=[topic],
        tags=["belonging", "Older adults"],
    )
    practice = PracticeFactory(topics=[topic], tags=["walks"])
    program = ProgramFactory(
        title="Garden club",
        title_es="Club de jardinería",
        tags=["garden"],
        topics=[topic],
        cancelled=[datetime.date.today() + datetime.timedelta(days=8)],
    )
    ProgramFactory(status="draft")
    kit = Kit.objects.create(
        title="Loneliness 101", slug="loneliness-101", introduction="Hello", owner=owner
    )
    KitItem.objects.create(kit=kit, order=1, resource=resource, note="Read first")
    KitItem.objects.create(kit=kit, order=2, practice=practice)
    KitItem.objects.create(kit=kit, order=3, program=program)
    KitItem.objects.create(kit=kit, order=4, topic=topic)
    request = WorkshopRequest.objects.create(
        name="Sam Lee",
        email="sam@example.org",
        organization="Harbor High School",
        format=WorkshopRequest.Format.ONLINE,
        group_size=30,
        town="Ventura",
        assigned_to=owner,
    )
    request.topics.add(topic)
    return program


def test_export_then_import_into_an_empty_database_gives_back_every_row(site, tmp_path):
    call_command("load_demo")
    before = snapshot()
    assert before["programs.Cancellation"] and before["taggit.TaggedItem"]
    assert before["kits.KitItem"] and before["workshops.WorkshopRequest"]
    assert before["programs.Session"] and before["resources.TopicSection"]
    file = tmp_path / "site.json"
    call_command("export_site", str(file))
    data = json.loads(file.read_text())
    assert not any("search_vector" in row["fields"] for row in data)
    assert not any(row["model"].startswith(("sessions.", "admin.", "axes.")) for row in data)
    assert not any("historical" in row["model"] for row in data)

    delete_content()
    assert Resource.objects.count() == Program.objects.count() == Topic.objects.count() == 0
    call_command("import_site", str(file))
    after = snapshot()
    assert after.keys() == before.keys()
    for label in before:
        assert after[label] == before[label], label
    assert Resource.objects.get(slug=site.topics.first().resources.first().slug)
    assert Program.objects.get(pk=site.pk).title_es == "Club de jardinería"
    assert Cancellation.objects.filter(program=site).count() == 1


def test_searching_works_after_an_import(site, tmp_path, client):
    file = tmp_path / "site.json"
    call_command("export_site", str(file))
    delete_content()
    call_command("import_site", str(file))
    html = client.get("/search/?q=loneliness").content.decode()
    assert "Loneliness guide" in html or "<mark>Loneliness</mark> guide" in html


def test_import_refuses_a_database_with_content_unless_replace(site, tmp_path):
    file = tmp_path / "site.json"
    call_command("export_site", str(file))
    before = snapshot()
    with pytest.raises(CommandError, match="already has content"):
        call_command("import_site", str(file))
    ResourceFactory(title="Added after the backup")
    call_command("import_site", str(file), replace=True)
    assert snapshot() == before
    assert not Resource.objects.filter(title="Added after the backup").exists()


def test_import_of_a_missing_file_is_an_error(tmp_path):
    with pytest.raises(CommandError, match="No such file"):
        call_command("import_site", str(tmp_path / "nope.json"))
