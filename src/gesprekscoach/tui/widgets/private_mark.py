"""The 'alleen voor mij' mark: what the user keeps to themselves stays off the printed sheet.

Every answer, note, goal, feedback point, agenda point, agreement and log entry can be marked
private with Ctrl+T (on the item that has the focus). The mark is shown next to the item.
"""

from __future__ import annotations

from textual.widgets import Static

PRIVATE_KEY = "ctrl+t"
"""The key that marks the focused item private, or shared again."""

PRIVATE_ACTION_LABEL = "privé"
"""The footer text of the key (short: the footer has little room at 80 columns)."""

PRIVATE_LABEL = "alleen voor mij"
"""The mark next to a private item."""

PRIVATE_ON = "Alleen voor jou. Dit komt niet op je blad. Alleen in de volledige versie staat het erbij."
PRIVATE_OFF = "Dit komt weer gewoon op je blad."
NOTHING_TO_MARK = "Dit kun je niet als 'alleen voor mij' markeren. Ga naar een antwoord, notitie, doel of punt, en druk dan op Ctrl+T."

PRIVATE_KEY_HINT = ("Ctrl+T", "alleen voor mij: niet op het blad")
"""The key and what it does, for the help dialogs."""


class PrivateMark(Static):
    """Shows 'alleen voor mij' while the item it belongs to is private; nothing otherwise."""

    def __init__(self, private: bool, *, id: str | None = None) -> None:
        super().__init__(PRIVATE_LABEL, id=id, classes="private-mark", markup=False)
        self.display = private

    def show(self, private: bool) -> None:
        """Show or hide the mark."""
        self.display = private


def private_message(private: bool) -> str:
    """What the coach says after Ctrl+T."""
    return PRIVATE_ON if private else PRIVATE_OFF
