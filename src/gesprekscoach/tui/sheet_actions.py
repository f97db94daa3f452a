"""Saving and printing a preparation's papers from any screen: the sheet, the summary after the
meeting and the reaction letter. Ask the format and where, write through the session, remember where.

Working out the proposal, writing and opening the viewer run in worker threads; what the user
sees (the dialogs and the notifications) and the session's record are on the event loop.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual.screen import Screen

from gesprekscoach.session.commands import Change
from gesprekscoach.session.preparation_session import PreparationSession, SheetFormat
from gesprekscoach.sheet.letter import LetterFormat
from gesprekscoach.tui.context import CoachContext
from gesprekscoach.tui.dialogs.confirm import ConfirmDialog
from gesprekscoach.tui.dialogs.save_sheet import PAPER_FORMATS, SaveFileDialog, SaveSheetDialog

NOT_MADE = "Het blad kon niet gemaakt worden ({error}). Je voorbereiding is wel bewaard."


def _not_made(screen: Screen[Any], error: Exception) -> None:
    screen.notify(NOT_MADE.format(error=error), severity="error", markup=False)


def open_save_dialog(
    screen: Screen[Any], session: PreparationSession, context: CoachContext, saved: Callable[[Path, Change], None]
) -> None:
    """Show the save dialog for this preparation's sheet (PDF or Markdown); after saving, note the
    path in the session (`sheet_saved`, on the event loop) and call `saved` with the path and the change.

    What the dialog proposes (the documents folder, or where the sheet was saved before) and
    whether there is a private page are worked out in a worker thread, without building the
    sheet (`session.has_private_page`): it is built once, when it is written (through the
    session, `write_sheet_file`, in the dialog's worker thread).
    """

    def prepare() -> None:
        try:
            proposed = session.proposed_sheet_path(context.cwd, "pdf")
            offer_full = session.has_private_page()  # without building the sheet
        except Exception as exc:  # a broken sheet must never take the coach down
            screen.app.call_from_thread(_not_made, screen, exc)
            return
        screen.app.call_from_thread(show, proposed, offer_full)

    def write(path: Path, fmt: str, overwrite: bool, full: bool) -> Path:
        """In the dialog's worker thread."""
        return session.write_sheet_file(path, fmt=_sheet_format(fmt), overwrite=overwrite, full=full)

    def show(proposed: Path, offer_full: bool) -> None:
        dialog = SaveSheetDialog(proposed, context.cwd, write, offer_full=offer_full)

        def done(path: Path | None) -> None:
            if path is None:
                return
            change = session.sheet_saved(path, fmt=_sheet_format(dialog.saved_format), full=dialog.saved_full)
            saved(path, change)

        screen.app.push_screen(dialog, done)

    screen.run_worker(prepare, thread=True, group="sheet", exit_on_error=False)


def _sheet_format(key: str) -> SheetFormat:
    return "pdf" if key == "pdf" else "md"


def _paper_format(key: str) -> LetterFormat:
    return "pdf" if key == "pdf" else "txt"


def open_summary_dialog(screen: Screen[Any], session: PreparationSession, context: CoachContext) -> None:
    """Save the summary of what was agreed, as PDF or text (the session writes it, in a worker thread)."""

    def prepare() -> None:
        try:
            proposed = session.proposed_summary_path(context.cwd, "pdf")
        except Exception as exc:  # a broken summary must never take the coach down
            screen.app.call_from_thread(_not_made, screen, exc)
            return
        screen.app.call_from_thread(show, proposed)

    def write(path: Path, fmt: str, overwrite: bool, _full: bool) -> Path:
        return session.write_summary(path, _paper_format(fmt), overwrite=overwrite)

    def show(proposed: Path) -> None:
        def done(path: Path | None) -> None:
            if path is not None:
                screen.notify(f"De samenvatting staat in {path}", title="Opgeslagen", markup=False, timeout=10)

        dialog = SaveFileDialog("Samenvatting opslaan", proposed, context.cwd, write, formats=PAPER_FORMATS)
        screen.app.push_screen(dialog, done)

    screen.run_worker(prepare, thread=True, group="summary", exit_on_error=False)


def open_letter_dialog(
    screen: Screen[Any], session: PreparationSession, context: CoachContext, saved: Callable[[Path, Change], None]
) -> None:
    """Save the reaction letter as PDF or text; after saving, note it in the session
    (`reaction_letter_saved`, on the event loop) and call `saved` with the path and the change.

    Call it only when the letter has a point (`session.reaction_letter()` raises LetterError otherwise).
    """

    def prepare() -> None:
        try:
            proposed = session.proposed_letter_path(context.cwd, "pdf")
        except Exception as exc:  # a broken letter must never take the coach down
            screen.app.call_from_thread(_not_made, screen, exc)
            return
        screen.app.call_from_thread(show, proposed)

    def write(path: Path, fmt: str, overwrite: bool, _full: bool) -> Path:
        return session.write_reaction_letter_file(path, fmt=_paper_format(fmt), overwrite=overwrite)

    def show(proposed: Path) -> None:
        def done(path: Path | None) -> None:
            if path is not None:
                saved(path, session.reaction_letter_saved(path))

        dialog = SaveFileDialog("Brief opslaan", proposed, context.cwd, write, formats=PAPER_FORMATS)
        screen.app.push_screen(dialog, done)

    screen.run_worker(prepare, thread=True, group="letter", exit_on_error=False)


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
