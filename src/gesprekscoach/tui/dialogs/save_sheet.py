"""The save dialog for the papers of a preparation: the sheet, the summary and the letter.

The user chooses the format (PDF first, or text) and the place: the proposed path is in the
documents folder (or where the paper was saved before), shown in a field that can be changed.
The file name's extension follows the chosen format; typing a path that ends in another
format's extension chooses that format. An existing file is never replaced without asking.
Writing runs in a worker thread through the `write` function the screen gives (a session
function); a problem is told in Dutch and the dialog stays open.

For the sheet, when the preparation has something for the private page, the dialog offers
the full version (with what is 'alleen voor mij') as well.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content as TextContent
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, RadioButton, RadioSet, Static

from gesprekscoach.session.full_sheet import full_version_path
from gesprekscoach.sheet.markdown import SheetError, SheetExistsError
from gesprekscoach.sheet.printing import PrintError, PrintTargetExists
from gesprekscoach.tui.dialogs.confirm import ConfirmDialog
from gesprekscoach.tui.validators import FilledIn
from gesprekscoach.tui.widgets.tick_box import TickBox

__all__ = ["FileFormat", "SaveFileDialog", "SaveSheetDialog", "Writer", "full_version_path"]


@dataclass(frozen=True)
class FileFormat:
    """One format to choose: its key ('pdf', 'md', 'txt'), its Dutch label, and its file extension."""

    key: str
    label: str
    suffix: str
    full_by_default: bool = False
    """For the sheet: whether the full version (with the private page) is ticked for this format."""


PDF = FileFormat("pdf", "PDF, om af te drukken", ".pdf", full_by_default=True)
MARKDOWN = FileFormat("md", "Markdown, een tekstbestand om te lezen en te bewaren", ".md")
TEXT = FileFormat("txt", "Tekst, om te kopiëren of te mailen", ".txt")

SHEET_FORMATS = (PDF, MARKDOWN)
"""The sheet: PDF (the default) or Markdown."""
PAPER_FORMATS = (PDF, TEXT)
"""The summary and the letter: PDF (the default) or plain text."""

Writer = Callable[[Path, str, bool, bool], Path]
"""Writes the file (path, format key, overwrite, full) in a worker thread; returns the path written.

Raises SheetExistsError or PrintTargetExists when the file is there, SheetError or PrintError
(Dutch) when it cannot be written."""

FULL_NOTES = {
    ("pdf", True): "Wat 'alleen voor mij' is, komt op een eigen, laatste bladzijde. Die kun je thuislaten.",
    ("pdf", False): "Zonder vinkje komt wat 'alleen voor mij' is niet in de PDF.",
    ("md", True): "Alles komt in het bestand, ook wat 'alleen voor mij' is.",
    ("md", False): "Zonder vinkje komt wat 'alleen voor mij' is niet in het bestand.",
}


class FormatButton(RadioButton):
    """A format to choose; its mark shows the choice without colour: ● chosen, empty not."""

    @property
    def _button(self) -> TextContent:
        self.BUTTON_INNER = "●" if self.value else " "
        return super()._button


def format_button_id(fmt: FileFormat) -> str:
    """The id of a format's radio button: 'format-pdf'."""
    return f"format-{fmt.key}"


class SaveFileDialog(ModalScreen[Path | None]):
    """Asks the format and where to save a paper, and writes it (see the module docstring).

    Dismisses with the path that was written, or None when the user cancels. After it,
    `saved_format` and `saved_full` say what was written.
    """

    BINDINGS = [Binding("escape", "cancel", "annuleren")]

    def __init__(
        self,
        title: str,
        proposed: Path,
        base: Path,
        write: Writer,
        *,
        formats: Sequence[FileFormat] = SHEET_FORMATS,
        offer_full: bool = False,
    ) -> None:
        super().__init__(classes="dialog-screen")
        self.dialog_title = title
        self.formats = tuple(formats)
        self.format = self.formats[0]
        """The chosen format (the first one to start with)."""
        self.proposed = proposed.with_suffix(self.format.suffix)
        """The proposed file in the chosen format."""
        self.base = base
        """The folder a relative path is taken from."""
        self.write = write
        self.offer_full = offer_full
        self.saved_format = self.format.key
        """The format that was written."""
        self.saved_full = False
        """True when the full version was written."""
        self._writing = False
        """True while the file is being written (a second Enter then does nothing)."""

    def compose(self) -> ComposeResult:
        """The formats, the path field, a line for problems, the full version, and the buttons."""
        with Vertical(classes="dialog save-dialog"):
            yield Static(self.dialog_title, classes="dialog-title", markup=False)
            yield Static("Hoe wil je het opslaan?", classes="dialog-text", markup=False)
            with RadioSet(id="save-format", compact=True):
                for fmt in self.formats:
                    yield FormatButton(fmt.label, fmt is self.format, id=format_button_id(fmt), compact=True)
            yield Static("Waar wil je het opslaan? Je kunt de map en de naam veranderen.", classes="dialog-text",
                         markup=False)  # fmt: skip
            yield Input(
                str(self.proposed),
                id="sheet-path",
                validators=[FilledIn("Vul een bestandsnaam in.")],
                valid_empty=False,
            )
            yield Static("", id="save-error", classes="field-error", markup=False)
            if self.offer_full:
                full = self.format.full_by_default
                yield TickBox("Volledige versie (met privé-notities)", full, id="save-full", compact=True)
                yield Static(FULL_NOTES.get((self.format.key, full), ""), id="save-full-note", classes="dim",
                             markup=False)  # fmt: skip
            with Horizontal(classes="dialog-buttons"):
                yield Button("Opslaan", id="save-ok", variant="primary")
                yield Button("Annuleren", id="save-cancel")

    def on_mount(self) -> None:
        """Start in the path field, with the cursor at the end."""
        field = self._field()
        field.focus()
        field.cursor_position = len(field.value)

    def _field(self) -> Input:
        return self.query_one("#sheet-path", Input)

    # ----------------------------------------------------------------- the format

    def _format_for_suffix(self, suffix: str) -> FileFormat | None:
        return next((fmt for fmt in self.formats if fmt.suffix == suffix.lower()), None)

    @on(RadioSet.Changed, "#save-format")
    def _format_chosen(self, event: RadioSet.Changed) -> None:
        event.stop()
        chosen = next((fmt for fmt in self.formats if format_button_id(fmt) == event.pressed.id), None)
        if chosen is None or chosen is self.format:
            return
        self._use_format(chosen)

    def _use_format(self, chosen: FileFormat) -> None:
        """Take this format: the path's extension follows, and the full version its default."""
        self.format = chosen
        field = self._field()
        text = field.value.strip()
        if text and self._format_for_suffix(Path(text).suffix) not in (None, chosen):
            field.value = str(Path(text).with_suffix(chosen.suffix))
        elif not text:
            field.value = str(self.proposed.with_suffix(chosen.suffix))
        self.proposed = self.proposed.with_suffix(chosen.suffix)
        for box in self.query("#save-full").results(Checkbox):
            box.value = chosen.full_by_default
            self._show_full_note(box.value)

    @on(Input.Changed, "#sheet-path")
    def _path_changed(self, event: Input.Changed) -> None:
        result = event.validation_result
        reasons = result.failure_descriptions if result is not None and not result.is_valid else []
        self._show_error(reasons[0] if reasons else "")
        typed = self._format_for_suffix(Path(event.value.strip()).suffix)
        if typed is not None and typed is not self.format:  # typing 'blad.md' chooses Markdown
            self.query_one(f"#{format_button_id(typed)}", RadioButton).value = True

    # ----------------------------------------------------------------- the full version

    @on(Checkbox.Changed, "#save-full")
    def _full_changed(self, event: Checkbox.Changed) -> None:
        """For Markdown, propose another file name for the full version, so the normal sheet is not replaced."""
        event.stop()
        if self.format.key == "md":
            field = self._field()
            normal, full = str(self.proposed), str(full_version_path(self.proposed))
            if event.value and field.value.strip() == normal:
                field.value = full
            elif not event.value and field.value.strip() == full:
                field.value = normal
        self._show_full_note(event.value)

    def _show_full_note(self, full: bool) -> None:
        for note in self.query("#save-full-note").results(Static):
            note.update(FULL_NOTES.get((self.format.key, full), ""))

    def _wants_full(self) -> bool:
        return any(box.value for box in self.query("#save-full").results(Checkbox))

    # ----------------------------------------------------------------- writing

    def _show_error(self, message: str) -> None:
        self.query_one("#save-error", Static).update(message)

    def _target(self) -> Path | None:
        text = self._field().value.strip()
        if not text:
            self._show_error("Vul een bestandsnaam in.")
            return None
        path = Path(text).expanduser()
        if not path.is_absolute():
            path = self.base / path
        if self._format_for_suffix(path.suffix) is None:  # no extension, or another one: add the format's
            path = path.with_name(path.name + self.format.suffix)
        return path

    @on(Input.Submitted, "#sheet-path")
    @on(Button.Pressed, "#save-ok")
    def _save(self) -> None:
        path = self._target()
        if path is None:
            return
        self._write(path, overwrite=False)

    def _write(self, path: Path, *, overwrite: bool) -> None:
        """Write the file in a worker thread; the outcome comes back on the event loop."""
        if self._writing:  # Enter twice: the first one writes
            return
        self._writing = True
        fmt = self.format.key
        full = self._wants_full()
        self.run_worker(lambda: self._write_file(path, fmt, overwrite, full), thread=True, group="save-sheet",
                        exit_on_error=False)  # fmt: skip

    def _write_file(self, path: Path, fmt: str, overwrite: bool, full: bool) -> None:
        """In the worker thread: write the file and report back on the event loop."""
        try:
            self._write_outcome(path, fmt, overwrite, full)
        finally:
            self._writing = False

    def _write_outcome(self, path: Path, fmt: str, overwrite: bool, full: bool) -> None:
        if not overwrite and path.is_file():  # also an earlier PDF of the coach: ask first
            self.app.call_from_thread(self._ask_overwrite, path)
            return
        try:
            written = self.write(path, fmt, overwrite, full)
        except (SheetExistsError, PrintTargetExists):
            self.app.call_from_thread(self._ask_overwrite, path)
            return
        except (SheetError, PrintError) as exc:
            self.app.call_from_thread(self._write_failed, str(exc))
            return
        except Exception as exc:  # a broken paper must never take the coach down
            message = f"Het bestand kon niet gemaakt worden ({exc}). Je voorbereiding is wel bewaard."
            self.app.call_from_thread(self._write_failed, message)
            return
        self.app.call_from_thread(self._written, written, fmt, full)

    def _write_failed(self, message: str) -> None:
        self._show_error(message)
        self._field().focus()

    def _written(self, written: Path, fmt: str, full: bool) -> None:
        self.saved_format = fmt
        self.saved_full = full
        self.dismiss(written)

    def _ask_overwrite(self, path: Path) -> None:
        def answered(replace: bool | None) -> None:
            if replace:
                self._write(path, overwrite=True)
            else:
                self._show_error("Het bestand bestaat al. Kies een andere naam, of kies 'Vervangen'.")
                self._field().focus()

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


class SaveSheetDialog(SaveFileDialog):
    """The save dialog of the preparation sheet: PDF or Markdown, and the full version when there is one."""

    def __init__(self, proposed: Path, base: Path, write: Writer, *, offer_full: bool = False) -> None:
        super().__init__("Blad opslaan", proposed, base, write, formats=SHEET_FORMATS, offer_full=offer_full)
