"""The list of steps on the side of a conversation screen, with a marker per step."""

from __future__ import annotations

import textwrap

from rich.text import Text
from textual import on
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from gesprekscoach.content.models import Step

DEFAULT_WRAP_WIDTH = 23
"""Line width for the step titles before the list knows its size."""


MIN_TITLE_WIDTH = 12
"""A list narrower than this (besides the marker and number) shows only markers and numbers."""


def wrap_words(text: str, width: int) -> list[str]:
    """Wrap text at spaces only: a word is never broken; a word longer than a line gets a line of its own."""
    return textwrap.wrap(text, width=width, break_long_words=False, break_on_hyphens=False) or [""]


class StepList(OptionList):
    """The steps of a conversation, each with the mark of how far it really is (a shape, never a
    colour alone: ✓ klaar, ◐ deels, ! nakijken, • nog leeg; the legend is in the help, F1, from
    `session.progress.legend_lines`). Enter or a click opens a step."""

    current: reactive[int] = reactive(0)
    """The index of the step that is open."""

    class StepChosen(Message):
        """The user chose a step in the list."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, steps: list[Step], markers: list[str], *, id: str | None = None) -> None:
        self.steps = steps
        self.markers = list(markers)
        super().__init__(id=id, markup=False)
        self.add_options(self._step_options())

    def _prompt(self, index: int) -> Text:
        """The marker, the number and the title, wrapped at spaces with a hanging indent.

        In a narrow list (a small terminal) only the marker and the number are shown; the open
        step's title is above the step itself.
        """
        step = self.steps[index]
        style = "bold" if index == self.current else ""
        head = f"{self.markers[index]}{index + 1:>3} "
        room = self._wrap_width()
        if room < MIN_TITLE_WIDTH + len(head):
            return Text(head.rstrip(), style=style)
        lines = wrap_words(step.title, room - len(head))
        prompt = Text(head)
        prompt.append(lines[0], style=style)
        for line in lines[1:]:
            prompt.append("\n" + " " * len(head))
            prompt.append(line, style=style)
        return prompt

    def _wrap_width(self) -> int:
        """The room for a line: the list's width without scrollbar and padding."""
        if self.is_mounted and self.size.width:
            return self.scrollable_content_region.width
        return DEFAULT_WRAP_WIDTH

    def on_resize(self) -> None:
        """Wrap the titles again for the new width."""
        for index in range(len(self.steps)):
            self.replace_option_prompt_at_index(index, self._prompt(index))

    def _step_options(self) -> list[Option]:
        return [Option(self._prompt(i), id=f"step-{i}") for i in range(len(self.steps))]

    def set_markers(self, markers: list[str]) -> None:
        """Show new markers (after an edit); only changed lines are redrawn."""
        for index, marker in enumerate(markers):
            if index < len(self.markers) and self.markers[index] == marker:
                continue
            self.markers[index] = marker
            self.replace_option_prompt_at_index(index, self._prompt(index))

    def watch_current(self, old: int, new: int) -> None:
        """Make the open step bold and highlighted."""
        if not self.is_mounted:
            return
        for index in {old, new}:
            if 0 <= index < len(self.steps):
                self.replace_option_prompt_at_index(index, self._prompt(index))
        self.highlighted = new

    def on_mount(self) -> None:
        """Highlight the open step."""
        self.highlighted = self.current

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.StepChosen(event.option_index))
