"""An organizer adds a weekly program with a cancelled date; an editor publishes it."""

import datetime

import pytest
from axe_playwright_python.sync_playwright import Axe

from .conftest import manage_py

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
PASSWORD = "a long enough pass phrase"

MAKE_STAFF = f"""
from django.contrib.auth.models import Group, User
from programs.models import Host
organizer = User.objects.create_user("organizer", "o@example.org", {PASSWORD!r}, is_staff=True)
organizer.groups.add(Group.objects.get(name="Organizers"))
Host.objects.get(slug="riverton-neighborhood-alliance").members.add(organizer)
editor = User.objects.create_user("editor", "e@example.org", {PASSWORD!r}, is_staff=True)
editor.groups.add(Group.objects.get(name="Editors"))
"""


@pytest.fixture(scope="module")
def staff(site_url, site_env):
    manage_py(site_env, "shell", "-c", MAKE_STAFF)
    return site_url


def sign_in(page, site_url, username):
    page.goto(site_url + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit], button[type=submit]")
    page.wait_for_url(site_url + "/admin/")


def choose(page, field, text):
    """Pick ``text`` in an admin autocomplete (select2) field."""
    page.click(f'[aria-labelledby="select2-id_{field}-container"]')
    page.fill(".select2-search__field", text)
    page.click(f".select2-results__option:has-text({text!r})")


def next_wednesday():
    day = datetime.date.today() + datetime.timedelta(days=1)
    while day.isoweekday() != 3:
        day += datetime.timedelta(days=1)
    return day


def test_an_organizer_submits_and_an_editor_publishes_a_weekly_program(staff, browser):
    site_url = staff
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    sign_in(page, site_url, "organizer")
    page.goto(site_url + "/admin/programs/program/add/")
    page.fill("#id_title_en", "Wednesday walk and talk")
    page.dispatch_event("#id_title_en", "change")
    assert page.input_value("#id_slug") == "wednesday-walk-and-talk"  # filled from the title
    page.select_option("#id_status", "review")
    page.select_option("#id_category", "physical_activity")
    page.fill("#id_summary_en", "A gentle walk by the river, then tea.")
    choose(page, "host", "Riverton Neighborhood")
    choose(page, "venue", "Riverside Park")
    first = next_wednesday()
    page.select_option("#id_schedules-0-frequency", "weekly")
    page.select_option("#id_schedules-0-weekday", "3")
    page.fill("#id_schedules-0-start_date", first.isoformat())
    page.fill("#id_schedules-0-start_time", "10:00")
    page.fill("#id_schedules-0-end_time", "11:30")
    page.click("#cancellations-group .add-row a")
    page.fill("#id_cancellations-0-date", (first + datetime.timedelta(days=7)).isoformat())
    page.fill("#id_cancellations-0-reason_en", "Holiday")
    page.click("input[name=_save]")
    page.wait_for_url(site_url + "/admin/programs/program/")
    assert "was added successfully" in page.inner_text(".messagelist")
    context.close()

    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    sign_in(page, site_url, "editor")
    assert "Wednesday walk and talk" in page.inner_text(".staff-dashboard")
    page.goto(site_url + "/admin/programs/program/?q=Wednesday+walk")
    page.check("input[name=_selected_action]")
    page.select_option("select[name=action]", "publish")
    page.click("button[name=index]")
    assert "1 program published." in page.inner_text(".messagelist")
    context.close()

    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    axe = Axe()
    for path in ("/programs/wednesday-walk-and-talk/", "/programs/?q=walk"):
        response = page.goto(site_url + path)
        assert response.status == 200, path
        results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
        assert results.response["violations"] == [], path
    page.goto(site_url + "/programs/wednesday-walk-and-talk/")
    text = page.inner_text("main")
    assert "Wednesday walk and talk" in text
    assert "Holiday" in text or "Cancelled" in text or "cancelled" in text
    context.close()
