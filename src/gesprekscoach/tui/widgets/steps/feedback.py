"""The feedback step: points of feedback for your manager, each checked while you type, with a short guide."""

from __future__ import annotations

import re
from collections.abc import Iterator

from textual import on
from textual.binding import Binding
from textual.widget import Widget
from textual.widgets import Collapsible, Static, TextArea
from textual.widgets.text_area import Selection

from gesprekscoach.content.models import FeedbackStep
from gesprekscoach.session.commands import Area
from gesprekscoach.tui.help_model import HelpSection
from gesprekscoach.tui.widgets.feedback_check import TAKE_KEY, FeedbackCheck
from gesprekscoach.tui.widgets.private_mark import PRIVATE_KEY_HINT
from gesprekscoach.tui.widgets.steps.base import StepView
from gesprekscoach.tui.widgets.text_list import ListRow, TextListEditor, TextListRow

_PLACEHOLDER = re.compile(r"\[[^\]\n]*\]")
"""A part of the proposal to fill in yourself: '[noem één moment]'."""


class FeedbackStepView(StepView):
    """A folded guide to good feedback, then your feedback points (add, change, remove).

    Under each point, `FeedbackCheck` shows what makes it land badly and proposes the
    ik-form; Ctrl+O (or the button) puts that proposal in the point, with its first
    '[…]' part selected so you can type over it.
    """

    step: FeedbackStep
    MERGE_AREAS = ("feedback",)
    BINDINGS = [
        Binding("ctrl+o", "take_proposal", "voorstel overnemen"),
    ]
    KEY_HINTS = [
        ("Enter", "in het lege vak: punt toevoegen"),
        ("Alt+↑ / Alt+↓", "punt verplaatsen"),
        (TAKE_KEY, "het voorstel onder een punt overnemen (in het vak voor een nieuw punt: van het laatste punt)"),
        PRIVATE_KEY_HINT,
    ]

    def compose_body(self) -> Iterator[Widget]:
        """The guide (folded) and the list of points."""
        guide = self.context.content.feedback
        lines = [guide.intro, ""]
        lines += [f"• {p.title}: {p.text}" for p in guide.principles]
        lines += ["", "Zo kun je het zeggen:", guide.ik_template.format(situatie="…", wens="…")]
        example = guide.examples[0]
        lines += ["", f"Niet: {example.bad}", f"Wel: {example.good}", f"Waarom: {example.why}"]
        with Collapsible(title="Zo geef je goede feedback", collapsed=True, id="feedback-guide"):
            yield Static("\n".join(lines), classes="guide-text", markup=False)
        yield Static("Jouw feedback", classes="section-title", markup=False)
        yield TextListEditor(
            [item.text for item in self.prep.feedback],
            private=[item.private for item in self.prep.feedback],
            prefix="feedback",
            placeholder="Typ een punt en druk op Enter",
            empty_text="Nog geen punten.",
            movable=True,
            multiline=True,
            row_extra=self._check_for,
            id="feedback-points",
        )

    def _check_for(self, row: ListRow) -> FeedbackCheck:
        return FeedbackCheck(f"feedback-{row.key}", row.text, self.context.content)

    def first_control(self) -> Widget | None:
        """Start in the field for a new point: adding is what you do most here."""
        return self.query_one("#feedback-new")

    @on(TextListEditor.Changed, "#feedback-points")
    def _changed(self, event: TextListEditor.Changed) -> None:
        event.stop()
        self.apply(event.edit.command(Area.FEEDBACK))
        for row_widget in event.editor.query(TextListRow):
            for check in row_widget.query(FeedbackCheck):
                check.text = row_widget.row.text
        self.refresh_bindings()  # 'voorstel overnemen' comes and goes with the proposal

    # ----------------------------------------------------------------- the proposal

    def _focused_check(self) -> FeedbackCheck | None:
        """The check of the point that has the focus (its field or one of its buttons).

        In the field for a new point (where you are after Enter) it is the check of the last point.
        """
        editor = self.query_one("#feedback-points", TextListEditor)
        focused = self.app.focused
        row = editor.row_of(focused)
        if row is None and focused is not None and focused.id == "feedback-new" and editor.rows:
            row = editor.rows[-1]
        row_widget = editor.row_widget(row) if row is not None else None
        if row_widget is None:
            return None
        return next(iter(row_widget.query(FeedbackCheck)), None)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """'Voorstel overnemen' only when the focused point has a proposal."""
        if action == "take_proposal":
            check = self._focused_check()
            return check is not None and check.proposal is not None
        return True

    def on_descendant_focus(self) -> None:
        """The footer shows 'voorstel overnemen' only where it works."""
        self.refresh_bindings()

    def action_take_proposal(self) -> None:
        """Put the proposal of the focused point in its field."""
        check = self._focused_check()
        if check is not None:
            check.take_proposal()

    @on(FeedbackCheck.ProposalChosen)
    def _proposal_chosen(self, event: FeedbackCheck.ProposalChosen) -> None:
        event.stop()
        fields = self.query(f"#{event.check.prefix}").results(TextArea)
        area = next(iter(fields), None)
        if area is None:
            return
        area.replace(event.proposal, (0, 0), area.document.end)  # one edit: Ctrl+Z brings the old text back
        area.focus()
        placeholder = _PLACEHOLDER.search(event.proposal)
        if placeholder is not None:
            area.selection = Selection(_location(event.proposal, placeholder.start()),
                                       _location(event.proposal, placeholder.end()))  # fmt: skip
        self.notify("Het voorstel staat nu in je punt. Vul de delen tussen [ ] zelf in.", timeout=4, markup=False)

    def help_sections(self) -> list[HelpSection]:
        """How to give feedback: the principles, the ik-form and the examples of the content."""
        guide = self.context.content.feedback
        principles = "\n".join(f"• {p.title}: {p.text}" for p in guide.principles)
        examples = "\n\n".join(f"Niet: {e.bad}\nWel: {e.good}\nWaarom: {e.why}" for e in guide.examples)
        form = guide.ik_template.format(situatie="…", wens="…")
        return [
            HelpSection("Goede feedback geven", guide.intro),
            HelpSection("Zo doe je het", principles),
            HelpSection(
                "De ik-vorm",
                f"{form}\nOnder elk punt staat een voorstel in deze vorm. Neem het over met {TAKE_KEY} en pas het aan.",
            ),  # fmt: skip
            HelpSection("Voorbeelden", examples),
        ]


def _location(text: str, offset: int) -> tuple[int, int]:
    """The (row, column) of a character offset in a text, as TextArea counts them."""
    row = text.count("\n", 0, offset)
    column = offset - (text.rfind("\n", 0, offset) + 1)
    return row, column
