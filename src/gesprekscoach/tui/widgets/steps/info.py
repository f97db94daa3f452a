"""Steps with nothing to fill in: the intro of a conversation and info points."""

from __future__ import annotations

from collections.abc import Iterator

from textual.widget import Widget
from textual.widgets import Static

from gesprekscoach.content.models import InfoStep, IntroStep
from gesprekscoach.tui.widgets.steps.base import StepView


class IntroStepView(StepView):
    """What this conversation is: the step's text plus when it happens and where it looks."""

    step: IntroStep
    MERGE_AREAS = ()
    KEY_HINTS = [("↑ ↓", "de tekst scrollen")]

    def compose_body(self) -> Iterator[Widget]:
        """The intro text and a few facts about the conversation."""
        conversation = self.context.conversation
        yield Static(self.step.text, classes="step-text", markup=False)
        facts = [
            f"Dit gesprek {conversation.looks}.",
            f"Wanneer: {conversation.timing}",
        ]
        if conversation.agreements:
            facts.append(f"Afspraken: {conversation.agreements}")
        yield Static("\n".join(facts), classes="step-facts", markup=False)
        yield Static("Druk op Ctrl+N voor de volgende stap.", classes="step-hint", markup=False)


class InfoStepView(StepView):
    """Points to read."""

    step: InfoStep
    MERGE_AREAS = ()
    KEY_HINTS = [("↑ ↓", "de tekst scrollen")]

    def compose_body(self) -> Iterator[Widget]:
        """Each point as a bullet."""
        for point in self.step.points:
            yield Static(f"• {point}", classes="info-point", markup=False)
