"""The wins log on the home screen: write down what went well, and see this period's entries."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.binding import Binding
from textual.containers import HorizontalGroup, VerticalGroup
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Input, OptionList, Select, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from gesprekscoach.dates import day_month_year
from gesprekscoach.session.win_groups import goal_titles
from gesprekscoach.session.wins_digest import quiet_note, quiet_weeks
from gesprekscoach.session.wins_logbook import GoalChoice, WinsLogbook, goal_choices, tags_from_text
from gesprekscoach.store.wins_log import LogError, WinsLogStore, current_goals, entries_between, period_start
from gesprekscoach.tui.widgets.private_mark import PRIVATE_ACTION_LABEL, PRIVATE_KEY, PRIVATE_LABEL, private_message

if TYPE_CHECKING:
    from gesprekscoach.store.summaries import GoalSummary, LoggedWin, LoggedWins, PreparationSummary
    from gesprekscoach.tui.context import CoachContext

NO_GOAL = "geen-doel"


class WinsLogPanel(VerticalGroup):
    """Add an entry (Enter), pick a goal for it (if you like), and the entries since the last meeting.

    It shows what a list reads of the log and the preparations (`store.summaries`: no models);
    a change reads the stored entry and goes through the store or the session's wins log.

    In the list: Ctrl+T marks an entry 'alleen voor mij' (or shared again), Delete removes it,
    L gives it labels or a goal. Ctrl+O makes an overview of a period. After four quiet weeks
    a gentle note (the session's) stands above the log.
    """

    BINDINGS = [
        Binding(PRIVATE_KEY, "toggle_private", PRIVATE_ACTION_LABEL),
        Binding("delete", "remove_entry", "weghalen"),
        Binding("l", "edit_entry", "label of doel"),
        Binding("ctrl+o", "digest", "overzicht", show=False),
    ]

    class EntryEditRequested(Message):
        """The user wants to give an entry labels or a goal; the screen asks, then calls `edit_entry`."""

        def __init__(
            self, panel: WinsLogPanel, entry: LoggedWin, goals: list[GoalChoice], goal: GoalChoice | None, title: str
        ) -> None:
            super().__init__()
            self.panel = panel
            self.entry = entry
            self.goals = goals
            """The goals the user works on now."""
            self.goal = goal
            """The entry's goal when it is one of `goals`."""
            self.goal_title = title
            """The sentence of the entry's goal ('' when none)."""

    class DigestRequested(Message):
        """The user wants an overview of a period; the screen asks which period and saves it."""

        def __init__(self, panel: WinsLogPanel) -> None:
            super().__init__()
            self.panel = panel

    class RemovalRequested(Message):
        """The user wants an entry removed; the screen asks first, then calls `remove_entry`."""

        def __init__(self, panel: WinsLogPanel, entry: LoggedWin) -> None:
            super().__init__()
            self.panel = panel
            self.entry = entry

    def __init__(self, context: CoachContext) -> None:
        super().__init__(id="wins-log")
        self.context = context
        self.log_store = WinsLogStore(context.store.home)
        self._logbook: WinsLogbook | None = None
        self.preparations: list[PreparationSummary] = []
        self.entries: list[LoggedWin] = []
        self._goal_options: list[tuple[str, str]] = []

    @property
    def logbook(self) -> WinsLogbook:
        """The session of the log (made when first used: it needs the content's models)."""
        if self._logbook is None:
            self._logbook = WinsLogbook(self.context.store, self.context.content, self.context.clock)
        return self._logbook

    def compose(self) -> Iterator[Widget]:
        """Title, the new-entry field with its goal, a line about the period, and the entries."""
        yield Static("Mijn logboek: wat ging er goed?", classes="section-title", markup=False)
        yield Static("Schrijf het meteen op. Dan weet je het nog bij je volgende gesprek.", classes="dim", markup=False)
        yield Static("", id="log-quiet", markup=False)
        with HorizontalGroup(id="log-add"):
            yield Input(placeholder="Wat ging er goed? Typ het en druk op Enter", id="log-new", compact=True)
            yield Select[str]([], prompt="Bij doel…", id="log-goal", compact=True, allow_blank=True)
        yield Static("", id="log-period", classes="dim", markup=False)
        yield OptionList(id="log-entries", markup=False)

    def show(self, preparations: Sequence[PreparationSummary]) -> None:
        """Read the log again (in a worker thread) and show this period's entries.

        `preparations` come from the home screen (they tell when the period started).
        """
        self.preparations = list(preparations)
        self._read_log()

    @work(thread=True, exclusive=True, exit_on_error=False, group="wins-log")
    def _read_log(self) -> None:
        """In a worker thread: load the log; it is shown on the event loop."""
        try:
            log = self.log_store.summary()
        except LogError as error:
            self.app.call_from_thread(self._show_problem, str(error))
            return
        note: str | None = None
        today = self.context.today
        if quiet_weeks(log, today) is not None:  # the note's words are content: the models are built here
            try:
                note = quiet_note(log, self.context.content, today)
            except Exception:  # the content changed since the start and is broken: no note
                note = None
        if get_current_worker().is_cancelled:  # a newer reading is on its way (and tells what was moved)
            return
        moved = [item.message() for item in self.log_store.moved]
        self.log_store.moved.clear()
        self.app.call_from_thread(self._show_log, log, moved, note)

    def _show_problem(self, message: str) -> None:
        self.query_one("#log-period", Static).update(message)
        self.entries = []
        self._fill([])

    def _show_log(self, log: LoggedWins, moved: list[str], note: str | None) -> None:
        for message in moved:
            self.notify(message, severity="warning", markup=False, timeout=10)
        today = self.context.today
        start, meeting = period_start(self.preparations, today)
        self.entries = list(reversed(entries_between(log, start, today)))
        count = len(self.entries)
        names = {card.id: card.name for card in self.context.content_source.cards()}
        since = (
            f"Sinds je {names.get(meeting.conversation, meeting.conversation)} van {day_month_year(start)}"
            if meeting is not None
            else f"Sinds {day_month_year(start)}"
        )
        amount = "nog niets" if not count else f"{count} {'punt' if count == 1 else 'punten'}"
        self.query_one("#log-period", Static).update(f"{since}: {amount}.")
        quiet = self.query_one("#log-quiet", Static)
        quiet.update(note or "")
        quiet.display = note is not None
        self._fill(self.entries)
        self._fill_goals()

    def _fill(self, entries: list[LoggedWin]) -> None:
        titles = goal_titles(self.preparations)
        options = self.query_one("#log-entries", OptionList)
        highlighted = options.highlighted
        options.clear_options()
        for entry in entries:
            prompt = Text()
            prompt.append(f"{day_month_year(entry.at.date())}: ", style="bold")
            prompt.append(" ".join(entry.text.split()))
            key = (entry.goal_source or "", entry.goal or "")
            if key in titles:
                prompt.append(f"\n  doel: {titles[key]}", style="italic")
            if entry.tags:
                prompt.append(f"\n  {'label' if len(entry.tags) == 1 else 'labels'}: {', '.join(entry.tags)}")
            if entry.private:
                prompt.append(f"  ({PRIVATE_LABEL})", style="italic")
            options.add_option(Option(prompt, id=f"entry-{entry.id}"))
        options.display = bool(entries)
        if entries:
            options.highlighted = min(highlighted or 0, len(entries) - 1)

    def _fill_goals(self) -> None:
        current = current_goals(self.preparations, self.context.today)
        goals: list[tuple[str, str]] = []
        if current is not None:
            source, found = current
            goals = [(goal.title(), f"{source.id}\t{goal.id}") for goal in found]
        select = self.query_one("#log-goal", Select)
        if goals != self._goal_options:
            self._goal_options = goals
            select.set_options(goals)
        select.display = bool(goals)

    # ----------------------------------------------------------------- adding

    @on(Input.Submitted, "#log-new")
    def _add(self, event: Input.Submitted) -> None:
        event.stop()
        text = event.value.strip()
        if not text:
            self.notify("Typ eerst wat er goed ging.", severity="warning")
            return
        goal = source = None
        chosen = self.query_one("#log-goal", Select).value
        if isinstance(chosen, str) and "\t" in chosen:
            source_id, goal_id = chosen.split("\t", 1)
            source = next((prep for prep in self.preparations if prep.id == source_id), None)
            goal = next((found for found in source.goals if found.id == goal_id), None) if source is not None else None
        event.input.value = ""
        self._write_entry(text, goal, source)

    @work(thread=True, exit_on_error=False, group="wins-log-write")
    def _write_entry(self, text: str, goal: GoalSummary | None, source: PreparationSummary | None) -> None:
        """In a worker thread: add the entry to the log, then show the log again."""
        try:
            self.log_store.add(text, now=self.context.now(), goal=goal, goal_source=source)
        except LogError as error:
            self.app.call_from_thread(self._not_added, text, str(error))
            return
        self.app.call_from_thread(self._added)

    def _not_added(self, text: str, message: str) -> None:
        field = self.query_one("#log-new", Input)
        if not field.value:
            field.value = text  # nothing is lost: the text goes back in the field
        self.notify(message, title="Niet bewaard", severity="error", markup=False)

    def _added(self) -> None:
        self.show(self.preparations)
        self.notify("Bewaard in je logboek.")

    # ----------------------------------------------------------------- the list

    def _highlighted(self) -> LoggedWin | None:
        options = self.query_one("#log-entries", OptionList)
        index = options.highlighted
        if index is None or not 0 <= index < len(self.entries):
            return None
        return self.entries[index]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Marking, removing and labels work on the list of entries only."""
        if action in ("toggle_private", "remove_entry", "edit_entry"):
            focused = self.app.focused
            return focused is not None and focused.id == "log-entries" and bool(self.entries)
        return True

    def action_toggle_private(self) -> None:
        """Mark the highlighted entry 'alleen voor mij', or shared again."""
        entry = self._highlighted()
        if entry is None:
            return
        self._set_private(entry.id, not entry.private)
        self.notify(private_message(not entry.private))

    def action_remove_entry(self) -> None:
        """Ask the screen to ask before the highlighted entry goes (see `RemovalRequested`)."""
        entry = self._highlighted()
        if entry is not None:
            self.post_message(self.RemovalRequested(self, entry))

    def action_edit_entry(self) -> None:
        """Ask the screen to ask for labels and a goal of the highlighted entry (see `EntryEditRequested`)."""
        entry = self._highlighted()
        if entry is None:
            return
        goals = goal_choices(self.preparations, self.context.today)
        goal = next((g for g in goals if (g.source_id, g.goal_id) == (entry.goal_source, entry.goal)), None)
        title = goal_titles(self.preparations).get((entry.goal_source or "", entry.goal or ""), "")
        self.post_message(self.EntryEditRequested(self, entry, goals, goal, title))

    def edit_entry(self, entry: LoggedWin, tags: str, goal: GoalChoice | None, *, goal_chosen: bool = True) -> None:
        """Give the entry these labels (typed, comma separated) and this goal (when `goal_chosen`), then show the log."""
        self._edit_entry(entry, tags, goal, goal_chosen)

    @work(thread=True, exit_on_error=False, group="wins-log-write")
    def _edit_entry(self, entry: LoggedWin, tags: str, goal: GoalChoice | None, goal_chosen: bool) -> None:
        """In a worker thread: save the labels and the goal of the stored entry through the session's wins log."""
        try:
            updated = self.logbook.set_tags(self.log_store.entry(entry.id), tags_from_text(tags))
            if goal_chosen:
                self.logbook.set_goal(updated, goal)
        except LogError as error:
            self.app.call_from_thread(self.notify, str(error), severity="error", markup=False)
        else:
            self.app.call_from_thread(self.notify, "Bewaard in je logboek.")
        self.app.call_from_thread(self.show, self.preparations)

    def action_digest(self) -> None:
        """Ask the screen for an overview of a period (see `DigestRequested`)."""
        self.post_message(self.DigestRequested(self))

    def remove_entry(self, entry: LoggedWin) -> None:
        """Remove this entry from the log (the user agreed)."""
        self._remove_entry(entry.id)

    @work(thread=True, exit_on_error=False, group="wins-log-write")
    def _remove_entry(self, entry_id: str) -> None:
        """In a worker thread: remove the entry, then show the log again."""
        try:
            self.log_store.remove(entry_id)
        except LogError as error:
            self.app.call_from_thread(self.notify, str(error), severity="error", markup=False)
        self.app.call_from_thread(self.show, self.preparations)

    @work(thread=True, exit_on_error=False, group="wins-log-write")
    def _set_private(self, entry_id: str, private: bool) -> None:
        """In a worker thread: mark the entry 'alleen voor mij' or shared, then show the log again."""
        try:
            self.log_store.set_private(entry_id, private)
        except LogError as error:
            self.app.call_from_thread(self.notify, str(error), severity="error", markup=False)
        self.app.call_from_thread(self.show, self.preparations)
