"""The agenda step: the points you want to raise, in order."""

from __future__ import annotations

from collections.abc import Iterator

from textual import on
from textual.widget import Widget

from gesprekscoach.content.models import AgendaStep
from gesprekscoach.session.commands import Area
from gesprekscoach.tui.widgets.private_mark import PRIVATE_KEY_HINT
from gesprekscoach.tui.widgets.steps.base import StepView
from gesprekscoach.tui.widgets.text_list import TextListEditor


class AgendaStepView(StepView):
    """A numbered list of points: add, change, remove, move up and down."""

    step: AgendaStep
    MERGE_AREAS = ("agenda",)
    KEY_HINTS = [
        ("Enter", "in het lege vak: punt toevoegen"),
        ("Alt+↑ / Alt+↓", "punt omhoog of omlaag"),
        ("Tab", "naar de knoppen ↑ ↓ ✕ van een punt"),
        PRIVATE_KEY_HINT,
    ]

    def compose_body(self) -> Iterator[Widget]:
        """The agenda editor."""
        yield TextListEditor(
            self.prep.agenda_texts(),
            private=[item.private for item in self.prep.agenda],
            prefix="agenda",
            placeholder="Typ een punt en druk op Enter",
            empty_text="Nog geen punten. Wat wil je zeker bespreken?",
            movable=True,
            numbered=True,
            id="agenda-points",
        )

    def first_control(self) -> Widget | None:
        """Start in the field for a new point: adding is what you do most here."""
        return self.query_one("#agenda-new")

    @on(TextListEditor.Changed, "#agenda-points")
    def _changed(self, event: TextListEditor.Changed) -> None:
        event.stop()
        self.apply(event.edit.command(Area.AGENDA))
