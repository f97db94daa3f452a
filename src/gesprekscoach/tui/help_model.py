"""What a help text is made of, shared by the step widgets (that write it) and the help dialog (that shows it)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class HelpSection:
    """A part of a help text with its own title (for example: what SMART means)."""

    title: str
    text: str


def marks_legend(lines: list[str]) -> HelpSection:
    """The legend of the step list's marks as a help section: the first line is its title."""
    return HelpSection(lines[0], "\n".join(lines[1:]))
