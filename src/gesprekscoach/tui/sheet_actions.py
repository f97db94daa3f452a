"""Saving and printing a preparation's sheet from any screen: render it, ask where, remember where.

Rendering, writing and opening the browser run in worker threads; what the user sees (the
dialogs and the notifications) is shown on the event loop.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual.screen import Screen

from gesprekscoach.sheet.build import build_sheet
from gesprekscoach.sheet.markdown import render_sheet, sheet_filename
from gesprekscoach.store.models import Preparation
from gesprekscoach.tui.context import CoachContext
from gesprekscoach.tui.dialogs.confirm import ConfirmDialog
from gesprekscoach.tui.dialogs.save_sheet import SaveSheetDialog

NOT_MADE = "Het blad kon niet gemaakt worden ({error}). Je voorbereiding is wel bewaard."


def proposed_sheet_path(prep: Preparation, context: CoachContext) -> Path:
    """Where to propose saving: where it was saved last time, else the sheet folder."""
    if prep.sheet_path:
        return Path(prep.sheet_path)
    return context.cwd / sheet_filename(prep, context.content)


def _not_made(screen: Screen[Any], error: Exception) -> None:
    screen.notify(NOT_MADE.format(error=error), severity="error", markup=False)


def open_save_dialog(
    screen: Screen[Any], prep: Preparation, context: CoachContext, saved: Callable[[Path], None]
) -> None:
    """Show the save dialog for this preparation; after saving, remember the path and call `saved`.

    The sheet is rendered in a worker thread from a copy of the preparation as it is now.
    """
    copy = prep.model_copy(deep=True)

    def render() -> None:
        try:
            text = render_sheet(copy, context.content, today=context.today)
            full_text = render_sheet(copy, context.content, today=context.today, full=True)
        except Exception as exc:  # a broken sheet must never take the coach down
            screen.app.call_from_thread(_not_made, screen, exc)
            return
        screen.app.call_from_thread(show, text, full_text)

    def show(text: str, full_text: str) -> None:
        dialog = SaveSheetDialog(text, proposed_sheet_path(prep, context), context.cwd, full_text=full_text)

        def done(path: Path | None) -> None:
            if path is None:
                return
            if not dialog.saved_full:  # the full version is never proposed again for printing
                prep.sheet_path = str(path)
            saved(path)

        screen.app.push_screen(dialog, done)

    screen.run_worker(render, thread=True, group="sheet", exit_on_error=False)


def proposed_print_path(prep: Preparation, context: CoachContext) -> Path:
    """Where the printable page goes: next to the saved sheet, else next to the proposed sheet ('.html')."""
    from gesprekscoach.sheet.printing import default_html_path

    return default_html_path(prep, context.content, context.cwd)


def print_sheet(screen: Screen[Any], prep: Preparation, context: CoachContext) -> None:
    """Write the printable page (HTML) of the sheet and open it in the browser, ready for Ctrl+P.

    An earlier page of the coach at that place is replaced; another file only after asking.
    Success and problems are told in a Dutch notification. Rendering, writing and opening
    the browser run in a worker thread.
    """
    from gesprekscoach.sheet.printing import PrintError, PrintResult, PrintTargetExists, open_in_browser, write_html

    copy = prep.model_copy(deep=True)
    target = proposed_print_path(prep, context)
    app = screen.app

    def write(overwrite: bool) -> None:
        """In the worker thread."""
        try:
            sheet = build_sheet(copy, context.content, today=context.today)
        except Exception as exc:  # a broken sheet must never take the coach down
            app.call_from_thread(_not_made, screen, exc)
            return
        try:
            path = write_html(sheet, target, overwrite=overwrite)
        except PrintTargetExists:
            app.call_from_thread(ask_overwrite)
            return
        except PrintError as exc:
            app.call_from_thread(screen.notify, str(exc), title="Afdrukken lukt niet", severity="error", markup=False)
            return
        result = PrintResult(path, open_in_browser(path))
        app.call_from_thread(
            screen.notify,
            result.message(),
            title="Afdrukken" if result.opened else "Open het zelf",
            severity="information" if result.opened else "warning",
            timeout=10,
            markup=False,
        )

    def start(overwrite: bool) -> None:
        screen.run_worker(lambda: write(overwrite), thread=True, group="print", exit_on_error=False)

    def ask_overwrite() -> None:
        def answered(replace: bool | None) -> None:
            if replace:
                start(True)
            else:
                screen.notify("Ik heb niets afgedrukt. Het bestand is niet veranderd.", markup=False)

        app.push_screen(
            ConfirmDialog(
                f"Het bestand {target.name} bestaat al, en de coach heeft het niet gemaakt. Wil je het vervangen?",
                yes="Vervangen",
                no="Niet vervangen",
            ),
            answered,
        )

    start(False)
