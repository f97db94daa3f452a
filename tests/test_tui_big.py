"""Big preparations in the full screen: many goals with one editor and a compact list; the save
dialog renders the sheet once. (How fast is measured in benchmarks/bench_big.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from conftest import StepOpener
from gesprekscoach.content.models import Content
from gesprekscoach.sheet import build as sheet_build
from gesprekscoach.store.models import Goal, Preparation
from gesprekscoach.tui.dialogs.confirm import ConfirmDialog
from gesprekscoach.tui.dialogs.save_sheet import SaveSheetDialog
from gesprekscoach.tui.widgets.goal_editor import GoalEditor
from gesprekscoach.tui.widgets.goal_picker import OPEN_MARK, LinePicker
from tui_helpers import conversation_screen, focused_id, run_async, settle, tab_to, type_text


def _goals(count: int) -> list[Goal]:
    return [Goal(text=f"Doel nummer {n}", acceptabel="ja" if n % 2 else "") for n in range(1, count + 1)]


def _with_goals(count: int) -> object:
    def fill(prep: Preparation) -> None:
        prep.goals = _goals(count)

    return fill


@run_async
async def test_many_goals_show_one_editor_and_a_list_that_says_where_you_are(open_step: StepOpener) -> None:
    prep = open_step.seed("functionering", fill=_with_goals(300))  # type: ignore[arg-type]
    async with open_step(prep, "doelen") as pilot:
        screen = pilot.app.screen
        assert len(screen.query(GoalEditor)) == 1
        assert len(screen.query(Input)) < 20  # one editor's fields, not 300 editors'
        picker = screen.query_one("#goal-picker", LinePicker)
        assert picker.display and picker.border_title == "Doel 1 van 300"
        assert picker.line_text(0).startswith(f"{OPEN_MARK} 1. Doel nummer 1 — nog open: ")
        assert picker.line_text(299).startswith("  300. Doel nummer 300 — ")
        await tab_to(pilot, "goal-picker")
        await pilot.press("end")
        assert picker.border_title == "Doel 300 van 300"
        await pilot.press("up", "up")
        assert picker.border_title == "Doel 298 van 300"
        await pilot.press("enter")
        await settle(pilot)
        assert focused_id(pilot) == "goal-doel-298-text"
        editor = screen.query_one(GoalEditor)
        assert editor.border_title == "Doel 298 van 300"
        assert screen.query_one("#goal-doel-298-text", Input).value == "Doel nummer 298"
        await pilot.press("end")
        await type_text(pilot, " en meer")
        await settle(pilot)
        assert conversation_screen(pilot).prep.goals[297].text == "Doel nummer 298 en meer"
        assert picker.line_text(297).startswith(f"{OPEN_MARK} 298. Doel nummer 298 en meer — ")
        await pilot.press("home")  # in the field: to the start of the text
        await tab_to(pilot, "goal-picker")
        await pilot.press("home", "enter")
        await settle(pilot)
        assert focused_id(pilot) == "goal-doel-1-text"
        assert len(screen.query(GoalEditor)) == 1
        await pilot.press("ctrl+q")


@run_async
async def test_adding_and_removing_goals_keeps_one_editor_and_the_list_right(open_step: StepOpener) -> None:
    prep = open_step.seed("functionering", fill=_with_goals(3))  # type: ignore[arg-type]
    async with open_step(prep, "doelen") as pilot:
        screen = pilot.app.screen
        picker = screen.query_one("#goal-picker", LinePicker)
        await tab_to(pilot, "add-goal")
        await pilot.press("enter")
        await settle(pilot)
        assert focused_id(pilot) == "goal-doel-4-text"
        assert picker.border_title == "Doel 4 van 4"
        assert picker.line_text(3) == f"{OPEN_MARK} 4. (nog geen zin) — nog leeg"
        # An empty goal goes without asking; the goal before it takes its place.
        await tab_to(pilot, "goal-doel-4-remove")
        await pilot.press("enter")
        await settle(pilot)
        assert [goal.id for goal in conversation_screen(pilot).prep.goals] == ["doel-1", "doel-2", "doel-3"]
        assert focused_id(pilot) == "goal-doel-3-text"
        assert picker.border_title == "Doel 3 van 3" and len(screen.query(GoalEditor)) == 1
        # A goal with text: the screen asks first.
        await tab_to(pilot, "goal-doel-3-remove")
        await pilot.press("enter")
        await settle(pilot)
        dialog = pilot.app.screen
        assert isinstance(dialog, ConfirmDialog) and dialog.question.startswith("Doel 3 weghalen?")
        await pilot.click("#confirm-yes")
        await settle(pilot)
        assert [goal.id for goal in conversation_screen(pilot).prep.goals] == ["doel-1", "doel-2"]
        assert picker.border_title == "Doel 2 van 2"
        await pilot.press("ctrl+q")


@run_async
async def test_one_goal_needs_no_list(open_step: StepOpener) -> None:
    async with open_step("functionering", "doelen") as pilot:
        assert not pilot.app.screen.query_one("#goal-picker", LinePicker).display
        assert pilot.app.screen.query_one(GoalEditor).border_title == "Doel 1"
        await pilot.press("ctrl+q")


@run_async
async def test_ctrl_t_in_the_list_marks_the_highlighted_goal(open_step: StepOpener) -> None:
    prep = open_step.seed("functionering", fill=_with_goals(5))  # type: ignore[arg-type]
    async with open_step(prep, "doelen") as pilot:
        picker = pilot.app.screen.query_one("#goal-picker", LinePicker)
        await tab_to(pilot, "goal-picker")
        await pilot.press("down", "down", "ctrl+t")
        await settle(pilot)
        assert conversation_screen(pilot).prep.goals[2].private
        assert picker.line_text(2).endswith("alleen voor mij")
        await pilot.press("ctrl+q")


@run_async
async def test_ctrl_s_builds_no_sheet_before_the_dialog(
    shipped_content: Content, open_step: StepOpener, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def fill(prep: Preparation) -> None:
        prep.goals = _goals(20)
        prep.goals[0].private = True

    prep = open_step.seed("functionering", fill=fill)
    builds: list[tuple[bool, ...]] = []
    real_build = sheet_build._build

    def counting_build(*args: object) -> object:
        builds.append(args[2])  # type: ignore[arg-type]
        return real_build(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(sheet_build, "_build", counting_build)
    async with open_step(prep, "doelen") as pilot:
        await pilot.press("ctrl+s")
        await settle(pilot)
        dialog = pilot.app.screen
        assert isinstance(dialog, SaveSheetDialog)
        assert builds == []  # no build: whether there is a page 'alleen voor mij' is known without it
        assert dialog.offer_full  # the private goal makes that page, so the full version is offered
        await pilot.press("escape")
        await pilot.press("ctrl+q")


@run_async
async def test_a_long_agenda_shows_a_page_of_rows_and_moves_between_pages(open_step: StepOpener) -> None:
    from gesprekscoach.store.models import AgendaItem
    from gesprekscoach.tui.widgets.text_list import PAGE_SIZE, TextListEditor, TextListRow

    def fill(prep: Preparation) -> None:
        prep.agenda = [AgendaItem(text=f"Punt {n}") for n in range(1, 121)]

    prep = open_step.seed("functionering", fill=fill)
    async with open_step(prep, "agenda") as pilot:
        screen = pilot.app.screen
        editor = screen.query_one("#agenda-points", TextListEditor)
        assert len(screen.query(TextListRow)) == PAGE_SIZE == 50
        assert editor.page_line() == "Punt 1 tot en met 50 van 120"
        assert screen.query_one("#agenda-page-back").disabled
        await tab_to(pilot, "agenda-page-next")
        await pilot.press("enter")
        await settle(pilot)
        assert editor.page_line() == "Punt 51 tot en met 100 van 120"
        assert screen.query_one(f"#{editor.field_id(editor.rows[50])}", Input).value == "Punt 51"
        assert len(screen.query(TextListRow)) == 50
        # Moving the first row of this page up brings it to the page before, and shows that page.
        screen.query_one(f"#{editor.field_id(editor.rows[50])}").focus()
        await pilot.press("alt+up")
        await settle(pilot)
        assert conversation_screen(pilot).prep.agenda_texts()[49:51] == ["Punt 51", "Punt 50"]
        assert editor.page_line() == "Punt 1 tot en met 50 van 120"
        assert pilot.app.focused is not None and pilot.app.focused.id == editor.field_id(editor.rows[49])
        # A new point goes at the end: the last page is shown.
        await tab_to(pilot, "agenda-new")
        await type_text(pilot, "Nieuw punt")
        await pilot.press("enter")
        await settle(pilot)
        assert editor.page_line() == "Punt 101 tot en met 121 van 121"
        assert conversation_screen(pilot).prep.agenda_texts()[-1] == "Nieuw punt"
        assert screen.query_one(f"#{editor.field_id(editor.rows[120])}", Input).value == "Nieuw punt"
        await pilot.press("ctrl+q")


@run_async
async def test_the_first_autosave_sets_long_lived_objects_apart_until_the_screen_closes(
    open_step: StepOpener,
) -> None:
    """So a save's short-lived objects never set off a walk over the whole app while you type."""
    import gc

    from gesprekscoach.tui.screens.home import HomeScreen

    async with open_step("functionering", "doelen") as pilot:
        await tab_to(pilot, "goal-doel-1-text")
        await type_text(pilot, "Ik leer plannen")
        await conversation_screen(pilot).save_now()
        await settle(pilot)
        assert gc.get_freeze_count() > 0
        assert conversation_screen(pilot).prep.goals[0].text == "Ik leer plannen"
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(pilot.app.screen, HomeScreen)
        assert gc.get_freeze_count() == 0
        await pilot.press("ctrl+q")


@run_async
async def test_a_click_on_a_line_of_the_list_opens_that_goal(open_step: StepOpener) -> None:
    prep = open_step.seed("functionering", fill=_with_goals(4))  # type: ignore[arg-type]
    async with open_step(prep, "doelen") as pilot:
        picker = pilot.app.screen.query_one("#goal-picker", LinePicker)
        await pilot.click("#goal-picker", offset=(5, 3))  # the border, then lines 1, 2, 3
        await settle(pilot)
        assert focused_id(pilot) == "goal-doel-3-text"
        assert picker.line_text(2).startswith(f"{OPEN_MARK} 3. ")
        await pilot.press("ctrl+q")
