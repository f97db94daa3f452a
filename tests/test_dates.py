"""Dutch dates: showing them, and reading the meeting date as people type it."""

from __future__ import annotations

from datetime import date

import pytest

from gesprekscoach.dates import days_in_month, dutch_date, parse_meeting_date, short_dutch_date

TODAY = date(2026, 11, 18)  # a Wednesday


def test_dutch_date_in_words() -> None:
    assert dutch_date(date(2026, 11, 23)) == "maandag 23 november 2026"
    assert dutch_date(date(2027, 1, 3)) == "zondag 3 januari 2027"
    assert dutch_date(date(2026, 3, 1)) == "zondag 1 maart 2026"


def test_short_dutch_date() -> None:
    assert short_dutch_date(date(2027, 1, 3)) == "03-01-2027"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", date(2026, 11, 19)),
        ("   ", date(2026, 11, 19)),
        ("vandaag", date(2026, 11, 18)),
        ("morgen", date(2026, 11, 19)),
        ("Morgen ", date(2026, 11, 19)),
        ("overmorgen", date(2026, 11, 20)),
        ("OVERMORGEN", date(2026, 11, 20)),
        ("donderdag", date(2026, 11, 19)),
        ("maandag", date(2026, 11, 23)),
        ("Maandag", date(2026, 11, 23)),
        # the same weekday as today means next week, not today
        ("woensdag", date(2026, 11, 25)),
        ("dinsdag", date(2026, 11, 24)),
        ("aanstaande vrijdag", date(2026, 11, 20)),
        ("23-11-2026", date(2026, 11, 23)),
        ("23/11/2026", date(2026, 11, 23)),
        ("23.11.2026", date(2026, 11, 23)),
        (" 23 - 11 - 2026 ", date(2026, 11, 23)),
        ("3-1-2027", date(2027, 1, 3)),
        ("23-11-26", date(2026, 11, 23)),
        ("2026-11-23", date(2026, 11, 23)),
        ("23-11", date(2026, 11, 23)),
        ("18-11", date(2026, 11, 18)),  # today is not past
        ("17-11", date(2027, 11, 17)),  # already past: next year
        ("5/1", date(2027, 1, 5)),
        ("23 november 2026", date(2026, 11, 23)),
        ("23  November   2026", date(2026, 11, 23)),
        ("23 nov", date(2026, 11, 23)),
        ("23 NOV.", date(2026, 11, 23)),
        ("1 jan", date(2027, 1, 1)),
        ("2 mrt 2027", date(2027, 3, 2)),
        ("29 februari", date(2028, 2, 29)),
        ("29-02-2028", date(2028, 2, 29)),
    ],
)
def test_parse_meeting_date_accepts(text: str, expected: date) -> None:
    assert parse_meeting_date(text, TODAY) == expected


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("31-02-2027", ["bestaat niet", "februari 2027 heeft 28 dagen"]),
        ("29-02-2027", ["bestaat niet", "28 dagen"]),
        ("31 april 2027", ["bestaat niet", "april 2027 heeft 30 dagen"]),
        ("0-11-2026", ["bestaat niet"]),
        ("12-13-2026", ["geen maand 13"]),
        ("2026-13-01", ["geen maand 13"]),
        ("32-01", ["bestaat niet", "31 dagen"]),
        ("23 novembre 2026", ["maand 'novembre' ken ik niet"]),
        ("volgende week", ["ken ik niet"]),
        ("gisteren?", ["ken ik niet"]),
        ("23-11-202", ["ken ik niet"]),
        ("1-2-3", ["ken ik niet"]),
        ("23112026", ["ken ik niet"]),
    ],
)
def test_parse_meeting_date_rejects_with_dutch_help(text: str, words: list[str]) -> None:
    with pytest.raises(ValueError) as raised:
        parse_meeting_date(text, TODAY)
    message = str(raised.value)
    for word in words:
        assert word in message
    # every message shows an example that works
    assert "Typ bijvoorbeeld 23-11-2026 of morgen." in message
    for example in ("23-11-2026", "morgen"):
        parse_meeting_date(example, TODAY)


def test_weekday_on_sunday_is_next_week() -> None:
    sunday = date(2026, 11, 22)
    assert parse_meeting_date("maandag", sunday) == date(2026, 11, 23)
    assert parse_meeting_date("zondag", sunday) == date(2026, 11, 29)


def test_day_and_month_at_the_turn_of_the_year() -> None:
    new_years_eve = date(2026, 12, 31)
    assert parse_meeting_date("31-12", new_years_eve) == date(2026, 12, 31)
    assert parse_meeting_date("2 jan", new_years_eve) == date(2027, 1, 2)
    assert parse_meeting_date("morgen", new_years_eve) == date(2027, 1, 1)


def test_days_in_month_is_the_calendars() -> None:
    import calendar

    for year in (1, 1900, 2000, 2023, 2024, 2100, 9999):
        for month in range(1, 13):
            assert days_in_month(year, month) == calendar.monthrange(year, month)[1], (year, month)


def test_the_commands_import_neither_calendar_nor_locale() -> None:
    import subprocess
    import sys

    code = "import sys, gesprekscoach.dates, gesprekscoach.checks.smart; print('calendar' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
