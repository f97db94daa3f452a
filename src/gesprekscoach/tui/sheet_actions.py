"""Saving and printing a preparation's sheet from any screen: render it, ask where, remember where."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.screen import Screen

from gesprekscoach.sheet.build import build_sheet
from gesprekscoach.sheet.markdown import render_sheet, sheet_filename
from gesprekscoach.store.models import Preparation
from gesprekscoach.tui.context import CoachContext
from gesprekscoach.tui.dialogs.confirm import ConfirmDialog
from gesprekscoach.tui.dialogs.save_sheet import SaveSheetDialog


def proposed_sheet_path(prep: Preparation, context: CoachContext) -> Path:
    """Where to propose saving: where it was saved last time, else the sheet folder."""
    if prep.sheet_path:
        return Path(prep.sheet_path)
    return context.cwd / sheet_filename(prep, context.content)


def open_save_dialog(screen: Screen, prep: Preparation, context: CoachContext, saved: Callable[[Path], None]) -> None:
    """Show the save dialog for this preparation; after saving, remember the path and call `saved`."""
    try:
        text = render_sheet(prep, context.content, today=context.today)
        full_text = render_sheet(prep, context.content, today=context.today, full=True)
    except Exception as exc:
        screen.notify(
            f"Het blad kon niet gemaakt worden ({exc}). Je voorbereiding is wel bewaard.",
            severity="error",
            markup=False,
        )
        return
    dialog = SaveSheetDialog(text, proposed_sheet_path(prep, context), context.cwd, full_text=full_text)

    def done(path: Path | None) -> None:
        if path is None:
            return
        if not dialog.saved_full:  # the full version is never proposed again for printing
            prep.sheet_path = str(path)
        saved(path)

    screen.app.push_screen(dialog, done)


def proposed_print_path(prep: Preparation, context: CoachContext) -> Path:
    """Where the PDF goes: next to the saved sheet, else in the sheet folder ('.pdf')."""
    from gesprekscoach.sheet.printing import default_pdf_path

    return default_pdf_path(prep, context.content, context.cwd)


def print_sheet(screen: Screen, prep: Preparation, context: CoachContext) -> None:
    """Write the PDF of the sheet and open it in the system's PDF viewer.

    An earlier page of the coach at that place is replaced; another file only after asking.
    Success and problems are told in a Dutch notification.
    """
    from gesprekscoach.sheet.printing import PrintError, PrintResult, PrintTargetExists, open_in_viewer, write_pdf

    try:  # full: what is 'alleen voor mij' goes on the PDF's last page, never on the shared pages
        sheet = build_sheet(prep, context.content, today=context.today, full=True)
    except Exception as exc:
        screen.notify(
            f"Het blad kon niet gemaakt worden ({exc}). Je voorbereiding is wel bewaard.",
            severity="error",
            markup=False,
        )
        return
    target = proposed_print_path(prep, context)

    def write(overwrite: bool) -> None:
        try:
            path = write_pdf(sheet, target, overwrite=overwrite)
        except PrintTargetExists:
            ask_overwrite()
            return
        except PrintError as exc:
            screen.notify(str(exc), title="Afdrukken lukt niet", severity="error", markup=False)
            return
        result = PrintResult(path, open_in_viewer(path))
        screen.notify(
            result.message(),
            title="Afdrukken" if result.opened else "Open het zelf",
            severity="information" if result.opened else "warning",
            timeout=10,
            markup=False,
        )

    def ask_overwrite() -> None:
        def answered(replace: bool | None) -> None:
            if replace:
                write(True)
            else:
                screen.notify("Ik heb niets afgedrukt. Het bestand is niet veranderd.", markup=False)

        screen.app.push_screen(
            ConfirmDialog(
                f"Het bestand {target.name} bestaat al, en de coach heeft het niet gemaakt. Wil je het vervangen?",
                yes="Vervangen",
                no="Niet vervangen",
            ),
            answered,
        )

    write(False)
