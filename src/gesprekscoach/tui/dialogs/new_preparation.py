"""The dialogs about the meeting itself: when it is (day and time) and with whom.

`NewPreparationDialog` asks it to start a new preparation; `MeetingDetailsDialog` changes it
later (from the conversation screen). Both only ask: the screen sends the session commands.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static

from gesprekscoach.content.models import ConversationType
from gesprekscoach.dates import dutch_date, parse_meeting_date, parse_meeting_time, short_time
from gesprekscoach.tui.validators import MeetingDateValidator, MeetingTimeValidator

TIME_LABEL = "Hoe laat begint het? Bijvoorbeeld 9:30. (mag leeg)"
WITH_WHOM_LABEL = "Met wie heb je het gesprek? (mag leeg)"


@dataclass(frozen=True)
class NewPreparationRequest:
    """What the user filled in to start a preparation (or to change the meeting)."""

    meeting_date: date
    with_whom: str
    meeting_time: str = ""
    """The time as typed ('9:30'), checked by the dialog; '' for none."""


class MeetingDialog(ModalScreen[NewPreparationRequest | None]):
    """Asks for the meeting's day, its time (optional) and with whom (optional).

    Enter in a field goes to the next one; Enter in the last field (or the first button)
    dismisses with what was filled in, Esc with None.
    """

    BINDINGS = [Binding("escape", "cancel", "annuleren")]

    def __init__(
        self,
        title: str,
        today: date,
        *,
        day: date,
        meeting_time: time | None = None,
        with_whom: str = "",
        ok_label: str = "Beginnen",
    ) -> None:
        super().__init__(classes="dialog-screen")
        self.dialog_title = title
        self.today = today
        self.day = day
        self.meeting_time = meeting_time
        self.with_whom = with_whom
        self.ok_label = ok_label

    def compose(self) -> ComposeResult:
        """The date with its reading in words, the time, with whom, and the buttons."""
        with Vertical(classes="dialog new-dialog"):
            yield Static(self.dialog_title, classes="dialog-title", markup=False)
            yield Static(
                "Wanneer is het gesprek? Bijvoorbeeld 23-11-2026 of morgen.", classes="field-label", markup=False
            )
            yield Input(
                self.day.strftime("%d-%m-%Y"),
                id="meeting-date",
                validators=[MeetingDateValidator(self.today)],
                valid_empty=True,
            )
            yield Static(dutch_date(self.day), id="date-words", classes="field-ok", markup=False)
            yield Static(TIME_LABEL, classes="field-label", markup=False)
            yield Input(
                short_time(self.meeting_time) if self.meeting_time is not None else "",
                placeholder="Bijvoorbeeld: 9:30",
                id="meeting-time",
                validators=[MeetingTimeValidator()],
                valid_empty=True,
            )
            yield Static("", id="time-words", classes="field-ok", markup=False)
            yield Static(WITH_WHOM_LABEL, classes="field-label", markup=False)
            yield Input(self.with_whom, placeholder="Bijvoorbeeld: Anne de Vries", id="with-whom")
            with Horizontal(classes="dialog-buttons"):
                yield Button(self.ok_label, id="new-start", variant="primary")
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

    def _time_ok(self) -> bool:
        try:
            parse_meeting_time(self.query_one("#meeting-time", Input).value)
        except ValueError:
            return False
        return True

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

    @on(Input.Changed, "#meeting-time")
    def _time_changed(self, event: Input.Changed) -> None:
        words = self.query_one("#time-words", Static)
        try:
            moment = parse_meeting_time(event.value)
        except ValueError as error:
            words.update(str(error))
            words.set_classes("field-error")
            return
        words.update(f"om {short_time(moment)}" if moment is not None else "")
        words.set_classes("field-ok")

    @on(Input.Submitted, "#meeting-date")
    def _date_submitted(self) -> None:
        if self._parsed() is not None:
            self.query_one("#meeting-time", Input).focus()

    @on(Input.Submitted, "#meeting-time")
    def _time_submitted(self) -> None:
        if self._time_ok():
            self.query_one("#with-whom", Input).focus()

    @on(Input.Submitted, "#with-whom")
    @on(Button.Pressed, "#new-start")
    def _start(self) -> None:
        parsed = self._parsed()
        if parsed is None:
            self.query_one("#meeting-date", Input).focus()
            self.notify("Vul eerst een datum in die klopt.", severity="warning")
            return
        if not self._time_ok():
            self.query_one("#meeting-time", Input).focus()
            self.notify("Deze tijd begrijp ik niet. Typ bijvoorbeeld 9:30, of laat het leeg.", severity="warning")
            return
        with_whom = self.query_one("#with-whom", Input).value.strip()
        meeting_time = self.query_one("#meeting-time", Input).value.strip()
        self.dismiss(NewPreparationRequest(parsed, with_whom, meeting_time))

    @on(Button.Pressed, "#new-cancel")
    def _cancel_pressed(self) -> None:
        self.dismiss(None)

    def action_cancel(self) -> None:
        """Close without changing anything."""
        self.dismiss(None)


class NewPreparationDialog(MeetingDialog):
    """Asks for the meeting date (tomorrow by default), its time and with whom, to start a preparation.

    `with_whom` is the name to start from: that of the previous conversation (`session.meeting_checks`).
    """

    def __init__(self, conversation: ConversationType, today: date, with_whom: str = "") -> None:
        super().__init__(f"Nieuw: {conversation.name}", today, day=today + timedelta(days=1), with_whom=with_whom)
        self.conversation = conversation


class MeetingDetailsDialog(MeetingDialog):
    """Change the meeting of a preparation: its day, its time and with whom (filled in as they are)."""

    def __init__(self, conversation_name: str, today: date, *, day: date, meeting_time: time | None, with_whom: str):
        super().__init__(
            f"Gesprek: {conversation_name}",
            today,
            day=day,
            meeting_time=meeting_time,
            with_whom=with_whom,
            ok_label="Opslaan",
        )
