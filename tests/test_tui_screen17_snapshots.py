"""Snapshots for issue 17 at 60×20 and 80×24: the narrow layout below 80 columns (step list of
numbers, short header, all SMART letters), the footer that always shows 'stop', tick boxes
that read '[x]' and '[ ]', and agreements that stay readable.

Update after an intended change with `pytest tests/test_tui_screen17_snapshots.py --snapshot-update`,
then look at the SVGs in tests/__snapshots__/ before you commit them.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from textual.pilot import Pilot

from gesprekscoach.content.models import Content
from gesprekscoach.store.models import AfterMeetingRecord, Agreement, Goal
from gesprekscoach.store.preparations import PreparationStore
from gesprekscoach.tui.app import GesprekscoachApp
from tui_helpers import go_to_step, make_app, ready_for_snapshot, settle, tab_to

SHEET_FOLDER = Path("/home/ik/Documenten")
SIZES = [pytest.param((60, 20), id="60x20"), pytest.param((80, 24), id="80x24")]


@pytest.fixture
def app_with_a_review(shipped_content: Content, tmp_path: Path) -> GesprekscoachApp:
    """A beoordelingsgesprek with one vague goal and two noted agreements."""
    store = PreparationStore(tmp_path / "home")
    prep = store.create("beoordeling", date(2026, 11, 23), "Anne de Vries")
    prep.goals = [Goal(text="Ik wil beter plannen")]
    prep.after = AfterMeetingRecord(
        agreements=[
            Agreement(what="Nieuwe headset bestellen voor thuiswerken", who="ik"),
            Agreement(what="Budget voor de cursus plannen aanvragen"),
        ]
    )
    store.save(prep)
    return make_app(shipped_content, tmp_path / "home", SHEET_FOLDER)


def open_review_step(step_id: str) -> object:
    async def steer(pilot: Pilot) -> None:
        await tab_to(pilot, "preparations")
        await pilot.press("home", "enter")
        await settle(pilot)
        await go_to_step(pilot, step_id)
        await ready_for_snapshot(pilot)

    return steer


@pytest.mark.parametrize("size", SIZES)
def test_goals_step(snap_compare, app_with_a_review: GesprekscoachApp, size: tuple[int, int]) -> None:
    assert snap_compare(app_with_a_review, terminal_size=size, run_before=open_review_step("doelen"))


@pytest.mark.parametrize("size", SIZES)
def test_tick_boxes(snap_compare, app_with_a_review: GesprekscoachApp, size: tuple[int, int]) -> None:
    async def steer(pilot: Pilot) -> None:
        await open_review_step("tips")(pilot)  # type: ignore[operator]
        await pilot.press("space")
        await ready_for_snapshot(pilot)

    assert snap_compare(app_with_a_review, terminal_size=size, run_before=steer)


@pytest.mark.parametrize("size", SIZES)
def test_after_the_meeting(snap_compare, app_with_a_review: GesprekscoachApp, size: tuple[int, int]) -> None:
    async def steer(pilot: Pilot) -> None:
        await tab_to(pilot, "preparations")
        await pilot.press("home", "n")
        await settle(pilot)
        await ready_for_snapshot(pilot)

    assert snap_compare(app_with_a_review, terminal_size=size, run_before=steer)
