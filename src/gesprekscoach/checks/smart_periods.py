"""Calendar arithmetic for deadlines: months, quarters, weeks, school years, seasons, holidays.

A `Period` has a first day, a last day and a middle; smart_time.py picks one of them
from the words in front of it ('begin', 'half', 'eind', 'voor').
"""

# No `from __future__ import annotations` here: `typing.NamedTuple` would compile the text of
# every field's annotation at import (tens of microseconds each, on every command); the few
# names a signature uses before they exist are quoted instead.
from datetime import date, timedelta
from typing import NamedTuple

from gesprekscoach.dates import days_in_month


def last_day(year: int, month: int) -> date:
    """The last day of a month."""
    return date(year, month, days_in_month(year, month))


def add_months(day: date, months: int) -> date:
    """The same day `months` months later (or the month's last day, when it is shorter)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, days_in_month(year, month)))


def add_workdays(day: date, count: int) -> date:
    """The day `count` working days (Monday to Friday) after `day`."""
    while count > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day


def monday_of(day: date) -> date:
    """The Monday of the week `day` is in."""
    return day - timedelta(days=day.weekday())


def _easter(year: int) -> date:
    """Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


class Period(NamedTuple):
    """A stretch of days a time word stands for: its first, last and middle day."""

    start: date
    end: date
    middle: date


def month_period(year: int, month: int) -> Period:
    """A calendar month; its middle is the 15th."""
    return Period(date(year, month, 1), last_day(year, month), date(year, month, 15))


def quarter_period(year: int, quarter: int) -> Period:
    """Quarter 1 to 4 of a year; its middle is the 15th of the middle month."""
    first = 3 * quarter - 2
    return Period(date(year, first, 1), last_day(year, first + 2), date(year, first + 1, 15))


def year_period(year: int) -> Period:
    """A calendar year; its middle is 30 June."""
    return Period(date(year, 1, 1), date(year, 12, 31), date(year, 6, 30))


def week_period(monday: date) -> Period:
    """A working week, Monday to Friday; its middle is the Wednesday."""
    return Period(monday, monday + timedelta(days=4), monday + timedelta(days=2))


def school_year_period(end_year: int) -> Period:
    """The school year that ends on 31 July of `end_year`."""
    return Period(date(end_year - 1, 8, 1), date(end_year, 7, 31), date(end_year, 1, 31))


def season_period(name: str, year: int) -> Period:
    """Seasons and holidays as people at work use them (the summer holiday starts in July)."""
    if name in ("voorjaar", "lente"):
        return Period(date(year, 3, 1), date(year, 5, 31), date(year, 4, 15))
    if name in ("zomer", "zomervakantie", "zomerstop", "zomerperiode", "bouwvak"):
        return Period(date(year, 7, 1), date(year, 8, 31), date(year, 7, 31))
    if name in ("najaar", "herfst"):
        return Period(date(year, 9, 1), date(year, 11, 30), date(year, 10, 15))
    if name == "winter":
        return Period(date(year, 12, 1), last_day(year + 1, 2), date(year + 1, 1, 15))
    if name in ("kerst", "kerstmis"):
        return Period(date(year, 12, 25), date(year, 12, 26), date(year, 12, 25))
    if name == "kerstvakantie":
        return Period(date(year, 12, 20), date(year + 1, 1, 4), date(year, 12, 27))
    if name in ("jaarwisseling", "oud en nieuw"):
        return Period(date(year + 1, 1, 1), date(year + 1, 1, 1), date(year, 12, 31))
    if name == "meivakantie":
        return Period(date(year, 4, 26), date(year, 5, 4), date(year, 4, 30))
    if name == "herfstvakantie":
        return Period(date(year, 10, 17), date(year, 10, 25), date(year, 10, 21))
    if name in ("voorjaarsvakantie", "krokusvakantie", "carnaval"):
        return Period(date(year, 2, 15), date(year, 2, 23), date(year, 2, 19))
    if name == "pasen":
        easter = _easter(year)
        return Period(easter, easter + timedelta(days=1), easter)
    raise KeyError(name)
