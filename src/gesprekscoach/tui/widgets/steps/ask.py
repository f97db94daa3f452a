"""The ask step: the questions you want to ask, picked from suggestions or your own."""

from __future__ import annotations

from collections.abc import Iterator

from textual import on
from textual.widget import Widget
from textual.widgets import Checkbox, Static

from gesprekscoach.content.models import AskStep, Question
from gesprekscoach.store.models import AskedQuestion
from gesprekscoach.tui.widgets.private_mark import PRIVATE_KEY_HINT, PrivateMark
from gesprekscoach.tui.widgets.steps.base import Markable, StepView
from gesprekscoach.tui.widgets.text_list import TextListEditor
from gesprekscoach.tui.widgets.tick_row import TickRow


class AskStepView(StepView):
    """Suggestions to tick (space) and a list of your own questions."""

    step: AskStep
    KEY_HINTS = [
        ("Spatie", "vraag kiezen of niet meer kiezen"),
        ("Enter", "in het lege vak: eigen vraag toevoegen"),
        ("Alt+↑ / Alt+↓", "eigen vraag verplaatsen"),
        PRIVATE_KEY_HINT,
    ]

    def _suggestions(self) -> list[Question]:
        found: list[Question] = []
        for question_id in self.step.suggestions:
            try:
                found.append(self.context.conversation.question(question_id))
            except KeyError:
                continue
        return found

    def compose_body(self) -> Iterator[Widget]:
        """The suggestions, then your own questions."""
        chosen = {q.suggestion_id for q in self.prep.questions_to_ask if q.suggestion_id}
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
        yield TextListEditor(
            [q.text for q in self.prep.questions_to_ask if not q.suggestion_id],
            private=[q.private for q in self.prep.questions_to_ask if not q.suggestion_id],
            prefix="own-question",
            placeholder="Typ een eigen vraag en druk op Enter",
            empty_text="Nog geen eigen vragen.",
            movable=True,
            id="own-questions",
        )

    def private_target(self, widget: Widget | None) -> tuple[Markable, str] | None:
        """A chosen suggestion (from its tick box); your own questions mark themselves (in their list)."""
        widget_id = (widget.id if widget is not None else None) or ""
        if not widget_id.startswith("suggest-"):
            return None
        question_id = widget_id.removeprefix("suggest-")
        chosen = next((q for q in self.prep.questions_to_ask if q.suggestion_id == question_id), None)
        return (chosen, f"private-{question_id}") if chosen is not None else None

    @on(Checkbox.Changed, ".suggestion .tick-box")
    def _picked(self, event: Checkbox.Changed) -> None:
        event.stop()
        chosen = {
            box.id.removeprefix("suggest-")
            for box in self.query(".suggestion .tick-box").results(Checkbox)
            if box.value and box.id
        }
        own = [q for q in self.prep.questions_to_ask if not q.suggestion_id]
        self._store(chosen, own)

    @on(TextListEditor.Changed, "#own-questions")
    def _own_changed(self, event: TextListEditor.Changed) -> None:
        event.stop()
        chosen = {q.suggestion_id for q in self.prep.questions_to_ask if q.suggestion_id}
        old = [q for q in self.prep.questions_to_ask if not q.suggestion_id]
        own: list[AskedQuestion] = []
        for text, private in zip(event.items, event.private, strict=True):
            match = next((q for q in old if q.text == text and q.private == private), None)
            if match is not None:
                old.remove(match)
            own.append(match or AskedQuestion(text=text, private=private))
        self._store(chosen, own)

    def _store(self, chosen: set[str], own: list[AskedQuestion]) -> None:
        """Keep the chosen suggestions (in the order of the step) and then your own questions."""
        before = {q.suggestion_id: q for q in self.prep.questions_to_ask if q.suggestion_id}
        picked = [
            before.get(question.id) or AskedQuestion(text=question.text, suggestion_id=question.id)
            for question in self._suggestions()
            if question.id in chosen
        ]
        # Suggestions the content no longer has stay, so nothing the user picked is lost.
        known = {q.id for q in self._suggestions()}
        kept = [q for q in self.prep.questions_to_ask if q.suggestion_id and q.suggestion_id not in known]
        new = kept + picked + own
        if new != self.prep.questions_to_ask:
            self.prep.questions_to_ask[:] = new
            self.edited()
        private = {q.suggestion_id for q in new if q.suggestion_id and q.private}
        for question in self._suggestions():
            for mark in self.query(f"#private-{question.id}").results(PrivateMark):
                mark.show(question.id in private)
