"""The command palette (Ctrl+P) with its own texts in Dutch.

Textual's palette says "No matches found" when nothing fits what was typed; this one says it in
Dutch. Everything else is Textual's own palette.
"""

from __future__ import annotations

from rich.align import Align
from rich.text import Text
from textual.command import CommandList, CommandPalette
from textual.widgets.option_list import Option

NO_MATCHES = "Niets gevonden. Typ iets anders, of druk op Esc."
"""Shown in the palette when no command fits what was typed."""


class DutchCommandPalette(CommandPalette):
    """Textual's command palette, saying in Dutch when nothing was found."""

    def _start_no_matches_countdown(self, search_value: str) -> None:
        """After a short pause without a hit, say so in Dutch (Textual's own text is English)."""
        self._stop_no_matches_countdown()

        def show_no_matches() -> None:
            if search_value:
                self.query_one(CommandList).add_option(
                    Option(Align.center(Text(NO_MATCHES, style="not bold")), disabled=True, id=self._NO_MATCHES)
                )
                self._list_visible = True
            else:  # nothing typed: the palette shows what it offers, not that nothing was found
                self._list_visible = False

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches)
