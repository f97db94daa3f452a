"""Saving and printing a preparation's sheet from any screen: render it, ask where, remember where.

Rendering, writing and opening the browser run in worker threads; what the user sees (the
dialogs and the notifications) is shown on the event loop.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual.screen import Screen

from gesprekscoach.session.commands import Change, RecordSheetSaved
from gesprekscoach.session.errors import CommandError
from gesprekscoach.session.preparation_session import PreparationSession
from gesprekscoach.sheet.markdown import render_sheet_versions
from gesprekscoach.tui.context import CoachContext
from gesprekscoach.tui.dialogs.confirm import ConfirmDialog
from gesprekscoach.tui.dialogs.save_sheet import SaveSheetDialog

NOT_MADE = "Het blad kon niet gemaakt worden ({error}). Je voorbereiding is wel bewaard."


def _not_made(screen: Screen[Any], error: Exception) -> None:
    screen.notify(NOT_MADE.format(error=error), severity="error", markup=False)


def open_save_dialog(
    screen: Screen[Any], session: PreparationSession, context: CoachContext, saved: Callable[[Path, Change], None]
) -> None:
    """Show the save dialog for this preparation; after saving, note the path in the session
    (`RecordSheetSaved`) and call `saved` with the path and the change (to save it).

    The sheet is rendered once (the shared and the full version in one pass), in a worker thread,
    from a copy of the preparation as it is now.
    """
    copy = session.copy_of_prep()

    def render() -> None:
        try:
            text, full_text = render_sheet_versions(copy, context.content, today=context.today)
        except Exception as exc:  # a broken sheet must never take the coach down
            screen.app.call_from_thread(_not_made, screen, exc)
            return
        screen.app.call_from_thread(show, text, full_text)

    def show(text: str, full_text: str) -> None:
        dialog = SaveSheetDialog(text, session.proposed_sheet_path(context.cwd), context.cwd, full_text=full_text)

        def done(path: Path | None) -> None:
            if path is None:
                return
            try:  # the full version is never remembered (the session knows)
                change = session.apply(RecordSheetSaved(str(path), full=dialog.saved_full))
            except CommandError:
                change = Change()
            saved(path, change)

        screen.app.push_screen(dialog, done)

    screen.run_worker(render, thread=True, group="sheet", exit_on_error=False)


def print_sheet(screen: Screen[Any], session: PreparationSession, context: CoachContext) -> None:
    """Write the PDF of the sheet and open it in the system's PDF viewer.

    The PDF is the full sheet: what is 'alleen voor mij' goes on its last page, never on the
    shared pages. An earlier PDF of the coach at that place is replaced; another file only after
    asking. Success and problems are told in a Dutch notification. The document is built here
    (from the preparation as it is now); making the PDF, writing it and opening the viewer run
    in a worker thread.
    """
    from gesprekscoach.sheet.printing import (
        PrintError,
        PrintResult,
        PrintTargetExists,
        default_pdf_path,
        open_in_viewer,
        write_pdf,
    )

    try:
        sheet = session.sheet_document(full=True)
    except Exception as exc:  # a broken sheet must never take the coach down
        _not_made(screen, exc)
        return
    target = default_pdf_path(session.prep, context.content, context.cwd)
    app = screen.app

    def write(overwrite: bool) -> None:
        """In the worker thread."""
        try:
            path = write_pdf(sheet, target, overwrite=overwrite)
        except PrintTargetExists:
            app.call_from_thread(ask_overwrite)
            return
        except PrintError as exc:
            app.call_from_thread(screen.notify, str(exc), title="Afdrukken lukt niet", severity="error", markup=False)
            return
        except Exception as exc:  # a broken sheet must never take the coach down
            app.call_from_thread(_not_made, screen, exc)
            return
        result = PrintResult(path, open_in_viewer(path))
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
