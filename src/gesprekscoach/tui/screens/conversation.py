"""The screen of one conversation type: the step list, the open step, and autosave."""

from __future__ import annotations

import asyncio
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container, Horizontal, Vertical
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from gesprekscoach.content.models import ConversationType, Step
from gesprekscoach.dates import dutch_date
from gesprekscoach.session.progress import step_marker
from gesprekscoach.store.models import Preparation
from gesprekscoach.tui.autosave import Autosaver, SaveState
from gesprekscoach.tui.context import CoachContext
from gesprekscoach.tui.cycle_support import open_in_cycle
from gesprekscoach.tui.dialogs.help import HelpDialog
from gesprekscoach.tui.sheet_actions import open_save_dialog, print_sheet
from gesprekscoach.tui.widgets.save_status import SaveStatus
from gesprekscoach.tui.widgets.step_list import StepList
from gesprekscoach.tui.widgets.steps import StepContext, StepView, step_view_for
from gesprekscoach.tui.widgets.steps.summary import SummaryStepView

GENERAL_KEYS: list[tuple[str, str]] = [
    ("Ctrl+N", "volgende stap"),
    ("Ctrl+B", "vorige stap"),
    ("Tab / Shift+Tab", "naar het volgende of vorige vak"),
    ("Ctrl+S", "blad opslaan"),
    ("Ctrl+E", "in een tekstvak: schrijf in je eigen editor"),
    ("Esc", "terug naar het startscherm"),
    ("Ctrl+P", "alle opdrachten, zoals 'Ga naar stap'"),
    ("Ctrl+Q", "stoppen (alles is al bewaard)"),
]
"""Keys that work in every step."""


class ConversationScreen(Screen[None]):
    """Work through the steps of one conversation type; every edit is saved."""

    BINDINGS = [
        Binding("ctrl+n", "next_step", "volgende", priority=True),
        Binding("ctrl+b", "previous_step", "vorige", priority=True),
        Binding("ctrl+s", "save_sheet", "blad opslaan", priority=True),
        Binding("f1", "help", "hulp"),
        Binding("escape", "home", "start"),
    ]

    step_index: reactive[int] = reactive(0, init=False)
    """The index of the open step."""

    def __init__(self, context: CoachContext, conversation: ConversationType, prep: Preparation) -> None:
        super().__init__(classes="conversation-screen")
        self.context = context
        self.conversation = conversation
        self.prep = prep
        opened = open_in_cycle(context, prep)
        self.step_context = StepContext(
            context.content, conversation, prep, context.today, wins=opened.wins, wins_since=opened.wins_since
        )
        self._notices = opened.notices
        self.autosaver = Autosaver(context.store, prep, self.set_timer, self._save_reported)
        self._step_lock = asyncio.Lock()
        self._shown_index: int | None = None

    @property
    def steps(self) -> list[Step]:
        """The steps of this conversation type."""
        return list(self.conversation.steps)

    def compose(self) -> ComposeResult:
        """Header, the step list with progress and save status, the open step, footer."""
        yield Header()
        with Horizontal(id="conversation-body"):
            with Vertical(id="sidebar"):
                yield Static("", id="step-progress", markup=False)
                yield StepList(self.steps, self._markers(), id="step-list")
                yield SaveStatus(id="save-status")
            yield Container(id="step-holder")
        yield Footer(compact=True)

    def _markers(self) -> list[str]:
        return [step_marker(step, self.prep, self.context.content) for step in self.steps]

    async def on_mount(self) -> None:
        """Show the title and the first step."""
        title = f"{self.conversation.name[:1].upper()}{self.conversation.name[1:]}"
        sub = dutch_date(self.prep.meeting_date)
        if self.prep.with_whom.strip():
            sub += f" · met {self.prep.with_whom.strip()}"
        self.title = title
        self.sub_title = sub
        for notice in self._notices:
            self.notify(notice, title="Let op", severity="warning", markup=False, timeout=10)
        await self._show_current_step()

    # ----------------------------------------------------------------- steps

    async def watch_step_index(self) -> None:
        """Save, then show the step that was chosen."""
        self.autosaver.flush()
        await self._show_current_step()

    async def _show_current_step(self) -> None:
        """Replace the step widget by the one for `step_index`, one change at a time.

        Fast key presses can change the index while a step is still being mounted; the lock
        and the check make sure the last chosen step is shown, exactly once.
        """
        async with self._step_lock:
            index = self.step_index
            if index == self._shown_index:
                return
            await self._mount_step(index)
            self._shown_index = index

    async def _mount_step(self, index: int) -> None:
        holder = self.query_one("#step-holder", Container)
        await holder.remove_children()
        view = step_view_for(self.steps[index], self.step_context)
        await holder.mount(view)
        self.query_one("#step-progress", Static).update(f"Stap {index + 1} van {len(self.steps)}")
        step_list = self.query_one(StepList)
        step_list.current = index
        step_list.set_markers(self._markers())
        target = view.first_control()
        (target or view).focus(scroll_visible=False)

    def current_view(self) -> StepView | None:
        """The widget of the open step."""
        views = self.query_one("#step-holder").query_children(StepView)
        return views.first() if views else None

    def action_next_step(self) -> None:
        """Go to the next step."""
        if self.step_index < len(self.steps) - 1:
            self.step_index += 1
        else:
            self.notify("Dit is de laatste stap. Sla je blad op met Ctrl+S.")

    def action_previous_step(self) -> None:
        """Go to the previous step."""
        if self.step_index > 0:
            self.step_index -= 1
        else:
            self.notify("Dit is de eerste stap.")

    def go_to_step(self, index: int) -> None:
        """Open the step with this index (used by the command palette)."""
        if 0 <= index < len(self.steps):
            self.step_index = index

    @on(StepList.StepChosen)
    def _step_chosen(self, event: StepList.StepChosen) -> None:
        event.stop()
        self.go_to_step(event.index)

    # ----------------------------------------------------------------- editing and saving

    @on(StepView.Edited)
    def _edited(self, event: StepView.Edited) -> None:
        event.stop()
        self.autosaver.changed()
        self.query_one(StepList).set_markers(self._markers())

    def _save_reported(self, state: SaveState, message: str) -> None:
        for status in self.query("#save-status").results(SaveStatus):
            status.state = state
        if state == SaveState.FAILED:
            self.notify(
                f"{message}\nJe tekst blijft staan. Ik probeer het opnieuw bij je volgende wijziging.",
                title="Niet opgeslagen",
                severity="error",
                markup=False,
            )

    def flush(self) -> bool:
        """Save now when something is not saved yet. True when everything is on disk."""
        return self.autosaver.flush()

    def on_unmount(self) -> None:
        """Leaving the screen (or quitting): save what is not saved yet."""
        self.autosaver.flush()

    def action_home(self) -> None:
        """Save and go back to the home screen."""
        self.flush()
        self.dismiss(None)

    # ----------------------------------------------------------------- sheet and help

    @on(SummaryStepView.SaveRequested)
    def _save_requested(self, event: SummaryStepView.SaveRequested) -> None:
        event.stop()
        self.action_save_sheet()

    def action_save_sheet(self) -> None:
        """Open the save dialog for the sheet."""
        self.flush()
        open_save_dialog(self, self.prep, self.context, self._sheet_saved)

    @on(SummaryStepView.PrintRequested)
    def _print_requested(self, event: SummaryStepView.PrintRequested) -> None:
        event.stop()
        self.action_print_sheet()

    def action_print_sheet(self) -> None:
        """Write the printable page of the sheet and open it in the browser."""
        self.flush()
        print_sheet(self, self.prep, self.context)

    def _sheet_saved(self, path: Path) -> None:
        self.autosaver.changed()
        self.flush()
        self.notify(f"Blad opgeslagen in {path}", title="Opgeslagen", markup=False)
        view = self.current_view()
        if isinstance(view, SummaryStepView):
            self.call_later(view.recompose)

    def action_help(self) -> None:
        """Show the help of the open step and the keys."""
        step = self.steps[self.step_index]
        view = self.current_view()
        if view is None:
            text = step.help or step.intro or "Vul in wat bij je past. Je mag stappen overslaan."
            self.app.push_screen(HelpDialog(step.title, text, GENERAL_KEYS))
            return
        keys = list(view.KEY_HINTS) + GENERAL_KEYS
        self.app.push_screen(HelpDialog(step.title, view.help_text(), keys, view.help_sections()))
