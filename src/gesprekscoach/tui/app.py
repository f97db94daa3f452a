"""The Textual app of gesprekscoach: a thin shell around the screens.

`run(content)` starts it (the `gesprekscoach` command calls it). Tests build
`GesprekscoachApp(content=..., store=..., today=..., cwd=...)` so they control the date
and the folders.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App, SuspendNotSupported, SystemCommand
from textual.binding import Binding
from textual.command import CommandPalette
from textual.screen import Screen

from gesprekscoach.content.models import Content
from gesprekscoach.store.preparations import PreparationStore, StoreError
from gesprekscoach.store.settings import documents_folder, load_settings_or_default
from gesprekscoach.tui.context import CoachContext
from gesprekscoach.tui.screens.home import HomeScreen

if TYPE_CHECKING:
    from textual.widgets import Input, TextArea

DARK_THEME = "textual-dark"
LIGHT_THEME = "textual-light"


def _conversation_screen_class() -> type[Screen] | None:
    """The conversation screen class, once it was imported (no screen can be one before that).

    Looking it up instead of importing it keeps the conversation screen, its widgets and the
    checks out of the coach's start-up: they load when the first conversation opens.
    """
    module = sys.modules.get("gesprekscoach.tui.screens.conversation")
    return getattr(module, "ConversationScreen", None)


class GesprekscoachApp(App[int]):
    """The coach: a home screen, and one screen per conversation type."""

    CSS_PATH = Path(__file__).parent / "app.tcss"
    TITLE = "gesprekscoach"
    BINDINGS = [
        Binding("ctrl+q", "quit", "stop", priority=True),
        Binding("ctrl+p", "command_palette", "opdrachten", show=False, priority=True),
        Binding("ctrl+e", "edit_in_editor", "in je editor", show=False, priority=True),
    ]

    def __init__(
        self,
        *,
        content: Content,
        store: PreparationStore | None = None,
        today: date | None = None,
        cwd: Path | None = None,
    ) -> None:
        super().__init__()
        self.context = CoachContext(
            content=content,
            store=store if store is not None else PreparationStore(),
            today=today if today is not None else date.today(),
            cwd=cwd if cwd is not None else documents_folder(load_settings_or_default()),
        )
        self.theme = DARK_THEME

    def get_default_screen(self) -> Screen:
        """The home screen is the base of the screen stack."""
        return HomeScreen(self.context)

    # ----------------------------------------------------------------- commands

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """The commands of the command palette (Ctrl+P), in Dutch."""
        conversation_cls = _conversation_screen_class()

        if conversation_cls is not None and isinstance(screen, conversation_cls):
            yield SystemCommand(
                "Blad opslaan", "Sla je voorbereiding op als blad om te printen", screen.action_save_sheet
            )
            yield SystemCommand(
                "Afdrukken", "Open je blad in de browser, klaar om af te drukken", screen.action_print_sheet
            )
            for index, step in enumerate(screen.steps):
                yield SystemCommand(
                    f"Ga naar stap {index + 1}: {step.title}",
                    "Open deze stap",
                    lambda index=index: screen.go_to_step(index),
                )
            yield SystemCommand("Naar het startscherm", "Terug naar de lijst met gesprekken", screen.action_home)
        if isinstance(screen, HomeScreen):
            yield SystemCommand(
                "Welk gesprek heb ik?", "Beantwoord een paar vragen en krijg advies", screen.action_chooser
            )
        yield SystemCommand("Thema wisselen", "Wissel tussen donker en licht", self.action_toggle_theme)
        yield SystemCommand("Thema kiezen", "Kies uit alle thema's", self.action_change_theme)
        yield SystemCommand("Hulp", "Hulp bij dit scherm (F1)", self.action_screen_help)
        yield SystemCommand("Toetsen", "Toon of verberg alle toetsen", self._toggle_keys_panel)
        if screen.maximized is not None:
            yield SystemCommand("Verkleinen", "Maak het vergrote vak weer gewoon", screen.action_minimize)
        elif screen.focused is not None and screen.focused.allow_maximize:
            yield SystemCommand(
                "Vergroten", "Maak het vak met de cursor zo groot als het scherm", screen.action_maximize
            )
        yield SystemCommand(
            "Schermafdruk",
            "Bewaar een afbeelding (SVG) van het scherm",
            lambda: self.set_timer(0.1, self.deliver_screenshot),
        )
        yield SystemCommand("Stoppen", "Sluit de coach af. Alles is al bewaard.", self.action_quit)

    def action_command_palette(self) -> None:
        """Open the command palette, with a Dutch placeholder."""
        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(CommandPalette(placeholder="Zoek een opdracht…", id="--command-palette"))

    def action_toggle_theme(self) -> None:
        """Switch between the dark and the light theme."""
        self.theme = LIGHT_THEME if self.theme == DARK_THEME else DARK_THEME

    def action_screen_help(self) -> None:
        """Show the help of the screen below the command palette."""
        screen = self.screen
        if hasattr(screen, "action_help"):
            screen.action_help()

    def _toggle_keys_panel(self) -> None:
        if self.screen.query("HelpPanel"):
            self.action_hide_help_panel()
        else:
            self.action_show_help_panel()

    # ----------------------------------------------------------------- your own editor

    def _editable_field(self) -> Input | TextArea | None:
        """The text field with the focus, when it is one of the user's answers (in a conversation)."""
        from textual.widgets import Input, TextArea

        conversation_cls = _conversation_screen_class()

        focused = self.focused
        if conversation_cls is None or not isinstance(self.screen, conversation_cls):
            return None
        if isinstance(focused, TextArea) and not focused.read_only:
            return focused
        if isinstance(focused, Input):
            return focused
        return None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Ctrl+E only works in an answer field; elsewhere the key does what the field does with it."""
        if action == "edit_in_editor":
            return self._editable_field() is not None
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
        text = field.text if is_area else field.value
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
        """Save every open preparation, then quit."""
        conversation_cls = _conversation_screen_class()

        for screen in self.screen_stack:
            if conversation_cls is not None and isinstance(screen, conversation_cls):
                screen.flush()
        self.exit(0)


def run(content: Content) -> int:
    """Start the coach; returns the exit code."""
    try:
        store = PreparationStore()
    except StoreError as exc:
        print(f"gesprekscoach: {exc}", file=sys.stderr)
        return 1
    app = GesprekscoachApp(content=content, store=store)
    app.run()
    return app.return_code or 0
