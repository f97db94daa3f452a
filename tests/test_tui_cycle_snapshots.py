"""Snapshots of the cycle screens at 80×24: home with the report reminder and the wins log,
carried-over items in a step, after the meeting, the reaction letter, and the save dialog with
the full version.

Update after an intended change with `pytest tests/test_tui_cycle_snapshots.py --snapshot-update`,
then look at the SVGs in tests/__snapshots__/ before you commit them. Fixed dates and times only.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from textual.pilot import Pilot

from gesprekscoach.content.models import Content
from gesprekscoach.session.cycle import start_preparation
from gesprekscoach.store.preparations import PreparationStore
from gesprekscoach.store.wins_log import WinsLogStore
from gesprekscoach.tui.app import GesprekscoachApp
from tui_helpers import SIZE, go_to_step, make_app, ready_for_snapshot, settle, tab_to
from year_helpers import FUNCTIONING_DAY, at, make_planning, record_functioning_after, record_planning_after

SHEET_FOLDER = Path("/home/ik/Documenten")
"""Where sheets and letters are proposed (never written in these snapshots)."""


def _app(content: Content, home: Path, today: date) -> GesprekscoachApp:
    return make_app(content, home, SHEET_FOLDER, today)


@pytest.fixture
def year(shipped_content: Content, tmp_path: Path) -> Path:
    """A planningsgesprek with its agreements, two wins, and a functioneringsgesprek; returns the home."""
    home = tmp_path / "home"
    store = PreparationStore(home)
    planning = record_planning_after(store, make_planning(store))
    wins = WinsLogStore(home)
    wins.add("Eerste presentatie gegeven", now=at(date(2027, 2, 3)), goal=planning.goals[0], goal_source=planning)
    wins.add("Compliment van een klant", now=at(date(2027, 3, 4)), private=True)
    start_preparation(store, shipped_content, "functionering", FUNCTIONING_DAY, "Anne de Vries",
                      now=datetime(2027, 6, 1, 20, tzinfo=UTC))  # fmt: skip
    return home


def test_home_reminds_to_ask_for_the_report(snap_compare, shipped_content: Content, year: Path) -> None:
    app = _app(shipped_content, year, date(2027, 6, 20))  # ten days after the functioneringsgesprek
    assert snap_compare(app, terminal_size=SIZE, run_before=ready_for_snapshot)


def test_home_with_reminder_and_wins_log(snap_compare, shipped_content: Content, year: Path) -> None:
    WinsLogStore(year).add("Nieuwe klant binnengehaald", now=at(date(2027, 6, 15)))

    async def steer(pilot: Pilot) -> None:
        await tab_to(pilot, "log-entries")
        await ready_for_snapshot(pilot)

    app = _app(shipped_content, year, date(2027, 6, 20))  # ten days after the functioneringsgesprek
    assert snap_compare(app, terminal_size=SIZE, run_before=steer)


def test_carried_over_goals_in_a_step(snap_compare, shipped_content: Content, year: Path) -> None:
    async def steer(pilot: Pilot) -> None:
        await tab_to(pilot, "preparations")
        await pilot.press("home", "enter")
        await settle(pilot)
        await go_to_step(pilot, "verwachte-vragen")
        await pilot.press("enter", "d", "enter", "tab", "ctrl+t")
        pilot.app.clear_notifications()
        await settle(pilot)
        await ready_for_snapshot(pilot)

    assert snap_compare(_app(shipped_content, year, date(2027, 6, 8)), terminal_size=SIZE, run_before=steer)


def test_after_the_meeting(snap_compare, shipped_content: Content, year: Path) -> None:
    async def steer(pilot: Pilot) -> None:
        await tab_to(pilot, "preparations")
        await pilot.press("home", "down", "n")
        await settle(pilot)
        await ready_for_snapshot(pilot)

    assert snap_compare(_app(shipped_content, year, date(2027, 1, 25)), terminal_size=SIZE, run_before=steer)


def test_reaction_letter(snap_compare, shipped_content: Content, year: Path) -> None:
    store = PreparationStore(year)
    record_functioning_after(store, store.load("2027-06-10-functionering"))

    async def steer(pilot: Pilot) -> None:
        await tab_to(pilot, "preparations")
        await pilot.press("home", "n")
        await settle(pilot)
        await pilot.press("ctrl+r")
        await settle(pilot)
        await pilot.press("tab", "tab", "tab", "ctrl+l")
        await settle(pilot)
        await ready_for_snapshot(pilot)

    assert snap_compare(_app(shipped_content, year, date(2027, 6, 19)), terminal_size=SIZE, run_before=steer)


def test_save_dialog_offers_the_full_version(snap_compare, shipped_content: Content, year: Path) -> None:
    async def steer(pilot: Pilot) -> None:
        await tab_to(pilot, "preparations")
        await pilot.press("home", "enter")
        await settle(pilot)
        await go_to_step(pilot, "terugblik")
        await pilot.press("ctrl+t")  # the first carried-over agreement: alleen voor mij
        await settle(pilot)
        pilot.app.clear_notifications()
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.press("shift+tab", "down", "enter", "tab")  # Markdown
        await pilot.press("tab", "space")  # the full version: another file name
        await ready_for_snapshot(pilot)

    assert snap_compare(_app(shipped_content, year, date(2027, 6, 8)), terminal_size=SIZE, run_before=steer)
