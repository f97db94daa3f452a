"""The dialog that starts a new preparation: when is the meeting, and with whom."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static

from gesprekscoach.content.models import ConversationType
from gesprekscoach.dates import dutch_date, parse_meeting_date
from gesprekscoach.tui.validators import MeetingDateValidator


@dataclass(frozen=True)
class NewPreparationRequest:
    """What the user filled in to start a preparation."""

    meeting_date: date
    with_whom: str


class NewPreparationDialog(ModalScreen[NewPreparationRequest | None]):
    """Asks for the meeting date (tomorrow by default) and, if you like, with whom."""

    BINDINGS = [Binding("escape", "cancel", "annuleren")]

    def __init__(self, conversation: ConversationType, today: date, with_whom: str = "") -> None:
        super().__init__(classes="dialog-screen")
        self.conversation = conversation
        self.today = today
        self.with_whom = with_whom
        """'Met wie' to start from: the name of the previous conversation (`session.meeting_checks`)."""

    def compose(self) -> ComposeResult:
        """Date field with its reading in words, the with-whom field, and the buttons."""
        tomorrow = self.today + timedelta(days=1)
        with Vertical(classes="dialog new-dialog"):
            yield Static(f"Nieuw: {self.conversation.name}", classes="dialog-title", markup=False)
            yield Static(
                "Wanneer is het gesprek? Bijvoorbeeld 23-11-2026 of morgen.", classes="field-label", markup=False
            )
            yield Input(
                tomorrow.strftime("%d-%m-%Y"),
                id="meeting-date",
                validators=[MeetingDateValidator(self.today)],
                valid_empty=True,
            )
            yield Static(dutch_date(tomorrow), id="date-words", classes="field-ok", markup=False)
            yield Static("Met wie heb je het gesprek? (mag leeg)", classes="field-label", markup=False)
            yield Input(self.with_whom, placeholder="Bijvoorbeeld: Anne de Vries", id="with-whom")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Beginnen", id="new-start", variant="primary")
                yield Button("Annuleren", id="new-cancel")

    def on_mount(self) -> None:
        """Start in the date field with the whole date selected, so typing replaces it."""
        self.query_one("#meeting-date", Input).focus()

    def _parsed(self) -> date | None:
        text = self.query_one("#meeting-date", Input).value
        try:
            return parse_meeting_date(text, self.today)
        except ValueError:
            return None

    @on(Input.Changed, "#meeting-date")
    def _date_changed(self, event: Input.Changed) -> None:
        words = self.query_one("#date-words", Static)
        result = event.validation_result
        if result is not None and not result.is_valid:
            reasons = result.failure_descriptions
            words.update(reasons[0] if reasons else "Deze datum begrijp ik niet.")
            words.set_classes("field-error")
            return
        parsed = self._parsed()
        words.update(dutch_date(parsed) if parsed else "")
        words.set_classes("field-ok")

    @on(Input.Submitted, "#meeting-date")
    def _date_submitted(self) -> None:
        if self._parsed() is not None:
            self.query_one("#with-whom", Input).focus()

    @on(Input.Submitted, "#with-whom")
    @on(Button.Pressed, "#new-start")
    def _start(self) -> None:
        parsed = self._parsed()
        if parsed is None:
            self.query_one("#meeting-date", Input).focus()
            self.notify("Vul eerst een datum in die klopt.", severity="warning")
            return
        with_whom = self.query_one("#with-whom", Input).value.strip()
        self.dismiss(NewPreparationRequest(parsed, with_whom))

    @on(Button.Pressed, "#new-cancel")
    def _cancel_pressed(self) -> None:
        self.dismiss(None)

    def action_cancel(self) -> None:
        """Close without starting."""
        self.dismiss(None)
