"""The ask step: the questions you want to ask, picked from suggestions or your own."""

from __future__ import annotations

from collections.abc import Iterator

from textual import on
from textual.widget import Widget
from textual.widgets import Checkbox, Static

from gesprekscoach.content.models import AskStep, Question
from gesprekscoach.session.commands import Area, ChooseSuggestion
from gesprekscoach.tui.widgets.private_mark import PRIVATE_KEY_HINT, PrivateMark
from gesprekscoach.tui.widgets.steps.base import PrivateTarget, StepView
from gesprekscoach.tui.widgets.text_list import TextListEditor
from gesprekscoach.tui.widgets.tick_row import TickRow


class AskStepView(StepView):
    """Suggestions to tick (space) and a list of your own questions."""

    step: AskStep
    MERGE_AREAS = ("questions_to_ask",)
    KEY_HINTS = [
        ("Spatie", "vraag kiezen of niet meer kiezen"),
        ("Enter", "in het lege vak: eigen vraag toevoegen"),
        ("Alt+↑ / Alt+↓", "eigen vraag verplaatsen"),
        PRIVATE_KEY_HINT,
    ]

    def _suggestions(self) -> list[Question]:
        return self.context.session.suggestions(self.step)

    def compose_body(self) -> Iterator[Widget]:
        """The suggestions, then your own questions."""
        chosen = self.context.session.chosen_suggestions()
        suggestions = self._suggestions()
        if suggestions:
            yield Static("Kies uit deze vragen", classes="section-title", markup=False)
            for question in suggestions:
                yield TickRow(
                    question.text,
                    question.id in chosen,
                    checkbox_id=f"suggest-{question.id}",
                    classes="suggestion",
                )
                private = any(q.private for q in self.prep.questions_to_ask if q.suggestion_id == question.id)
                yield PrivateMark(private, id=f"private-{question.id}")
        yield Static("Je eigen vragen", classes="section-title", markup=False)
        own = self.context.session.own_questions()
        yield TextListEditor(
            [q.text for q in own],
            private=[q.private for q in own],
            prefix="own-question",
            placeholder="Typ een eigen vraag en druk op Enter",
            empty_text="Nog geen eigen vragen.",
            movable=True,
            id="own-questions",
        )

    def private_target(self, widget: Widget | None) -> PrivateTarget | None:
        """A chosen suggestion (from its tick box); your own questions mark themselves (in their list)."""
        widget_id = (widget.id if widget is not None else None) or ""
        if not widget_id.startswith("suggest-"):
            return None
        question_id = widget_id.removeprefix("suggest-")
        chosen = next((q for q in self.prep.questions_to_ask if q.suggestion_id == question_id), None)
        if chosen is None:
            return None
        return PrivateTarget(Area.SUGGESTIONS, question_id, chosen.private, f"private-{question_id}")

    @on(Checkbox.Changed, ".suggestion .tick-box")
    def _picked(self, event: Checkbox.Changed) -> None:
        event.stop()
        question_id = (event.checkbox.id or "").removeprefix("suggest-")
        if self.apply(ChooseSuggestion(self.step.id, question_id, event.value)):
            private = {q.suggestion_id for q in self.prep.questions_to_ask if q.suggestion_id and q.private}
            for mark in self.query(f"#private-{question_id}").results(PrivateMark):
                mark.show(question_id in private)

    @on(TextListEditor.Changed, "#own-questions")
    def _own_changed(self, event: TextListEditor.Changed) -> None:
        event.stop()
        self.apply(event.edit.command(Area.OWN_QUESTIONS))
