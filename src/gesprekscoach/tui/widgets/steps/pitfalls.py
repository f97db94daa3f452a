"""The pitfalls step: read each pitfall and how to avoid it, and tick it as read."""

from __future__ import annotations

from collections.abc import Iterator

from textual import on
from textual.containers import VerticalGroup
from textual.widget import Widget
from textual.widgets import Checkbox, Static

from gesprekscoach.content.models import Pitfall, PitfallsStep
from gesprekscoach.session.commands import SetPitfallRead
from gesprekscoach.tui.widgets.steps.base import StepView
from gesprekscoach.tui.widgets.tick_box import TickBox


class PitfallsStepView(StepView):
    """Each pitfall: title, what goes wrong, how to avoid it, and a 'Gelezen' checkbox."""

    step: PitfallsStep
    MERGE_AREAS = ("pitfalls_read",)
    KEY_HINTS = [
        ("Spatie", "afvinken als gelezen"),
    ]

    def _pitfalls(self) -> list[Pitfall]:
        return self.context.session.pitfalls(self.step)

    def compose_body(self) -> Iterator[Widget]:
        """One block per pitfall."""
        for number, pitfall in enumerate(self._pitfalls(), start=1):
            with VerticalGroup(classes="pitfall", id=f"pitfall-block-{pitfall.id}"):
                yield Static(f"{number}. {pitfall.title}", classes="pitfall-title", markup=False)
                yield Static(pitfall.what, classes="pitfall-what", markup=False)
                yield Static("\n".join(f"• {point}" for point in pitfall.avoid), classes="pitfall-avoid", markup=False)
                yield TickBox(
                    "Gelezen",
                    pitfall.id in self.prep.pitfalls_read,
                    id=f"pitfall-{pitfall.id}",
                    classes="pitfall-read",
                    compact=True,
                )

    @on(Checkbox.Changed, ".pitfall-read")
    def _read(self, event: Checkbox.Changed) -> None:
        event.stop()
        self.apply(SetPitfallRead((event.checkbox.id or "").removeprefix("pitfall-"), event.value))
