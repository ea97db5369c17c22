"""The admin works under the Content-Security-Policy: sign in, add and save items, preview
Markdown, with no CSP violation reported by the browser (issue 10)."""

import pytest

from .conftest import manage_py

PASSWORD = "a long enough csp passphrase"
MAKE_ADMIN = f"""
from django.contrib.auth.models import User
if not User.objects.filter(username="csp-admin").exists():
    User.objects.create_superuser("csp-admin", "csp@example.org", {PASSWORD!r})
"""
# Runs before any page script: every violation the browser reports is kept on the page.
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(
    event.violatedDirective + " blocked " + (event.blockedURI || "inline") +
    " at " + event.sourceFile + ":" + event.lineNumber
  );
});
"""


@pytest.fixture(scope="module")
def admin_site(site_url, site_env):
    manage_py(site_env, "shell", "-c", MAKE_ADMIN)
    return site_url


@pytest.fixture
def watched(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.add_init_script(RECORD_VIOLATIONS)
    page = context.new_page()
    problems = []

    def on_console(message):
        text = message.text
        if message.type == "error" and (
            "Content Security Policy" in text or "Content-Security-Policy" in text
        ):
            problems.append(text)

    page.on("console", on_console)
    page.on("pageerror", lambda error: problems.append(f"script error: {error}"))
    yield page, problems
    context.close()


def violations(page):
    return page.evaluate("window.__cspViolations || []")


def test_the_policy_is_on(admin_site, watched):
    page, _ = watched
    response = page.goto(admin_site + "/admin/login/")
    csp = response.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp


def test_an_editor_signs_in_and_saves_items_without_a_csp_violation(admin_site, watched):
    page, problems = watched
    seen = []

    page.goto(admin_site + "/admin/login/")
    page.fill("#id_username", "csp-admin")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit], button[type=submit]")
    page.wait_for_url(admin_site + "/admin/")
    seen += violations(page)

    # A publisher: the slug is filled in from the name by the admin's script.
    page.goto(admin_site + "/admin/resources/publisher/add/")
    page.fill("#id_name", "Riverton Library Friends")
    page.keyboard.press("Tab")
    assert page.input_value("#id_slug") == "riverton-library-friends"  # scripts ran
    seen += violations(page)
    page.click("input[name=_save]")
    page.wait_for_url(admin_site + "/admin/resources/publisher/")
    assert "Riverton Library Friends" in page.content()
    seen += violations(page)

    # A resource's change page: Markdown preview (fetch), autocompletes, inlines.
    page.goto(admin_site + "/admin/resources/resource/")
    page.click("#result_list tbody tr th a")
    page.wait_for_load_state("networkidle")
    seen += violations(page)
    page.click("input[name=_save]")
    page.wait_for_load_state("networkidle")
    assert "was changed successfully" in page.content()
    seen += violations(page)

    # A program's change page: schedules inline and the rule preview.
    page.goto(admin_site + "/admin/programs/program/")
    page.click("#result_list tbody tr th a")
    page.wait_for_load_state("networkidle")
    seen += violations(page)

    assert seen == [], seen
    assert problems == [], problems
