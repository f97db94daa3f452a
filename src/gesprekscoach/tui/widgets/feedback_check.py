"""The live check under a feedback point: what makes it land badly, and a better way to say it."""

from __future__ import annotations

from collections.abc import Iterator

from rich.text import Text
from textual import on
from textual.containers import VerticalGroup
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Button, Static

from gesprekscoach.checks.feedback import FeedbackResult, check_feedback
from gesprekscoach.content.models import Content

TAKE_KEY = "Ctrl+O"
"""The key that copies the proposal into the point (shown on the button)."""


class FeedbackCheck(VerticalGroup):
    """Checks one feedback point while the user types: the signals, why they matter, and the
    ik-form proposal with a button to copy it into the point.

    Set `text` to check a new text; the widget redraws only when the text changed.
    """

    text: reactive[str] = reactive("", init=False)
    """The text of the feedback point."""

    class ProposalChosen(Message):
        """The user wants the proposal in the point's field."""

        def __init__(self, check: FeedbackCheck, proposal: str) -> None:
            super().__init__()
            self.check = check
            self.proposal = proposal

        @property
        def control(self) -> FeedbackCheck:
            """The check whose proposal was chosen."""
            return self.check

    def __init__(self, name: str, text: str, content: Content) -> None:
        super().__init__(id=f"{name}-check", classes="feedback-check")
        self.prefix = name
        """The id of the point's field; the check's own widgets are named after it."""
        self.content = content
        self.result: FeedbackResult = FeedbackResult(False, [], None)
        """The outcome of the last check."""
        self.set_reactive(FeedbackCheck.text, text)

    @property
    def proposal(self) -> str | None:
        """The ik-form proposal for the text as it is now (None when the text is fine or empty)."""
        return self.result.proposal

    def compose(self) -> Iterator[Widget]:
        """Lines for the verdict, the signals, the explanation and the proposal, and the copy button."""
        prefix = self.prefix
        yield Static("", id=f"{prefix}-verdict", classes="feedback-verdict", markup=False)
        yield Static("", id=f"{prefix}-signals", classes="feedback-signals", markup=False)
        yield Static("", id=f"{prefix}-explanation", classes="feedback-explanation", markup=False)
        yield Static("", id=f"{prefix}-proposal", classes="feedback-proposal", markup=False)
        yield Button(
            f"Voorstel overnemen ({TAKE_KEY})",
            id=f"{prefix}-take",
            classes="take-proposal",
            compact=True,
            tooltip="Zet het voorstel in je punt. Daarna kun je het aanpassen.",
        )

    def on_mount(self) -> None:
        """Check the text the widget was made with."""
        self._show()

    def watch_text(self) -> None:
        """Check again after the text changed."""
        if self.is_mounted:
            self._show()

    def _show(self) -> None:
        texts = self.content.checks
        self.result = result = check_feedback(self.text, template=self.content.feedback.ik_template, texts=texts)
        prefix = self.prefix
        verdict = self.query_one(f"#{prefix}-verdict", Static)
        signals = self.query_one(f"#{prefix}-signals", Static)
        explanation = self.query_one(f"#{prefix}-explanation", Static)
        proposal = self.query_one(f"#{prefix}-proposal", Static)
        take = self.query_one(f"#{prefix}-take", Button)
        self.display = bool(self.text.strip())
        if not self.display:
            return
        if result.constructive:
            verdict.update(f"✓ {texts.cli.constructive_yes}")
        else:
            verdict.update(f"✗ {texts.cli.constructive_no}")
        verdict.set_class(result.constructive, "-fine")
        verdict.set_class(not result.constructive, "-not-fine")
        parts: list[str] = []
        for signal in result.signals:
            label = getattr(texts.feedback.signals, signal.kind).label
            words = ", ".join(f"'{word}'" for word in signal.words[:3])
            parts.append(f"{label}: {words}" if words else label)
        signals.update("Let op: " + " · ".join(parts) if parts else "")
        # A constructive point may still miss a moment: that comes as a quiet tip, not a warning.
        signals.display = bool(parts) and not result.constructive
        explanation.update(result.signals[0].explanation if result.signals else "")
        explanation.display = bool(result.signals)
        if result.proposal:
            proposal.update(Text.assemble((f"{texts.cli.proposal}: ", "bold"), result.proposal))
        proposal.display = take.display = bool(result.proposal)

    @on(Button.Pressed, ".take-proposal")
    def _take_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.take_proposal()

    def take_proposal(self) -> bool:
        """Ask for the proposal to go into the point; False when there is none."""
        if not self.proposal:
            return False
        self.post_message(self.ProposalChosen(self, self.proposal))
        return True
