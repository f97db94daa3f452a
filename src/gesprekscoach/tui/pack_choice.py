"""Choosing the region of the content from the full screen: a pick dialog, and the first-start line.

The rule lives in `session/pack_choice.py`; this module only asks and shows. Reading and writing
the settings file runs in worker threads. A new region applies from the next start.
"""

from __future__ import annotations

from typing import Any

from textual.screen import Screen
from textual.widgets import Static

from gesprekscoach.session.pack_choice import (
    CHOOSE_INTRO,
    CHOOSE_TITLE,
    FIRST_START_HINT_SCREEN,
    PACK_LABELS,
    SettingsError,
    choose_pack,
    current_pack,
    first_start,
    pack_choices,
)
from gesprekscoach.tui.context import CoachContext
from gesprekscoach.tui.dialogs.pick import PickDialog
from gesprekscoach.tui.pick_model import PickGroup

HINT_ID = "pack-hint"
"""The id of the quiet line on the home screen (a `Static`)."""


def show_first_start_hint(screen: Screen[Any], context: CoachContext) -> None:
    """Fill the quiet line `#pack-hint` on the very first start (no settings file yet); else hide it."""
    home = context.store.home

    def check() -> None:
        first = first_start(home)
        screen.app.call_from_thread(_show_hint, screen, first)

    screen.run_worker(check, thread=True, exit_on_error=False, group="pack-hint")


def _show_hint(screen: Screen[Any], first: bool) -> None:
    for hint in screen.query(f"#{HINT_ID}").results(Static):
        hint.update(FIRST_START_HINT_SCREEN if first else "")
        hint.display = first


def open_pack_choice(screen: Screen[Any], context: CoachContext) -> None:
    """Ask for the region in a pick dialog and keep the choice (in a worker); it applies after a restart."""
    home = context.store.home

    def load() -> None:
        current = current_pack(home)
        screen.app.call_from_thread(_ask, screen, context, current)

    screen.run_worker(load, thread=True, exit_on_error=False, group="pack-choice")


def _ask(screen: Screen[Any], context: CoachContext, current: str) -> None:
    choices = [(f"{label} (nu gekozen)" if pack == current else label, pack) for pack, label in pack_choices()]
    intro = f"{CHOOSE_INTRO} Kies met ↑ ↓ en Enter. Esc: niets veranderen."
    dialog = PickDialog(CHOOSE_TITLE, [PickGroup("Regio", choices)], intro=intro)

    def chosen(pack: str | None) -> None:
        if pack in PACK_LABELS:
            _keep(screen, context, pack)

    screen.app.push_screen(dialog, chosen)


def _keep(screen: Screen[Any], context: CoachContext, pack: str) -> None:
    home = context.store.home

    def save() -> None:
        try:
            message = choose_pack(pack, home)
        except SettingsError as error:
            screen.app.call_from_thread(screen.notify, str(error), title="Niet gelukt", severity="error", markup=False)
            return
        screen.app.call_from_thread(screen.notify, message, title="Regio", markup=False, timeout=10)
        screen.app.call_from_thread(_show_hint, screen, False)

    screen.run_worker(save, thread=True, exit_on_error=False, group="pack-choice")
