"""The checklist step: the tips for this conversation, each with a tick and a note."""

from __future__ import annotations

from collections.abc import Iterator

from textual import on
from textual.containers import HorizontalGroup, VerticalGroup
from textual.widget import Widget
from textual.widgets import Checkbox, Input, Static

from gesprekscoach.content.models import ChecklistStep
from gesprekscoach.session.commands import Area, SetTipDone, SetTipNote
from gesprekscoach.session.step_labels import checklist_labels
from gesprekscoach.store.models import ChecklistState
from gesprekscoach.tui.merge_refresh import ShownField, text_field
from gesprekscoach.tui.widgets.private_mark import PRIVATE_KEY_HINT, PrivateMark
from gesprekscoach.tui.widgets.steps.base import PrivateTarget, StepView
from gesprekscoach.tui.widgets.tick_box import TickBox


class ChecklistStepView(StepView):
    """Each tip: its text and hint, a 'Gedaan' checkbox and a note on how you will do it."""

    step: ChecklistStep
    MERGE_AREAS = ("checklist",)
    KEY_HINTS = [
        ("Spatie", "vink een tip af"),
        PRIVATE_KEY_HINT,
    ]

    def compose_body(self) -> Iterator[Widget]:
        """One block per tip."""
        labels = checklist_labels(self.step, self.context.content)
        for number, item in enumerate(self.step.items, start=1):
            state = self.prep.checklist.get(item.id, ChecklistState())
            with VerticalGroup(classes="checklist-item"):
                yield Static(f"{number}. {item.text}", classes="item-text", markup=False)
                if item.hint:
                    yield Static(item.hint, classes="item-hint", markup=False)
                with HorizontalGroup(classes="item-row"):
                    yield TickBox(labels.done, state.done, id=f"check-{item.id}", compact=True, classes="item-done")
                    yield Input(
                        state.note,
                        placeholder=f"{labels.note_prompt} (mag leeg)",
                        id=f"note-{item.id}",
                        compact=True,
                        classes="item-note",
                    )
                yield PrivateMark(state.private, id=f"private-{item.id}")

    def merged_fields(self) -> list[ShownField]:
        """Each tip's tick, note and mark, with what the session holds."""
        fields: list[ShownField] = []
        for item in self.step.items:
            state = self.prep.checklist.get(item.id, ChecklistState())
            base = ("checklist", item.id)
            fields += [
                ShownField((*base, "done"), box, state.done)
                for box in self.query(f"#check-{item.id}").results(Checkbox)
            ]
            fields += [
                text_field((*base, "note"), note, state.note) for note in self.query(f"#note-{item.id}").results(Input)
            ]
            fields += [
                ShownField((*base, "private"), mark, state.private)
                for mark in self.query(f"#private-{item.id}").results(PrivateMark)
            ]
        return fields

    def private_target(self, widget: Widget | None) -> PrivateTarget | None:
        """The note of the tip whose tick or note has the focus."""
        widget_id = (widget.id if widget is not None else None) or ""
        for prefix in ("check-", "note-"):
            if widget_id.startswith(prefix):
                item_id = widget_id.removeprefix(prefix)
                if any(item.id == item_id for item in self.step.items):
                    state = self.prep.checklist.get(item_id, ChecklistState())
                    return PrivateTarget(Area.CHECKLIST, item_id, state.private, f"private-{item_id}")
        return None

    @on(Checkbox.Changed, ".item-done")
    def _ticked(self, event: Checkbox.Changed) -> None:
        event.stop()
        self.apply(SetTipDone((event.checkbox.id or "").removeprefix("check-"), event.value))

    @on(Input.Changed, ".item-note")
    def _noted(self, event: Input.Changed) -> None:
        event.stop()
        self.apply(SetTipNote((event.input.id or "").removeprefix("note-"), event.value))
