"""A dialog to pick one text from groups of texts (an example from the preparation or the wins log)."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from gesprekscoach.tui.pick_model import PickGroup


class PickDialog(ModalScreen[str | None]):
    """Shows the groups as one list (titles cannot be chosen); Enter picks, Escape closes."""

    BINDINGS = [Binding("escape", "cancel", "annuleren")]

    def __init__(
        self, title: str, groups: list[PickGroup], intro: str = "Kies met ↑ ↓ en Enter. Esc: niets kiezen."
    ) -> None:
        super().__init__(classes="dialog-screen")
        self.title_text = title
        self.intro = intro
        self.groups = groups
        self.values: dict[str, str] = {}

    def compose(self) -> ComposeResult:
        """The title, a line on how, and the list."""
        options: list[Option] = []
        for group_number, group in enumerate(self.groups):
            options.append(Option(Text(group.title, style="bold"), id=f"group-{group_number}", disabled=True))
            for number, (label, value) in enumerate(group.choices):
                option_id = f"pick-{group_number}-{number}"
                self.values[option_id] = value
                options.append(Option(Text(f"  {label}"), id=option_id))
        with Vertical(classes="dialog pick-dialog"):
            yield Static(self.title_text, classes="dialog-title", markup=False)
            yield Static(self.intro, classes="dialog-text", markup=False)
            yield OptionList(*options, id="pick-list")

    def on_mount(self) -> None:
        """Start on the first choice."""
        choices = self.query_one("#pick-list", OptionList)
        choices.focus()
        for index, option in enumerate(choices.options):
            if not option.disabled:
                choices.highlighted = index
                break

    @on(OptionList.OptionSelected, "#pick-list")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(self.values.get(event.option.id or ""))

    def action_cancel(self) -> None:
        """Close without picking."""
        self.dismiss(None)
