"""The summary step: what you filled in, and saving the sheet."""

from __future__ import annotations

from collections.abc import Iterator

from textual import on
from textual.containers import HorizontalGroup
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Button, Collapsible, Static

from gesprekscoach.content.models import SummaryStep
from gesprekscoach.session.progress import StepState
from gesprekscoach.tui.widgets.steps.base import StepView


class SummaryStepView(StepView):
    """An overview per step, the 'Blad opslaan' and 'Afdrukken' buttons and what to do after the meeting."""

    step: SummaryStep
    KEY_HINTS = [
        ("Enter", "op de knop 'Blad opslaan': het blad opslaan"),
        ("Enter", "op de knop 'Afdrukken': een PDF van het blad maken en openen om af te drukken"),
    ]

    class SaveRequested(Message):
        """The user wants to save the sheet."""

    class PrintRequested(Message):
        """The user wants to print the sheet (a PDF, opened in the system's viewer)."""

    def compose_body(self) -> Iterator[Widget]:
        """The save button, where the sheet was saved, the overview, and the after-meeting advice."""
        content = self.context.content
        with HorizontalGroup(id="sheet-buttons"):
            yield Button("Blad opslaan (Ctrl+S)", id="save-sheet")
            yield Button("Afdrukken", id="print-sheet", tooltip="Maak een PDF van je blad en open het om af te drukken")
        if self.prep.sheet_path:
            yield Static(f"Laatst opgeslagen in: {self.prep.sheet_path}", id="sheet-path", markup=False)
        session = self.context.session
        lines = [
            f"{item.marker} {item.number}. {item.step.title} — {item.count_text}"
            for item in session.progress()
            if item.state is not StepState.READ
        ]
        yield Static("\n".join(lines), id="summary-overview", markup=False)
        yield Static("\n".join(session.progress_note()), classes="summary-note", markup=False)
        if self.prep.agenda:
            agenda = "\n".join(f"{n}. {point}" for n, point in enumerate(self.prep.agenda_texts(), start=1))
            yield Static("Wat je wilt bespreken", classes="section-title", markup=False)
            yield Static(agenda, classes="summary-agenda", markup=False)
        after = content.after
        with Collapsible(title="Na het gesprek", collapsed=True, id="after-advice"):
            text = [after.intro, ""] + [f"• {advice.title}: {advice.text}" for advice in after.advice]
            yield Static("\n".join(text), classes="guide-text", markup=False)

    async def shown_again(self) -> None:
        """The overview counts what the other steps hold: build it again."""
        await self.recompose()

    @on(Button.Pressed, "#save-sheet")
    def _save(self, event: Button.Pressed) -> None:
        event.stop()
        self.post_message(self.SaveRequested())

    @on(Button.Pressed, "#print-sheet")
    def _print(self, event: Button.Pressed) -> None:
        event.stop()
        self.post_message(self.PrintRequested())
