"""What every step widget shares: the step's title and intro, and the Edited message."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import ClassVar, Protocol

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Static
from textual.widgets.collapsible import CollapsibleTitle

from gesprekscoach.content.models import Content, ConversationType, Step
from gesprekscoach.session.cycle import WinGroup
from gesprekscoach.store.models import Preparation
from gesprekscoach.tui.help_model import HelpSection
from gesprekscoach.tui.widgets.private_mark import (
    NOTHING_TO_MARK,
    PRIVATE_ACTION_LABEL,
    PRIVATE_KEY,
    PRIVATE_LABEL,
    PrivateMark,
    private_message,
)


class Markable(Protocol):
    """Anything the user can mark 'alleen voor mij'."""

    private: bool


@dataclass
class StepContext:
    """What a step widget needs: the content, the conversation type and the preparation it edits."""

    content: Content
    conversation: ConversationType
    prep: Preparation
    today: date
    wins: list[WinGroup] = field(default_factory=list)
    """The wins log entries since the previous conversation, by goal (for steps that offer them)."""
    wins_since: str = ""
    """Where those entries start, in words: 'sinds je planningsgesprek van 15 januari 2027'."""


class StepView(VerticalScroll):
    """Base of the step widgets: shows the title and intro, then `compose_body()`.

    A step widget edits `context.prep` in place and posts `StepView.Edited` after every
    change; the conversation screen saves and updates the step list.
    """

    KEY_HINTS: ClassVar[list[tuple[str, str]]] = []
    """Keys that matter in this kind of step: (key, what it does), for the help dialog."""

    BINDINGS = [Binding(PRIVATE_KEY, "toggle_private", PRIVATE_ACTION_LABEL)]

    class Edited(Message):
        """The user changed something in the preparation."""

        def __init__(self, step_id: str) -> None:
            super().__init__()
            self.step_id = step_id

    def __init__(self, step: Step, context: StepContext) -> None:
        super().__init__(classes=f"step-view step-{step.kind}", id=f"step-view-{step.id}")
        self.step = step
        self.context = context

    @property
    def prep(self) -> Preparation:
        """The preparation this step edits."""
        return self.context.prep

    def compose(self) -> ComposeResult:
        """The title, the intro (if any) and the body of the step."""
        yield Static(self.step.title, classes="step-title", markup=False)
        if self.step.intro:
            yield Static(self.step.intro, classes="step-intro", markup=False)
        yield from self.compose_body()

    def compose_body(self) -> Iterator[Widget]:
        """The widgets of this kind of step (override)."""
        yield from ()

    async def shown_again(self) -> None:
        """Called when the user comes back to this step; override to show what other steps changed."""

    def help_text(self) -> str:
        """The help of this step (F1): the step's own help, else its intro."""
        return self.step.help or self.step.intro or "Vul in wat bij je past. Je mag stappen overslaan."

    def help_sections(self) -> list[HelpSection]:
        """Extra help under the step's help, with a title each (override; none by default)."""
        return []

    def edited(self) -> None:
        """Tell the screen that the preparation changed."""
        self.post_message(self.Edited(self.step.id))

    def first_control(self) -> Widget | None:
        """The first widget to type or tick in, or None when there is nothing to fill in."""
        for widget in self.query("*"):
            if isinstance(widget, CollapsibleTitle):
                continue  # the folded guides are extra; start in the first field
            if widget.focusable and self._shown(widget):
                return widget
        return None

    def _shown(self, widget: Widget) -> bool:
        """True when the widget and all its parents up to this step are displayed (not folded away)."""
        node: Widget | None = widget
        while node is not None and node is not self:
            if not node.display:
                return False
            parent = node.parent
            node = parent if isinstance(parent, Widget) else None
        return True

    # ----------------------------------------------------------------- 'alleen voor mij'

    def private_target(self, widget: Widget | None) -> tuple[Markable, str] | None:
        """The item the focused widget belongs to and the id of its mark (override); None: none."""
        return None

    def action_toggle_private(self) -> None:
        """Mark the item that has the focus 'alleen voor mij', or shared again."""
        target = self.private_target(self.app.focused)
        if target is None:
            self.notify(NOTHING_TO_MARK, severity="warning")
            return
        item, mark_id = target
        item.private = not item.private
        for mark in self.query(f"#{mark_id}"):
            if isinstance(mark, PrivateMark):
                mark.show(item.private)
            else:  # a bordered block (a goal): the mark goes in its border
                mark.border_subtitle = PRIVATE_LABEL if item.private else ""
        self.notify(private_message(item.private))
        self.edited()
