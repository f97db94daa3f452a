"""Moving between the steps of a conversation: fast key presses never break the screen.

Every step widget is mounted once, the first time its step opens, and then only shown or
hidden (a ContentSwitcher); nothing is removed and mounted while the user moves on.
"""

from __future__ import annotations

from textual.widgets import TextArea

from conftest import StepOpener
from gesprekscoach.tui.widgets.steps import StepView
from tui_helpers import (
    conversation_screen,
    current_step_id,
    run_async,
    send_keys,
    settle,
    shown_step_id,
    tab_to,
    type_text,
)


@run_async
async def test_fast_switching_back_and_forth_keeps_ctrl_n_working(open_step: StepOpener) -> None:
    async with open_step("functionering", "welkom") as pilot:
        screen = conversation_screen(pilot)
        ids = [step.id for step in screen.steps]
        last = len(ids) - 1
        # No waiting between the keys: over every step, the ones with text areas too, and back.
        for _ in range(3):
            send_keys(pilot, *["ctrl+n"] * last)
            send_keys(pilot, *["ctrl+b"] * last)
        send_keys(pilot, "ctrl+n", "ctrl+b", "ctrl+n", "ctrl+n", "ctrl+b", "ctrl+n", "ctrl+n")
        await settle(pilot)
        assert current_step_id(pilot) == shown_step_id(pilot) == ids[3]

        # Ctrl+N still works, one step at a time, up to the last step.
        for index in range(4, len(ids)):
            await pilot.press("ctrl+n")
            await settle(pilot)
            assert current_step_id(pilot) == shown_step_id(pilot) == ids[index]

        # A step's widget is made once, when the step is shown (steps flown past need none);
        # only the open one is displayed.
        shown = [view.step.id for view in screen.query(StepView)]
        assert len(shown) == len(set(shown)), shown
        assert set(ids[3:]) <= set(shown) <= set(ids)
        assert [view.step.id for view in screen.query(StepView) if view.display] == [ids[-1]]


@run_async
async def test_a_step_keeps_what_you_typed_when_you_come_back(open_step: StepOpener) -> None:
    async with open_step("functionering", "terugblik") as pilot:
        await tab_to(pilot, "answer-wat-ging-goed")
        await type_text(pilot, "Het project")
        await pilot.press("ctrl+n", "ctrl+n", "ctrl+b", "ctrl+b")
        await settle(pilot)
        assert shown_step_id(pilot) == "terugblik"
        area = pilot.app.screen.query_one("#answer-wat-ging-goed", TextArea)
        assert area.text == "Het project"
        assert conversation_screen(pilot).prep.answers["wat-ging-goed"].text == "Het project"


@run_async
async def test_the_overview_counts_again_when_you_come_back(open_step: StepOpener) -> None:
    async with open_step("voortgang", "overzicht") as pilot:
        screen = conversation_screen(pilot)
        agenda = next(step for step in screen.steps if step.id == "agenda")
        line = f"✓ {screen.steps.index(agenda) + 1}. {agenda.title}"
        assert line not in str(pilot.app.screen.query_one("#summary-overview").render())
        await pilot.press("ctrl+b")
        await settle(pilot)
        await tab_to(pilot, "agenda-new")
        await type_text(pilot, "Mijn werkdruk")
        await pilot.press("enter")
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert shown_step_id(pilot) == "overzicht"
        assert line in str(pilot.app.screen.query_one("#summary-overview").render())
