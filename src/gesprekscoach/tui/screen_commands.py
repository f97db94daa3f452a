"""A command palette provider for screens that list their own entries in `palette_commands()`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, runtime_checkable

from textual.command import DiscoveryHit, Hit, Hits, Provider

PaletteEntry = tuple[str, str, Callable[[], object]]
"""(name, help text, what it does)."""


@runtime_checkable
class HasPaletteCommands(Protocol):
    """A screen with its own command palette entries."""

    def palette_commands(self) -> list[PaletteEntry]:
        """The entries, in the order they are shown."""
        ...


class ScreenCommands(Provider):
    """The entries of the screen's `palette_commands()` (none when the screen has no such method)."""

    def _commands(self) -> list[PaletteEntry]:
        screen = self.screen
        return screen.palette_commands() if isinstance(screen, HasPaletteCommands) else []

    async def discover(self) -> Hits:
        """All entries, before anything is typed."""
        for name, help_text, callback in self._commands():
            yield DiscoveryHit(name, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        """The entries that match what was typed."""
        matcher = self.matcher(query)
        for name, help_text, callback in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, text=name, help=help_text)
