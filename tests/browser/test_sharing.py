"""What facilitators share, seen in a real browser: copy button, print layout, handout."""

import re


def test_copy_button_copies_the_clean_link(browser, site_url):
    context = browser.new_context()
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_url)
    page = context.new_page()
    page.goto(site_url + "/topics/social-connection/?utm_source=flyer")
    button = page.get_by_role("button", name="Copy link")
    assert button.is_visible()  # shown only when JavaScript runs
    button.click()
    page.wait_for_function("document.getElementById('share-status').textContent.length > 0")
    assert page.evaluate("navigator.clipboard.readText()") == (
        site_url + "/topics/social-connection/"
    )
    context.close()


def test_copy_button_is_hidden_without_javascript(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "/topics/social-connection/")
    assert not page.get_by_role("button", name="Copy link").is_visible()
    assert page.locator("#share-url").input_value() == site_url + "/topics/social-connection/"
    context.close()


def test_print_layout_drops_navigation_and_shows_link_targets(page, site_url):
    page.goto(site_url + "/topics/social-connection/")
    page.emulate_media(media="print")
    assert page.locator(".main-nav").is_hidden()
    assert page.locator(".quick-exit").is_hidden()
    assert page.locator(".share-panel").is_hidden()
    assert page.locator(".crisis").is_visible()  # the help lines stay on paper
    after = page.evaluate(
        "getComputedStyle(document.querySelector('.prose a[href^=\"http\"]') "
        "|| document.body, '::after').content"
    )
    assert after == "none" or "http" in after


def test_handout_prints_on_one_or_two_pages(page, site_url):
    page.goto(site_url + "/topics/social-connection/handout/")
    assert page.locator("img.handout-qr").evaluate("img => img.naturalWidth") > 0
    pdf = page.pdf(format="Letter", print_background=False)
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert 1 <= pages <= 2, f"the handout prints on {pages} pages"
    text = page.locator("main").inner_text()
    assert site_url + "/topics/social-connection/" in text
    assert "/resources/" in text  # each featured resource with its full address
