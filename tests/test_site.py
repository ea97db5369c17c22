import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.template import loader
from django.test import Client

from resources.models import Practice, Resource, Topic, TopicSection
from tests.factories import PracticeFactory, ResourceFactory, TopicFactory

ROOT = Path(__file__).resolve().parent.parent
CRISIS_MARKERS = [
    'href="tel:988"',
    'href="sms:988"',
    'href="sms:741741?&amp;body=HELP"',
    "AYUDA",
    "oprima 2",
]


def assert_crisis_footer(html):
    for marker in CRISIS_MARKERS:
        assert marker in html, marker


@pytest.mark.django_db
def test_crisis_footer_is_on_every_page(client, admin_user):
    topic = TopicFactory()
    resource = ResourceFactory()
    practice = PracticeFactory()
    urls = [
        "/",
        "/topics/",
        topic.get_absolute_url(),
        "/resources/",
        resource.get_absolute_url(),
        "/practices/",
        practice.get_absolute_url(),
        "/get-help/",
        "/privacy/",
        "/admin/login/",
        "/es/",
        "/es/get-help/",
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert_crisis_footer(response.content.decode())
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert_crisis_footer(response.content.decode())


ERROR_TEMPLATES = sorted(p.name for p in (ROOT / "templates").glob("[1-5][0-9][0-9]*.html"))


def test_every_error_status_has_its_own_page():
    assert {"400.html", "403.html", "404.html", "500.html"} <= set(ERROR_TEMPLATES)


@pytest.mark.parametrize("name", ERROR_TEMPLATES)
def test_error_pages_render_with_no_context_and_no_database_and_show_the_crisis_lines(name):
    # No django_db mark: any database access here would fail the test.
    html = loader.get_template(name).render()
    assert "<h1>" in html
    assert "988" in html and "741741" in html
    assert_crisis_footer(html)


@pytest.mark.parametrize(
    "url, status, heading",
    [
        ("/bad/", 400, "This request could not be understood"),
        ("/forbidden/", 403, "You do not have access to this page"),
        ("/missing/", 404, "We couldn’t find that page"),
        ("/crash/", 500, "Something went wrong on our side"),
    ],
)
def test_a_failing_view_shows_its_error_page_with_the_crisis_lines(settings, url, status, heading):
    settings.ROOT_URLCONF = "tests.crash_urls"
    client = Client(raise_request_exception=False)
    response = client.get(url)
    assert response.status_code == status
    html = response.content.decode()
    assert heading in html
    assert_crisis_footer(html)


def test_a_form_posted_without_its_csrf_token_shows_the_crisis_lines(settings):
    settings.ROOT_URLCONF = "tests.crash_urls"
    response = Client(enforce_csrf_checks=True).post("/form/", {"name": "x"})
    assert response.status_code == 403
    html = response.content.decode()
    assert "posted" not in html
    assert_crisis_footer(html)


def test_crisis_lines_come_from_settings(client, settings):
    settings.CRISIS_LINES = [
        {
            "name": "Samaritans",
            "how": "Call 116 123",
            "details": "",
            "actions": [{"kind": "tel", "target": "116123", "label": "Call 116 123"}],
        }
    ]
    html = client.get("/get-help/").content.decode()
    assert 'href="tel:116123"' in html
    assert "741741" not in html


def test_get_help_and_footer_do_not_touch_the_database(client):
    # No django_db mark: the page must render without a database.
    response = client.get("/get-help/")
    assert response.status_code == 200
    assert_crisis_footer(response.content.decode())


def test_robots_txt(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert "User-agent: *" in response.content.decode()


@pytest.mark.django_db
def test_health_check(client):
    assert client.get("/health/").content == b"ok"


def _run_prod_settings(env_overrides):
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(env_overrides, DJANGO_SETTINGS_MODULE="connection_hub.settings.prod")
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); print('started')"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = _run_prod_settings({"DJANGO_ALLOWED_HOSTS": "example.org"})
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = _run_prod_settings({"DJANGO_SECRET_KEY": "x" * 50})
    assert result.returncode != 0
    assert "DJANGO_ALLOWED_HOSTS" in result.stderr


def test_production_starts_when_configured():
    result = _run_prod_settings(
        {
            "DJANGO_SECRET_KEY": "x" * 50,
            "DJANGO_ALLOWED_HOSTS": "example.org",
            "DATABASE_URL": "sqlite:////tmp/connection-hub-prod.sqlite3",
            "SITE_URL": "https://example.org",
        }
    )
    assert result.returncode == 0, result.stderr
    assert "started" in result.stdout


@pytest.mark.django_db
def test_load_demo_loads_the_seed_content_and_is_idempotent(client):
    call_command("load_demo")
    counts = [m.objects.count() for m in (Topic, TopicSection, Resource, Practice)]
    stamps = sorted(Resource.objects.values_list("updated_at", flat=True))
    call_command("load_demo")
    assert [m.objects.count() for m in (Topic, TopicSection, Resource, Practice)] == counts
    assert sorted(Resource.objects.values_list("updated_at", flat=True)) == stamps

    assert Resource.objects.count() >= 46
    assert Practice.objects.count() >= 10
    advisory = Resource.objects.get(title__startswith="Our Epidemic of Loneliness")
    assert advisory.publisher.name == "U.S. Department of Health and Human Services"
    assert advisory.kind == "report"
    changemaker = Resource.objects.get(title__startswith="The Changemaker")
    assert changemaker.published_on.isoformat() == "2014-01-01"
    page = client.get("/topics/social-connection/")
    assert page.status_code == 200
    assert "Our Epidemic of Loneliness" in page.content.decode()
    assert client.get("/practices/self-compassion-practice/").status_code == 200

    from programs.models import Audience, Category, Frequency, Program, Schedule

    programs = Program.objects.published()
    assert programs.count() >= 25
    assert set(programs.values_list("category", flat=True)) == set(Category.values)
    for audience in Audience.objects.all():
        assert audience.programs.exists(), audience
    assert set(Schedule.objects.values_list("frequency", flat=True)) == set(Frequency.values)
    upcoming = Program.objects.published().upcoming()
    assert 0 < upcoming.count() < programs.count()  # some programs are over
    assert programs.filter(format="online").exists()
    listing = client.get("/programs/")
    assert listing.status_code == 200
