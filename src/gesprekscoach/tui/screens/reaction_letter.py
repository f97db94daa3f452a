"""The reaction-letter helper: the points of the report you see differently, why, an example,
and a calm, short letter made from them, saved as PDF or text (next to the sheet, by default)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import HorizontalGroup, VerticalGroup, VerticalScroll
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Button, Header, Input, Static, TextArea
from textual.worker import get_current_worker

from gesprekscoach.dates import day_month_year
from gesprekscoach.session.commands import (
    AddDisagreement,
    Change,
    DisagreementField,
    EditDisagreement,
    RemoveDisagreement,
    SetSignedBy,
)
from gesprekscoach.session.cycle import conversation_name, wins_since_previous
from gesprekscoach.sheet.letter import LetterError, preparation_examples, send_soon_message
from gesprekscoach.store.models import AfterMeetingRecord, Disagreement, Preparation
from gesprekscoach.store.preparations import StoreError
from gesprekscoach.store.wins_log import LogError, WinsLogStore
from gesprekscoach.tui.context import CoachContext
from gesprekscoach.tui.dialogs.help import HelpDialog
from gesprekscoach.tui.dialogs.pick import PickDialog
from gesprekscoach.tui.merge_refresh import ShownField, rebuild_keeping_focus, text_field
from gesprekscoach.tui.pick_model import PickGroup
from gesprekscoach.tui.screens.autosaving import AutosavingScreen
from gesprekscoach.tui.sheet_actions import open_letter_dialog
from gesprekscoach.tui.widgets.coach_footer import CoachFooter

LETTER_HELP = (
    "Ben je het niet eens met het verslag? Zeg het dan snel, en op papier.\n"
    "Schrijf per punt op wat er in het verslag staat, en waarom jij het anders ziet.\n"
    "Een voorbeeld maakt je punt sterk. Kies er een uit je voorbereiding of je logboek met Ctrl+L.\n\n"
    "Onderaan zie je de brief. Sla hem op met Ctrl+S. Lees hem nog eens na, en stuur hem dan snel."
)


def point_widget_id(point: Disagreement) -> str:
    """The id of a point's row, from the point's stable id: 'point-bezwaar-1'."""
    return f"point-{point.id}"


class PointRow(VerticalGroup):
    """One point the user disagrees with: what the report says, why, an example.

    `point` is the point as it was shown (to read); edits name it by `point_id`.
    """

    def __init__(self, point: Disagreement, number: int) -> None:
        super().__init__(classes="point", id=point_widget_id(point))
        self.point = point
        self.point_id = point.id
        self.number = number

    def compose(self) -> Iterator[Widget]:
        """The fields and the buttons of the point."""
        point = self.point
        name = point_widget_id(point)
        yield Static(f"Punt {self.number}", classes="field-label", markup=False)
        yield Input(point.point, placeholder="Wat staat er in het verslag?", id=f"{name}-point",
                    classes="point-point", compact=True)  # fmt: skip
        yield TextArea(point.why, id=f"{name}-why", classes="point-why", soft_wrap=True,
                       tab_behavior="focus", show_line_numbers=False,
                       placeholder="Waarom zie jij het anders?")  # fmt: skip
        yield TextArea(point.example, id=f"{name}-example", classes="point-example", soft_wrap=True,
                       tab_behavior="focus", show_line_numbers=False,
                       placeholder="Een voorbeeld dat het laat zien (Ctrl+L: kies er een)")  # fmt: skip
        with HorizontalGroup(classes="point-buttons"):
            yield Button("Voorbeeld kiezen (Ctrl+L)", id=f"{name}-pick", classes="point-pick", compact=True)
            yield Button("Punt weghalen", id=f"{name}-remove", classes="point-remove", compact=True)


class PointRows(VerticalGroup):
    """The points the user disagrees with; rebuilt when one is added or removed."""

    def __init__(self, screen: ReactionLetterScreen) -> None:
        super().__init__(id="point-rows")
        self.owner_screen = screen

    def compose(self) -> Iterator[Widget]:
        """One `PointRow` per point."""
        for number, point in enumerate(self.owner_screen.record.disagreements, start=1):
            yield PointRow(point, number)


class ReactionLetterScreen(Screen[None]):
    """Write the reaction to the report; the letter is shown as it will be saved."""

    BINDINGS = [
        Binding("ctrl+s", "save_letter", "brief opslaan", priority=True),
        Binding("ctrl+l", "pick_example", "voorbeeld kiezen"),
        Binding("f1", "help", "hulp"),
        Binding("escape", "back", "terug"),
    ]

    def __init__(self, context: CoachContext, editing: AutosavingScreen) -> None:
        super().__init__(classes="letter-screen")
        self.context = context
        self.editing = editing
        """The screen that edits the preparation (its session and autosave; edits go through its `apply`)."""
        self.session = editing.session
        if not self.record.disagreements:  # start with one point to fill in
            editing.apply(AddDisagreement())
        self._last_point: str | None = None
        """The id of the point the user worked on last (Ctrl+L puts an example there)."""

    @property
    def prep(self) -> Preparation:
        """The preparation, to read."""
        return self.session.prep

    @property
    def record(self) -> AfterMeetingRecord:
        """The after-meeting record (holds the points and the letter's path), to read."""
        return self.prep.after if self.prep.after is not None else AfterMeetingRecord()

    def compose(self) -> ComposeResult:
        """The points, your name, the letter, and the save button."""
        yield Header()
        with VerticalScroll(id="letter-body"):
            yield Static("Reageren op het verslag", classes="step-title", markup=False)
            yield Static(
                "Schrijf op welke punten niet kloppen, en waarom. Houd het kort, rustig en zakelijk.",
                classes="step-intro", markup=False,
            )  # fmt: skip
            yield PointRows(self)
            yield Button("Nog een punt", id="add-point", compact=True)
            yield Static("Je naam onder de brief (mag leeg)", classes="field-label", markup=False)
            yield Input(self.record.signed_by, placeholder="Bijvoorbeeld: Sam Jansen", id="signed-by", compact=True)
            yield Static("Zo wordt je brief", classes="section-title", markup=False)
            yield Static("", id="letter-preview", classes="letter-preview", markup=False)
            yield Button("Brief opslaan (Ctrl+S)", id="save-letter", variant="primary", compact=True)
            yield Static("", id="letter-saved", classes="letter-saved", markup=False)
        yield CoachFooter()

    def on_mount(self) -> None:
        """Show the title, the letter so far, and start in the first point."""
        name = conversation_name(self.prep, self.context.content)
        self.title = "Reactie op het verslag"
        self.sub_title = f"{name} van {day_month_year(self.prep.meeting_date)}"
        self._refresh_preview()
        self._focus_point(self.record.disagreements[0])
        self.editing.companions.append(self)

    def on_unmount(self) -> None:
        """No longer shown: the editing screen stops showing merges here."""
        if self in self.editing.companions:
            self.editing.companions.remove(self)

    # ----------------------------------------------------------------- another window saved

    def merge_areas(self) -> tuple[str, ...]:
        """The points and the name are part of what is recorded after the meeting."""
        return ("after",)

    def merged_fields(self) -> list[ShownField]:
        """Every field of every point, and the name, with what the session holds."""
        fields: list[ShownField] = []
        for row in self.query(PointRow):
            point = self._point_by_id(row.point_id)
            if point is None:
                continue
            path = ("after", "disagreements", point.id)
            name = point_widget_id(point)
            fields += [
                text_field((*path, "point"), field, point.point) for field in row.query(f"#{name}-point").results(Input)
            ]
            for part in ("why", "example"):
                for area in row.query(f"#{name}-{part}").results(TextArea):
                    fields.append(text_field((*path, part), area, getattr(point, part)))
        fields += [
            text_field(("after", "signed_by"), name, self.record.signed_by)
            for name in self.query("#signed-by").results(Input)
        ]
        return fields

    def after_merge(self) -> None:
        """The letter follows the merged points."""
        self._refresh_preview()

    async def rebuild_for_merge(self) -> None:
        """Build the points again when points came or went."""
        shown = [row.point_id for row in self.query(PointRow)]
        if shown != [point.id for point in self.record.disagreements] and self.record.disagreements:
            await rebuild_keeping_focus(self.query_one(PointRows))
        self._refresh_preview()

    # ----------------------------------------------------------------- editing

    def _refresh_preview(self) -> None:
        preview = self.query_one("#letter-preview", Static)
        try:
            preview.update(self.session.reaction_letter_text())
        except LetterError as error:
            preview.update(str(error))

    def _point(self, widget: Widget | None) -> Disagreement | None:
        """The point a widget belongs to (one of its fields or buttons), or None."""
        node = widget
        while node is not None:
            if isinstance(node, PointRow):
                return self._point_by_id(node.point_id)
            parent = node.parent
            node = parent if isinstance(parent, Widget) else None
        return None

    def _point_by_id(self, point_id: str | None) -> Disagreement | None:
        return next((point for point in self.record.disagreements if point.id == point_id), None)

    def _focus_point(self, point: Disagreement, field: str = "point") -> None:
        self.query_one(f"#{point_widget_id(point)}-{field}").focus()

    def on_descendant_focus(self) -> None:
        """Remember the point the user works on (Ctrl+L puts an example there)."""
        point = self._point(self.app.focused)
        if point is not None:
            self._last_point = point.id

    @on(Input.Changed, ".point-point")
    def _point_typed(self, event: Input.Changed) -> None:
        event.stop()
        self._set_field(event.input, "point", event.value)

    @on(TextArea.Changed, ".point-why, .point-example")
    def _area_typed(self, event: TextArea.Changed) -> None:
        event.stop()
        field: DisagreementField = "why" if event.text_area.has_class("point-why") else "example"
        self._set_field(event.text_area, field, event.text_area.text)

    def _set_field(self, widget: Widget, field: DisagreementField, value: str) -> None:
        point = self._point(widget)
        if point is not None and self.editing.apply(EditDisagreement(point.id, field, value)):
            self._refresh_preview()

    @on(Input.Changed, "#signed-by")
    def _name_typed(self, event: Input.Changed) -> None:
        event.stop()
        if self.editing.apply(SetSignedBy(event.value)):
            self._refresh_preview()

    @on(Button.Pressed, "#add-point")
    async def _add_point(self, event: Button.Pressed) -> None:
        event.stop()
        change = self.editing.apply(AddDisagreement())
        if not change:
            return
        await self.query_one(PointRows).recompose()
        self._refresh_preview()
        point = self._point_by_id(str(change.keys[0]))
        if point is not None:
            self._focus_point(point)

    @on(Button.Pressed, ".point-remove")
    async def _remove_point(self, event: Button.Pressed) -> None:
        event.stop()
        point = self._point(event.button)
        if point is None:
            return
        place = self.record.disagreements.index(point)
        if not self.editing.apply(RemoveDisagreement(point.id)):
            return
        if not self.record.disagreements:  # one empty point to fill in stays
            self.editing.apply(AddDisagreement())
        await self.query_one(PointRows).recompose()
        self._refresh_preview()
        points = self.record.disagreements
        self._focus_point(points[min(place, len(points) - 1)])

    # ----------------------------------------------------------------- examples

    @on(Button.Pressed, ".point-pick")
    def _pick_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        point = self._point(event.button)
        if point is not None:
            self._last_point = point.id
        self.action_pick_example()

    def _example_groups(self, prep: Preparation) -> list[PickGroup]:
        """In a worker thread: the examples of the preparation and the shared wins since the previous one."""
        groups: list[PickGroup] = []
        examples = preparation_examples(prep, self.context.content)
        if examples:
            groups.append(
                PickGroup(
                    "Uit je voorbereiding", [(f"{example}  ({question})", example) for question, example in examples]
                )
            )
        try:
            log = WinsLogStore(self.context.store.home).load()
            preparations = self.context.store.list().preparations
        except (LogError, StoreError, OSError):
            return groups
        _start, wins = wins_since_previous(prep, preparations, log)
        for group in wins:
            shared = [entry for entry in group.entries if not entry.private]  # the letter goes to the manager
            if not shared:
                continue
            title = f"Uit je logboek: {group.title}" if group.title else "Uit je logboek"
            groups.append(PickGroup(title, [(f"{day_month_year(e.at.date())}: {e.text}", e.text) for e in shared]))
        return groups

    def action_pick_example(self) -> None:
        """Choose an example from the preparation or the wins log for the current point."""
        point = self._point_by_id(self._last_point) or self.record.disagreements[0]
        self._find_examples(self.prep.model_copy(deep=True), point)

    @work(thread=True, exclusive=True, exit_on_error=False, group="letter-examples")
    def _find_examples(self, prep: Preparation, point: Disagreement) -> None:
        """Read the examples off the event loop, then offer them."""
        groups = self._example_groups(prep)
        if not get_current_worker().is_cancelled:  # Ctrl+L twice: one choice
            self.app.call_from_thread(self._offer_examples, groups, point)

    def _offer_examples(self, groups: list[PickGroup], point: Disagreement) -> None:
        if not groups:
            self.notify("Je voorbereiding en je logboek hebben nog geen voorbeelden. Schrijf er zelf een.")
            return

        def chosen(text: str | None) -> None:
            if not text:
                return
            if self._point_by_id(point.id) is None:
                return
            area = self.query_one(f"#{point_widget_id(point)}-example", TextArea)
            current = area.text.rstrip()
            area.text = f"{current}\n{text}" if current else text
            area.focus()

        self.app.push_screen(PickDialog("Kies een voorbeeld", groups), chosen)

    # ----------------------------------------------------------------- saving the letter

    @on(Button.Pressed, "#save-letter")
    def _save_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_save_letter()

    def action_save_letter(self) -> None:
        """Ask the format (PDF or text) and where, write the letter, and note it in the session."""
        try:
            self.session.reaction_letter()
        except LetterError as error:
            self._letter_incomplete(str(error))
            return
        self.editing.flush()

        def saved(path: Path, change: Change) -> None:
            if change:
                self.editing.autosaver.changed()
            self._letter_written(path)

        open_letter_dialog(self, self.session, self.context, saved)

    def _letter_incomplete(self, message: str) -> None:
        self.notify(message, severity="warning", markup=False)
        self._focus_point(self.record.disagreements[0])

    def _letter_written(self, path: Path) -> None:
        self.editing.autosaver.flush()
        message = send_soon_message(self.context.content)
        self.query_one("#letter-saved", Static).update(f"Opgeslagen in {path}\n{message}")
        self.notify(f"{message}\nDe brief staat in {path}", title="Brief opgeslagen", markup=False, timeout=10)

    # ----------------------------------------------------------------- leaving and help

    async def action_back(self) -> None:
        """Save and go back to the after-meeting screen."""
        await self.editing.autosaver.save_now()
        self.dismiss(None)

    def action_help(self) -> None:
        """Help for the letter and the keys."""
        keys = [
            ("Tab / Shift+Tab", "naar het volgende of vorige vak"),
            ("Ctrl+L", "een voorbeeld kiezen uit je voorbereiding of logboek"),
            ("Ctrl+S", "de brief opslaan"),
            ("Esc", "terug (alles is bewaard)"),
        ]
        self.app.push_screen(HelpDialog("reactie op het verslag", LETTER_HELP, keys))
