"""A yes/no question in a dialog."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static


class ConfirmDialog(ModalScreen[bool]):
    """Asks a question; dismisses with True for yes, False for no (Escape is no)."""

    BINDINGS = [Binding("escape", "no", "nee")]

    def __init__(self, question: str, *, yes: str = "Ja", no: str = "Nee") -> None:
        super().__init__(classes="dialog-screen")
        self.question = question
        self.yes_label = yes
        self.no_label = no

    def compose(self) -> ComposeResult:
        """The question and two buttons."""
        with Vertical(classes="dialog confirm-dialog"):
            yield Static(self.question, classes="dialog-text", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button(self.yes_label, id="confirm-yes", variant="warning")
                yield Button(self.no_label, id="confirm-no")

    def on_mount(self) -> None:
        """Start on 'no', so a quick Enter never does harm."""
        self.query_one("#confirm-no").focus()

    @on(Button.Pressed, "#confirm-yes")
    def _yes(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#confirm-no")
    def _no(self) -> None:
        self.dismiss(False)

    def action_no(self) -> None:
        """Close without doing it."""
        self.dismiss(False)
