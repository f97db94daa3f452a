"""Today's date is read when it is used, not when the coach starts: a win noted just after midnight
gets the new day, also when the log store was made the evening before."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from gesprekscoach import dates
from gesprekscoach.cli.main import main
from gesprekscoach.store.wins_log import WinsLogStore

TZ = timezone(timedelta(hours=1))
EVENING = datetime(2027, 3, 11, 23, 59, 58, tzinfo=TZ)
AFTER_MIDNIGHT = datetime(2027, 3, 12, 0, 0, 13, tzinfo=TZ)


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def now(self) -> datetime:
        return self.moment

    def today(self) -> date:
        return self.moment.date()


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    fake = FakeClock(EVENING)
    monkeypatch.setattr(dates, "now", fake.now)
    monkeypatch.setattr(dates, "today", fake.today)
    return fake


def test_the_clock_functions_give_local_time_to_the_second() -> None:
    before = datetime.now().astimezone()
    moment = dates.now()
    assert moment.tzinfo is not None and moment.microsecond == 0
    assert abs(moment - before) < timedelta(seconds=2)
    assert dates.today() in (before.date(), (before + timedelta(seconds=2)).date())


def test_a_win_added_after_midnight_gets_the_new_day(private_home: Path, clock: FakeClock) -> None:
    store = WinsLogStore(private_home)  # made in the evening, as in a coach left open
    store.load()
    clock.moment = AFTER_MIDNIGHT
    entry = store.add("Net na middernacht")
    assert entry.at == AFTER_MIDNIGHT and entry.id == "20270312-000013"


def test_the_log_command_dates_an_entry_when_it_writes_it(
    private_home: Path, clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    clock.moment = AFTER_MIDNIGHT
    assert main(["log", "Gelukt"]) == 0
    assert "Bewaard in je logboek (12 maart 2027)." in capsys.readouterr().out
    assert [entry.at for entry in WinsLogStore(private_home).load().entries] == [AFTER_MIDNIGHT]
    assert main(["log"]) == 0
    assert "12 maart 2027: Gelukt" in capsys.readouterr().out


def test_now_and_today_options_still_win(private_home: Path, clock: FakeClock) -> None:
    assert main(["log", "Gisteren gedaan", "--today", "2027-03-10"]) == 0
    assert main(["log", "Om tien uur", "--now", "2027-03-09T10:00"]) == 0
    days = [entry.at.date() for entry in WinsLogStore(private_home).load().entries]
    assert days == [date(2027, 3, 10), date(2027, 3, 9)]
