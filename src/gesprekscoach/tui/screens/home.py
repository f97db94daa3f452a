"""The home screen: start a new preparation, find out which conversation you have, resume one,
note what came out of a meeting, and keep the wins log."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Header, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from gesprekscoach.dates import dutch_date
from gesprekscoach.session.chooser import find_named, name_key
from gesprekscoach.session.cycle import pending_reports, report_reminders
from gesprekscoach.session.pack_choice import CHOOSE_TITLE
from gesprekscoach.store.preparations import StoreError, SummaryListing
from gesprekscoach.tui.pack_choice import HINT_ID, open_pack_choice, show_first_start_hint
from gesprekscoach.tui.widgets.coach_footer import CoachFooter
from gesprekscoach.tui.widgets.wins_log import WinsLogPanel

if TYPE_CHECKING:
    from gesprekscoach.content.source import ConversationCard
    from gesprekscoach.session.commands import Change
    from gesprekscoach.session.opening import OpenedSession
    from gesprekscoach.store.summaries import PreparationSummary
    from gesprekscoach.tui.context import CoachContext
    from gesprekscoach.tui.dialogs.new_preparation import NewPreparationRequest

# The conversation screen, the dialogs and their widgets are imported when first used, so the
# home screen is ready sooner (see benchmarks/bench_startup.py).

CONTENT_UNREADABLE = "De inhoud van de coach kan ik nu niet lezen ({error}). Typ 'gesprekscoach inhoud controleer'."
"""When the content changed since the start and its models cannot be built now."""

HOME_HELP = (
    "Kies het gesprek dat je hebt. Dan vraagt de coach wanneer het is.\n"
    "Daarna loop je stap voor stap door je voorbereiding.\n"
    "Alles wat je typt, wordt meteen bewaard.\n\n"
    "Weet je niet welk gesprek je hebt? Kies dan 'Welk gesprek heb ik?'.\n\n"
    "Onder 'Eerdere voorbereidingen' staan je oude voorbereidingen. "
    "Open er een om verder te gaan, of sla het blad opnieuw op.\n"
    "Was het gesprek al? Druk dan op N. Schrijf de afspraken op, en of je het verslag kreeg. "
    "Je volgende voorbereiding begint met de afspraken die nog openstaan.\n\n"
    "In je logboek schrijf je op wat er goed ging. Bij je volgende gesprek kies je daar voorbeelden uit. "
    'Ook vanaf de opdrachtregel: gesprekscoach logboek "wat er goed ging".\n\n'
    "Druk op O om de vragen van een voorbereiding te oefenen. "
    "Met Ctrl+O bewaar je een overzicht van je logboek, en met Z maak je een eerste zelfbeoordeling."
)


def capitalized(text: str) -> str:
    """The text with a capital first letter: 'functioneringsgesprek' → 'Functioneringsgesprek'."""
    return text[:1].upper() + text[1:]


class HomeCommands(Provider):
    """The command palette entries of the home screen."""

    def _commands(self) -> list[tuple[str, str, Callable[[], object]]]:
        screen = self.screen
        if not isinstance(screen, HomeScreen):
            return []
        commands: list[tuple[str, str, Callable[[], object]]] = [
            ("Welk gesprek heb ik?", "Beantwoord een paar vragen en krijg advies", screen.action_chooser),
            *screen.beyond_commands(),
            (CHOOSE_TITLE, "De inhoud voor jouw regio, vanaf de volgende start", screen.action_choose_pack),
        ]
        for conv in screen.conversations():
            other = f" (ook: {', '.join(conv.also_known_as)})" if conv.also_known_as else ""
            commands.append(
                (
                    f"Voorbereiden: {conv.name}",
                    f"Begin een nieuwe voorbereiding{other}",
                    partial(screen.start_new, conv.id),
                )
            )
        return commands

    async def discover(self) -> Hits:
        """All entries, before anything is typed."""
        for name, help_text, callback in self._commands():
            yield DiscoveryHit(name, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        """The entries that match what was typed; another name of a conversation ('jaargesprek') finds it too."""
        screen = self.screen
        if isinstance(screen, HomeScreen):
            known = find_named(screen.conversations(), query)
            if known is not None and name_key(query) != name_key(known.name):
                name = f"Voorbereiden: {known.name}"
                yield Hit(
                    1.0,
                    name,
                    partial(screen.start_new, known.id),
                    text=name,
                    help=f"Zo heet '{query.strip()}' in de coach",
                )
        matcher = self.matcher(query)
        for name, help_text, callback in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, text=name, help=help_text)


class HomeScreen(Screen[None]):
    """Start screen: the conversation types, the chooser, and earlier preparations."""

    COMMANDS = {HomeCommands}

    BINDINGS = [
        Binding("w", "chooser", "welk gesprek?"),
        Binding("b", "save_sheet", "blad opslaan"),
        Binding("n", "after_meeting", "na het gesprek"),
        Binding("o", "rehearse", "oefenen"),
        Binding("z", "self_assessment", "zelfbeoordeling", show=False),
        Binding("f1", "help", "hulp"),
    ]

    def __init__(self, context: CoachContext) -> None:
        super().__init__(id="home")
        self.context = context
        self.preparations: list[PreparationSummary] = []
        """The earlier preparations as the list shows them (no models: see `store/summaries.py`)."""
        self._listed = False
        """Whether the list of earlier preparations was shown once (the wins log needs it)."""
        self.set_aside_notices: list[str] = []
        """Messages about damaged files moved aside during this session (shown until the coach stops)."""

    def conversations(self) -> list[ConversationCard]:
        """The conversation types in home-screen order (drawn before the content's models are built)."""
        return self.context.content_source.cards()

    def compose(self) -> ComposeResult:
        """The sections of the home screen."""
        yield Header()
        with VerticalScroll(id="home-body"):
            yield Static("", id="report-reminders", markup=False)
            yield Static("", id=HINT_ID, classes="dim", markup=False)
            yield Static("Welk gesprek wil je voorbereiden?", classes="section-title", markup=False)
            yield OptionList(
                *(self._type_option(conv) for conv in self.conversations()),
                id="conversation-types",
                markup=False,
            )
            yield Button("Welk gesprek heb ik?", id="open-chooser", compact=True)
            yield Static("", id="store-notice", markup=False)
            yield Static("Eerdere voorbereidingen", classes="section-title", markup=False)
            yield Static("", id="no-preparations", classes="dim", markup=False)
            yield OptionList(id="preparations", markup=False)
        yield CoachFooter()

    @staticmethod
    def _type_option(conv: ConversationCard) -> Option:
        prompt = Text()
        prompt.append(capitalized(conv.name), style="bold")
        prompt.append(f"  ({conv.looks})", style="italic")
        prompt.append(f"\n{conv.summary}")
        if conv.also_known_as:
            prompt.append(f"\nook: {', '.join(conv.also_known_as)}", style="dim italic")
        return Option(prompt, id=f"type-{conv.id}")

    def _prep_option(self, prep: PreparationSummary, names: dict[str, str]) -> Option:
        name = capitalized(names[prep.conversation]) if prep.conversation in names else prep.conversation
        prompt = Text()
        prompt.append(name, style="bold")
        prompt.append(f" · {dutch_date(prep.meeting_date)}")
        if prep.with_whom.strip():
            prompt.append(f" · met {prep.with_whom.strip()}")
        notes: list[str] = []
        if prep.sheet_saved:
            notes.append("Blad opgeslagen")
        if prep.agreements:
            count = prep.agreements
            notes.append(f"{count} {'afspraak' if count == 1 else 'afspraken'} genoteerd")
        if prep.report_received:
            notes.append("verslag binnen")
        if notes:
            prompt.append("\n" + " · ".join(notes), style="italic")
        return Option(prompt, id=f"prep-{prep.id}")

    def on_mount(self) -> None:
        """Show the earlier preparations and focus the conversation types."""
        self.title = "gesprekscoach"
        self.sub_title = "je gesprek goed voorbereid"
        types = self.query_one("#conversation-types", OptionList)
        types.highlighted = 0
        types.focus()
        self.refresh_preparations()
        show_first_start_hint(self, self.context)
        self.call_after_refresh(self._mount_wins_log)

    def _mount_wins_log(self) -> None:
        """Add the wins log below the earlier preparations, after the first paint.

        It lies below the first screenful, and its fields and list cost a frame of their own: the
        types are on screen first. It shows the log as soon as the list of preparations is known.
        """
        panel = WinsLogPanel(self.context)
        self.query_one("#home-body", VerticalScroll).mount(panel)
        if self._listed:
            panel.show(self.preparations)

    def action_choose_pack(self) -> None:
        """Choose the region of the content: Nederland or Vlaanderen (applies from the next start)."""
        open_pack_choice(self, self.context)

    def on_screen_resume(self) -> None:
        """Coming back from a conversation: show the list again (it may have changed)."""
        self.refresh_preparations()

    def refresh_preparations(self) -> None:
        """Read the store again (in a worker thread) and show what is in it."""
        self._read_store()

    @work(thread=True, exclusive=True, exit_on_error=False, group="store-listing")
    def _read_store(self) -> None:
        """In a worker thread: list the store (and, when a report is awaited, the reminder); shown on the event loop.

        The list is read from what the store remembers of files it validated before, so no
        models are built for it; the content's models are built only for a reminder.
        """
        notices: list[str] = []
        try:
            listing = self.context.store.summaries()
        except StoreError as exc:
            listing = SummaryListing()
            notices.append(f"Je eerdere voorbereidingen kan ik nu niet lezen. {exc}")
        except OSError as exc:
            listing = SummaryListing()
            notices.append(f"Je eerdere voorbereidingen kan ik nu niet lezen ({exc.strerror or exc}).")
        reminders: list[str] = []
        today = self.context.today
        if pending_reports(listing.summaries, today):
            try:
                reminders = [item.text for item in report_reminders(listing.summaries, self.context.content, today)]
            except Exception as exc:  # the content changed since the start and is broken now
                notices.append(CONTENT_UNREADABLE.format(error=exc))
        # Files moved aside are told until the coach stops, also when a newer listing replaces this one.
        self.set_aside_notices.extend(item.message() for item in listing.set_aside)
        if not get_current_worker().is_cancelled:  # a newer listing is on its way
            self.app.call_from_thread(self._show_listing, listing, notices, reminders)

    def _show_listing(self, listing: SummaryListing, notices: list[str], reminders: list[str]) -> None:
        """Show the earlier preparations, with a notice about damaged files, and the report reminder."""
        notices = notices + self.set_aside_notices
        notices += [item.message() for item in (*listing.newer, *listing.unreadable)]
        notice = self.query_one("#store-notice", Static)
        notice.update("\n".join(f"Let op: {line}" for line in notices))
        notice.display = bool(notices)
        self.preparations = listing.summaries
        options = self.query_one("#preparations", OptionList)
        highlighted = options.highlighted
        options.clear_options()
        names = {card.id: card.name for card in self.conversations()}
        options.add_options(self._prep_option(prep, names) for prep in self.preparations)
        options.display = bool(self.preparations)
        if self.preparations:
            options.highlighted = min(highlighted or 0, len(self.preparations) - 1)
        empty = self.query_one("#no-preparations", Static)
        empty.update("Nog geen voorbereidingen. Kies hierboven een gesprek om te beginnen.")
        empty.display = not self.preparations
        self._show_reminders(reminders)
        self._listed = True
        for panel in self.query(WinsLogPanel):  # none yet when the list came before the first paint
            panel.show(self.preparations)
        self.refresh_bindings()

    def _show_reminders(self, reminders: list[str]) -> None:
        """The reminder to ask for the report, while it has not come in (see after.yaml)."""
        lines = list(reminders)
        if lines:
            lines.append("Kreeg je het verslag al? Kies de voorbereiding hieronder en druk op N.")
        box = self.query_one("#report-reminders", Static)
        box.update("\n".join(lines))
        box.display = bool(lines)

    # ----------------------------------------------------------------- starting a preparation

    @on(OptionList.OptionSelected, "#conversation-types")
    def _type_chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        conv_id = (event.option.id or "").removeprefix("type-")
        self.start_new(conv_id)

    def with_content(self, then: Callable[[], object]) -> None:
        """Call `then` on the event loop once the content's models are built (in a worker, the first time)."""
        if self.context.content_source.loaded:
            then()
        else:
            self._build_content(then)

    @work(thread=True, exit_on_error=False, group="content")
    def _build_content(self, then: Callable[[], object]) -> None:
        """In a worker thread: build the content's models, then call `then` on the event loop."""
        try:
            self.context.content  # noqa: B018  (building them is the point)
        except Exception as exc:  # the content changed since the start and is broken now
            message = CONTENT_UNREADABLE.format(error=exc)
            self.app.call_from_thread(self.notify, message, severity="error", markup=False)
            return
        self.app.call_from_thread(then)

    def start_new(self, conv_id: str) -> None:
        """Ask for the date (and with whom) and start a preparation of this type."""
        self.with_content(partial(self._ask_new, conv_id))

    def _ask_new(self, conv_id: str) -> None:
        from gesprekscoach.tui.dialogs.new_preparation import NewPreparationDialog

        try:
            conversation = self.context.content.conversation(conv_id)
        except KeyError:
            return

        def answered(request: NewPreparationRequest | None) -> None:
            if request is not None:
                self._start_preparation(conversation.id, request)

        from gesprekscoach.session.meeting_checks import previous_with_whom

        with_whom = previous_with_whom(self.preparations)  # the name of the previous conversation
        self.app.push_screen(NewPreparationDialog(conversation, self.context.today, with_whom), answered)

    @work(thread=True, exit_on_error=False, group="start-preparation")
    def _start_preparation(self, conversation_id: str, request: NewPreparationRequest) -> None:
        """In a worker thread: create and save the new preparation in its cycle, then open it."""
        from gesprekscoach.session.errors import SessionError
        from gesprekscoach.session.opening import start_new_preparation

        context = self.context
        try:
            opened = start_new_preparation(
                context.store,
                context.content,
                conversation_id,
                request.meeting_date,
                request.with_whom,
                meeting_time=request.meeting_time,
                clock=context.clock,
            )
        except (StoreError, SessionError) as exc:
            self.app.call_from_thread(self.notify, str(exc), title="Niet gelukt", severity="error", markup=False)
            return
        self.app.call_from_thread(self.open_session, opened)

    def open_session(self, opened: OpenedSession) -> None:
        """Open the conversation screen for an opened preparation (its notices are shown there)."""
        from gesprekscoach.session.errors import SessionError
        from gesprekscoach.session.opening import conversation_for
        from gesprekscoach.tui.screens.conversation import ConversationScreen

        try:
            conversation = conversation_for(opened.session.prep, self.context.content)
        except SessionError as error:
            self.notify(f"{error} Je voorbereiding is wel bewaard.", severity="error", markup=False)
            return
        self.app.push_screen(ConversationScreen(self.context, conversation, opened))

    # ----------------------------------------------------------------- the chooser

    @on(Button.Pressed, "#open-chooser")
    def _chooser_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_chooser()

    def action_chooser(self) -> None:
        """Open the 'Welk gesprek heb ik?' helper."""
        from gesprekscoach.tui.dialogs.chooser import ChooserDialog

        def answered(conv_id: str | None) -> None:
            if conv_id:
                self.start_new(conv_id)

        self.with_content(lambda: self.app.push_screen(ChooserDialog(self.context.content), answered))

    # ----------------------------------------------------------------- earlier preparations

    def _highlighted_preparation(self) -> PreparationSummary | None:
        options = self.query_one("#preparations", OptionList)
        index = options.highlighted
        if index is None or not 0 <= index < len(self.preparations):
            return None
        return self.preparations[index]

    @work(thread=True, exclusive=True, exit_on_error=False, group="load-preparation")
    def _load(self, prep_id: str, then: Callable[[OpenedSession], None]) -> None:
        """In a worker thread: load a preparation and open it in its cycle (`session.opening`),
        then call `then` with the opened session on the event loop."""
        from gesprekscoach.session.opening import open_preparation

        context = self.context
        try:
            prep = context.store.load(prep_id)
        except StoreError as exc:
            self.app.call_from_thread(self._load_failed, str(exc))
            return
        if get_current_worker().is_cancelled:  # Enter twice: only the last one opens
            return
        try:
            opened = open_preparation(context.store, context.content, prep, clock=context.clock)
        except Exception as error:  # the preparation must open, whatever the cycle data holds
            from gesprekscoach.session.opening import OpenedSession
            from gesprekscoach.session.preparation_session import PreparationSession

            session = PreparationSession(prep, context.content, context.store, clock=context.clock)
            opened = OpenedSession(session, notices=[f"Je eerdere gesprekken kan ik nu niet bekijken ({error})."])
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(then, opened)

    def _load_failed(self, message: str) -> None:
        self.notify(message, title="Openen lukt niet", severity="error", markup=False)
        self.refresh_preparations()

    @on(OptionList.OptionSelected, "#preparations")
    def _prep_chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        prep_id = (event.option.id or "").removeprefix("prep-")
        self._load(prep_id, self.open_session)

    def action_save_sheet(self) -> None:
        """Save the sheet of the highlighted earlier preparation again."""
        chosen = self._highlighted_preparation()
        if chosen is None:
            self.notify("Kies eerst een voorbereiding in de lijst.", severity="warning")
            return
        self._load(chosen.id, self._save_sheet_of)

    def _show_notices(self, opened: OpenedSession) -> None:
        for notice in opened.notices:
            self.notify(notice, title="Let op", severity="warning", markup=False, timeout=10)

    def _save_sheet_of(self, opened: OpenedSession) -> None:
        from gesprekscoach.tui.sheet_actions import open_save_dialog

        self._show_notices(opened)

        def saved(path: Path, _change: Change) -> None:
            outcome = opened.session.close()  # where the sheet went is saved at once
            if not outcome.ok or outcome.message:
                self.notify(outcome.message, severity="error" if not outcome.ok else "warning", markup=False)
            self._sheet_saved(path)

        open_save_dialog(self, opened.session, self.context, saved)

    def _sheet_saved(self, path: Path) -> None:
        self.notify(f"Blad opgeslagen in {path}", title="Opgeslagen", markup=False)
        self.refresh_preparations()

    def action_after_meeting(self) -> None:
        """Note what came out of the meeting of the highlighted earlier preparation."""
        chosen = self._highlighted_preparation()
        if chosen is None:
            self.notify("Kies eerst een voorbereiding in de lijst.", severity="warning")
            return
        self._load(chosen.id, self._open_after_meeting)

    def _open_after_meeting(self, opened: OpenedSession) -> None:
        from gesprekscoach.session.meeting_checks import after_too_early
        from gesprekscoach.tui.dialogs.confirm import ConfirmDialog
        from gesprekscoach.tui.screens.after_meeting import AfterMeetingScreen

        self._show_notices(opened)
        session = opened.session
        question = after_too_early(session.prep, self.context.content, self.context.today)
        if question is None:
            self.app.push_screen(AfterMeetingScreen(self.context, session))
            return

        def answered(go_on: bool | None) -> None:
            if go_on:
                self.app.push_screen(AfterMeetingScreen(self.context, session))
            else:
                session.close()

        self.app.push_screen(ConfirmDialog(question, yes="Toch invullen", no="Nog niet"), answered)

    # ----------------------------------------------------------------- the wins log

    @on(WinsLogPanel.RemovalRequested)
    def _log_removal_requested(self, event: WinsLogPanel.RemovalRequested) -> None:
        """Ask before an entry of the wins log goes; the panel removes it."""
        from gesprekscoach.tui.dialogs.confirm import ConfirmDialog

        event.stop()
        panel, entry = event.panel, event.entry

        def answered(remove: bool | None) -> None:
            if remove:
                panel.remove_entry(entry)

        self.app.push_screen(
            ConfirmDialog(f"Wil je dit punt weghalen?\n{entry.text}", yes="Weghalen", no="Bewaren"), answered
        )

    @on(WinsLogPanel.EntryEditRequested)
    def _log_edit_requested(self, event: WinsLogPanel.EntryEditRequested) -> None:
        event.stop()
        from gesprekscoach.tui.screens.home_beyond import ask_entry_details

        ask_entry_details(self, event)

    @on(WinsLogPanel.DigestRequested)
    def _log_digest_requested(self, event: WinsLogPanel.DigestRequested) -> None:
        event.stop()
        self.action_digest()

    def action_digest(self) -> None:
        """Ask for a period and save the overview of the wins log as Markdown."""
        from gesprekscoach.tui.screens.home_beyond import make_digest

        self.with_content(lambda: make_digest(self, self.context, self.preparations))

    def action_rehearse(self) -> None:
        """Rehearse the questions of the highlighted earlier preparation."""
        from gesprekscoach.tui.screens.home_beyond import open_rehearsal

        chosen = self._highlighted_preparation()
        if chosen is None:
            self.notify("Kies eerst een voorbereiding in de lijst.", severity="warning")
            return
        self._load(chosen.id, lambda opened: open_rehearsal(self, self.context, opened))

    def action_self_assessment(self) -> None:
        """Make a draft self-assessment for the highlighted functionering or beoordeling."""
        from gesprekscoach.tui.screens.home_beyond import make_self_assessment

        chosen = self._highlighted_preparation()
        self.with_content(lambda: make_self_assessment(self, self.context, self.preparations, chosen))

    def beyond_commands(self) -> list[tuple[str, str, Callable[[], object]]]:
        """The palette entries for rehearsing, the overview and the self-assessment."""
        return [
            ("Oefenen", "Oefen de vragen van de voorbereiding die in de lijst is gekozen", self.action_rehearse),
            ("Overzicht van je logboek", "Bewaar wat er in een periode goed ging (Markdown)", self.action_digest),
            (
                "Eerste zelfbeoordeling maken",
                "Uit je logboek en je doelen, om zelf aan te passen",
                self.action_self_assessment,
            ),  # fmt: skip
        ]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """'Blad opslaan', 'na het gesprek', 'oefenen' and 'zelfbeoordeling' only when the list of earlier
        preparations has the focus."""
        if action in ("save_sheet", "after_meeting", "rehearse", "self_assessment"):
            focused = self.app.focused
            return focused is not None and focused.id == "preparations" and bool(self.preparations)
        return True

    def on_descendant_focus(self) -> None:
        """Update the footer: which keys work depends on what has the focus."""
        self.refresh_bindings()

    def action_help(self) -> None:
        """Show help for the home screen."""
        from gesprekscoach.tui.dialogs.help import HelpDialog

        keys = [
            ("↑ ↓", "kiezen in een lijst"),
            ("Enter", "openen"),
            ("Tab", "naar het volgende deel"),
            ("W", "welk gesprek heb ik?"),
            ("B", "blad opnieuw opslaan (in de lijst met voorbereidingen)"),
            ("N", "na het gesprek: afspraken en verslag noteren (in de lijst met voorbereidingen)"),
            ("O", "oefenen: de vragen van je leidinggevende (in de lijst met voorbereidingen)"),
            ("Z", "eerste zelfbeoordeling, bij een functionering of beoordeling (in de lijst)"),
            ("Enter", "in je logboek: het punt bewaren"),
            ("Ctrl+T", "in je logboek: alleen voor mij (nog eens: weer wel)"),
            ("Delete", "in je logboek: punt weghalen"),
            ("L", "in je logboek: label of doel geven"),
            ("Ctrl+O", "in je logboek: overzicht van een periode bewaren"),
            ("Ctrl+P", "alle opdrachten"),
            ("Ctrl+Q", "stoppen"),
        ]
        self.app.push_screen(HelpDialog("startscherm", HOME_HELP, keys))
