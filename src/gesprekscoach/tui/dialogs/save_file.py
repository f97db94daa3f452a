"""Save a file the coach made (a message, a calendar file, an overview, a draft): ask where, never overwrite.

The path is proposed in the documents folder; a relative path is taken there, and a folder gets
the proposed file name. An existing file is only replaced after asking. Writing runs in a worker
thread; a failure is told in Dutch and the dialog stays open.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static

from gesprekscoach.atomic import atomic_write_bytes, describe_os_error
from gesprekscoach.tui.dialogs.confirm import ConfirmDialog

WriteFile = Callable[[Path, bool], Path]
"""Writes the file at this path (overwrite or not); FileExistsError when it is there, OSError when it fails."""


def chosen_path(text: str, proposed: Path, base: Path) -> Path:
    """The path the user means: empty is `proposed`; relative is in `base`; a folder gets the proposed name."""
    path = Path(text.strip()).expanduser() if text.strip() else proposed
    if not path.is_absolute():
        path = base / path
    if path.is_dir():
        path = path / proposed.name
    return path


class SaveFileDialog(ModalScreen[Path | None]):
    """Asks where to save and writes there; dismisses with the path written, or None (cancelled)."""

    BINDINGS = [Binding("escape", "cancel", "annuleren")]

    def __init__(self, title: str, proposed: Path, base: Path, write: WriteFile) -> None:
        super().__init__(classes="dialog-screen")
        self.title_text = title
        self.proposed = proposed
        self.base = base
        """The folder a relative path is taken from (the documents folder)."""
        self.write = write
        self._writing = False

    def compose(self) -> ComposeResult:
        """The question, the path field, a line for problems, and the buttons."""
        with Vertical(classes="dialog save-dialog"):
            yield Static(self.title_text, classes="dialog-title", markup=False)
            yield Static("Waar wil je het bestand bewaren?", classes="dialog-text", markup=False)
            yield Input(str(self.proposed), id="file-path")
            yield Static("", id="file-error", classes="field-error", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Bewaren", id="file-ok", variant="primary")
                yield Button("Annuleren", id="file-cancel")

    def on_mount(self) -> None:
        """Start in the path field, with the cursor at the end."""
        field = self.query_one("#file-path", Input)
        field.focus()
        field.cursor_position = len(field.value)

    @on(Input.Submitted, "#file-path")
    @on(Button.Pressed, "#file-ok")
    def _save(self) -> None:
        path = chosen_path(self.query_one("#file-path", Input).value, self.proposed, self.base)
        self._write(path, overwrite=False)

    def _write(self, path: Path, *, overwrite: bool) -> None:
        if self._writing:  # Enter twice: the first one writes
            return
        self._writing = True
        self.run_worker(lambda: self._write_file(path, overwrite), thread=True, group="save-file", exit_on_error=False)

    def _write_file(self, path: Path, overwrite: bool) -> None:
        """In the worker thread: write, and report back on the event loop."""
        try:
            written = self.write(path, overwrite)
        except FileExistsError:
            self.app.call_from_thread(self._ask_overwrite, path)
        except OSError as error:
            self.app.call_from_thread(self._failed, describe_os_error(error, path))
        else:
            self.app.call_from_thread(self.dismiss, written)
        finally:
            self._writing = False

    def _failed(self, message: str) -> None:
        self.query_one("#file-error", Static).update(message)
        self.query_one("#file-path", Input).focus()

    def _ask_overwrite(self, path: Path) -> None:
        def answered(replace: bool | None) -> None:
            if replace:
                self._write(path, overwrite=True)
            else:
                self._failed("Het bestand bestaat al. Kies een andere naam, of kies 'Vervangen'.")

        question = f"Het bestand {path.name} bestaat al. Wil je het vervangen?"
        self.app.push_screen(ConfirmDialog(question, yes="Vervangen", no="Niet vervangen"), answered)

    @on(Button.Pressed, "#file-cancel")
    def _cancel_pressed(self) -> None:
        self.dismiss(None)

    def action_cancel(self) -> None:
        """Close without saving."""
        self.dismiss(None)


def text_writer(text: str) -> WriteFile:
    """A `WriteFile` for a UTF-8 text (a Markdown overview or draft): never over a file unless asked."""

    def write(path: Path, overwrite: bool) -> Path:
        if path.exists() and not overwrite:
            raise FileExistsError(str(path))
        atomic_write_bytes(path, text.encode("utf-8"))
        return path

    return write
