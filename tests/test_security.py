"""Production settings, response headers, absolute URLs from SITE_URL, error pages, and the
security review's findings (issue 10), through the Django test client."""

import json
import logging
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import timedelta
from pathlib import Path

import icalendar
import pytest
import zxingcpp
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template import loader
from django.test import Client, RequestFactory

from connection_hub import views
from connection_hub.core.logging import CalmSecurityRecord, JSONFormatter
from connection_hub.core.urls import absolute_url
from connection_hub.core.validators import (
    MaxFileSizeValidator,
    single_line,
    validate_image_size,
    validate_single_line,
)
from programs.filters import CityChoiceFilter
from programs.models import Program
from tests.factories import (
    HostFactory,
    ProgramFactory,
    ResourceFactory,
    TopicFactory,
    VenueFactory,
)
from tests.test_sharing import qr_matrix

ROOT = Path(__file__).resolve().parents[1]
PROD_ENV = {
    "DJANGO_SETTINGS_MODULE": "connection_hub.settings.prod",
    "DJANGO_SECRET_KEY": "k3y-" + "aZ9#" * 15,
    "DJANGO_ALLOWED_HOSTS": "example.org",
    "DATABASE_URL": "sqlite:////tmp/connection-hub-check.sqlite3",
    "SITE_URL": "https://example.org",
}
CRISIS = "If you or someone you know needs help now"


def run_python(code, **env):
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "SITE_URL"))}
    clean.pop("DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def prod_settings(*names, **env):
    code = (
        "import django; django.setup(); from django.conf import settings; "
        f"print(repr({{n: getattr(settings, n, None) for n in {list(names)!r}}}))"
    )
    result = run_python(code, **{**PROD_ENV, **env})
    assert result.returncode == 0, result.stderr
    return eval(result.stdout)  # noqa: S307 — our own repr of settings values


# -- production settings ------------------------------------------------------------


def test_deploy_check_passes_with_production_settings():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env={**os.environ, **PROD_ENV},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("missing", ["DATABASE_URL", "SITE_URL", "DJANGO_SECRET_KEY"])
def test_production_refuses_to_start_without_required_settings(missing):
    env = {k: v for k, v in PROD_ENV.items() if k != missing}
    result = run_python("import django; django.setup()", **env)
    assert result.returncode != 0
    assert f"Set the {missing} environment variable" in result.stderr


def test_production_cookies_hsts_and_proxy_header():
    values = prod_settings(
        "CSRF_COOKIE_NAME",
        "SESSION_COOKIE_NAME",
        "CSRF_COOKIE_SECURE",
        "SESSION_COOKIE_SECURE",
        "CSRF_COOKIE_PATH",
        "SESSION_COOKIE_PATH",
        "CSRF_COOKIE_DOMAIN",
        "SESSION_COOKIE_DOMAIN",
        "SECURE_HSTS_SECONDS",
        "SECURE_HSTS_INCLUDE_SUBDOMAINS",
        "SECURE_HSTS_PRELOAD",
        "SECURE_PROXY_SSL_HEADER",
        "SECURE_SSL_REDIRECT",
        "SITE_URL",
        "DATA_UPLOAD_MAX_MEMORY_SIZE",
        "FILE_UPLOAD_MAX_MEMORY_SIZE",
    )
    assert values["CSRF_COOKIE_NAME"] == "__Host-csrftoken"
    assert values["SESSION_COOKIE_NAME"] == "__Host-sessionid"
    assert values["CSRF_COOKIE_SECURE"] and values["SESSION_COOKIE_SECURE"]
    assert values["CSRF_COOKIE_PATH"] == values["SESSION_COOKIE_PATH"] == "/"
    assert values["CSRF_COOKIE_DOMAIN"] is None and values["SESSION_COOKIE_DOMAIN"] is None
    assert values["SECURE_HSTS_SECONDS"] >= 31536000
    assert values["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is True
    assert values["SECURE_HSTS_PRELOAD"] is False  # a documented choice, off by default
    assert values["SECURE_PROXY_SSL_HEADER"] is None  # no proxy said to be in front
    assert values["SECURE_SSL_REDIRECT"] is True
    assert values["SITE_URL"] == "https://example.org"
    assert 0 < values["DATA_UPLOAD_MAX_MEMORY_SIZE"] <= 10 * 1024 * 1024
    assert 0 < values["FILE_UPLOAD_MAX_MEMORY_SIZE"] <= 10 * 1024 * 1024
    behind = prod_settings("SECURE_PROXY_SSL_HEADER", "BEHIND_PROXY", DJANGO_BEHIND_PROXY="1")
    assert behind["SECURE_PROXY_SSL_HEADER"] == ("HTTP_X_FORWARDED_PROTO", "https")
    assert behind["BEHIND_PROXY"] is True


def test_production_logs_json_to_stderr_and_reads_admins():
    values = prod_settings("LOGGING", "ADMINS", DJANGO_ADMINS="Ops <ops@example.org>, a@b.org")
    handler = values["LOGGING"]["handlers"]["console"]
    assert handler["stream"] == "ext://sys.stderr"
    assert handler["formatter"] == "json"
    assert values["ADMINS"] == [("Ops", "ops@example.org"), ("a@b.org", "a@b.org")]


def test_passwords_need_twelve_characters(django_user_model):
    with pytest.raises(ValidationError, match="at least 12"):
        validate_password("Tr0ub4dor&3")  # 11 characters
    validate_password("correct horse battery staple")


def test_image_size_validator(settings):
    settings.MAX_IMAGE_UPLOAD_SIZE = 1000
    validate_image_size(SimpleUploadedFile("a.png", b"x" * 1000))
    with pytest.raises(ValidationError, match="largest allowed"):
        validate_image_size(SimpleUploadedFile("a.png", b"x" * 1001))
    assert MaxFileSizeValidator(5) == MaxFileSizeValidator(5)


# -- headers ------------------------------------------------------------------------


@pytest.mark.django_db
def test_every_page_has_csp_corp_and_permissions_policy(client):
    response = client.get("/get-help/")
    csp = response["Content-Security-Policy"]
    directives = dict(
        (part.strip().split(" ", 1) + [""])[:2] for part in csp.split(";") if part.strip()
    )
    assert directives["default-src"] == "'none'"
    for name in ("script-src", "style-src", "img-src", "font-src", "form-action", "connect-src"):
        assert directives[name] == "'self'", name
    assert directives["frame-ancestors"] == "'none'"
    assert directives["base-uri"] == "'none'"
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"
    policy = response["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert f"{feature}=()" in policy
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.django_db
def test_every_text_response_names_its_charset(client):
    topic = TopicFactory(slug="belonging")
    ResourceFactory(topics=[topic])
    program = ProgramFactory()
    paths = [
        "/",
        "/robots.txt",
        "/sitemap.xml",
        "/resources/feed/",
        "/resources/feed/atom/",
        "/programs/feed/",
        f"/topics/{topic.slug}/feed/",
        f"/topics/{topic.slug}/qr.svg",
        f"/programs/{program.slug}/calendar.ics",
        "/programs/calendar.ics",
        "/api/hsds/services",
        "/api/hsds/openapi.json",
        "/health/",
        "/no-such-page/",
    ]
    sitemap = ET.fromstring(client.get("/sitemap.xml").content)
    paths += [loc.text.replace("http://testserver", "") for loc in sitemap.iter() if loc.text]
    for path in [p for p in paths if p.startswith("/")]:
        response = client.get(path)
        assert response.status_code in (200, 404), path
        assert "charset=utf-8" in response["Content-Type"].lower(), (path, response["Content-Type"])


@pytest.mark.django_db
def test_health_answers_head_and_plain_http_behind_an_https_redirect(settings):
    settings.SECURE_SSL_REDIRECT = True
    client = Client()
    assert client.head("/health/").status_code == 200
    assert client.get("/health/").status_code == 200  # a load balancer on plain HTTP
    assert client.get("/get-help/").status_code == 301  # everything else goes to HTTPS
    assert client.post("/health/").status_code == 405


# -- absolute addresses stay on this site -------------------------------------------


def test_absolute_url_never_leaves_the_site(settings):
    settings.SITE_URL = "https://hub.example"
    assert absolute_url("/topics/a/") == "https://hub.example/topics/a/"
    assert absolute_url("//evil.example/x/") == "https://hub.example/x/"
    assert absolute_url("https://evil.example/x/?a=1") == "https://hub.example/x/?a=1"
    assert absolute_url("\\\\evil.example/x") == "https://hub.example/x"
    assert absolute_url("") == "https://hub.example/"


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/%2Fevil.example/get-help/", "//evil.example/"])
def test_a_path_that_looks_like_another_host_is_a_404_that_stays_on_this_site(client, path):
    # The test client would read //host as a host: give the path itself.
    response = client.get("/", PATH_INFO=path) if path.startswith("//") else client.get(path)
    assert response.status_code == 404
    html = response.content.decode()
    assert "//evil.example" not in html
    assert "https://evil.example" not in html and "http://evil.example" not in html
    assert 'hreflang="es" href="/es/"' in html or 'href="/es/" lang="es"' in html
    assert '<link rel="canonical" href="http://testserver/' in html
    assert CRISIS in html


@pytest.mark.django_db
def test_absolute_urls_come_from_site_url_not_the_host_header(client, settings):
    settings.SITE_URL = "https://hub.example"
    settings.ALLOWED_HOSTS = ["testserver", "other.example"]
    topic = TopicFactory(slug="belonging")
    resource = ResourceFactory(topics=[topic], slug="guide")
    program = ProgramFactory(slug="garden")
    pages = {
        "/topics/belonging/": "https://hub.example/topics/belonging/",
        "/topics/belonging/handout/": "https://hub.example/resources/guide/",
        "/resources/guide/": "https://hub.example/resources/guide/",
        "/resources/feed/": "https://hub.example/resources/guide/",
        "/resources/feed/atom/": "https://hub.example/resources/guide/",
        "/sitemap.xml": "https://hub.example/sitemap-",
        "/robots.txt": "Sitemap: https://hub.example/sitemap.xml",
        "/programs/garden/calendar.ics": "https://hub.example/programs/garden/",
        "/api/hsds/": "https://hub.example/api/hsds/openapi.json",
    }
    assert resource.get_absolute_url() == "/resources/guide/"
    assert program.get_absolute_url() == "/programs/garden/"
    for path, expected in pages.items():
        body = client.get(path, HTTP_HOST="other.example:8080").content.decode()
        assert expected in body, path
        assert "other.example" not in body, path
    sections = ET.fromstring(client.get("/sitemap.xml").content)
    section = next(loc.text for loc in sections.iter() if (loc.text or "").endswith(".xml"))
    urls = client.get(section.replace("https://hub.example", ""), HTTP_HOST="other.example:8080")
    assert "https://hub.example/" in urls.content.decode()
    assert "other.example" not in urls.content.decode()


@pytest.mark.django_db
def test_qr_code_encodes_site_url_whatever_the_host(client, settings):
    settings.SITE_URL = "https://hub.example"
    settings.ALLOWED_HOSTS = ["testserver", "other.example"]
    TopicFactory(slug="belonging")
    svg = client.get("/topics/belonging/qr.svg", HTTP_HOST="other.example")
    assert svg.status_code == 200
    assert "Host" not in svg.get("Vary", "")
    (result,) = zxingcpp.read_barcodes(qr_matrix(svg.content.decode()))
    assert result.text == "https://hub.example/topics/belonging/"


# -- unknown Host header -------------------------------------------------------------


@pytest.mark.django_db
def test_an_unknown_host_is_a_calm_400_without_an_error_traceback(client, caplog):
    with caplog.at_level(logging.INFO):
        response = client.get("/get-help/", HTTP_HOST="evil.example:666")
    assert response.status_code == 400
    html = response.content.decode()
    assert CRISIS in html and "988" in html
    assert "evil.example" not in html
    security = [r for r in caplog.records if r.name == "django.security.DisallowedHost"]
    assert security, "the forged host is still recorded"
    assert all(r.levelno <= logging.WARNING and not r.exc_info for r in security)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


# -- control characters in titles ------------------------------------------------------


def test_single_line_validator():
    for bad in ("a\nb", "a\rb", "a\tb", "a\x00b", "a\u2028b", "a\u202eb"):
        with pytest.raises(ValidationError):
            validate_single_line(bad)
    validate_single_line("Café — “quoted”, emoji 🌱 and ZWJ 👩\u200d👩")
    assert single_line("a\r\nBEGIN:VEVENT\tb") == "a BEGIN:VEVENT b"


@pytest.mark.django_db
def test_models_refuse_a_title_with_a_line_break():
    program = ProgramFactory()
    program.title = "Garden\r\nBEGIN:VEVENT"
    with pytest.raises(ValidationError) as error:
        program.full_clean()
    assert "title" in str(error.value) or "title_en" in str(error.value)


@pytest.mark.django_db
def test_admin_refuses_line_breaks_in_host_and_venue_names(staff_client):
    host = HostFactory()
    venue = VenueFactory()
    response = staff_client.post(
        f"/admin/programs/host/{host.pk}/change/",
        {"name": "Library\nFriends", "slug": host.slug},
    )
    assert response.status_code == 200
    assert "no line breaks" in response.content.decode()
    response = staff_client.post(
        f"/admin/programs/venue/{venue.pk}/change/",
        {"name": "Hall\tB", "name_en": "Hall\tB", "slug": venue.slug, "city": "Riverton"},
    )
    assert response.status_code == 200
    assert "no line breaks" in response.content.decode()


@pytest.mark.django_db
def test_calendar_stays_valid_with_a_stored_line_break(client):
    program = ProgramFactory(slug="garden")
    Program.objects.filter(pk=program.pk).update(
        title="Garden\r\nBEGIN:VEVENT\r\nSUMMARY:injected", title_en="Garden\r\nX-INJECTED:1"
    )
    for path in ("/programs/garden/calendar.ics", "/programs/calendar.ics"):
        response = client.get(path)
        assert response.status_code == 200
        body = response.content.decode()
        assert "\r\nX-INJECTED" not in body and "\r\nSUMMARY:injected" not in body
        calendar = icalendar.Calendar.from_ical(response.content)
        events = list(calendar.walk("VEVENT"))
        assert len(events) == 1
        assert "\n" not in str(events[0]["summary"])


# -- feeds send plain text, escaped once -----------------------------------------------


@pytest.mark.django_db
def test_feed_summaries_are_plain_text_escaped_once(client):
    ResourceFactory(summary='Use <b>bold</b> & "quotes" <script>x</script>')
    rss = ET.fromstring(client.get("/resources/feed/").content)
    description = rss.find("channel/item/description").text
    # The reader treats the description as HTML: the tags arrive as text, not markup.
    assert description == "Use &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quotes&quot; " + (
        "&lt;script&gt;x&lt;/script&gt;"
    )
    atom = ET.fromstring(client.get("/resources/feed/atom/").content)
    summary = atom.find("{http://www.w3.org/2005/Atom}entry/{http://www.w3.org/2005/Atom}summary")
    assert summary.get("type") == "html"
    assert summary.text.startswith("Use &lt;b&gt;bold&lt;/b&gt; &amp;")
    assert "<script>" not in client.get("/resources/feed/").content.decode()


# -- every query field is capped ----------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    [
        "/resources/?q=",
        "/resources/?tag=",
        "/resources/?kind=",
        "/programs/?city=",
        "/practices/?format=",
        "/search/?q=",
        "/search/?type=resources&q=word&kind=",
        "/search/?type=",
    ],
)
def test_query_values_are_echoed_at_most_a_bounded_length(client, path):
    long_value = "x" * 5000 + "<x-probe>"
    response = client.get(path + long_value)
    assert response.status_code == 200
    html = response.content.decode()
    assert "x" * 201 not in html
    assert "<x-probe>" not in html


# -- error pages: crisis lines, no context, no database --------------------------------


ERROR_TEMPLATES = ["400.html", "403.html", "403_csrf.html", "404.html", "500.html", "503.html"]


@pytest.mark.parametrize("name", [*ERROR_TEMPLATES, "lockout.html"])
def test_every_error_page_renders_with_no_context_and_no_database(name):
    # No django_db mark: any query would fail the test.
    html = loader.get_template(name).render({})
    assert CRISIS in html
    assert 'href="tel:988"' in html
    assert "<h1>" in html


def test_error_views_render_without_the_database():
    request = RequestFactory().get("/x/", HTTP_HOST="testserver")
    for view, status in (
        (views.bad_request, 400),
        (views.permission_denied, 403),
        (views.csrf_failure, 403),
        (views.server_error, 500),
    ):
        response = view(request)
        assert response.status_code == status
        assert CRISIS in response.content.decode()


@pytest.mark.django_db
def test_a_csrf_failure_is_the_calm_page(topics_for_form):
    client = Client(enforce_csrf_checks=True)
    response = client.post("/workshops/request/", {"name": "x"})
    assert response.status_code == 403
    html = response.content.decode()
    assert "The form could not be sent" in html
    assert CRISIS in html


@pytest.fixture
def topics_for_form(db):
    return [TopicFactory()]


@pytest.mark.django_db
def test_403_404_and_500_through_the_site(client, settings):
    settings.ROOT_URLCONF = "tests.crash_urls"
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert CRISIS in response.content.decode()


HELP_PAGES = ["/get-help/", "/privacy/", "/es/get-help/", "/es/privacy/"]


@pytest.mark.parametrize("path", HELP_PAGES)
def test_help_and_privacy_never_touch_the_database(client, path):
    # No django_db mark: any query raises, so these pages work with the database down.
    response = client.get(path)
    assert response.status_code == 200
    assert 'href="tel:988"' in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("path", HELP_PAGES)
def test_help_and_privacy_make_no_query(client, path, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get(path)
    assert response.status_code == 200


# -- the city filter ----------------------------------------------------------------


@pytest.mark.django_db
def test_city_filter_lists_only_cities_with_published_upcoming_programs(client):
    ProgramFactory(venue=VenueFactory(city="Listedtown"))
    ProgramFactory(venue=VenueFactory(city="Drafton"), status="draft")
    ProgramFactory(venue=VenueFactory(city="Finishedville"), schedules=[])
    VenueFactory(city="Emptyburg")
    cities = [c for c, _ in CityChoiceFilter.cities()]
    assert cities == ["Listedtown"]
    html = client.get("/programs/").content.decode()
    assert "Listedtown" in html
    for city in ("Drafton", "Finishedville", "Emptyburg"):
        assert city not in html


# -- login lockout (django-axes) -----------------------------------------------------


PASSWORD = "a long enough passphrase"


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user(
        "editor", "editor@example.org", PASSWORD, is_staff=True
    )


def sign_in(client, password, username="editor", address="203.0.113.7"):
    return client.post(
        "/admin/login/?next=/admin/",
        {"username": username, "password": password},
        REMOTE_ADDR=address,
    )


@pytest.mark.django_db
def test_five_wrong_passwords_lock_that_name_from_that_address_then_cool_off(client, editor):
    from axes.models import AccessAttempt
    from django.db.models import F

    for _ in range(4):
        assert sign_in(client, "wrong password!").status_code == 200  # the form again
    locked = sign_in(client, "wrong password!")
    assert locked.status_code == 429
    refused = sign_in(client, PASSWORD)  # the right password is refused while locked
    assert refused.status_code == 429
    html = refused.content.decode()
    assert "Sign-in is paused" in html and "15 minutes" in html
    assert CRISIS in html
    assert refused["Retry-After"] == str(15 * 60)
    assert "_auth_user_id" not in client.session

    # Another address, or another name from this address, is not locked.
    assert sign_in(Client(), PASSWORD, address="198.51.100.9").status_code == 302
    assert sign_in(Client(), "wrong password!", username="someone").status_code == 200

    # After the cool-off (15 minutes) the right password works again: never a permanent lock.
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - timedelta(minutes=16))
    assert sign_in(client, PASSWORD).status_code == 302
    assert client.session["_auth_user_id"] == str(editor.pk)


@pytest.mark.django_db
def test_lockout_reads_the_proxy_address_only_behind_a_proxy(client, editor, settings):
    from axes.helpers import get_client_ip_address

    request = RequestFactory().get(
        "/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.7"
    )
    assert get_client_ip_address(request) == "10.0.0.2"  # no proxy: the connection
    settings.BEHIND_PROXY = True
    # Behind a proxy: the entry the proxy added, not what the client put before it.
    assert get_client_ip_address(request) == "203.0.113.7"
    # Locked per address behind the proxy too.
    for _ in range(5):
        client.post(
            "/admin/login/",
            {"username": "editor", "password": "wrong password!"},
            REMOTE_ADDR="10.0.0.2",
            HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.7",
        )
    elsewhere = client.post(
        "/admin/login/",
        {"username": "editor", "password": PASSWORD},
        REMOTE_ADDR="10.0.0.2",
        HTTP_X_FORWARDED_FOR="203.0.113.99",
    )
    assert elsewhere.status_code == 302  # another client behind the same proxy


@pytest.mark.django_db
def test_force_login_and_the_admin_still_work(staff_client):
    assert staff_client.get("/admin/").status_code == 200


def test_logs_are_one_json_object_a_line_and_forged_hosts_are_calm():
    try:
        raise ValueError("boom")
    except ValueError:
        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "failed %s", ("once",), None)
        record.exc_info = sys.exc_info()
    line = JSONFormatter().format(record)
    assert "\n" not in line
    data = json.loads(line)
    assert data["level"] == "ERROR" and data["message"] == "failed once"
    assert "ValueError: boom" in data["traceback"]
    assert CalmSecurityRecord().filter(record) is True
    assert record.levelno == logging.WARNING and record.exc_info is None


@pytest.mark.django_db
def test_long_made_up_addresses_are_not_remembered_for_the_language_link(client):
    """Every page links itself in the other language; the link is remembered per address
    in each process, but not for a scanner's long invented paths, which would fill it."""
    from connection_hub.core.templatetags.hub import _translated

    _translated.cache_clear()
    assert client.get("/resources/").status_code == 200
    assert _translated.cache_info().currsize == 1
    long_path = "/resources/" + "x" * 400 + "/"
    response = client.get(long_path)
    assert response.status_code == 404
    assert _translated.cache_info().currsize == 1
    assert f'href="/es{long_path}"' in response.content.decode()  # still the right link
