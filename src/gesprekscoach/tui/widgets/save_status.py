"""A subtle line that says whether the preparation is saved."""

from __future__ import annotations

from textual.reactive import reactive
from textual.widgets import Static

from gesprekscoach.tui.autosave import SaveState


class SaveStatus(Static):
    """Shows 'Opgeslagen', 'Bezig met opslaan…' or 'Niet opgeslagen'."""

    state: reactive[SaveState] = reactive(SaveState.SAVED)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("", id=id, markup=False)

    def on_mount(self) -> None:
        """Show the first state."""
        self.watch_state(self.state)

    def watch_state(self, state: SaveState) -> None:
        """Show the words and the colour that belong to the state."""
        words = {
            SaveState.SAVED: "✓ Opgeslagen",
            SaveState.PENDING: "… Bezig met opslaan",
            SaveState.FAILED: "✗ Niet opgeslagen",
        }[state]
        self.update(words)
        self.set_class(state == SaveState.FAILED, "-failed")
        self.set_class(state == SaveState.PENDING, "-pending")
