"""Spanish dates read like Spanish: weekdays and months in lower case mid-sentence.

"Próxima sesión: domingo 22 de noviembre, 11:30", never "Domingo 22 de Noviembre".
"""

import datetime
import re

import pytest
from django.utils import timezone

from tests.factories import ProgramFactory

pytestmark = pytest.mark.django_db

WEEKDAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
MONTHS = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]
CAPITALISED = re.compile(
    r"\b(" + "|".join(w.capitalize() for w in WEEKDAYS + MONTHS) + r")\b",
)


@pytest.fixture
def weekly_program():
    """A program meeting every day of the coming week, so every weekday name is rendered."""
    start = timezone.localdate() + datetime.timedelta(days=1)
    return ProgramFactory(
        title="Almuerzo del club",
        schedules=[
            {
                "start_date": start + datetime.timedelta(days=n),
                "start_time": datetime.time(11, 30),
                "end_time": datetime.time(13, 0),
            }
            for n in range(7)
        ],
    )


def session_times(html):
    return re.findall(r"<time datetime=\"[^\"]+\">\s*([^<]+?)\s*</time>", html)


def test_the_spanish_program_page_writes_weekdays_and_months_in_lower_case(client, weekly_program):
    html = client.get(f"/es{weekly_program.get_absolute_url()}").content.decode()
    times = session_times(html)
    assert len(times) >= 5
    for text in times:
        day, rest = text.split(" ", 1)
        assert day in WEEKDAYS, text
        assert re.fullmatch(r"\d{1,2} de (" + "|".join(MONTHS) + r"), \d{2}:\d{2}", rest), text
    assert any(t.endswith(", 11:30") for t in times)  # the wall-clock time, 24-hour
    assert not CAPITALISED.search(" ".join(times))


def test_the_spanish_program_list_writes_the_next_session_in_lower_case(client, weekly_program):
    html = client.get("/es/programs/").content.decode()
    card = html[html.index("Almuerzo del club") :]
    (first,) = session_times(card)[:1]
    day = first.split(" ", 1)[0]
    assert day in WEEKDAYS, first
    assert not CAPITALISED.search(first)


def test_english_dates_keep_their_capitals(client, weekly_program):
    html = client.get(weekly_program.get_absolute_url()).content.decode()
    times = session_times(html)
    assert times
    assert all(re.match(r"[A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2}, ", t) for t in times), times
