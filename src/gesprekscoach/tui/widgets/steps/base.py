"""What every step widget shares: the step's title and intro, and the Edited message."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Static
from textual.widgets.collapsible import CollapsibleTitle

from gesprekscoach.content.models import Content, ConversationType, Step
from gesprekscoach.session.commands import NO_CHANGE, Area, Change, Command, ItemKey, MarkPrivate
from gesprekscoach.session.cycle import WinGroup
from gesprekscoach.session.errors import CommandError
from gesprekscoach.session.preparation_session import PreparationSession
from gesprekscoach.store.models import Preparation
from gesprekscoach.tui.help_model import HelpSection
from gesprekscoach.tui.merge_refresh import ShownField, rebuild_keeping_focus
from gesprekscoach.tui.widgets.private_mark import (
    NOTHING_TO_MARK,
    PRIVATE_ACTION_LABEL,
    PRIVATE_KEY,
    PRIVATE_LABEL,
    PrivateMark,
    private_message,
)


@dataclass(frozen=True)
class PrivateTarget:
    """An item the user can mark 'alleen voor mij': how `MarkPrivate` names it, its mark now, and the
    id of the widget that shows the mark."""

    area: Area
    key: ItemKey
    private: bool
    mark_id: str


@dataclass
class StepContext:
    """What a step widget needs: the content, the conversation type and the session of the preparation."""

    content: Content
    conversation: ConversationType
    session: PreparationSession
    wins: list[WinGroup] = field(default_factory=list)
    """The wins log entries since the previous conversation, by goal (for steps that offer them)."""
    wins_since: str = ""
    """Where those entries start, in words: 'sinds je planningsgesprek van 15 januari 2027'."""

    @property
    def prep(self) -> Preparation:
        """The preparation, to read (it changes only through the session)."""
        return self.session.prep

    @property
    def today(self) -> date:
        """Today's date, read from the session's clock."""
        return self.session.today


class StepView(VerticalScroll):
    """Base of the step widgets: shows the title and intro, then `compose_body()`.

    A step widget sends every edit to the session (`apply`) and posts `StepView.Edited` with
    the `Change`; the conversation screen saves and updates the step list.
    """

    KEY_HINTS: ClassVar[list[tuple[str, str]]] = []
    """Keys that matter in this kind of step: (key, what it does), for the help dialog."""

    BINDINGS = [Binding(PRIVATE_KEY, "toggle_private", PRIVATE_ACTION_LABEL)]

    MERGE_AREAS: ClassVar[tuple[str, ...]] = ("*",)
    """The top-level parts of the preparation this step shows ('*': any part), see `merge_areas`."""

    class Edited(Message):
        """The user changed something in the preparation."""

        def __init__(self, step_id: str, change: Change) -> None:
            super().__init__()
            self.step_id = step_id
            self.change = change
            """What the session says changed."""

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

    # ----------------------------------------------------------------- another window saved

    def merge_areas(self) -> tuple[str, ...]:
        """The top-level parts of the preparation this step shows: a merge there concerns it."""
        return self.MERGE_AREAS

    def merged_fields(self) -> list[ShownField]:
        """The widgets that show one field each, with the session's value (override; none by default).

        A merge from another window puts the new value in them in place; any other change of
        this step's parts rebuilds the step (`rebuild_for_merge`).
        """
        return []

    def after_merge(self) -> None:
        """After fields got the merged values: update what depends on them (override; nothing by default)."""

    async def rebuild_for_merge(self) -> None:
        """Build the step again from the preparation, keeping the focus and the cursor."""
        await rebuild_keeping_focus(self)

    def help_text(self) -> str:
        """The help of this step (F1): the step's own help, else its intro."""
        return self.step.help or self.step.intro or "Vul in wat bij je past. Je mag stappen overslaan."

    def help_sections(self) -> list[HelpSection]:
        """Extra help under the step's help, with a title each (override; none by default)."""
        return []

    def apply(self, command: Command) -> Change:
        """Send an edit to the session; when it changed something, tell the screen (`Edited`).

        A command about an item that is gone meanwhile changes nothing; its Dutch message is shown.
        """
        try:
            change = self.context.session.apply(command)
        except CommandError as error:
            self.notify(str(error), severity="warning", markup=False)
            return NO_CHANGE
        if change:
            self.post_message(self.Edited(self.step.id, change))
        return change

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

    def private_target(self, widget: Widget | None) -> PrivateTarget | None:
        """The item the focused widget belongs to (override); None: none."""
        return None

    def action_toggle_private(self) -> None:
        """Mark the item that has the focus 'alleen voor mij', or shared again."""
        target = self.private_target(self.app.focused)
        if target is None:
            self.notify(NOTHING_TO_MARK, severity="warning")
            return
        private = not target.private
        if not self.apply(MarkPrivate(target.area, target.key, private)):
            return
        for mark in self.query(f"#{target.mark_id}"):
            if isinstance(mark, PrivateMark):
                mark.show(private)
            else:  # a bordered block (a goal): the mark goes in its border
                mark.border_subtitle = PRIVATE_LABEL if private else ""
        self.notify(private_message(private))
