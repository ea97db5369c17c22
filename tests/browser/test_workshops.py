"""The workshop request form in headless Chromium: axe, keyboard only, no third parties.

The test server runs the database task queue with no worker, so nothing is emailed here;
each valid submission counts towards the per-address limit (5 an hour), so this module
sends at most four.
"""

from urllib.parse import urlparse

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.test_inclusion import WCAG_TAGS, focus_on

FORM = "/workshops/request/"


def axe_failures(page, label):
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    return [
        f"{label}: {v['id']} ({v['impact']}) {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
    ]


def fill_valid(page):
    page.fill("#id_name", "Rosa Méndez")
    page.fill("#id_email", "rosa@example.org")
    page.fill("#id_organization", "Eastside Library Friends")
    page.check("#id_format_1")
    page.fill("#id_group_size", "24")
    page.fill("#id_town", "Santa Barbara")


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_form_its_errors_and_its_confirmation_pass_axe_with_no_third_parties(
    site_url, page, language
):
    own_host = urlparse(site_url).netloc
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    prefix = "/es" if language == "es" else ""
    failures = []

    response = page.goto(site_url + prefix + FORM)
    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == language
    assert page.locator("h1").count() == 1
    failures += axe_failures(page, "form")

    # Sent empty: the same page with every error beside its field.
    page.click("form.workshop-form button[type=submit]")
    page.wait_for_load_state()
    assert page.locator(".field-error").count() >= 5
    assert page.locator("[aria-invalid=true]").count() >= 4
    failures += axe_failures(page, "form with errors")

    fill_valid(page)
    page.click("form.workshop-form button[type=submit]")
    page.wait_for_url(f"**{prefix}/workshops/request/sent/**")
    assert "Eastside Library Friends" in page.locator("main").inner_text()
    failures += axe_failures(page, "confirmation")

    assert not failures, "\n".join(failures)
    foreign = sorted({u for u in requested if urlparse(u).netloc != own_host})
    assert not foreign, f"requests to other hosts: {foreign}"


def test_keyboard_only_from_the_practices_page_to_the_confirmation(site_url, page):
    page.goto(site_url + "/practices/")
    focus_on(page, f"a[href='{FORM}']")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{FORM}")

    focus_on(page, "#id_name")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none", "focus must be visible"
    page.keyboard.type("Sam Lee")
    page.keyboard.press("Tab")
    page.keyboard.type("sam@example.org")
    focus_on(page, "#id_organization")
    page.keyboard.type("Harbor High School")
    focus_on(page, "#id_topics_0")
    page.keyboard.press("Space")
    focus_on(page, "input[name=format]")
    page.keyboard.press("ArrowDown")  # moves to and selects "Online"
    focus_on(page, "#id_group_size")
    page.keyboard.type("30")
    page.keyboard.press("Tab")
    page.keyboard.type("Ventura")
    focus_on(page, "#id_message")
    page.keyboard.type("Two classes of ninth graders.")

    # Tabbing on reaches the button without ever landing in the hidden trap.
    for _ in range(10):
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.name") != "website"
        if page.evaluate("document.activeElement.matches('.workshop-form button')"):
            break
    else:
        raise AssertionError("Tab never reached the submit button")
    page.keyboard.press("Enter")
    page.wait_for_url("**/workshops/request/sent/**")
    text = page.locator("main").inner_text()
    assert "Harbor High School" in text and "Online" in text and "Ventura" in text
    assert "Two classes of ninth graders." in text


def test_the_form_works_without_javascript_and_reflows_at_320_pixels(browser, site_url):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 320, "height": 640})
    page = context.new_page()
    page.goto(site_url + FORM)
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    page.fill("#id_name", "Kim")
    page.click("form.workshop-form button[type=submit]")
    page.wait_for_load_state()
    assert page.input_value("#id_name") == "Kim"  # kept
    assert page.locator("#id_email-error").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    context.close()
