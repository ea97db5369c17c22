"""Images always carry a text alternative: the admin refuses one without."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, transaction
from PIL import Image

from connection_hub.core.models import Status
from resources.models import Resource
from tests.factories import PublisherFactory, ResourceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def png():
    buffer = io.BytesIO()
    Image.new("RGB", (8, 6), (40, 120, 80)).save(buffer, format="PNG")
    return SimpleUploadedFile("garden.png", buffer.getvalue(), content_type="image/png")


def resource_form(**extra):
    return {
        "title_en": "Garden guide",
        "slug": "garden-guide",
        "status": Status.PUBLISHED,
        "kind": "guide",
        "language": "en",
        "publisher": PublisherFactory().pk,
        **extra,
    }


def test_admin_refuses_an_image_without_a_text_alternative(staff_client):
    response = staff_client.post("/admin/resources/resource/add/", resource_form(image=png()))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Describe the image for people who cannot see it." in html
    assert not Resource.objects.filter(slug="garden-guide").exists()


def test_admin_accepts_an_image_with_its_text_alternative_and_the_page_shows_it(
    staff_client, client
):
    response = staff_client.post(
        "/admin/resources/resource/add/",
        resource_form(image=png(), image_alt_en="Raised garden beds with tomato plants"),
    )
    assert response.status_code == 302
    page = client.get("/resources/garden-guide/").content.decode()
    assert 'alt="Raised garden beds with tomato plants"' in page


def test_the_database_refuses_an_image_without_alt_text_too():
    resource = ResourceFactory()
    Resource.objects.filter(pk=resource.pk).update(image="images/x.png", image_alt_en="x")
    with pytest.raises(IntegrityError), transaction.atomic():
        Resource.objects.filter(pk=resource.pk).update(image_alt_en="")


@pytest.mark.django_db
def test_an_image_over_the_size_limit_is_refused_beside_the_field(staff_client, settings):
    """Uploads have a size limit (settings.MAX_IMAGE_UPLOAD_SIZE)."""
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    settings.MAX_IMAGE_UPLOAD_SIZE = 1024
    buffer = io.BytesIO()
    Image.effect_noise((200, 200), 100).convert("RGB").save(buffer, "PNG")
    assert buffer.tell() > 1024
    upload = SimpleUploadedFile("big.png", buffer.getvalue(), content_type="image/png")
    from resources.models import Resource

    resource = Resource(title="Big picture", slug="big", kind="report", image=upload)
    resource.image_alt_en = "A noisy square"
    with pytest.raises(Exception) as error:
        resource.full_clean()
    assert "image" in error.value.message_dict
