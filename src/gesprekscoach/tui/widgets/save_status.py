"""A subtle line that says whether the preparation is saved (and when it is open elsewhere too)."""

from __future__ import annotations

from textual.reactive import reactive
from textual.widgets import Static

from gesprekscoach.tui.autosave import SaveState

STATE_WORDS: dict[SaveState, str] = {
    SaveState.SAVED: "✓ Opgeslagen",
    SaveState.PENDING: "… Bezig met opslaan",
    SaveState.FAILED: "✗ Niet opgeslagen",
}
"""The words of each state."""


class SaveStatus(Static):
    """Shows 'Opgeslagen', 'Bezig met opslaan…' or 'Niet opgeslagen'; below it, a notice when set.

    `notice` is the session's message when the preparation turned out to be open elsewhere too
    (another window saved it; both were merged). It stays until the screen closes.
    """

    state: reactive[SaveState] = reactive(SaveState.SAVED)
    notice: reactive[str] = reactive("")

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("", id=id, markup=False)

    def on_mount(self) -> None:
        """Show the first state."""
        self._show()

    def watch_state(self) -> None:
        """Show the words and the colour that belong to the state."""
        self._show()

    def watch_notice(self) -> None:
        """Show the notice below the state."""
        self._show()

    @property
    def shown_text(self) -> str:
        """The text on the line now."""
        words = STATE_WORDS[self.state]
        return f"{words}\n{self.notice}" if self.notice else words

    def _show(self) -> None:
        self.update(self.shown_text)
        self.set_class(self.state == SaveState.FAILED, "-failed")
        self.set_class(self.state == SaveState.PENDING, "-pending")
        self.set_class(bool(self.notice) and self.state == SaveState.SAVED, "-elsewhere")
