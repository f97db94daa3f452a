"""The footer of every screen: the keys that work here, in Dutch, with 'stop' always in sight.

Textual's footer lists the keys from the focused widget outwards, so the app's own keys come
last and fall off a narrow terminal first. This footer keeps 'stop' (Ctrl+Q) and 'opdrachten'
(Ctrl+P) together on the right, where they are seen at every width; the other keys fill the
room before them. Descriptions of Textual's own keys (a drop-down's 'Dismiss menu') are shown in Dutch.
"""

from __future__ import annotations

from collections.abc import Iterator

from textual.containers import HorizontalGroup
from textual.widget import Widget
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

ALWAYS_SHOWN_KEYS = frozenset({"ctrl+q"})
"""Keys that are never pushed off the footer (next to the command palette key)."""

DUTCH_KEY_DESCRIPTIONS: dict[str, str] = {
    "Dismiss menu": "menu sluiten",
    "Quit": "stop",
    "Focus Next": "volgende vak",
    "Focus Previous": "vorige vak",
    "Exit the command palette": "sluiten",
    "Toggle": "aan of uit",
}
"""The descriptions of Textual's own key bindings, in Dutch (the footer shows them)."""


def dutch_description(description: str) -> str:
    """The Dutch text for a key description from Textual; our own descriptions are already Dutch."""
    return DUTCH_KEY_DESCRIPTIONS.get(description, description)


class CoachFooter(Footer):
    """A compact footer in Dutch that always shows how to stop."""

    def __init__(self) -> None:
        super().__init__(compact=True, classes="coach-footer")

    def compose(self) -> Iterator[Widget]:
        """Textual's footer keys, Dutch; the stop key and the command palette key last, together on the right."""
        kept: list[FooterKey] = []
        for widget in super().compose():
            if isinstance(widget, FooterKey):
                widget.description = dutch_description(widget.description)
                if widget.key in ALWAYS_SHOWN_KEYS or widget.has_class("-command-palette"):
                    widget.remove_class("-command-palette")
                    widget.add_class("-always-shown")
                    kept.append(widget)
                    continue
            yield widget
        if kept:
            with HorizontalGroup(id="footer-always"):
                yield from kept
