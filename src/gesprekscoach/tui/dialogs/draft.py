"""A Markdown draft the coach made (the first self-assessment), to edit here and save as a file.

The draft itself is the session's (`session.wins_digest.self_assessment_markdown`); this dialog
only shows it in a text area the user may change, and saves what is there (`SaveFileDialog`).
"""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static, TextArea

from gesprekscoach.content.templates import fill
from gesprekscoach.tui.dialogs.save_file import SaveFileDialog, text_writer


class DraftDialog(ModalScreen[Path | None]):
    """Shows an editable draft; Ctrl+S saves it as a file. Dismisses with the path saved (None: not saved)."""

    BINDINGS = [
        Binding("escape", "close", "sluiten"),
        Binding("ctrl+s", "save", "bewaren", priority=True),
    ]

    def __init__(self, title: str, intro: str, draft: str, proposed: Path, base: Path, saved_text: str) -> None:
        super().__init__(classes="dialog-screen")
        self.title_text = title
        self.intro = intro
        self.draft = draft
        self.proposed = proposed
        self.base = base
        self.saved_text = saved_text
        """The line after saving, with {bestand} for the path."""
        self.saved_to: Path | None = None

    def compose(self) -> ComposeResult:
        """The title, a line on how, the text area and the buttons."""
        with Vertical(classes="dialog draft-dialog"):
            yield Static(self.title_text, classes="dialog-title", markup=False)
            yield Static(self.intro, classes="dialog-text", markup=False)
            yield TextArea(self.draft, id="draft-text", soft_wrap=True, tab_behavior="focus", show_line_numbers=False)
            yield Static("", id="draft-status", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Bewaren (Ctrl+S)", id="draft-save", variant="primary")
                yield Button("Sluiten (Esc)", id="draft-close")

    def on_mount(self) -> None:
        """Start in the text, at the top."""
        area = self.query_one("#draft-text", TextArea)
        area.focus()
        area.move_cursor((0, 0))

    @property
    def text(self) -> str:
        """The draft as the user changed it."""
        return self.query_one("#draft-text", TextArea).text

    @on(Button.Pressed, "#draft-save")
    def action_save(self) -> None:
        """Ask where, then save the text as it is now."""

        def saved(path: Path | None) -> None:
            if path is not None:
                self.saved_to = path
                self.query_one("#draft-status", Static).update(
                    " ".join(fill(self.saved_text, bestand=str(path)).split())
                )

        self.app.push_screen(SaveFileDialog("Bewaren", self.proposed, self.base, text_writer(self.text)), saved)

    @on(Button.Pressed, "#draft-close")
    def action_close(self) -> None:
        """Close (what was not saved is gone; the draft can be made again)."""
        self.dismiss(self.saved_to)
