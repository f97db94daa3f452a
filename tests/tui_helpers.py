"""Helpers for the TUI tests: build the app with a fixed date and folders, and drive it by keys.

Nothing here sleeps: `settle` waits until every worker is done and every message handled.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Coroutine
from datetime import date
from pathlib import Path
from typing import Any

from textual import events
from textual.keys import _character_to_key
from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from gesprekscoach.content.models import Content
from gesprekscoach.store.preparations import PreparationStore
from gesprekscoach.tui.app import GesprekscoachApp
from gesprekscoach.tui.screens.autosaving import AutosavingScreen
from gesprekscoach.tui.screens.conversation import ConversationScreen
from gesprekscoach.tui.widgets.carry_over import carry_widget_id

TODAY = date(2026, 11, 22)
"""The fixed 'today' of every TUI test (a Sunday); tomorrow is Monday 23 November 2026."""

TOMORROW = date(2026, 11, 23)

SIZE = (80, 24)
"""The smallest terminal the coach must work in."""


def run_async(test: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    """Run an async test function with asyncio (pytest then sees a plain test; fixtures still work)."""

    @functools.wraps(test)
    def wrapper(*args: Any, **kwargs: Any) -> None:
        asyncio.run(test(*args, **kwargs))

    return wrapper


def make_app(content: Content, home: Path, cwd: Path, today: date = TODAY) -> GesprekscoachApp:
    """The app with a store in `home`, a fixed today, and sheets proposed in `cwd`."""
    return GesprekscoachApp(content=content, store=PreparationStore(home), today=today, cwd=cwd)


async def settle(pilot: Pilot, *, rounds: int = 100) -> None:
    """Wait until the app is idle: every worker finished, every animation done, every message handled.

    The coach reads and writes the disk in worker threads; a test waits here instead of sleeping.
    The app counts as idle after two quiet rounds in a row, so a worker or animation that a
    handler starts late is seen too. A round is one `pilot.pause()` (which waits until every
    widget of the screen handled its messages); waiting for animations only when one runs keeps
    a round cheap on a screen with many widgets.
    """
    app = pilot.app
    idle = 0
    for _ in range(rounds):
        await pilot.pause()
        running = [worker for worker in app.workers if not worker.is_finished]
        if running:
            idle = 0
            await app.workers.wait_for_complete(running)
            continue
        animator = app.animator
        if animator._animations or animator._scheduled:  # a scroll to the focused field, for example
            idle = 0
            await pilot.wait_for_scheduled_animations()
            continue
        idle += 1
        if idle == 2:
            return
    raise AssertionError("The app kept working; it never settled")


async def wait_until(pilot: Pilot, condition: Callable[[], bool], *, limit: float = 30.0) -> None:
    """Let the app run until `condition` holds (for what a timer of the app does, like the autosave).

    `limit` (seconds) only ends a test that would otherwise hang; a busy machine just takes longer.
    """
    loop = asyncio.get_running_loop()
    end = loop.time() + limit
    while not condition():
        if loop.time() > end:
            raise AssertionError(f"Waited {limit} s and it did not happen\n{screen_text(pilot)}")
        await pilot.pause(0.02)


async def autosaved(pilot: Pilot) -> None:
    """Wait until the debounced autosave of the open preparation has written every edit."""
    screens = [screen for screen in pilot.app.screen_stack if isinstance(screen, AutosavingScreen)]
    await wait_until(pilot, lambda: all(screen.autosaver.idle for screen in screens))
    await settle(pilot)


async def ready_for_snapshot(pilot: Pilot) -> None:
    """Settle, let the autosave finish, and stop the cursors blinking: the picture is the same on every machine."""
    await settle(pilot)
    await autosaved(pilot)
    for screen in pilot.app.screen_stack:
        for field in screen.query("Input, TextArea"):
            if isinstance(field, Input | TextArea):
                field.cursor_blink = False
    await settle(pilot)


def screen_text(pilot: Pilot) -> str:
    """What is on the screen now, as plain text (for assertions and debugging)."""
    strips = pilot.app.screen._compositor.render_strips()
    return "\n".join(strip.text for strip in strips)


def focused_id(pilot: Pilot) -> str | None:
    """The id of the focused widget (None when nothing or a widget without id has the focus)."""
    focused = pilot.app.focused
    return focused.id if focused is not None else None


async def type_text(pilot: Pilot, text: str) -> None:
    """Type the text key by key, as fast as a quick typist (a new line is typed with Enter).

    The keys of a line go to the app one after the other without a pause between them (the
    app handles them in order, like keys from a terminal); then the test waits until the app
    is idle. Enter is pressed on its own, since it may move the focus.
    """
    app = pilot.app
    for number, line in enumerate(text.split("\n")):
        if number:
            await pilot.press("enter")
        for char in line:
            key = _character_to_key(char) if len(char) == 1 and not char.isalnum() else char
            app.post_message(events.Key(key, char))
        await settle(pilot)


def send_keys(pilot: Pilot, *keys: str) -> None:
    """Hand keys to the app all at once, without waiting between them (a user who holds a key down).

    The app handles them in order; call `settle` to wait until it has.
    """
    for key in keys:
        pilot.app.post_message(events.Key(key, key if len(key) == 1 else None))


async def tab_to(pilot: Pilot, widget_id: str, *, limit: int = 60) -> None:
    """Press Tab until the widget with this id has the focus."""
    await settle(pilot)
    for _ in range(limit):
        if focused_id(pilot) == widget_id:
            return
        await pilot.press("tab")
    raise AssertionError(f"Tab never reached #{widget_id}; focus is on #{focused_id(pilot)}\n{screen_text(pilot)}")


def conversation_screen(pilot: Pilot) -> ConversationScreen:
    """The conversation screen that is open (it may be below a dialog)."""
    for screen in reversed(pilot.app.screen_stack):
        if isinstance(screen, ConversationScreen):
            return screen
    raise AssertionError(f"No conversation screen is open\n{screen_text(pilot)}")


def current_step_id(pilot: Pilot) -> str:
    """The id of the open step."""
    screen = conversation_screen(pilot)
    return screen.steps[screen.step_index].id


def shown_step_id(pilot: Pilot) -> str | None:
    """The id of the step whose widget is shown (None while the preparation is being opened)."""
    view = conversation_screen(pilot).current_view()
    return view.step.id if view is not None else None


def carry_id(pilot: Pilot, position: int, part: str) -> str:
    """The id of a widget ('status', 'note', 'private') of a carried-over item, by its place in `prep.carry_over`."""
    item = conversation_screen(pilot).prep.carry_over[position]
    return f"{carry_widget_id(item)}-{part}"


async def next_to_step(pilot: Pilot, step_id: str, *, key: str = "ctrl+n", limit: int = 20) -> None:
    """Press Ctrl+N (or `key`) until the step with this id is open and shown."""
    for _ in range(limit):
        await settle(pilot)
        if current_step_id(pilot) == step_id:
            assert shown_step_id(pilot) == step_id, screen_text(pilot)
            return
        await pilot.press(key)
    raise AssertionError(f"Never reached step {step_id}; now on {current_step_id(pilot)}")


async def go_to_step(pilot: Pilot, step_id: str) -> None:
    """Open a step directly, as 'Ga naar stap' in the command palette does (only that step is mounted)."""
    await settle(pilot)
    screen = conversation_screen(pilot)
    screen.go_to_step([step.id for step in screen.steps].index(step_id))
    await settle(pilot)
    assert current_step_id(pilot) == shown_step_id(pilot) == step_id


async def start_preparation(
    pilot: Pilot, conversation_id: str, *, date_text: str = "", with_whom: str = "", time_text: str = ""
) -> None:
    """From the home screen: choose a conversation type by keys, fill in the dialog (day, time, with whom), start."""
    app = pilot.app
    types = app.screen.query_one("#conversation-types")
    await tab_to(pilot, "conversation-types")
    ids = [option.id for option in types.options]
    target = ids.index(f"type-{conversation_id}")
    await pilot.press("home", *["down"] * target, "enter")
    await settle(pilot)
    assert focused_id(pilot) == "meeting-date"
    if date_text:
        await type_text(pilot, date_text)  # the proposed date is selected, typing replaces it
    await pilot.press("enter")
    assert focused_id(pilot) == "meeting-time"
    await type_text(pilot, time_text)
    await pilot.press("enter")
    assert focused_id(pilot) == "with-whom"
    await type_text(pilot, with_whom)
    await pilot.press("enter")
    await settle(pilot)
    conversation_screen(pilot)


async def run_palette_command(pilot: Pilot, name: str) -> None:
    """Open the command palette, type a command's name and run the best match."""
    await pilot.press("ctrl+p")
    await settle(pilot)
    await type_text(pilot, name)
    await settle(pilot)  # the palette searches in a worker
    await pilot.press("enter")
    await settle(pilot)


async def choose_second_format(pilot: Pilot) -> None:
    """In a save dialog (the path field has the focus): Shift+Tab to the formats, ↓ and Enter on the
    second one (Markdown for the sheet, text for the summary and the letter), Tab back to the path."""
    assert focused_id(pilot) == "sheet-path"
    await pilot.press("shift+tab")
    assert focused_id(pilot) == "save-format"
    await pilot.press("down", "enter", "tab")
    await settle(pilot)
    assert focused_id(pilot) == "sheet-path"
