"""When the final save fails: write the preparation somewhere else, go back, or stop anyway."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static

from gesprekscoach.store.preparations import StoreError

NOT_SAVED_TEXT = (
    "Je voorbereiding kon ik niet bewaren.\n{message}\n"
    "Je tekst staat nog hier in de coach. Bewaar hem op een andere plek, bijvoorbeeld op een USB-stick "
    "of in je documenten. Of ga terug en probeer het later opnieuw."
)
COPY_WRITTEN = "Je voorbereiding staat nu in {path}. Zet dit bestand later terug in de map van de coach."


class SaveElsewhereChoice(StrEnum):
    """What the user chose in the dialog."""

    WRITTEN = "written"
    """The preparation was written to the other place."""
    GIVE_UP = "give_up"
    """'Toch stoppen': leave without saving."""
    BACK = "back"
    """Back to the text (nothing changes)."""


def default_folder() -> Path:
    """Where to propose the copy: the user's documents folder, else the home folder."""
    home = Path.home()
    for name in ("Documents", "Documenten"):
        if (home / name).is_dir():
            return home / name
    return home


class SaveElsewhereDialog(ModalScreen[SaveElsewhereChoice]):
    """Says that saving failed and offers another place for the preparation file.

    `write(path)` writes the file (raises StoreError with a Dutch message; the dialog stays
    open and says it). `give_up` is the label of the second, explicit choice that leaves
    without saving ("Toch stoppen").
    """

    BINDINGS = [Binding("escape", "back", "terug")]

    def __init__(
        self, message: str, proposed: Path, write: Callable[[Path], Path], *, give_up: str = "Toch stoppen"
    ) -> None:
        super().__init__(classes="dialog-screen")
        self.message = message
        self.proposed = proposed
        self._write = write
        self.give_up_label = give_up
        self.written: Path | None = None
        """Where the copy was written (None: not written)."""

    def compose(self) -> ComposeResult:
        """The message, the path and three choices."""
        with Vertical(classes="dialog save-elsewhere-dialog"):
            yield Static(NOT_SAVED_TEXT.format(message=self.message), classes="dialog-text", markup=False)
            yield Static("Bewaar je voorbereiding in dit bestand:", classes="dialog-text", markup=False)
            yield Input(str(self.proposed), id="elsewhere-path")
            yield Static("", id="elsewhere-error", classes="dialog-text", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Hier bewaren", id="elsewhere-write", variant="primary")
                yield Button("Terug naar je tekst", id="elsewhere-back")
                yield Button(self.give_up_label, id="elsewhere-give-up", variant="error")

    def on_mount(self) -> None:
        """Start in the path: Enter writes the copy there."""
        self.query_one("#elsewhere-path", Input).focus()

    @on(Input.Submitted, "#elsewhere-path")
    @on(Button.Pressed, "#elsewhere-write")
    def _write_here(self) -> None:
        text = self.query_one("#elsewhere-path", Input).value.strip()
        error = self.query_one("#elsewhere-error", Static)
        if not text:
            error.update("Typ eerst waar het bestand moet komen.")
            return
        try:
            self.written = self._write(Path(text))
        except StoreError as problem:
            error.update(str(problem))
            self.query_one("#elsewhere-path", Input).focus()
            return
        self.dismiss(SaveElsewhereChoice.WRITTEN)

    @on(Button.Pressed, "#elsewhere-give-up")
    def _give_up(self) -> None:
        self.dismiss(SaveElsewhereChoice.GIVE_UP)

    @on(Button.Pressed, "#elsewhere-back")
    def action_back(self) -> None:
        """Back to the text; nothing is lost (it is still in the coach)."""
        self.dismiss(SaveElsewhereChoice.BACK)
