"""The screen of one conversation type: the step list, the open step, and autosave.

Each step's widget is mounted once, the first time the step is opened, into a
`ContentSwitcher`; changing steps only switches which one is shown. Nothing is removed
while the user moves between steps, so no widget is drawn halfway through a swap.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from functools import partial
from pathlib import Path

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.containers import Horizontal, Vertical
from textual.reactive import reactive
from textual.widgets import ContentSwitcher, Header, Static
from textual.worker import Worker, WorkerState, get_current_worker

from gesprekscoach.content.models import ConversationType, Step
from gesprekscoach.dates import day_month_year, dutch_date, short_time
from gesprekscoach.session.commands import Change, SetLastStep, SetMeetingDate, SetMeetingTime, SetWithWhom
from gesprekscoach.session.opening import OpenedSession
from gesprekscoach.session.progress import GoalCheckJob, StepState, legend_lines
from gesprekscoach.tui.context import CoachContext
from gesprekscoach.tui.dialogs.confirm import ConfirmDialog
from gesprekscoach.tui.dialogs.help import HelpDialog
from gesprekscoach.tui.dialogs.new_preparation import MeetingDetailsDialog, NewPreparationRequest
from gesprekscoach.tui.dialogs.pick import PickDialog
from gesprekscoach.tui.help_model import marks_legend
from gesprekscoach.tui.layout import fitting_sub_title
from gesprekscoach.tui.screens.autosaving import AutosavingScreen
from gesprekscoach.tui.sheet_actions import open_save_dialog, print_sheet
from gesprekscoach.tui.widgets.coach_footer import CoachFooter
from gesprekscoach.tui.widgets.save_status import SaveStatus
from gesprekscoach.tui.widgets.step_list import StepList
from gesprekscoach.tui.widgets.steps import StepContext, StepView, step_view_for
from gesprekscoach.tui.widgets.steps.goals import GoalsStepView
from gesprekscoach.tui.widgets.steps.questions import QuestionsStepView
from gesprekscoach.tui.widgets.steps.summary import SummaryStepView

GENERAL_KEYS: list[tuple[str, str]] = [
    ("Ctrl+N", "volgende stap"),
    ("Ctrl+B", "vorige stap"),
    ("Tab / Shift+Tab", "naar het volgende of vorige vak"),
    ("Ctrl+S", "blad opslaan"),
    ("Ctrl+G", "het gesprek: datum, tijd en met wie"),
    ("F5", "oefenen: de vragen van je leidinggevende"),
    ("F6", "je gesprekspunten vooraf sturen"),
    ("Ctrl+E", "in een tekstvak: schrijf in je eigen editor"),
    ("Esc", "terug naar het startscherm"),
    ("Ctrl+P", "alle opdrachten, zoals 'Ga naar stap'"),
    ("Ctrl+Q", "stoppen (alles is al bewaard)"),
]
"""Keys that work in every step."""


GOAL_CHECK_PAUSE = 0.0005
"""Seconds the goal check in the background sleeps after each goal (a check takes about 1 ms)."""


class ConversationCommands(Provider):
    """The command palette entries of a conversation: save, print, go to a step, home."""

    def _commands(self) -> list[tuple[str, str, Callable[[], object]]]:
        screen = self.screen
        if not isinstance(screen, ConversationScreen):
            return []
        commands: list[tuple[str, str, Callable[[], object]]] = [
            ("Blad opslaan", "Sla je voorbereiding op als blad om af te drukken", screen.action_save_sheet),
            ("Afdrukken", "Maak een PDF van je blad en open het om af te drukken", screen.action_print_sheet),
            ("Gesprek: datum, tijd en met wie", "Verander wanneer het gesprek is en met wie", screen.action_details),
        ]
        for index, step in enumerate(screen.steps):
            commands.append(
                (f"Ga naar stap {index + 1}: {step.title}", "Open deze stap", partial(screen.go_to_step, index))
            )
        commands += [
            ("Oefenen", "Oefen de vragen die je leidinggevende kan stellen (F5)", screen.action_rehearse),
            ("Agenda vooraf sturen", "Een kort bericht met je gesprekspunten (F6)", screen.action_send_agenda),
        ]
        commands.append(("Naar het startscherm", "Terug naar de lijst met gesprekken", screen.action_home))
        return commands

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


class ConversationScreen(AutosavingScreen):
    """Work through the steps of one conversation type; every edit is saved."""

    COMMANDS = {ConversationCommands}
    OWN_EDITOR = True
    BINDINGS = [
        Binding("ctrl+n", "next_step", "volgende", priority=True),
        Binding("ctrl+b", "previous_step", "vorige", show=False, priority=True),
        Binding("ctrl+s", "save_sheet", "blad", priority=True),
        Binding("ctrl+g", "details", "gesprek: datum, tijd, met wie", priority=True, show=False),
        Binding("f1", "help", "hulp"),
        Binding("f5", "rehearse", "oefenen", show=False, priority=True),
        Binding("f6", "send_agenda", "agenda sturen", show=False, priority=True),  # also in a text area
        Binding("escape", "home", "start"),
    ]

    step_index: reactive[int] = reactive(0, init=False)
    """The index of the open step."""

    def __init__(
        self, context: CoachContext, conversation: ConversationType, opened: OpenedSession, *, step: int = 0
    ) -> None:
        super().__init__(context, opened.session, classes="conversation-screen")
        self.conversation = conversation
        self.opened = opened
        """The session with what its cycle brings (opened by `session.opening`: wins, notices)."""
        self.set_reactive(ConversationScreen.step_index, min(max(step, 0), len(conversation.steps) - 1))
        self.step_context = StepContext(
            context.content, conversation, opened.session, wins=opened.wins, wins_since=opened.wins_since
        )
        self._step_lock = asyncio.Lock()
        self._shown_index: int | None = None
        self._goal_checks: Worker[None] | None = None

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
            yield ContentSwitcher(id="step-holder")
        yield CoachFooter()

    def _markers(self) -> list[str]:
        """The step list's marks, at once: '…' for the goals step while many goals are still to check."""
        return [progress.marker for progress in self.session.step_list_progress()]

    def _show_markers(self) -> None:
        """Show the step list's marks; goals still to check are checked in a worker after the next
        paint, and the marks are shown again when it is done (`_goal_checks_done`)."""
        progress = self.session.step_list_progress()
        self.query_one(StepList).set_markers([item.marker for item in progress])
        if any(item.state is StepState.PENDING for item in progress):
            self.call_after_refresh(self._start_goal_checks)

    def _start_goal_checks(self) -> None:
        if self._goal_checks is not None and not self._goal_checks.is_finished:
            return  # when it is done, the marks are shown again and what is left starts then
        job = self.session.goal_check_job()
        if job is not None:
            self._goal_checks = self._check_goals(job)

    @work(thread=True, group="goal-checks", exit_on_error=False)
    def _check_goals(self, job: GoalCheckJob) -> None:
        """In a worker thread: check the goals (copies of their texts) the step list waits for,
        leaving the interpreter to the event loop between goals (drawing and keys go first)."""
        worker = get_current_worker()
        job.run(between=GOAL_CHECK_PAUSE, stop=lambda: worker.is_cancelled)  # the screen closed, or the app

    @on(Worker.StateChanged)
    def _goal_checks_done(self, event: Worker.StateChanged) -> None:
        if event.worker is self._goal_checks and event.state in (WorkerState.SUCCESS, WorkerState.ERROR):
            self._goal_checks = None
            if event.state is WorkerState.SUCCESS:
                self._show_markers()

    def on_mount(self) -> None:
        """Show the title; bring the preparation up to date in a worker, then show the step."""
        self.title = f"{self.conversation.name[:1].upper()}{self.conversation.name[1:]}"
        self._show_meeting()
        for notice in self.opened.notices:
            self.notify(notice, title="Let op", severity="warning", markup=False, timeout=10)
        self.run_worker(self._show_current_step(), group="show-step")

    def _sub_title(self, width: int) -> str:
        """The day, the time and with whom, as much as fits: in a narrow terminal the year is never cut off."""
        prep = self.prep
        day = prep.meeting_date
        at = f" om {short_time(prep.meeting_time)}" if prep.meeting_time is not None else ""
        whom = f" · met {prep.with_whom.strip()}" if prep.with_whom.strip() else ""
        choices = [
            dutch_date(day) + at + whom,
            day_month_year(day) + at + whom,
            dutch_date(day) + at,
            day_month_year(day) + at,
            dutch_date(day),
            day_month_year(day),
        ]
        return fitting_sub_title(self.title or "", choices, width)

    def _show_meeting(self) -> None:
        """The day, the time and with whom, under the title."""
        self.sub_title = self._sub_title(self.app.size.width)

    def on_resize(self, event: events.Resize) -> None:
        """A narrow terminal gets a shorter header (the layout itself adapts in app.tcss)."""
        self.sub_title = self._sub_title(event.size.width)

    def action_details(self) -> None:
        """Change the meeting: its day, its time and with whom (each a session command)."""
        prep = self.prep
        dialog = MeetingDetailsDialog(
            self.conversation.name,
            self.context.today,
            day=prep.meeting_date,
            meeting_time=prep.meeting_time,
            with_whom=prep.with_whom,
        )

        def answered(request: NewPreparationRequest | None) -> None:
            if request is None:
                return
            commands = (
                SetMeetingDate(request.meeting_date),
                SetMeetingTime(request.meeting_time),
                SetWithWhom(request.with_whom),
            )
            changes = [self.apply(command) for command in commands]  # a refused one says why
            if any(changes):
                self.flush()
                self._show_meeting()
                self.notify("Het gesprek is aangepast.", markup=False)

        self.app.push_screen(dialog, answered)

    # ----------------------------------------------------------------- steps

    async def watch_step_index(self) -> None:
        """Show the step that was chosen (and save)."""
        await self._show_current_step()

    async def _show_current_step(self) -> None:
        """Show the widget of the step at `step_index`, mounting it the first time.

        Fast key presses can change the index while a step is still being mounted; the lock
        and the check make sure the last chosen step is shown.
        """
        async with self._step_lock:
            index = self.step_index
            if index == self._shown_index:
                return
            await self._switch_to(index)
            self._shown_index = index

    async def _switch_to(self, index: int) -> None:
        switcher = self.query_one("#step-holder", ContentSwitcher)
        step = self.steps[index]
        view = next((child for child in switcher.query_children(StepView) if child.step is step), None)
        if view is None:
            view = step_view_for(step, self.step_context)
            await switcher.add_content(view)
        else:
            await view.shown_again()
        switcher.current = view.id
        self.apply(SetLastStep(step.id))  # a reopened preparation can go on here
        self.flush()  # a step change saves at once
        self.query_one("#step-progress", Static).update(f"Stap {index + 1} van {len(self.steps)}")
        step_list = self.query_one(StepList)
        step_list.current = index
        self._show_markers()
        target = view.first_control()
        (target or view).focus(scroll_visible=False)

    def current_view(self) -> StepView | None:
        """The widget of the open step (None while the preparation is still being opened)."""
        if self._shown_index is None:
            return None
        visible = self.query_one("#step-holder", ContentSwitcher).visible_content
        return visible if isinstance(visible, StepView) else None

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

    # ----------------------------------------------------------------- editing

    @on(StepView.Edited)
    def _edited(self, event: StepView.Edited) -> None:
        event.stop()
        if event.change:
            self.autosaver.changed()
            self._show_markers()

    @on(GoalsStepView.RemovalRequested)
    def _goal_removal_requested(self, event: GoalsStepView.RemovalRequested) -> None:
        event.stop()
        view, goal_id = event.view, event.goal_id

        def answered(remove: bool | None) -> None:
            if remove:
                self.call_later(view.remove_goal, goal_id)

        self.app.push_screen(ConfirmDialog(event.question, yes="Weghalen"), answered)

    @on(QuestionsStepView.WinPickRequested)
    def _win_pick_requested(self, event: QuestionsStepView.WinPickRequested) -> None:
        event.stop()
        view, question = event.view, event.question

        def chosen(text: str | None) -> None:
            if text:
                view.add_win(question, text)

        self.app.push_screen(PickDialog("Kies uit je logboek", event.groups, intro=event.intro), chosen)

    # ----------------------------------------------------------------- sheet and help

    @on(SummaryStepView.SaveRequested)
    def _save_requested(self, event: SummaryStepView.SaveRequested) -> None:
        event.stop()
        self.action_save_sheet()

    def action_save_sheet(self) -> None:
        """Open the save dialog for the sheet."""
        self.flush()
        open_save_dialog(self, self.session, self.context, self._sheet_saved)

    @on(SummaryStepView.PrintRequested)
    def _print_requested(self, event: SummaryStepView.PrintRequested) -> None:
        event.stop()
        self.action_print_sheet()

    def action_print_sheet(self) -> None:
        """Write the PDF of the sheet and open it in the system's viewer."""
        self.flush()
        print_sheet(self, self.session, self.context)

    def _sheet_saved(self, path: Path, change: Change) -> None:
        if change:
            self.autosaver.changed()
        self.flush()
        self.notify(f"Blad opgeslagen in {path}", title="Opgeslagen", markup=False)
        view = self.current_view()
        if isinstance(view, SummaryStepView):
            self.call_later(view.recompose)

    async def action_rehearse(self) -> None:
        """Save, then rehearse the questions of this preparation (the same session)."""
        from gesprekscoach.tui.screens.rehearsal import RehearsalScreen

        await self.save_now()
        self.app.push_screen(RehearsalScreen(self.context, self.session, self.conversation))

    def action_send_agenda(self) -> None:
        """Show the message with the agenda points, to copy, save or mail."""
        from gesprekscoach.content.after_texts import around_meeting_texts
        from gesprekscoach.session.agenda_message import agenda_filename, agenda_message
        from gesprekscoach.tui.dialogs.agenda_message import AgendaMessageDialog

        self.flush()
        message = agenda_message(self.prep, self.context.content)
        proposed = self.context.cwd / agenda_filename(self.prep)
        texts = around_meeting_texts(self.context.content)
        self.app.push_screen(AgendaMessageDialog(message, texts, proposed, self.context.cwd))

    def action_help(self) -> None:
        """Show the help of the open step and the keys."""
        step = self.steps[self.step_index]
        view = self.current_view()
        legend = marks_legend(legend_lines(self.session.content))  # what the marks in the step list mean
        if view is None or view.step is not step:
            text = step.help or step.intro or "Vul in wat bij je past. Je mag stappen overslaan."
            self.app.push_screen(HelpDialog(step.title, text, GENERAL_KEYS, [legend]))
            return
        keys = list(view.KEY_HINTS) + GENERAL_KEYS
        self.app.push_screen(HelpDialog(step.title, view.help_text(), keys, [*view.help_sections(), legend]))
