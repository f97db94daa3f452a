"""The help dialog (F1): help for the current step and the keys."""

from __future__ import annotations

from collections.abc import Sequence

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from gesprekscoach.tui.help_model import HelpSection


class HelpDialog(ModalScreen[None]):
    """Shows a title, a help text, extra sections and a list of keys.

    Escape, F1 or the button closes it; the arrow keys and Page Up/Down scroll a long text.
    """

    BINDINGS = [
        Binding("escape", "close", "sluiten"),
        Binding("f1", "close", "sluiten", show=False),
        Binding("up", "scroll_help('up')", "omhoog", show=False),
        Binding("down", "scroll_help('down')", "omlaag", show=False),
        Binding("pageup", "scroll_help('page_up')", "pagina omhoog", show=False),
        Binding("pagedown", "scroll_help('page_down')", "pagina omlaag", show=False),
        Binding("home", "scroll_help('home')", "begin", show=False),
        Binding("end", "scroll_help('end')", "eind", show=False),
    ]

    def __init__(
        self,
        title: str,
        text: str,
        keys: list[tuple[str, str]],
        sections: Sequence[HelpSection] = (),
    ) -> None:
        super().__init__(classes="dialog-screen")
        self.title_text = title
        self.help_text = text
        self.keys = keys
        self.sections = list(sections)

    def compose(self) -> ComposeResult:
        """Title, text, keys and a close button."""
        with Vertical(classes="dialog help-dialog"):
            yield Static(f"Hulp: {self.title_text}", classes="dialog-title", markup=False)
            with VerticalScroll(classes="help-body"):
                if self.help_text:
                    yield Static(self.help_text, classes="help-text", markup=False)
                for section in self.sections:
                    yield Static(section.title, classes="section-title", markup=False)
                    yield Static(section.text, classes="help-text", markup=False)
                if self.keys:
                    yield Static("Toetsen", classes="section-title", markup=False)
                    width = max(len(key) for key, _ in self.keys)
                    lines = [f"{key.ljust(width)}  {what}" for key, what in self.keys]
                    yield Static("\n".join(lines), classes="help-keys", markup=False)
            yield Button("Sluiten (Esc)", id="help-close")

    def on_mount(self) -> None:
        """Focus the close button, so Enter closes too."""
        self.query_one("#help-close").focus()

    @on(Button.Pressed, "#help-close")
    def _close_pressed(self) -> None:
        self.dismiss(None)

    def action_scroll_help(self, where: str) -> None:
        """Scroll the help text: 'up', 'down', 'page_up', 'page_down', 'home' or 'end'."""
        body = self.query_one(".help-body", VerticalScroll)
        moves = {
            "up": body.scroll_up,
            "down": body.scroll_down,
            "page_up": body.scroll_page_up,
            "page_down": body.scroll_page_down,
            "home": body.scroll_home,
            "end": body.scroll_end,
        }
        move = moves.get(where)
        if move is not None:
            move(animate=False)

    def action_close(self) -> None:
        """Close the dialog."""
        self.dismiss(None)
