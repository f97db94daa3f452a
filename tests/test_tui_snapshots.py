"""Snapshot tests of the coach at 80×24: the home screen, every step kind, help and the dialogs.

Update after an intended change with `pytest tests/test_tui_snapshots.py --snapshot-update`,
then look at the SVGs in tests/__snapshots__/ before you commit them. Every snapshot is
deterministic: a fixed today, fixed times, and a made-up sheet folder that is never written.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from textual.pilot import Pilot

from gesprekscoach.content.models import Content
from gesprekscoach.store.models import AgendaItem, Goal
from gesprekscoach.store.preparations import PreparationStore
from gesprekscoach.tui.app import GesprekscoachApp
from tui_helpers import SIZE, go_to_step, make_app, ready_for_snapshot, settle, tab_to, type_text

SHEET_FOLDER = Path("/home/ik/Documenten")
"""Where sheets are proposed in the snapshots (shown in the save dialog, never written)."""

FIXED_NOW = datetime(2026, 11, 22, 20, 0, tzinfo=UTC)

Steer = Callable[[Pilot], Awaitable[None]]


@pytest.fixture
def app_with_preparations(shipped_content: Content, tmp_path: Path) -> GesprekscoachApp:
    """The app with two earlier preparations (fixed times), the newest a functioneringsgesprek."""
    store = PreparationStore(tmp_path / "home")
    planning = store.create("planning", date(2026, 12, 7), "Piet Jansen", now=FIXED_NOW.replace(hour=18))
    planning.agenda = [AgendaItem(text="Mijn doelen voor volgend jaar")]
    store.save(planning, now=FIXED_NOW.replace(hour=18))
    prep = store.create("functionering", date(2026, 11, 23), "Anne de Vries", now=FIXED_NOW)
    prep.agenda = [AgendaItem(text="Mijn werkdruk"), AgendaItem(text="Een cursus plannen")]
    prep.goals = [Goal(text="Ik wil beter leren plannen", meetbaar="Negen van de tien taken op tijd")]
    store.save(prep, now=FIXED_NOW)
    return make_app(shipped_content, tmp_path / "home", SHEET_FOLDER)


def open_earlier_step(step_id: str, *then: str) -> Steer:
    """Open the newest earlier preparation, go to a step (as 'Ga naar stap' does), then press keys."""

    async def steer(pilot: Pilot) -> None:
        await tab_to(pilot, "preparations")
        await pilot.press("home", "enter")
        await settle(pilot)
        await go_to_step(pilot, step_id)
        if then:
            await pilot.press(*then)
        await settle(pilot)
        await ready_for_snapshot(pilot)

    return steer


def test_home(snap_compare, app_with_preparations: GesprekscoachApp) -> None:
    assert snap_compare(app_with_preparations, terminal_size=SIZE, run_before=ready_for_snapshot)


def test_home_earlier_preparations(snap_compare, app_with_preparations: GesprekscoachApp) -> None:
    async def steer(pilot: Pilot) -> None:
        await tab_to(pilot, "preparations")
        await ready_for_snapshot(pilot)

    assert snap_compare(app_with_preparations, terminal_size=SIZE, run_before=steer)


def test_new_preparation_dialog(snap_compare, app_with_preparations: GesprekscoachApp) -> None:
    async def steer(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("down", "enter")
        await settle(pilot)
        await type_text(pilot, "31-02-2027")
        await settle(pilot)
        await ready_for_snapshot(pilot)

    assert snap_compare(app_with_preparations, terminal_size=SIZE, run_before=steer)


def test_chooser_question(snap_compare, app_with_preparations: GesprekscoachApp) -> None:
    async def steer(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("w")
        await ready_for_snapshot(pilot)

    assert snap_compare(app_with_preparations, terminal_size=SIZE, run_before=steer)


def test_chooser_advice(snap_compare, app_with_preparations: GesprekscoachApp, shipped_content: Content) -> None:
    async def steer(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("w")
        for _ in shipped_content.chooser.questions:
            await settle(pilot)
            await pilot.press("1")
        await ready_for_snapshot(pilot)

    assert snap_compare(app_with_preparations, terminal_size=SIZE, run_before=steer)


@pytest.mark.parametrize(
    "step_id",
    [
        "welkom",  # intro
        "voordelen",  # info
        "tips",  # checklist
        "terugblik",  # questions
        "doelen",  # goals
        "vragen-stellen",  # ask
        "feedback",  # feedback
        "valkuilen",  # pitfalls
        "agenda",  # agenda
        "overzicht",  # summary
    ],
)
def test_step_kind(snap_compare, app_with_preparations: GesprekscoachApp, step_id: str) -> None:
    assert snap_compare(app_with_preparations, terminal_size=SIZE, run_before=open_earlier_step(step_id))


def test_goals_live_check_of_a_vague_goal(snap_compare, app_with_preparations: GesprekscoachApp) -> None:
    async def steer(pilot: Pilot) -> None:
        await open_earlier_step("doelen")(pilot)
        await tab_to(pilot, "goal-doel-1-text")
        await pilot.press("end", "shift+home", "backspace")
        await type_text(pilot, "Ik wil beter communiceren")
        await ready_for_snapshot(pilot)

    assert snap_compare(app_with_preparations, terminal_size=SIZE, run_before=steer)


def test_feedback_live_check_with_proposal(snap_compare, app_with_preparations: GesprekscoachApp) -> None:
    async def steer(pilot: Pilot) -> None:
        await open_earlier_step("feedback")(pilot)
        await tab_to(pilot, "feedback-new")
        await type_text(pilot, "Jij luistert nooit")
        await pilot.press("enter")
        await tab_to(pilot, "feedback-0-take")
        await ready_for_snapshot(pilot)

    assert snap_compare(app_with_preparations, terminal_size=SIZE, run_before=steer)


def test_goals_help(snap_compare, app_with_preparations: GesprekscoachApp) -> None:
    assert snap_compare(app_with_preparations, terminal_size=SIZE, run_before=open_earlier_step("doelen", "f1"))


def test_checklist_ticked_with_note(snap_compare, app_with_preparations: GesprekscoachApp) -> None:
    async def steer(pilot: Pilot) -> None:
        await open_earlier_step("tips", "space", "tab")(pilot)
        await type_text(pilot, "Ik mail Anne maandag")
        await ready_for_snapshot(pilot)

    assert snap_compare(app_with_preparations, terminal_size=SIZE, run_before=steer)


def test_help_dialog(snap_compare, app_with_preparations: GesprekscoachApp) -> None:
    assert snap_compare(app_with_preparations, terminal_size=SIZE, run_before=open_earlier_step("terugblik", "f1"))


def test_save_dialog(snap_compare, app_with_preparations: GesprekscoachApp) -> None:
    assert snap_compare(app_with_preparations, terminal_size=SIZE, run_before=open_earlier_step("overzicht", "ctrl+s"))


def test_light_theme(snap_compare, app_with_preparations: GesprekscoachApp) -> None:
    async def steer(pilot: Pilot) -> None:
        await open_earlier_step("doelen")(pilot)
        pilot.app.action_toggle_theme()
        await settle(pilot)
        await ready_for_snapshot(pilot)

    assert snap_compare(app_with_preparations, terminal_size=SIZE, run_before=steer)
