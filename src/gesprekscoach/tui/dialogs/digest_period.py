"""Which period the overview of the wins log covers: from which day, to which day.

The days are typed as the coach reads them elsewhere ('1-1-2027', 'gisteren', '12 maart');
the proposed days are the start of this period and today. The overview itself is the session's.
"""

from __future__ import annotations

from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static

from gesprekscoach.dates import parse_past_date, short_dutch_date


class DigestPeriodDialog(ModalScreen[tuple[date, date] | None]):
    """Asks for the first and the last day; dismisses with (start, end), or None (cancelled)."""

    BINDINGS = [Binding("escape", "cancel", "annuleren")]

    def __init__(self, start: date, end: date, today: date, wrong_order: str) -> None:
        super().__init__(classes="dialog-screen")
        self.start = start
        self.end = end
        self.today = today
        self.wrong_order = wrong_order
        """The Dutch line when the first day is after the last (from the content)."""

    def compose(self) -> ComposeResult:
        """Two date fields, a line for problems, and the buttons."""
        with Vertical(classes="dialog"):
            yield Static("Overzicht van je logboek", classes="dialog-title", markup=False)
            yield Static(
                "Van welke periode? Typ bijvoorbeeld 1-1-2027 of gisteren. Het overzicht wordt een Markdown-bestand.",
                classes="dialog-text",
                markup=False,
            )
            yield Static("Vanaf:", markup=False)
            yield Input(short_dutch_date(self.start), id="digest-from")
            yield Static("Tot en met:", markup=False)
            yield Input(short_dutch_date(self.end), id="digest-to")
            yield Static("", id="digest-error", classes="field-error", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Overzicht maken", id="digest-ok", variant="primary")
                yield Button("Annuleren", id="digest-cancel")

    def on_mount(self) -> None:
        """Start in the first field."""
        self.query_one("#digest-from", Input).focus()

    def _day(self, field_id: str) -> date | None:
        field = self.query_one(field_id, Input)
        try:
            return parse_past_date(field.value, self.today)
        except ValueError as error:
            self.query_one("#digest-error", Static).update(str(error))
            field.focus()
            return None

    @on(Input.Submitted, "#digest-from")
    def _from_submitted(self) -> None:
        self.query_one("#digest-to", Input).focus()

    @on(Input.Submitted, "#digest-to")
    @on(Button.Pressed, "#digest-ok")
    def _done(self) -> None:
        start = self._day("#digest-from")
        end = self._day("#digest-to") if start is not None else None
        if start is None or end is None:
            return
        if start > end:
            self.query_one("#digest-error", Static).update(self.wrong_order)
            self.query_one("#digest-from", Input).focus()
            return
        self.dismiss((start, end))

    @on(Button.Pressed, "#digest-cancel")
    def _cancel_pressed(self) -> None:
        self.dismiss(None)

    def action_cancel(self) -> None:
        """Close without an overview."""
        self.dismiss(None)
