"""Send your points ahead: the message to the manager, to copy, save as text, or open in the mail program.

The message is the session's (`session.agenda_message`: what is only for you is never in it).
Copying uses the terminal's clipboard, which not every terminal supports, so the dialog says so.
Saving asks where (`SaveFileDialog`, the documents folder proposed); the mail program opens
with a `mailto:` address in a worker thread, and the dialog tells in Dutch when it could not.
"""

from __future__ import annotations

import webbrowser
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from gesprekscoach.content.models import AroundMeetingTexts
from gesprekscoach.content.templates import fill
from gesprekscoach.session.agenda_message import AgendaMessage, mailto_url, write_agenda_message
from gesprekscoach.tui.dialogs.save_file import SaveFileDialog

COPIED = (
    "Gekopieerd. Niet elke terminal kan iets naar het klembord zetten. "
    "Lukt plakken niet? Bewaar het bericht dan als tekst, of open het in je e-mailprogramma."
)

AGENDA_HELP_KEYS: list[tuple[str, str]] = [
    ("K", "bericht kopiëren"),
    ("B", "bewaren als tekstbestand"),
    ("M", "openen in je e-mailprogramma"),
    ("Esc", "sluiten"),
]
"""The keys of the dialog, for the help of the conversation screen."""


def one_line(text: str) -> str:
    """A content text (folded YAML) as one line."""
    return " ".join(text.split())


def open_mail(url: str) -> bool:
    """Open a `mailto:` address in the user's mail program; False when that did not work."""
    try:
        return bool(webbrowser.open(url))
    except (webbrowser.Error, OSError):
        return False


class AgendaMessageDialog(ModalScreen[None]):
    """Shows the message; copy it, save it as a text file, or open it in the mail program. Esc closes."""

    BINDINGS = [
        Binding("escape", "close", "sluiten"),
        Binding("k", "copy", "kopiëren"),
        Binding("b", "save", "bewaren"),
        Binding("m", "mail", "e-mail"),
    ]

    def __init__(self, message: AgendaMessage, texts: AroundMeetingTexts, proposed: Path, base: Path) -> None:
        super().__init__(classes="dialog-screen")
        self.message = message
        self.texts = texts
        self.proposed = proposed
        """The proposed file (in the documents folder)."""
        self.base = base
        self.saved_to: Path | None = None
        """Where the message was saved (None: not saved)."""

    def compose(self) -> ComposeResult:
        """The title, the message, a status line and the buttons."""
        with Vertical(classes="dialog message-dialog"):
            yield Static("Je gesprekspunten vooraf sturen", classes="dialog-title", markup=False)
            yield Static(one_line(self.texts.agenda_help), classes="dialog-text", markup=False)
            with VerticalScroll(id="agenda-text"):
                yield Static(self.message.text().rstrip(), id="agenda-message", markup=False)
            yield Static("", id="agenda-status", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Kopiëren (K)", id="agenda-copy")
                yield Button("Bewaren als tekst (B)", id="agenda-save")
                yield Button("E-mail (M)", id="agenda-mail")
                yield Button("Sluiten (Esc)", id="agenda-close")

    def on_mount(self) -> None:
        """Start on 'Kopiëren'."""
        self.query_one("#agenda-copy").focus()

    def _status(self, text: str) -> None:
        self.query_one("#agenda-status", Static).update(text)

    @on(Button.Pressed, "#agenda-copy")
    def action_copy(self) -> None:
        """Put the message on the clipboard (where the terminal allows it)."""
        self.app.copy_to_clipboard(self.message.text())
        self._status(COPIED)

    @on(Button.Pressed, "#agenda-save")
    def action_save(self) -> None:
        """Ask where, then save the message as a text file."""

        def saved(path: Path | None) -> None:
            if path is not None:
                self.saved_to = path
                self._status(fill(self.texts.agenda_saved, bestand=str(path)))

        dialog = SaveFileDialog(
            "Bericht bewaren",
            self.proposed,
            self.base,
            lambda path, overwrite: write_agenda_message(self.message, path, overwrite=overwrite),
        )
        self.app.push_screen(dialog, saved)

    @on(Button.Pressed, "#agenda-mail")
    def action_mail(self) -> None:
        """Open the message in the mail program (in a worker thread); the user sends it."""
        url = mailto_url(self.message)
        self._status("Je e-mailprogramma gaat open…")

        def run() -> None:
            opened = open_mail(url)
            text = self.texts.agenda_mail_opened if opened else self.texts.agenda_mail_failed
            self.app.call_from_thread(self._status, one_line(text))

        self.run_worker(run, thread=True, group="agenda-mail", exit_on_error=False)

    @on(Button.Pressed, "#agenda-close")
    def action_close(self) -> None:
        """Close the dialog."""
        self.dismiss(None)
