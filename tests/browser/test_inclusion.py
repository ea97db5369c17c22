"""What needs a real browser: axe checks, keyboard use, reflow, quick exit, no third parties."""

from urllib.parse import urlparse

import pytest
from axe_playwright_python.sync_playwright import Axe

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

PAGE_TYPES = [
    "/",
    "/topics/",
    "/topics/social-connection/",
    "/resources/",
    "/resources/?kind=nonsense&year=soon",  # a form showing errors
    "/resources/surgeon-general-advisory-loneliness-isolation/",
    "/practices/",
    "/practices/self-compassion-practice/",
    "/programs/",
    "/programs/?audience=older-adults&free=on",
    "PROGRAM",
    "/get-help/",
    "/privacy/",
    "/search/?q=loneliness",
    "/search/?q=garden&type=programs&free=on",
    "/topics/social-connection/handout/",
    "/no-such-page/",
]


@pytest.fixture(scope="module")
def program_path(site_url, browser):
    page = browser.new_page()
    page.goto(site_url + "/programs/")
    href = page.locator(".program-card h3 a").first.get_attribute("href")
    page.close()
    return href


def paths(program_path, language):
    prefix = "/es" if language == "es" else ""
    return [prefix + (program_path if p == "PROGRAM" else p) for p in PAGE_TYPES]


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_page_type_passes_axe_and_requests_nothing_from_other_hosts(
    site_url, page, program_path, language
):
    own_host = urlparse(site_url).netloc
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    axe = Axe()
    failures = []
    for path in paths(program_path, language):
        response = page.goto(site_url + path)
        assert response.status == (404 if "no-such-page" in path else 200), path
        assert page.locator("h1").count() == 1, f"{path}: one h1 per page"
        assert page.locator("html").get_attribute("lang") == language
        results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
        for violation in results.response["violations"]:
            targets = [n["target"] for n in violation["nodes"]][:3]
            failures.append(f"{path}: {violation['id']} ({violation['impact']}) {targets}")
    assert not failures, "\n".join(failures)
    foreign = sorted({u for u in requested if urlparse(u).netloc != own_host})
    assert not foreign, f"requests to other hosts: {foreign}"


@pytest.mark.parametrize(
    "path",
    ["/", "/resources/", "/programs/", "PROGRAM", "/get-help/", "/topics/social-connection/"],
)
def test_pages_reflow_at_320_pixels_without_horizontal_scrolling(
    browser, site_url, program_path, path
):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    page.goto(site_url + (program_path if path == "PROGRAM" else path))
    overflow = page.evaluate("document.documentElement.scrollWidth")
    context.close()
    assert overflow <= 320, f"{path} is {overflow}px wide at a 320px viewport"


def focus_on(page, selector, limit=150):
    """Press Tab until the focused element matches ``selector``."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            return page.evaluate_handle("document.activeElement")
    raise AssertionError(f"Tab never reached {selector}")


def test_keyboard_only_finds_a_free_program_for_older_adults_and_opens_its_calendar(site_url, page):
    page.goto(site_url + "/")
    # The skip link is the first thing a keyboard user reaches, and it is visible.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Skip to main content"
    focus_on(page, "a[href='/programs/']")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none", "focus must be visible"
    page.keyboard.press("Enter")
    page.wait_for_url("**/programs/")

    focus_on(page, "select[name=audience]")
    page.keyboard.type("Older")  # typing selects the matching option in a closed select
    focus_on(page, "input[name=free]")
    page.keyboard.press("Space")
    focus_on(page, ".filters button[type=submit]")
    page.keyboard.press("Enter")
    page.wait_for_url("**/programs/?*")
    assert "audience=older-adults" in page.url and "free=on" in page.url

    focus_on(page, ".program-card h3 a")
    page.keyboard.press("Enter")
    page.wait_for_load_state()
    text = page.locator("main").inner_text()
    assert "Older adults" in text and "Free" in text

    focus_on(page, "a[href$='calendar.ics']")
    with page.expect_download() as download:
        page.keyboard.press("Enter")
    assert download.value.suggested_filename.endswith(".ics")


EXIT_URL = "https://www.wikipedia.org/"


def fake_exit_site(context):
    # The network is closed here; answer for the neutral site so the navigation completes.
    context.route(
        "https://www.wikipedia.org/**",
        lambda route: route.fulfill(status=200, body="<h1>Neutral</h1>", content_type="text/html"),
    )


def test_quick_exit_replaces_the_history_entry(browser, site_url):
    context = browser.new_context()
    fake_exit_site(context)
    page = context.new_page()
    page.goto(site_url + "/")
    page.goto(site_url + "/get-help/")
    length = page.evaluate("history.length")
    page.get_by_role("link", name="Leave this site").click()
    page.wait_for_url(EXIT_URL)
    # location.replace: the help page is no longer in the history.
    assert page.evaluate("history.length") == length
    page.go_back()
    assert page.url == site_url + "/"
    context.close()


def test_quick_exit_fires_on_three_shift_presses(browser, site_url):
    context = browser.new_context()
    fake_exit_site(context)
    page = context.new_page()
    page.goto(site_url + "/programs/")
    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url(EXIT_URL)
    context.close()


def test_everything_works_without_javascript(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    fake_exit_site(context)
    page = context.new_page()
    page.goto(site_url + "/programs/")
    page.select_option("select[name=category]", "garden")
    page.click(".filters button[type=submit]")
    page.wait_for_url("**category=garden*")
    assert page.locator(".program-card").count() >= 1
    page.goto(site_url + "/resources/?kind=report")
    page.get_by_role("link", name="Español", exact=True).click()
    page.wait_for_url("**/es/resources/?kind=report")
    page.get_by_role("link", name="Salir de este sitio").click()
    page.wait_for_url(EXIT_URL)
    context.close()
