"""Spanish, fallbacks, cookies and quick exit, seen through the test client."""

import re
from pathlib import Path

import pytest
from django.conf import settings

from connection_hub.core.models import Status
from resources.models import Resource
from tests.factories import ProgramFactory, ResourceFactory, TopicFactory

ROOT = Path(settings.BASE_DIR)
PO_FILE = ROOT / "locale" / "es" / "LC_MESSAGES" / "django.po"


def read_catalogue():
    """msgid -> translated? from the .po file (a small parser: no extra dependency)."""
    entries, current, field = {}, {}, None
    for raw in PO_FILE.read_text(encoding="utf-8").splitlines() + [""]:
        line = raw.strip()
        if not line:
            if "msgid" in current:
                strs = [v for k, v in current.items() if k.startswith("msgstr")]
                entries[current["msgid"]] = all(strs) and not current.get("fuzzy")
            current, field = {}, None
        elif line.startswith("#,") and "fuzzy" in line:
            current["fuzzy"] = True
        elif line.startswith("#"):
            continue
        elif line.startswith('"') and field:
            current[field] += line[1:-1]
        else:
            match = re.match(r"(msgid_plural|msgid|msgstr(?:\[\d\])?) \"(.*)\"$", line)
            if match:
                field = match.group(1)
                current[field] = match.group(2)
    entries.pop("", None)
    return entries


def unescape(text):
    return text.replace('\\"', '"').replace("\\n", "\n")


def template_strings():
    """Every {% translate "…" %} string in the project's templates."""
    found = set()
    for path in (ROOT / "templates").rglob("*.html"):
        source = path.read_text(encoding="utf-8")
        for match in re.finditer(r"{%\s*translate\s+(\"|')(.+?)\1", source):
            found.add((path.name, match.group(2)))
    return found


def test_every_template_string_has_a_spanish_translation():
    catalogue = {unescape(k): v for k, v in read_catalogue().items()}
    strings = template_strings()
    assert len(strings) > 100
    missing = sorted((name, s) for name, s in strings if not catalogue.get(s))
    assert not missing, f"no Spanish for: {missing[:10]}"


def test_the_catalogue_has_no_untranslated_or_fuzzy_entries():
    catalogue = read_catalogue()
    untranslated = [k for k, ok in catalogue.items() if not ok]
    assert not untranslated, untranslated[:10]


def test_the_compiled_catalogue_is_in_use(client):
    html = client.get("/es/get-help/").content.decode()
    assert 'lang="es"' in html
    assert "Obtener ayuda ahora" in html
    assert "Salir de este sitio" in html


@pytest.mark.django_db
def test_spanish_pages_use_spanish_content_and_fall_back_to_english_with_a_notice(client):
    topic = TopicFactory(
        slug="belonging",
        title_en="Belonging",
        title_es="Pertenencia",
        summary_en="English summary",
        summary_es="Resumen en español",
    )
    untranslated = ResourceFactory(title_en="Only in English", summary="Summary", topics=[topic])
    es = client.get("/es/topics/belonging/").content.decode()
    assert "Pertenencia" in es and "Resumen en español" in es
    assert "has not been translated" not in es and "todavía no" not in es
    en = client.get("/topics/belonging/").content.decode()
    assert "Belonging" in en and "English summary" in en

    page = client.get(f"/es{untranslated.get_absolute_url()}").content.decode()
    assert "Only in English" in page
    assert '<h1 lang="en">Only in English</h1>' in page
    assert 'class="notice"' in page  # "shown in English" note


@pytest.mark.django_db
def test_language_switcher_keeps_the_page_and_filters(client):
    html = client.get("/resources/?kind=report").content.decode()
    assert 'href="/es/resources/?kind=report"' in html
    back = client.get("/es/resources/?kind=report").content.decode()
    assert 'href="/resources/?kind=report"' in back


@pytest.mark.django_db
def test_document_language_is_a_filter(client):
    ResourceFactory(title="Informe en español", language="es")
    ResourceFactory(title="English report", language="en")
    response = client.get("/es/resources/?language=es")
    assert [r.title for r in response.context["resources"]] == ["Informe en español"]


@pytest.mark.django_db
def test_dates_are_formatted_for_the_language(client):
    import datetime

    ResourceFactory(slug="dated", published_on=datetime.date(2025, 2, 13))
    assert "February 13, 2025" in client.get("/resources/dated/").content.decode()
    assert "13 de febrero de 2025" in client.get("/es/resources/dated/").content.decode()


@pytest.mark.django_db
def test_admin_edits_both_languages_side_by_side(staff_client):
    resource = ResourceFactory(title_en="Guide", title_es="Guía")
    html = staff_client.get(f"/admin/resources/resource/{resource.pk}/change/").content.decode()
    assert 'name="title_en"' in html and 'name="title_es"' in html
    assert 'name="summary_es"' in html and 'name="body_es"' in html
    program = ProgramFactory()
    html = staff_client.get(f"/admin/programs/program/{program.pk}/change/").content.decode()
    assert 'name="title_es"' in html and 'name="description_es"' in html
    data = {
        "title_en": "Guide",
        "title_es": "Guía práctica",
        "slug": resource.slug,
        "status": Status.PUBLISHED,
        "kind": "guide",
        "language": "en",
        "publisher": resource.publisher_id,
        "summary_es": "Resumen",
    }
    response = staff_client.post(f"/admin/resources/resource/{resource.pk}/change/", data)
    assert response.status_code == 302
    assert Resource.objects.get(pk=resource.pk).title_es == "Guía práctica"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/es/",
        "/resources/",
        "/programs/",
        "/get-help/",
        "/privacy/",
        "/topics/",
        "/es/programs/?free=on",
        "/no-such-page/",
    ],
)
def test_anonymous_readers_get_no_cookies(client, url):
    response = client.get(url)
    assert response.cookies == {} or set(response.cookies) <= {settings.LANGUAGE_COOKIE_NAME}


@pytest.mark.django_db
def test_only_pages_with_a_form_set_the_csrf_cookie(client):
    response = client.get("/admin/login/")
    assert settings.CSRF_COOKIE_NAME in response.cookies


def test_quick_exit_is_a_plain_link_on_every_page(client, settings):
    settings.QUICK_EXIT_URL = "https://neutral.example/"
    html = client.get("/get-help/").content.decode()
    assert '<a class="quick-exit" href="https://neutral.example/"' in html
    assert "data-quick-exit" in html


def test_no_third_party_assets_in_the_page_source(client):
    html = client.get("/get-help/").content.decode()
    assets = re.findall(
        r"<(?:script|img|link|iframe|source|video|audio|embed|object)\b[^>]*?"
        r'(?:src|href|data)="((?:https?:)?//[^"]+)"',
        html,
    )
    assert [a for a in assets if not a.startswith("http://testserver/")] == []
    assert '<script src="/static/' in html
