"""After the meeting: the agreements (wat · wie · wanneer), how it went, and the report.

Opened from the home screen for an earlier preparation (key N). Every change is saved at
once (debounced). When the user does not agree with the report, Ctrl+R opens the helper
that writes the reaction letter.
"""

from __future__ import annotations

from collections.abc import Iterator

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import HorizontalGroup, VerticalGroup, VerticalScroll
from textual.widget import Widget
from textual.widgets import Button, Checkbox, Collapsible, Header, Input, Static, TextArea

from gesprekscoach.dates import day_month_year, dutch_date, parse_past_date, short_dutch_date
from gesprekscoach.session.agreements import describe, who_text
from gesprekscoach.session.commands import (
    AddAgreement,
    Area,
    EditAgreement,
    HowItWentField,
    MarkPrivate,
    RemoveAgreement,
    SetAgreementDone,
    SetDisagrees,
    SetHowItWent,
    SetReportDate,
    SetReportReceived,
)
from gesprekscoach.session.errors import CommandError
from gesprekscoach.session.meeting_checks import check_report_date
from gesprekscoach.session.preparation_session import PreparationSession
from gesprekscoach.store.models import AfterMeetingRecord, Agreement
from gesprekscoach.tui.context import CoachContext
from gesprekscoach.tui.dialogs.help import HelpDialog
from gesprekscoach.tui.layout import fitting_sub_title
from gesprekscoach.tui.merge_refresh import MergeView, ShownField, rebuild_keeping_focus, text_field
from gesprekscoach.tui.screen_commands import PaletteEntry, ScreenCommands
from gesprekscoach.tui.screens.autosaving import AutosavingScreen
from gesprekscoach.tui.sheet_actions import open_summary_dialog
from gesprekscoach.tui.widgets.coach_footer import CoachFooter
from gesprekscoach.tui.widgets.private_mark import (
    PRIVATE_ACTION_LABEL,
    PRIVATE_KEY,
    PRIVATE_KEY_HINT,
    PrivateMark,
    private_message,
)
from gesprekscoach.tui.widgets.save_status import SaveStatus
from gesprekscoach.tui.widgets.tick_box import TickBox

AFTER_HELP = (
    "Schrijf hier op wat jullie hebben afgesproken. Bij elke afspraak: wat, wie en wanneer.\n"
    "Bij 'wie' typ je 'ik', 'leidinggevende' of de naam van iemand anders.\n"
    "Bij 'wanneer' typ je bijvoorbeeld 'voor 1 juli' of 'binnen zes weken'. De coach leest de datum.\n\n"
    "Je volgende voorbereiding begint met de afspraken die nog openstaan.\n"
    "Met 'Zet in je agenda' (F6) maak je een agendabestand van je afspraken met een datum.\n\n"
    "Heb je het verslag gekregen? Vink het aan. Ben je het er niet mee eens? "
    "Dan helpt de coach je een korte, rustige brief te schrijven."
)


def agreement_widget_id(agreement: Agreement) -> str:
    """The id of an agreement's row, from the agreement's stable id: 'agreement-afspraak-1'."""
    return f"agreement-{agreement.id}"


class AgreementRow(VerticalGroup):
    """One agreement: wat · wie · wanneer, then what the coach read, 'gedaan' and ✕.

    `agreement` is the agreement as it was shown (to read); edits name it by `agreement_id`.
    """

    def __init__(self, agreement: Agreement, number: int) -> None:
        super().__init__(classes="agreement", id=agreement_widget_id(agreement))
        self.agreement = agreement
        self.agreement_id = agreement.id
        self.number = number

    def compose(self) -> Iterator[Widget]:
        """The fields, the reading, the mark, 'gedaan' and the remove button."""
        agreement = self.agreement
        name = agreement_widget_id(agreement)
        with HorizontalGroup(classes="agreement-fields"):
            yield Static(f"{self.number}.", classes="row-number", markup=False)
            yield Input(agreement.what, placeholder="Wat", id=f"{name}-what", classes="agreement-what", compact=True)
            yield Input(who_text(agreement), placeholder="Wie", id=f"{name}-who", classes="agreement-who",
                        compact=True)  # fmt: skip
            yield Input(agreement.deadline_text, placeholder="Wanneer", id=f"{name}-when", classes="agreement-when",
                        compact=True)  # fmt: skip
        with HorizontalGroup(classes="agreement-status"):
            yield Static(describe(agreement), id=f"{name}-info", classes="agreement-info", markup=False)
            yield PrivateMark(agreement.private, id=f"{name}-private")
            yield TickBox("Gedaan", agreement.done, id=f"{name}-done", compact=True, classes="agreement-done")
            yield Button("✕", id=f"{name}-remove", classes="agreement-remove", compact=True,
                         tooltip="Afspraak weghalen")  # fmt: skip


class AgreementRows(VerticalGroup):
    """The agreements, one row each; rebuilt when one is added or removed."""

    def __init__(self, screen: AfterMeetingScreen) -> None:
        super().__init__(id="agreement-rows")
        self.owner_screen = screen

    def compose(self) -> Iterator[Widget]:
        """One `AgreementRow` per agreement."""
        for number, agreement in enumerate(self.owner_screen.record.agreements, start=1):
            yield AgreementRow(agreement, number)


class AfterMeetingScreen(AutosavingScreen):
    """Record what came out of the meeting; the next preparation starts from it."""

    COMMANDS = {ScreenCommands}

    BINDINGS = [
        Binding(PRIVATE_KEY, "toggle_private", PRIVATE_ACTION_LABEL),
        Binding("ctrl+r", "reaction_letter", "reactie schrijven"),
        Binding("f6", "calendar", "in je agenda", show=False, priority=True),
        Binding("ctrl+s", "save_summary", "samenvatting opslaan", priority=True, show=False),
        Binding("f1", "help", "hulp"),
        Binding("escape", "home", "start"),
    ]

    def __init__(self, context: CoachContext, session: PreparationSession) -> None:
        super().__init__(context, session, classes="after-screen")

    @property
    def record(self) -> AfterMeetingRecord:
        """The after-meeting record, to read (an empty one until the first change makes it)."""
        return self.prep.after if self.prep.after is not None else AfterMeetingRecord()

    @property
    def conversation_name(self) -> str:
        """'planningsgesprek', or the id of an unknown type."""
        return self.session.conversation_name

    # ----------------------------------------------------------------- layout

    def compose(self) -> ComposeResult:
        """Agreements, how it went, the report."""
        record = self.record
        after = self.context.content.after
        yield Header()
        with VerticalScroll(id="after-body"):
            yield Static(f"Na je {self.conversation_name}", classes="step-title", markup=False)
            with Collapsible(title="Wat doe je na het gesprek?", collapsed=True, id="after-advice"):
                text = [after.intro, ""] + [f"• {advice.title}: {advice.text}" for advice in after.advice]
                yield Static("\n".join(text), classes="guide-text", markup=False)
            yield Static("Afspraken", classes="section-title", markup=False)
            yield Static(
                "Wat, wie en wanneer. Bij 'wie': ik, leidinggevende of een naam.",
                classes="dim", markup=False,
            )  # fmt: skip
            yield AgreementRows(self)
            yield Input(placeholder="Nieuwe afspraak: wat? Druk op Enter", id="agreement-new", compact=True)
            yield Button("Zet in je agenda (F6)", id="put-in-calendar", compact=True)
            yield Button("Samenvatting opslaan (Ctrl+S)", id="save-summary", compact=True)
            yield Static("Hoe ging het?", classes="section-title", markup=False)
            yield Static("Wat ging zoals je het had voorbereid?", classes="field-label", markup=False)
            yield TextArea(record.went_as_prepared, id="went-as-prepared", classes="after-text",
                           soft_wrap=True, tab_behavior="focus", show_line_numbers=False)  # fmt: skip
            yield Static("Wat ging anders?", classes="field-label", markup=False)
            yield TextArea(record.went_differently, id="went-differently", classes="after-text",
                           soft_wrap=True, tab_behavior="focus", show_line_numbers=False)  # fmt: skip
            yield Static("Het verslag", classes="section-title", markup=False)
            yield TickBox("Ik heb het verslag gekregen", record.report_received, id="report-received", compact=True)
            with HorizontalGroup(id="report-date-row"):
                yield Static("Op:", classes="report-date-label", markup=False)
                received = record.report_received_on
                yield Input(short_dutch_date(received) if received else "", placeholder="bijvoorbeeld gisteren",
                            id="report-date", compact=True)  # fmt: skip
                yield Static(self._received_words(), id="report-date-words", classes="field-ok", markup=False)
            yield TickBox("Ik ben het niet eens met een deel van het verslag", record.disagrees, id="disagrees",
                           compact=True)  # fmt: skip
            with VerticalGroup(id="disagree-part"):
                yield Static(
                    "Reageer snel en op papier. De coach helpt je met een korte, rustige brief.",
                    classes="dim", markup=False,
                )  # fmt: skip
                yield Button("Reactie schrijven (Ctrl+R)", id="write-reaction", compact=True)
                yield Static(self._letter_status(), id="reaction-status", classes="dim", markup=False)
            yield SaveStatus(id="save-status")
        yield CoachFooter()

    # ----------------------------------------------------------------- another window saved

    def merge_views(self) -> list[MergeView]:
        """This screen itself, and the letter helper while it is open."""
        return [self, *self.companions]

    def merge_areas(self) -> tuple[str, ...]:
        """Everything after the meeting."""
        return ("after",)

    def merged_fields(self) -> list[ShownField]:
        """How it went, the report, and every field of every agreement, with what the session holds."""
        record = self.record
        base = ("after",)
        received = record.report_received_on
        fields: list[ShownField] = []
        for area in self.query(".after-text").results(TextArea):
            name = "went_as_prepared" if area.id == "went-as-prepared" else "went_differently"
            fields.append(text_field((*base, name), area, getattr(record, name)))
        fields += [
            ShownField(
                (*base, "report_received"), self.query_one("#report-received", Checkbox), record.report_received
            ),
            ShownField(
                (*base, "report_received_on"),
                self.query_one("#report-date", Input),
                short_dutch_date(received) if received else "",
            ),  # fmt: skip
            ShownField(
                (*base, "report_received_on"), self.query_one("#report-date-words", Static), self._received_words()
            ),  # fmt: skip
            ShownField((*base, "disagrees"), self.query_one("#disagrees", Checkbox), record.disagrees),
        ]
        status = self.query_one("#reaction-status", Static)
        for name in ("reaction_letter_path", "reaction_written_on"):
            fields.append(ShownField((*base, name), status, self._letter_status()))
        for row in self.query(AgreementRow):
            agreement = self._agreement_by_id(row.agreement_id)
            if agreement is None:
                continue
            path = (*base, "agreements", agreement.id)
            name = agreement_widget_id(agreement)
            for part, field_name in (("what", "what"), ("when", "deadline_text")):
                for field in row.query(f"#{name}-{part}").results(Input):
                    fields.append(text_field((*path, field_name), field, getattr(agreement, field_name)))
            for field_name in ("owner", "owner_name"):
                for field in row.query(f"#{name}-who").results(Input):
                    fields.append(ShownField((*path, field_name), field, who_text(agreement)))
            for info in row.query(f"#{name}-info").results(Static):
                fields.append(ShownField((*path, "deadline"), info, describe(agreement)))
            for box in row.query(f"#{name}-done").results(Checkbox):
                fields.append(ShownField((*path, "done"), box, agreement.done))
            for mark in row.query(f"#{name}-private").results(PrivateMark):
                fields.append(ShownField((*path, "private"), mark, agreement.private))
        return fields

    def after_merge(self) -> None:
        """Show or hide the parts of the report that follow the ticks."""
        self._show_report_parts()

    async def rebuild_for_merge(self) -> None:
        """Build the agreement rows again when agreements came or went; the rest follows in place."""
        shown = [row.agreement_id for row in self.query(AgreementRow)]
        if shown != [agreement.id for agreement in self.record.agreements]:
            await rebuild_keeping_focus(self.query_one(AgreementRows))
        self._show_report_parts()

    def on_mount(self) -> None:
        """Show the title and start in the field for a new agreement (or the first one)."""
        self._show_title(self.app.size.width)
        self._show_report_parts()
        agreements = self.record.agreements
        if agreements:
            self._focus_field(agreements[0], "what")
        else:
            self.query_one("#agreement-new").focus()

    def _show_title(self, width: int) -> None:
        """The header, as much as fits: in a narrow terminal a short one, so the date is not cut off."""
        day = self.prep.meeting_date
        whom = f" · met {self.prep.with_whom.strip()}" if self.prep.with_whom.strip() else ""
        self.title = f"Na het gesprek · {self.conversation_name}"
        choices = [dutch_date(day) + whom, day_month_year(day) + whom, dutch_date(day), day_month_year(day)]
        self.sub_title = fitting_sub_title(self.title, choices, width)
        if fitting_sub_title(self.title, [self.sub_title, ""], width) == "":
            self.title = "Na het gesprek"
            self.sub_title = fitting_sub_title(self.title, choices, width)

    def on_resize(self, event: events.Resize) -> None:
        """A narrow terminal gets a shorter header (the layout itself adapts in app.tcss)."""
        self._show_title(event.size.width)

    def _received_words(self) -> str:
        day = self.record.report_received_on
        return day_month_year(day) if day is not None else ""

    def _letter_status(self) -> str:
        record = self.record
        if record.reaction_letter_path and record.reaction_written_on:
            return f"Je brief van {day_month_year(record.reaction_written_on)} staat in {record.reaction_letter_path}"
        return ""

    def _show_report_parts(self) -> None:
        self.query_one("#report-date-row").display = self.record.report_received
        self.query_one("#disagree-part").display = self.record.disagrees

    # ----------------------------------------------------------------- agreements

    def _row(self, widget: Widget | None) -> AgreementRow | None:
        """The row of the agreement a widget belongs to (one of its fields or buttons), or None."""
        node = widget
        while node is not None:
            if isinstance(node, AgreementRow):
                return node if self._agreement_by_id(node.agreement_id) is not None else None
            parent = node.parent
            node = parent if isinstance(parent, Widget) else None
        return None

    def _agreement_by_id(self, agreement_id: str) -> Agreement | None:
        return next((agreement for agreement in self.record.agreements if agreement.id == agreement_id), None)

    def _agreement(self, widget: Widget | None) -> Agreement | None:
        row = self._row(widget)
        return self._agreement_by_id(row.agreement_id) if row is not None else None

    def _focus_field(self, agreement: Agreement, field: str) -> None:
        self.query_one(f"#{agreement_widget_id(agreement)}-{field}").focus()

    @on(Input.Changed, ".agreement-what, .agreement-who, .agreement-when")
    def _agreement_typed(self, event: Input.Changed) -> None:
        event.stop()
        agreement = self._agreement(event.input)
        if agreement is None:
            return
        field = (event.input.id or "").rsplit("-", 1)[-1]
        self.apply(
            EditAgreement(
                agreement.id,
                what=event.value if field == "what" else None,
                who=event.value if field == "who" else None,
                when=event.value if field == "when" else None,
            )
        )
        shown = self._agreement_by_id(agreement.id)
        if shown is not None:
            self.query_one(f"#{agreement_widget_id(shown)}-info", Static).update(describe(shown))

    @on(Input.Submitted, ".agreement-what")
    def _what_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        agreement = self._agreement(event.input)
        if agreement is not None:
            self._focus_field(agreement, "who")

    @on(Input.Submitted, ".agreement-who")
    def _who_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        agreement = self._agreement(event.input)
        if agreement is not None:
            self._focus_field(agreement, "when")

    @on(Input.Submitted, ".agreement-when")
    def _when_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.query_one("#agreement-new").focus()

    @on(Input.Submitted, "#agreement-new")
    async def _new_agreement(self, event: Input.Submitted) -> None:
        event.stop()
        text = event.value.strip()
        if not text:
            self.notify("Typ eerst wat jullie hebben afgesproken.", severity="warning")
            return
        change = self.apply(AddAgreement(text))
        if not change:
            return
        event.input.value = ""
        await self.query_one(AgreementRows).recompose()
        agreement = self._agreement_by_id(str(change.keys[0]))
        if agreement is not None:
            self._focus_field(agreement, "who")

    @on(Checkbox.Changed, ".agreement-done")
    def _done_changed(self, event: Checkbox.Changed) -> None:
        event.stop()
        agreement = self._agreement(event.checkbox)
        if agreement is not None:
            self.apply(SetAgreementDone(agreement.id, event.value))

    @on(Button.Pressed, ".agreement-remove")
    async def _remove_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        agreement = self._agreement(event.button)
        if agreement is None:
            return
        place = self.record.agreements.index(agreement)
        if not self.apply(RemoveAgreement(agreement.id)):
            return
        await self.query_one(AgreementRows).recompose()
        agreements = self.record.agreements
        if agreements:
            self._focus_field(agreements[min(place, len(agreements) - 1)], "what")
        else:
            self.query_one("#agreement-new").focus()

    # ----------------------------------------------------------------- how it went and the report

    @on(TextArea.Changed, ".after-text")
    def _text_changed(self, event: TextArea.Changed) -> None:
        event.stop()
        field: HowItWentField = "went_as_prepared" if event.text_area.id == "went-as-prepared" else "went_differently"
        self.apply(SetHowItWent(field, event.text_area.text))

    @on(Checkbox.Changed, "#report-received")
    def _report_received(self, event: Checkbox.Changed) -> None:
        event.stop()
        had_date = self.record.report_received_on is not None
        if not self.apply(SetReportReceived(event.value)):
            return
        received = self.record.report_received_on
        if received is not None and not had_date:  # the session noted today
            self.query_one("#report-date", Input).value = short_dutch_date(received)
        self._show_report_parts()

    @on(Input.Changed, "#report-date")
    def _report_date_typed(self, event: Input.Changed) -> None:
        event.stop()
        words = self.query_one("#report-date-words", Static)
        try:
            day = parse_past_date(event.value, self.context.today)
        except ValueError as error:
            words.update(str(error))
            words.set_classes("field-error")
            return
        try:
            check_report_date(self.session.prep, self.context.content, day)
        except CommandError as error:  # the report cannot come before the meeting
            words.update(str(error))
            words.set_classes("field-error")
            return
        words.update(day_month_year(day))
        words.set_classes("field-ok")
        if self.record.report_received_on != day:
            self.apply(SetReportDate(day))

    @on(Input.Submitted, "#report-date")
    def _report_date_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.query_one("#disagrees").focus()

    @on(Checkbox.Changed, "#disagrees")
    def _disagrees(self, event: Checkbox.Changed) -> None:
        event.stop()
        if self.apply(SetDisagrees(event.value)):
            self._show_report_parts()

    @on(Button.Pressed, "#write-reaction")
    def _write_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_reaction_letter()

    def action_reaction_letter(self) -> None:
        """Open the helper that writes the reaction letter."""
        from gesprekscoach.tui.screens.reaction_letter import ReactionLetterScreen

        if not self.record.disagrees:
            self.apply(SetDisagrees(True))
            self.query_one("#disagrees", Checkbox).value = True
            self._show_report_parts()
        self.flush()

        def closed(_result: None) -> None:
            self.query_one("#reaction-status", Static).update(self._letter_status())

        self.app.push_screen(ReactionLetterScreen(self.context, self), closed)

    # ----------------------------------------------------------------- the summary

    @on(Button.Pressed, "#save-summary")
    def _summary_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_save_summary()

    def action_save_summary(self) -> None:
        """Save the summary of what was agreed (wat · wie · wanneer), as PDF or text."""
        self.flush()
        open_summary_dialog(self, self.session, self.context)

    @on(Button.Pressed, "#put-in-calendar")
    def _calendar_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_calendar()

    def palette_commands(self) -> list[PaletteEntry]:
        """The command palette entries of this screen."""
        return [
            ("Zet in je agenda", "Je afspraken met een datum als agendabestand (.ics) (F6)", self.action_calendar),
            (
                "Samenvatting opslaan",
                "Wat jullie afspraken (wat · wie · wanneer), als PDF of tekst (Ctrl+S)",
                self.action_save_summary,
            ),
            (
                "Reactie schrijven",
                "Een korte brief als je het niet eens bent met het verslag",
                self.action_reaction_letter,
            ),
        ]

    def action_calendar(self) -> None:
        """'Zet in je agenda': save the agreements with a date as a calendar file (.ics)."""
        from gesprekscoach.tui.calendar_actions import put_in_calendar

        self.flush()
        put_in_calendar(self, self.session, self.context)

    # ----------------------------------------------------------------- private and help

    def action_toggle_private(self) -> None:
        """Mark the focused agreement 'alleen voor mij', or shared again."""
        agreement = self._agreement(self.app.focused)
        if agreement is None:
            self.notify("Ga eerst naar een afspraak. Druk dan op Ctrl+T.", severity="warning")
            return
        private = not agreement.private
        if not self.apply(MarkPrivate(Area.AGREEMENTS, agreement.id, private)):
            return
        self.query_one(f"#{agreement_widget_id(agreement)}-private", PrivateMark).show(private)
        self.notify(private_message(private))

    def action_help(self) -> None:
        """Help for this screen and its keys."""
        keys = [
            ("Enter", "in 'Nieuwe afspraak': afspraak toevoegen; in een vak: naar het volgende"),
            ("Tab / Shift+Tab", "naar het volgende of vorige vak"),
            ("Spatie", "vinkje zetten of weghalen"),
            PRIVATE_KEY_HINT,
            ("Ctrl+R", "reactie op het verslag schrijven"),
            ("F6", "zet je afspraken met een datum in je agenda (.ics)"),
            ("Ctrl+S", "samenvatting van de afspraken opslaan (PDF of tekst)"),
            ("Esc", "terug naar het startscherm (alles is bewaard)"),
        ]
        self.app.push_screen(HelpDialog("na het gesprek", AFTER_HELP, keys))
