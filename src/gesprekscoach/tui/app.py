"""The Textual app of gesprekscoach: a thin shell around the screens.

`run(content)` starts it (the `gesprekscoach` command calls it). Tests build
`GesprekscoachApp(content=..., store=..., today=..., cwd=...)` (or `clock=...`) so they control
the date and the folders.
"""

from __future__ import annotations

import asyncio
import gc
import signal
import sys
from collections.abc import Iterable
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeGuard

from rich.text import Text
from textual import events, on, work
from textual.app import App, SuspendNotSupported, SystemCommand
from textual.binding import Binding
from textual.command import CommandPalette
from textual.screen import Screen
from textual.theme import ThemeProvider
from textual.widgets import Input
from textual.widgets.input import Selection

from gesprekscoach.content.source import ContentSource
from gesprekscoach.session.clock import Clock, SystemClock
from gesprekscoach.session.crash_report import CRASH_EXIT, crash_report
from gesprekscoach.store.preparations import PreparationStore, StoreError
from gesprekscoach.store.settings_file import settings_documents_folder
from gesprekscoach.tui.context import CoachContext
from gesprekscoach.tui.layout import NARROW_CLASS, NARROW_WIDTH, WIDE_CLASS
from gesprekscoach.tui.screens.home import HomeScreen
from gesprekscoach.tui.screens.saves_itself import SavesItself

if TYPE_CHECKING:
    from textual.widgets import TextArea

    from gesprekscoach.content.models import Content
    from gesprekscoach.tui.screens.autosaving import AutosavingScreen


def is_autosaving(screen: object) -> TypeGuard[AutosavingScreen]:
    """Whether `screen` is a screen with a preparation that saves itself.

    Asked through the light mark `SavesItself`, so that starting the full screen does not load
    the autosaving screen's module (and with it the whole session layer).
    """
    return isinstance(screen, SavesItself)


STOP_SIGNALS: tuple[signal.Signals, ...] = tuple(
    sig for sig in (getattr(signal, "SIGTERM", None), getattr(signal, "SIGHUP", None)) if sig is not None
)
"""Signals after which the coach saves and stops: SIGTERM (stop), SIGHUP (the terminal window closed)."""

STOPPED_BY_SIGNAL = "gesprekscoach is gestopt. Alles wat je had getypt, is bewaard."
NOT_SAVED_BY_SIGNAL = "gesprekscoach is gestopt, maar je laatste tekst kon ik niet bewaren. {message}"

SCREENSHOT_SAVED = "Schermafdruk bewaard in {path}"
SCREENSHOT_FAILED = "De schermafdruk kon ik niet bewaren in {folder}. {reason}"

DARK_THEME = "textual-dark"
LIGHT_THEME = "textual-light"


def _collect_after_start() -> None:
    """After the first paint: keep what start-up made out of later collections, and collect again."""
    gc.freeze()
    gc.enable()


class GesprekscoachApp(App[int]):
    """The coach: a home screen, and one screen per conversation type."""

    CSS_PATH = [Path(__file__).parent / "app.tcss", Path(__file__).parent / "beyond.tcss"]
    HORIZONTAL_BREAKPOINTS = [(0, NARROW_CLASS), (NARROW_WIDTH, WIDE_CLASS)]
    """Below 80 columns every screen has the class '-narrow' (app.tcss adapts the layout), else '-wide'."""
    TITLE = "gesprekscoach"
    BINDINGS = [
        Binding("ctrl+q", "quit", "stop", priority=True),
        Binding("ctrl+p", "command_palette", "opdrachten", show=False, priority=True),
        Binding("ctrl+e", "edit_in_editor", "in je editor", show=False, priority=True),
        # Tab moves the focus here, in the order the keys came: typed text that follows a Tab
        # in one burst (a paste, a slow remote connection) lands in the next field, not this one.
        Binding("tab", "focus_next_field", "volgende vak", show=False, priority=True),
        Binding("shift+tab", "focus_previous_field", "vorige vak", show=False, priority=True),
    ]

    def __init__(
        self,
        *,
        content: Content | ContentSource,
        store: PreparationStore | None = None,
        today: date | None = None,
        cwd: Path | None = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__()
        if clock is None:  # a pinned `today` keeps the real time of day; otherwise the real clock
            clock = SystemClock(day=today)
        chosen_store = store if store is not None else PreparationStore()
        self.context = CoachContext(
            content_source=content if isinstance(content, ContentSource) else ContentSource.of(content),
            store=chosen_store,
            sheet_folder=(lambda: cwd) if cwd is not None else partial(settings_documents_folder, chosen_store.home),
            clock=clock,
        )
        self.theme = DARK_THEME
        self.stop_message = ""
        """A Dutch line to print after the full screen has closed (set when a signal stopped it)."""

    def _handle_exception(self, error: Exception) -> None:
        """An unhandled error: stop with a crash report that holds no text of a preparation.

        Textual's own crash screen shows the local variables of every frame (an answer marked
        'alleen voor mij' among them) and the error's message; ours shows neither
        (`session/crash_report.py`). The error is kept for the test pilot, as Textual does.
        """
        self._return_code = CRASH_EXIT
        if self._exception is None:
            self._exception = error
            self._exception_event.set()
        self.bell()
        self.panic(Text(crash_report(error)))

    def on_mount(self) -> None:
        """Save and stop on SIGTERM and SIGHUP instead of dying with unsaved text."""
        self._install_stop_signals()
        if not gc.isenabled():  # the command line turned collection off for the start-up
            self.call_after_refresh(_collect_after_start)

    def _install_stop_signals(self) -> None:
        """Let the event loop handle the stop signals (POSIX); elsewhere, Python's handler."""
        loop = asyncio.get_running_loop()
        for sig in STOP_SIGNALS:
            try:
                loop.add_signal_handler(sig, self.stop_on_signal, sig)
            except (NotImplementedError, RuntimeError, ValueError):  # not POSIX, or not the main thread
                try:
                    signal.signal(sig, lambda number, _frame: loop.call_soon_threadsafe(self.stop_on_signal, number))
                except (ValueError, OSError):
                    continue

    def _remove_stop_signals(self) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        for sig in STOP_SIGNALS:
            try:
                loop.remove_signal_handler(sig)
            except (NotImplementedError, RuntimeError, ValueError):
                continue

    def on_unmount(self) -> None:
        """Give the stop signals back."""
        self._remove_stop_signals()

    def stop_on_signal(self, sig: int) -> None:
        """A stop signal came: save every open preparation at once (on this thread), then stop."""
        failures = [
            outcome.message
            for screen in self.screen_stack
            if is_autosaving(screen)
            for outcome in [screen.save_blocking()]
            if not outcome.ok
        ]
        if failures:
            self.stop_message = NOT_SAVED_BY_SIGNAL.format(message=" ".join(failures))
            self.exit(1)
        else:
            self.stop_message = STOPPED_BY_SIGNAL
            self.exit(0)

    def get_default_screen(self) -> Screen[Any]:
        """The home screen is the base of the screen stack."""
        return HomeScreen(self.context)

    # ----------------------------------------------------------------- commands

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """The commands of the command palette (Ctrl+P) that work on every screen, in Dutch.

        A screen adds its own through its `COMMANDS` providers (see `ConversationCommands`).
        """
        yield SystemCommand("Thema wisselen", "Wissel tussen donker en licht", self.action_toggle_theme)
        yield SystemCommand("Thema kiezen", "Kies uit alle thema's", self.action_change_theme)
        yield SystemCommand("Hulp", "Hulp bij dit scherm (F1)", self.action_screen_help)
        if screen.maximized is not None:
            yield SystemCommand("Verkleinen", "Maak het vergrote vak weer gewoon", screen.action_minimize)
        elif screen.focused is not None and screen.focused.allow_maximize:
            yield SystemCommand(
                "Vergroten", "Maak het vak met de cursor zo groot als het scherm", screen.action_maximize
            )
        yield SystemCommand(
            "Schermafdruk",
            f"Bewaar een afbeelding (SVG) van het scherm in {self.context.cwd}",
            lambda: self.set_timer(0.1, self.save_screen_picture),
        )
        yield SystemCommand("Stoppen", "Sluit de coach af. Alles is al bewaard.", self.action_quit)

    def action_command_palette(self) -> None:
        """Open the command palette, with a Dutch placeholder."""
        if self.use_command_palette and not CommandPalette.is_open(self):  # type: ignore[arg-type]
            from gesprekscoach.tui.command_palette import DutchCommandPalette

            self.push_screen(DutchCommandPalette(placeholder="Zoek een opdracht…", id="--command-palette"))

    def search_themes(self) -> None:
        """The theme picker (Ctrl+P → Thema kiezen), with a Dutch placeholder."""
        from gesprekscoach.tui.command_palette import DutchCommandPalette

        self.push_screen(DutchCommandPalette(providers=[ThemeProvider], placeholder="Zoek een thema…"))

    # ----------------------------------------------------------------- the screen picture

    def save_screen_picture(self) -> None:
        """Save a picture (SVG) of the screen in the sheet folder; say in Dutch where, or why not."""
        svg = self.export_screenshot()
        stamp = self.context.now().strftime("%Y-%m-%d-%H%M%S")
        self._write_screen_picture(self.context.cwd / f"gesprekscoach-schermafdruk-{stamp}.svg", svg)

    @work(thread=True, exit_on_error=False, group="screen-picture")
    def _write_screen_picture(self, path: Path, svg: str) -> None:
        """In a worker thread: write the picture, then tell the user."""
        try:
            path.write_text(svg, encoding="utf-8")
        except OSError as exc:
            message = SCREENSHOT_FAILED.format(folder=path.parent, reason=exc.strerror or str(exc))
            self.call_from_thread(self.notify, message, title="Schermafdruk", severity="error", markup=False)
            return
        self.call_from_thread(self.notify, SCREENSHOT_SAVED.format(path=path), title="Schermafdruk", markup=False)

    @on(events.DeliveryComplete)
    def _delivered(self, event: events.DeliveryComplete) -> None:
        """A file Textual delivered (a screenshot): say so in Dutch instead of Textual's English."""
        event.prevent_default()
        if event.name == "screenshot":
            where = f" in {event.path}" if event.path is not None else ""
            self.notify(f"Schermafdruk bewaard{where}", title="Schermafdruk", markup=False)

    @on(events.DeliveryFailed)
    def _not_delivered(self, event: events.DeliveryFailed) -> None:
        """A file Textual could not deliver: say so in Dutch."""
        event.prevent_default()
        if event.name == "screenshot":
            self.notify("De schermafdruk kon ik niet bewaren.", title="Schermafdruk", severity="error")

    # ----------------------------------------------------------------- focus

    async def action_focus_next_field(self) -> None:
        """Tab: the next field gets the focus at once (keys typed after it go there)."""
        self.screen.focus_next()

    async def action_focus_previous_field(self) -> None:
        """Shift+Tab: the previous field gets the focus at once."""
        self.screen.focus_previous()

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """A one-line field that gets the focus shows the start of its text (all of it still selected)."""
        field = event.widget
        if isinstance(field, Input) and field.value and field.selection == Selection(0, len(field.value)):
            field.selection = Selection(len(field.value), 0)

    def action_toggle_theme(self) -> None:
        """Switch between the dark and the light theme."""
        self.theme = LIGHT_THEME if self.theme == DARK_THEME else DARK_THEME

    async def action_screen_help(self) -> None:
        """Show the help of the screen below the command palette (its 'help' action)."""
        await self.run_action("help", self.screen)

    # ----------------------------------------------------------------- your own editor

    def _editable_field(self) -> Input | TextArea | None:
        """The text field with the focus, when it is one of the user's answers (in a conversation)."""
        focused = self.focused
        screen = self.screen
        if not is_autosaving(screen) or not screen.OWN_EDITOR:
            return None  # asked on every key on the home screen too: TextArea is not imported for it
        from textual.widgets import Input, TextArea

        if isinstance(focused, TextArea) and not focused.read_only:
            return focused
        if isinstance(focused, Input):
            return focused
        return None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Ctrl+E only works in an answer field; elsewhere the key does what the field does with it."""
        if action == "edit_in_editor":
            return self._editable_field() is not None
        if action in ("focus_next_field", "focus_previous_field"):
            return not _uses_tab(self.focused)
        return True

    def action_edit_in_editor(self) -> None:
        """Open the focused answer in the user's own editor ($VISUAL or $EDITOR), then put it back.

        The coach steps aside while the editor runs (`App.suspend`). The edited text goes back
        into the field as an edit, so it is saved like typed text (and Ctrl+Z undoes it).
        """
        from textual.widgets import TextArea

        from gesprekscoach.tui.external_editor import NO_EDITOR_MESSAGE, EditorError, edit_text, editor_command

        field = self._editable_field()
        if field is None:
            return
        command = editor_command()
        if command is None:
            self.notify(NO_EDITOR_MESSAGE, title="Geen editor", severity="warning", markup=False)
            return
        is_area = isinstance(field, TextArea)
        text = field.text if isinstance(field, TextArea) else field.value
        edited: str | None = None
        problem: EditorError | None = None
        try:
            with self.suspend():
                try:  # nothing may escape here: the app must come back
                    edited = edit_text(text, command, single_line=not is_area)
                except EditorError as exc:
                    problem = exc
        except SuspendNotSupported:
            self.notify(
                "Een eigen editor openen lukt niet in dit venster. Typ je tekst hier in de coach.",
                title="Geen editor",
                severity="warning",
                markup=False,
            )
            return
        if problem is not None:
            self.notify(str(problem), title="Editor", severity="error", markup=False)
            return
        if edited is None or edited == text:
            self.notify("Je tekst is niet veranderd.", markup=False)
            return
        if isinstance(field, TextArea):
            field.replace(edited, (0, 0), field.document.end)
        else:
            field.value = edited
            field.cursor_position = len(edited)
        field.focus()
        self.notify("Je tekst uit de editor staat erin, en wordt bewaard.", markup=False)

    def action_help_quit(self) -> None:
        """Ctrl+C does not stop the coach (it copies text); say in Dutch how to stop."""
        self.notify("Druk op Ctrl+Q om te stoppen. Alles is al bewaard.", title="Wil je stoppen?")

    async def action_quit(self) -> None:
        """Save every open preparation, then quit.

        When a save fails the coach stays open, says so and offers another place for the
        file; only 'Toch stoppen' quits without saving (see `AutosavingScreen.leave_when_saved`).
        """
        for screen in self.screen_stack:
            if is_autosaving(screen) and not screen.released:
                outcome = await screen.save_now()
                if not outcome.ok:
                    screen.leave_when_saved(outcome, lambda: self.call_later(self.action_quit), give_up="Toch stoppen")
                    return
        self.exit(0)


def _uses_tab(widget: object) -> bool:
    """True for a field that types Tab itself (a text area that indents); Tab is then its own.

    Asked for the footer's keys on every screen, the home screen's first paint too: while no
    screen has imported `TextArea`, no widget can be one, so it is not imported for this."""
    if "textual.widgets._text_area" not in sys.modules:
        return False
    from textual.widgets import TextArea

    return isinstance(widget, TextArea) and widget.tab_behavior == "indent"


def run(content: Content | ContentSource) -> int:
    """Start the coach; returns the exit code.

    `content` may be a `ContentSource` whose models are built when first needed (the home
    screen is drawn without them).
    """
    try:
        store = PreparationStore()
    except StoreError as exc:
        print(f"gesprekscoach: {exc}", file=sys.stderr)
        return 1
    app = GesprekscoachApp(content=content, store=store)
    app.run()
    if app.stop_message:
        try:
            print(app.stop_message, file=sys.stderr)
        except OSError:  # the terminal is gone (SIGHUP): the file is saved all the same
            pass
    return app.return_code or 0
