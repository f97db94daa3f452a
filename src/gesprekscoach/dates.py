"""Dutch dates: show a date the Dutch way, and read the date of a meeting as people type it.

`dutch_date` turns a date into "maandag 23 november 2026". `parse_meeting_date` reads what a
user types ("morgen", "vrijdag", "23-11", "23 nov 2026", "2026-11-23", …) and raises a
`ValueError` with a plain Dutch message (what is wrong, and an example that works).

The clock: `today()` and `now()` read it each time they are called, so a coach that stays
open past midnight dates what it writes with the new day; keep the functions, not their
result. `instant_key` orders moments without `datetime.timestamp()` (which fails before
1970 on Windows) and `local_time` shows a moment in local time without failing at the
edges of the calendar.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta

WEEKDAYS: tuple[str, ...] = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
"""Dutch weekday names, Monday first (matches `date.weekday()`)."""

MONTHS: tuple[str, ...] = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
"""Dutch month names, January first."""

_MONTH_ALIASES: dict[str, int] = {name: number for number, name in enumerate(MONTHS, start=1)}
_MONTH_ALIASES.update(
    {
        "jan": 1,
        "feb": 2,
        "febr": 2,
        "mrt": 3,
        "maa": 3,
        "apr": 4,
        "jun": 6,
        "jul": 7,
        "aug": 8,
        "sep": 9,
        "sept": 9,
        "okt": 10,
        "nov": 11,
        "dec": 12,
    }
)

_WEEKDAY_ALIASES: dict[str, int] = {name: number for number, name in enumerate(WEEKDAYS)}
_WEEKDAY_ALIASES.update({"ma": 0, "di": 1, "wo": 2, "do": 3, "vr": 4, "za": 5, "zo": 6})

_RELATIVE_DAYS: dict[str, int] = {"vandaag": 0, "morgen": 1, "overmorgen": 2}

_WEEKDAY_PREFIXES = ("aanstaande ", "komende ", "a.s. ", "as ")

EXAMPLE_HINT = "Typ bijvoorbeeld 23-11-2026 of morgen."
"""The example shown with every date error."""


def days_in_month(year: int, month: int) -> int:
    """How many days the month has (28 to 31), as `calendar.monthrange` gives it, without importing `calendar`."""
    if month == 12:
        return 31
    return (date(year, month + 1, 1) - timedelta(days=1)).day


# The patterns are compiled on first use (`re` keeps them): a command that reads no date pays nothing.
_NUMERIC = r"^(\d{1,2})\s*([-/.])\s*(\d{1,2})(?:\s*\2\s*(\d{2}|\d{4}))?$"
_ISO = r"^(\d{4})\s*-\s*(\d{1,2})\s*-\s*(\d{1,2})$"
_WORDS = r"^(\d{1,2})\.?\s*([a-z]+)\.?(?:\s+(\d{4}))?$"


# --------------------------------------------------------------------------- the clock


def today() -> date:
    """Today's date, read from the clock now (call it when the date is used, not at start-up)."""
    return date.today()


def now() -> datetime:
    """This moment in local time, with its time zone, to the second (read from the clock now)."""
    return datetime.now().astimezone().replace(microsecond=0)


def _local_offset() -> timedelta:
    """The current offset of local time from UTC."""
    return datetime.now().astimezone().utcoffset() or timedelta(0)


def instant_key(moment: datetime) -> datetime:
    """A naive UTC datetime that orders moments in time; naive moments count as local time.

    Uses no `timestamp()` (it raises before 1970 on Windows) and never fails: at the edges
    of the calendar (year 1, year 9999) the moment is used as it is.
    """
    offset = moment.utcoffset()
    if offset is None:
        offset = _local_offset()
    try:
        return moment.replace(tzinfo=None) - offset
    except OverflowError:
        return moment.replace(tzinfo=None)


def local_time(moment: datetime) -> datetime:
    """The moment in local time (a naive moment is local already); as it is when it cannot be converted."""
    if moment.tzinfo is None:
        return moment
    try:
        return moment.astimezone().replace(tzinfo=None)
    except (OverflowError, OSError, ValueError):  # before 1970 on Windows, or the edge of the calendar
        pass
    try:
        return (moment.astimezone(UTC) + _local_offset()).replace(tzinfo=None)
    except (OverflowError, OSError, ValueError):
        return moment.replace(tzinfo=None)


# --------------------------------------------------------------------------- showing dates


def dutch_date(d: date) -> str:
    """The date in words, Dutch style: 'maandag 23 november 2026'."""
    return f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}"


def day_month_year(d: date) -> str:
    """The date in words without the weekday: '15 januari 2027'."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def short_dutch_date(d: date) -> str:
    """The date in digits, Dutch style: '23-11-2026'."""
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


def parse_meeting_date(text: str, today: date) -> date:
    """Read the date of a meeting as a user types it; empty means tomorrow.

    Accepts 'vandaag', 'morgen', 'overmorgen', a weekday ('maandag' is the next Monday
    after today), '23-11-2026', '23/11/2026', '23.11.2026', '23-11' (this year, or next
    year when that day has passed), '2026-11-23', '23 november 2026' and '23 nov'.
    Upper or lower case and extra spaces do not matter.

    Raises ValueError with a Dutch message when the text is not a date or the date
    does not exist (for example 31-02-2027).
    """
    cleaned = " ".join(text.strip().lower().split())
    if not cleaned:
        return today + timedelta(days=1)
    if cleaned in _RELATIVE_DAYS:
        return today + timedelta(days=_RELATIVE_DAYS[cleaned])

    weekday_text = cleaned
    for prefix in _WEEKDAY_PREFIXES:
        if weekday_text.startswith(prefix):
            weekday_text = weekday_text[len(prefix) :].strip()
            break
    if weekday_text in _WEEKDAY_ALIASES:
        ahead = (_WEEKDAY_ALIASES[weekday_text] - today.weekday() - 1) % 7 + 1
        return today + timedelta(days=ahead)

    match = re.match(_ISO, cleaned)
    if match:
        year, month, day = (int(part) for part in match.groups())
        return _build_date(year, month, day)

    match = re.match(_NUMERIC, cleaned)
    if match:
        day, month = int(match.group(1)), int(match.group(3))
        year_text = match.group(4)
        if year_text is None:
            return _next_occurrence(day, month, today)
        year = int(year_text)
        if len(year_text) == 2:
            year += 2000
        return _build_date(year, month, day)

    match = re.match(_WORDS, cleaned)
    if match:
        day = int(match.group(1))
        month = _month_from_word(match.group(2))
        if match.group(3) is None:
            return _next_occurrence(day, month, today)
        return _build_date(int(match.group(3)), month, day)

    raise ValueError(f"Die datum ken ik niet. {EXAMPLE_HINT}")


def _month_from_word(word: str) -> int:
    """The month number for a Dutch month name or its short form."""
    if word in _MONTH_ALIASES:
        return _MONTH_ALIASES[word]
    raise ValueError(f"De maand '{word}' ken ik niet. Schrijf de maand voluit, zoals 23 november. {EXAMPLE_HINT}")


def _next_occurrence(day: int, month: int, today: date) -> date:
    """This day and month in the current year, or next year when it has passed."""
    _check_month(month)
    if month == 2 and day == 29:
        # 29 February only exists in leap years: take the first one from today on.
        year = today.year
        while True:
            if days_in_month(year, 2) == 29 and date(year, 2, 29) >= today:
                return date(year, 2, 29)
            year += 1
    candidate = _build_date(today.year, month, day)
    if candidate < today:
        candidate = _build_date(today.year + 1, month, day)
    return candidate


def _check_month(month: int) -> None:
    """Raise a Dutch ValueError when the month number is not 1 to 12."""
    if not 1 <= month <= 12:
        raise ValueError(f"Er is geen maand {month}. Een maand is een getal van 1 tot en met 12. {EXAMPLE_HINT}")


def _build_date(year: int, month: int, day: int) -> date:
    """The date, or a Dutch ValueError that says why it does not exist."""
    _check_month(month)
    if not 1 <= year <= 9999:
        raise ValueError(f"Het jaar {year} klopt niet. {EXAMPLE_HINT}")
    days = days_in_month(year, month)
    if not 1 <= day <= days:
        raise ValueError(
            f"Die datum bestaat niet: {MONTHS[month - 1]} {year} heeft {days} dagen. "
            f"Kijk de dag nog eens na. {EXAMPLE_HINT}"
        )
    return date(year, month, day)


_PAST_DAYS: dict[str, int] = {"vandaag": 0, "gisteren": 1, "eergisteren": 2}

_PAST_WEEKDAY_PREFIXES = ("afgelopen ", "vorige ", "jl. ", "jl ")


def parse_past_date(text: str, today: date) -> date:
    """Read a day that has passed (for example the day a report came in); empty means today.

    Accepts 'vandaag', 'gisteren', 'eergisteren', a weekday ('maandag' is the latest Monday
    up to today), and the dates `parse_meeting_date` reads. A day and month without a year
    ('22-01', '22 januari') is taken in the past: this year, or last year.
    Raises ValueError with a Dutch message when it is no date, or a day still to come.
    """
    cleaned = " ".join(text.strip().lower().split())
    if not cleaned:
        return today
    if cleaned in _PAST_DAYS:
        return today - timedelta(days=_PAST_DAYS[cleaned])
    weekday_text = cleaned
    for prefix in _PAST_WEEKDAY_PREFIXES:
        if weekday_text.startswith(prefix):
            weekday_text = weekday_text[len(prefix) :].strip()
            break
    if weekday_text in _WEEKDAY_ALIASES:
        return today - timedelta(days=(today.weekday() - _WEEKDAY_ALIASES[weekday_text]) % 7)
    future = f"Die dag is nog niet geweest. Typ de dag waarop het gebeurde, bijvoorbeeld {short_dutch_date(today)}."
    if cleaned in _RELATIVE_DAYS:
        raise ValueError(future)
    try:
        found = parse_meeting_date(cleaned, today)
    except ValueError as error:
        hint = f"Typ bijvoorbeeld {short_dutch_date(today)} of gisteren."
        raise ValueError(str(error).replace(EXAMPLE_HINT, hint)) from None
    numeric = re.match(_NUMERIC, cleaned)
    words = re.match(_WORDS, cleaned)
    without_year = (numeric is not None and numeric.group(4) is None) or (words is not None and words.group(3) is None)
    if found > today and without_year:
        try:
            found = found.replace(year=found.year - 1)
        except ValueError:  # 29 February
            found = found.replace(year=found.year - 1, day=28)
    if found > today:
        raise ValueError(future)
    return found


_TIME = r"^(\d{1,2})(?:\s*[:.hu]\s*(\d{2}))?\s*(?:uur|u)?$"
_TIME_DIGITS = r"^(\d{3,4})$"

TIME_HINT = "Typ de tijd zo: 9:30 of 14.00. Laat het leeg als je de tijd niet weet."
"""The example every time message ends with."""


def short_time(moment: time) -> str:
    """A time the Dutch way, in 24 hours: '09:30'."""
    return f"{moment.hour:02d}:{moment.minute:02d}"


def parse_meeting_time(text: str) -> time | None:
    """Read the time of a meeting as a user types it; empty means no time (None).

    Accepts '9:30', '09:30', '09.30', '9u30', '930', '0930', '14' and '14 uur'.
    Raises ValueError with a Dutch message when it is no time of the day (for example 25:00).
    """
    cleaned = "".join(text.strip().lower().split()) if text.strip() else ""
    if not cleaned:
        return None
    digits = re.match(_TIME_DIGITS, cleaned)
    if digits is not None:
        number = digits.group(1)
        hour, minute = int(number[:-2]), int(number[-2:])
    else:
        match = re.match(_TIME, cleaned)
        if match is None:
            raise ValueError(f"'{text.strip()}' is geen tijd. {TIME_HINT}")
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if hour > 23 or minute > 59:
        raise ValueError(f"{text.strip()} bestaat niet als tijd. {TIME_HINT}")
    return time(hour, minute)
