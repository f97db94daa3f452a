"""The live SMART check under a goal: five letters that light up, and what to do next."""

from __future__ import annotations

from collections.abc import Iterator

from rich.text import Text
from textual.containers import HorizontalGroup, VerticalGroup
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Static

from gesprekscoach.checks.goal_verdict import first_open_letter
from gesprekscoach.checks.smart import LETTERS, SmartResult, format_deadline
from gesprekscoach.content.models import SmartGuide

LETTER_MARKS: dict[bool | None, str] = {True: "✓", False: "✗", None: "?"}
"""The mark next to each letter: fine, missing, or not known yet (so colour is never the only sign)."""

LETTER_CLASSES: dict[bool | None, str] = {True: "-ok", False: "-missing", None: "-unknown"}
"""The CSS class of a letter for each verdict."""

ALL_FINE = "Je doel is SMART. Goed gedaan!"
"""Shown when every letter is fine."""


class SmartCheck(VerticalGroup):
    """Shows a `SmartResult`: a row of S M A R T, the reason and hint of the first open letter,
    and the deadline the check read (with a warning when it has passed).

    Set `result` to show a new verdict; the widget only redraws when the verdict changed.
    """

    result: reactive[SmartResult | None] = reactive(None, init=False)
    """The verdict shown (None: nothing checked yet)."""

    def __init__(self, goal_name: str, guide: SmartGuide, result: SmartResult | None = None) -> None:
        super().__init__(id=f"{goal_name}-smart-check", classes="smart-check")
        self.goal_name = goal_name
        """The id of the goal's editor ('goal-doel-1'); the check's widgets are named after it."""
        self.guide = guide
        self.set_reactive(SmartCheck.result, result)

    def compose(self) -> Iterator[Widget]:
        """The letter row, then the lines for the reason, the hint and the deadline."""
        prefix = f"{self.goal_name}-smart"
        with HorizontalGroup(classes="smart-letters"):
            for name in LETTERS:
                letter = name[0].upper()
                yield Static(f" {letter} ? ", id=f"{prefix}-{name}", classes="smart-letter -unknown", markup=False)
        yield Static("", id=f"{prefix}-reason", classes="smart-reason", markup=False)
        yield Static("", id=f"{prefix}-hint", classes="smart-hint", markup=False)
        yield Static("", id=f"{prefix}-deadline", classes="smart-deadline", markup=False)

    def on_mount(self) -> None:
        """Show the verdict that was set before the widget was mounted."""
        if self.result is not None:
            self._show(self.result)

    def watch_result(self, result: SmartResult | None) -> None:
        """Redraw after a new verdict."""
        if result is not None and self.is_mounted:
            self._show(result)

    def _letter_name(self, name: str) -> str:
        try:
            return self.guide.letter(name[0].upper()).name
        except KeyError:
            return name.capitalize()

    def _show(self, result: SmartResult) -> None:
        prefix = f"{self.goal_name}-smart"
        for name in LETTERS:
            verdict = result.letters[name]
            box = self.query_one(f"#{prefix}-{name}", Static)
            box.update(f" {name[0].upper()} {LETTER_MARKS[verdict.ok]} ")
            for css in LETTER_CLASSES.values():
                box.set_class(css == LETTER_CLASSES[verdict.ok], css)
            box.tooltip = f"{self._letter_name(name)}: {verdict.reason}"
        open_letter = first_open_letter(result)
        reason = self.query_one(f"#{prefix}-reason", Static)
        hint = self.query_one(f"#{prefix}-hint", Static)
        hint_text = ""
        if open_letter is None:
            reason.update(ALL_FINE)
        else:
            verdict = result.letters[open_letter]
            reason.update(Text.assemble((self._letter_name(open_letter), "bold"), f": {verdict.reason}"))
            if verdict.hint and verdict.hint != verdict.reason:
                hint_text = f"Tip: {verdict.hint}"
        reason.set_class(open_letter is None, "-fine")
        # A passed deadline is not 'goed gedaan': then the warning below speaks instead.
        reason.display = not (open_letter is None and result.deadline_warning)
        hint.update(hint_text)
        hint.display = bool(hint_text)
        deadline = self.query_one(f"#{prefix}-deadline", Static)
        lines: list[str] = []
        if result.deadline is not None:
            lines.append(f"Uiterlijk: {format_deadline(result.deadline)}")
        if result.deadline_warning:
            lines.append(result.deadline_warning)
        deadline.update("\n".join(lines))
        deadline.set_class(bool(result.deadline_warning), "-warning")
        deadline.display = bool(lines)
