"""The finder on a phone and the look at two widths, in headless Chromium.

Screenshots of the home page, a topic, the program list and a program page at 390 and
1280 px are saved under test-artifacts/screenshots/ (git-ignored) for a person to review.
"""

from pathlib import Path

import pytest

from .conftest import ROOT

SHOTS = ROOT / "test-artifacts" / "screenshots"
PHONE = {"width": 390, "height": 844}
LAPTOP = {"width": 1280, "height": 800}


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    yield page
    context.close()


def test_after_choosing_this_week_the_first_result_is_in_the_first_screen(phone, site_url):
    phone.goto(site_url + "/programs/")
    # The folded filters take one line; the quick choices sit above the list.
    assert not phone.locator("select[name=category]").is_visible()
    assert phone.locator(".filter-summary").is_visible()
    phone.get_by_role("link", name="This week", exact=True).click()
    phone.wait_for_url("**/programs/?when=week")
    card = phone.locator(".program-card").first
    box = card.bounding_box()
    assert box is not None and box["y"] + 40 < PHONE["height"], box  # its title shows too
    summary = " ".join(phone.locator(".filter-summary").inner_text().split())
    assert summary == "Filter programs (1 applied)"
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"]


def focus_on(page, selector, limit=80):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


def test_the_phone_filters_work_with_the_keyboard_alone(phone, site_url):
    phone.goto(site_url + "/programs/")
    focus_on(phone, "summary.filter-summary")
    phone.keyboard.press("Enter")
    assert phone.locator("details.filter-panel").get_attribute("open") is not None
    focus_on(phone, "select[name=format]")
    phone.keyboard.type("Online")  # typing picks the option in a closed select
    focus_on(phone, "input[name=free]")
    phone.keyboard.press("Space")
    focus_on(phone, ".filters button[type=submit]")
    phone.keyboard.press("Enter")
    phone.wait_for_url("**/programs/?*")
    assert "format=online" in phone.url and "free=on" in phone.url
    # The chips say what is applied; removing one keeps the other.
    focus_on(phone, "a.chip-remove")
    with phone.expect_navigation():
        phone.keyboard.press("Enter")
    assert ("format=online" in phone.url) != ("free=on" in phone.url)


def test_on_a_laptop_the_filters_are_open_beside_the_results(page, site_url):
    page.set_viewport_size(LAPTOP)
    page.goto(site_url + "/programs/")
    assert page.locator("select[name=category]").is_visible()
    assert not page.locator(".filter-summary").is_visible()
    form = page.locator("form.filters").bounding_box()
    first = page.locator(".program-card").first.bounding_box()
    assert form["x"] + form["width"] <= first["x"]  # side by side
    # The program page puts its facts in a side column.
    page.goto(site_url + "/programs/")
    page.locator(".program-card h3 a").first.click()
    page.wait_for_load_state()
    glance = page.locator("aside.glance").bounding_box()
    text = page.locator(".detail-main").bounding_box()
    assert glance["x"] > text["x"] + text["width"] - 1
    assert glance["y"] < 400


def screenshot_paths(site_url, page):
    page.goto(site_url + "/programs/")
    program = page.locator(".program-card h3 a").first.get_attribute("href")
    return {
        "home": "/",
        "topic": "/topics/social-connection/",
        "programs": "/programs/",
        "program": program,
    }


@pytest.mark.parametrize("viewport", [PHONE, LAPTOP], ids=["390", "1280"])
def test_screenshots_for_review(browser, site_url, viewport):
    SHOTS.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    for name, path in screenshot_paths(site_url, page).items():
        response = page.goto(site_url + path)
        assert response.status == 200, path
        target = Path(SHOTS / f"{name}-{viewport['width']}.png")
        page.screenshot(path=str(target), full_page=True)
        assert target.stat().st_size > 10_000
    context.close()
