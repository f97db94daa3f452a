"""The save dialog for the preparation sheet: propose a path, never overwrite without asking.

When the preparation has items marked 'alleen voor mij', the dialog offers the full version
(with them) as well; the normal sheet leaves them off.
"""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Static

from gesprekscoach.sheet.markdown import SheetExistsError, SheetWriteError, write_sheet
from gesprekscoach.tui.dialogs.confirm import ConfirmDialog
from gesprekscoach.tui.validators import FilledIn
from gesprekscoach.tui.widgets.tick_box import TickBox


class SaveSheetDialog(ModalScreen[Path | None]):
    """Asks where to save the sheet and writes it.

    Dismisses with the path that was written, or None when the user cancels. When the file
    exists it asks first; when writing fails it says why and stays open.
    """

    BINDINGS = [Binding("escape", "cancel", "annuleren")]

    def __init__(self, sheet_text: str, proposed: Path, base: Path, full_text: str | None = None) -> None:
        super().__init__(classes="dialog-screen")
        self.sheet_text = sheet_text
        self.proposed = proposed
        self.base = base
        """The folder a relative path is taken from."""
        self.full_text = full_text if full_text != sheet_text else None
        """The full version (with the 'alleen voor mij' items); None when it is the same as the sheet."""
        self.saved_full = False
        self._writing = False
        """True while the sheet is being written (a second Enter then does nothing)."""
        """True when the full version was written."""

    def compose(self) -> ComposeResult:
        """The path field, a line for problems, and the buttons."""
        with Vertical(classes="dialog save-dialog"):
            yield Static("Blad opslaan", classes="dialog-title", markup=False)
            yield Static("Waar wil je het blad opslaan?", classes="dialog-text", markup=False)
            yield Input(
                str(self.proposed),
                id="sheet-path",
                validators=[FilledIn("Vul een bestandsnaam in.")],
                valid_empty=False,
            )
            yield Static("", id="save-error", classes="field-error", markup=False)
            if self.full_text is not None:
                yield TickBox("Volledige versie (met privé-notities)", False, id="save-full", compact=True)
                yield Static(
                    "Zonder vinkje komt wat 'alleen voor mij' is niet op het blad.",
                    id="save-full-note",
                    classes="dim",
                    markup=False,
                )
            with Horizontal(classes="dialog-buttons"):
                yield Button("Opslaan", id="save-ok", variant="primary")
                yield Button("Annuleren", id="save-cancel")

    def on_mount(self) -> None:
        """Start in the path field, with the cursor at the end."""
        field = self.query_one("#sheet-path", Input)
        field.focus()
        field.cursor_position = len(field.value)

    @on(Input.Changed, "#sheet-path")
    def _path_changed(self, event: Input.Changed) -> None:
        result = event.validation_result
        reasons = result.failure_descriptions if result is not None and not result.is_valid else []
        self._show_error(reasons[0] if reasons else "")

    def _show_error(self, message: str) -> None:
        self.query_one("#save-error", Static).update(message)

    def _target(self) -> Path | None:
        text = self.query_one("#sheet-path", Input).value.strip()
        if not text:
            self._show_error("Vul een bestandsnaam in.")
            return None
        path = Path(text).expanduser()
        if not path.is_absolute():
            path = self.base / path
        return path

    @on(Input.Submitted, "#sheet-path")
    @on(Button.Pressed, "#save-ok")
    def _save(self) -> None:
        path = self._target()
        if path is None:
            return
        self._write(path, overwrite=False)

    @on(Checkbox.Changed, "#save-full")
    def _full_changed(self, event: Checkbox.Changed) -> None:
        """Propose another file name for the full version, so the normal sheet is not replaced."""
        event.stop()
        field = self.query_one("#sheet-path", Input)
        normal, full = str(self.proposed), str(full_version_path(self.proposed))
        if event.value and field.value.strip() == normal:
            field.value = full
        elif not event.value and field.value.strip() == full:
            field.value = normal
        if event.value:
            note = "Alles komt op het blad, ook wat 'alleen voor mij' is."
        else:
            note = "Zonder vinkje komt wat 'alleen voor mij' is niet op het blad."
        self.query_one("#save-full-note", Static).update(note)

    def _wants_full(self) -> bool:
        return any(box.value for box in self.query("#save-full").results(Checkbox))

    def _write(self, path: Path, *, overwrite: bool) -> None:
        """Write the sheet in a worker thread; the outcome comes back in `_written`."""
        if self._writing:  # Enter twice: the first one writes
            return
        self._writing = True
        full = self._wants_full() and self.full_text is not None
        text = self.full_text if full and self.full_text is not None else self.sheet_text
        self.run_worker(lambda: self._write_file(text, path, overwrite, full), thread=True, group="save-sheet",
                        exit_on_error=False)  # fmt: skip

    def _write_file(self, text: str, path: Path, overwrite: bool, full: bool) -> None:
        """In the worker thread: write the file and report back on the event loop."""
        try:
            self._write_outcome(text, path, overwrite, full)
        finally:
            self._writing = False

    def _write_outcome(self, text: str, path: Path, overwrite: bool, full: bool) -> None:
        try:
            written = write_sheet(text, path, overwrite=overwrite)
        except SheetExistsError:
            self.app.call_from_thread(self._ask_overwrite, path)
            return
        except SheetWriteError as exc:
            self.app.call_from_thread(self._write_failed, str(exc))
            return
        self.app.call_from_thread(self._written, written, full)

    def _write_failed(self, message: str) -> None:
        self._show_error(message)
        self.query_one("#sheet-path", Input).focus()

    def _written(self, written: Path, full: bool) -> None:
        self.saved_full = full
        self.dismiss(written)

    def _ask_overwrite(self, path: Path) -> None:
        def answered(replace: bool | None) -> None:
            if replace:
                self._write(path, overwrite=True)
            else:
                self._show_error("Het bestand bestaat al. Kies een andere naam, of kies 'Vervangen'.")
                self.query_one("#sheet-path", Input).focus()

        self.app.push_screen(
            ConfirmDialog(
                f"Het bestand {path.name} bestaat al. Wil je het vervangen?", yes="Vervangen", no="Niet vervangen"
            ),
            answered,
        )

    @on(Button.Pressed, "#save-cancel")
    def _cancel_pressed(self) -> None:
        self.dismiss(None)

    def action_cancel(self) -> None:
        """Close without saving."""
        self.dismiss(None)


def full_version_path(path: Path) -> Path:
    """Where the full version goes by default: 'blad.md' → 'blad-volledig.md'."""
    return path.with_name(f"{path.stem}-volledig{path.suffix}")
