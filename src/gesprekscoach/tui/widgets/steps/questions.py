"""The questions step: reflection questions or questions the manager may ask, with answers.

A step can also show what is carried over from earlier conversations (the content names the
kinds in `carry_over`) and offer the wins log entries since the previous one (`offer_wins`):
Ctrl+L puts one in the example of the question you are at.
"""

from __future__ import annotations

from collections.abc import Iterator

from textual import on
from textual.binding import Binding
from textual.containers import VerticalGroup
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Collapsible, Input, Select, Static, TextArea

from gesprekscoach.content.models import Question, QuestionsStep
from gesprekscoach.dates import day_month_year
from gesprekscoach.session.carry_over import command_for_choice, current_choice
from gesprekscoach.session.commands import Area, SetAnswer, SetCarryOverNote, SetExample
from gesprekscoach.session.step_labels import example_prompt
from gesprekscoach.store.models import Answer, CarryOverItem
from gesprekscoach.tui.merge_refresh import ShownField, text_field
from gesprekscoach.tui.pick_model import PickGroup
from gesprekscoach.tui.widgets.carry_over import CarryOverRows, carry_row_of, carry_widget_id
from gesprekscoach.tui.widgets.private_mark import PRIVATE_KEY_HINT, PRIVATE_LABEL, PrivateMark
from gesprekscoach.tui.widgets.steps.base import PrivateTarget, StepView

EXAMPLE_TIP = "Tip: een concreet voorbeeld maakt je antwoord sterker."

WINS_KEY = "ctrl+l"
"""The key that picks an entry of the wins log as an example."""


class QuestionsStepView(StepView):
    """Each question with its hint, an answer field and (when asked) a field for an example."""

    step: QuestionsStep
    MERGE_AREAS = ("answers", "carry_over")
    BINDINGS = [Binding(WINS_KEY, "pick_win", "uit logboek")]
    KEY_HINTS = [
        ("Enter", "nieuwe regel in je antwoord"),
        PRIVATE_KEY_HINT,
        ("Ctrl+L", "voorbeeld uit je logboek kiezen"),
    ]

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self._last_question: str | None = None

    def _questions(self) -> list[Question]:
        return self.context.session.questions(self.step)

    def _carried(self) -> list[CarryOverItem]:
        return self.context.session.carry_over_for_step(self.step)

    def compose_body(self) -> Iterator[Widget]:
        """What is carried over, the wins on offer, then one block per question."""
        carried = self._carried()
        if carried:
            yield CarryOverRows(carried, self.context.content)
        if self.step.offer_wins and self.context.wins:
            count = sum(len(group.entries) for group in self.context.wins)
            title = f"Uit je logboek: {count} {'punt' if count == 1 else 'punten'}"
            with Collapsible(title=title, collapsed=True, id="wins-offered"):
                lines = [f"Wat je opschreef {self.context.wins_since}.".replace("  ", " ")]
                lines.append("Ga naar een vraag en druk op Ctrl+L. Dan komt het punt bij je voorbeeld.")
                for group in self.context.wins:
                    lines.append("")
                    lines.append(f"Doel: {group.title}" if group.title else "Zonder doel")
                    lines += [f"• {day_month_year(e.at.date())}: {' '.join(e.text.split())}" for e in group.entries]
                yield Static("\n".join(lines), classes="guide-text", markup=False)
        for number, question in enumerate(self._questions(), start=1):
            answer = self.prep.answers.get(question.id, Answer())
            with VerticalGroup(classes="question", id=f"question-{question.id}"):
                yield Static(f"{number}. {question.text}", classes="question-text", markup=False)
                if question.hint:
                    yield Static(question.hint, classes="question-hint", markup=False)
                yield TextArea(
                    answer.text,
                    id=f"answer-{question.id}",
                    classes="answer",
                    placeholder="Jouw antwoord",
                    show_line_numbers=False,
                    soft_wrap=True,
                    tab_behavior="focus",
                )
                if question.ask_example:
                    yield TextArea(
                        answer.example,
                        id=f"example-{question.id}",
                        classes="example",
                        placeholder=example_prompt(question, self.context.content),
                        show_line_numbers=False,
                        soft_wrap=True,
                        tab_behavior="focus",
                    )
                    yield Static(
                        self._example_tip(answer),
                        id=f"example-tip-{question.id}",
                        classes="example-tip",
                        markup=False,
                    )
                yield PrivateMark(answer.private, id=f"private-{question.id}")

    @staticmethod
    def _example_tip(answer: Answer) -> str:
        """The soft check of an answer: ask for an example when there is an answer without one."""
        if answer.text.strip() and not answer.example.strip():
            return EXAMPLE_TIP
        return ""

    @on(TextArea.Changed, ".answer, .example")
    def _typed(self, event: TextArea.Changed) -> None:
        event.stop()
        area = event.text_area
        field, _, question_id = (area.id or "").partition("-")
        command = SetAnswer(question_id, area.text) if field == "answer" else SetExample(question_id, area.text)
        if not self.apply(command):
            return
        answer = self.prep.answers.get(question_id, Answer())
        for tip in self.query(f"#example-tip-{question_id}").results(Static):
            tip.update(self._example_tip(answer))

    # ----------------------------------------------------------------- another window saved

    def merged_fields(self) -> list[ShownField]:
        """The answer and example fields and the marks, each with the answer the session holds."""
        fields: list[ShownField] = []
        for question_id in self.step.questions:
            answer = self.prep.answers.get(question_id, Answer())
            base = ("answers", question_id)
            for area in self.query(f"#answer-{question_id}").results(TextArea):
                fields.append(text_field((*base, "text"), area, answer.text))
            for area in self.query(f"#example-{question_id}").results(TextArea):
                fields.append(text_field((*base, "example"), area, answer.example))
            for mark in self.query(f"#private-{question_id}").results(PrivateMark):
                fields.append(ShownField((*base, "private"), mark, answer.private))
        return fields

    def after_merge(self) -> None:
        """The example tips follow the merged answers."""
        for question_id in self.step.questions:
            answer = self.prep.answers.get(question_id, Answer())
            for tip in self.query(f"#example-tip-{question_id}").results(Static):
                tip.update(self._example_tip(answer))

    # ----------------------------------------------------------------- carried-over items

    def _carried_item(self, widget: Widget | None) -> CarryOverItem | None:
        row = carry_row_of(widget)
        if row is None:
            return None
        return next((item for item in self.prep.carry_over if item.id == row.item_id), None)

    @on(Select.Changed, ".carry-status")
    def _carry_marked(self, event: Select.Changed) -> None:
        event.stop()
        item = self._carried_item(event.select)
        if item is not None and isinstance(event.value, str) and event.value != current_choice(item):
            self.apply(command_for_choice(item, event.value))

    @on(Input.Changed, ".carry-note")
    def _carry_noted(self, event: Input.Changed) -> None:
        event.stop()
        item = self._carried_item(event.input)
        if item is not None:
            self.apply(SetCarryOverNote(item.id, event.value))

    # ----------------------------------------------------------------- 'alleen voor mij'

    def private_target(self, widget: Widget | None) -> PrivateTarget | None:
        """An answer (from its answer or example field) or a carried-over item."""
        widget_id = widget.id if widget is not None else None
        item = self._carried_item(widget)
        if item is not None:
            return PrivateTarget(Area.CARRY_OVER, item.id, item.private, f"{carry_widget_id(item)}-private")
        field, _, question_id = (widget_id or "").partition("-")
        if field in ("answer", "example") and question_id in self.step.questions:
            answer = self.prep.answers.get(question_id, Answer())
            return PrivateTarget(Area.ANSWERS, question_id, answer.private, f"private-{question_id}")
        return None

    # ----------------------------------------------------------------- wins as examples

    def on_descendant_focus(self) -> None:
        """Remember the question the user is at (Ctrl+L puts the example there)."""
        focused = self.app.focused
        field, _, question_id = ((focused.id if focused is not None else None) or "").partition("-")
        if field in ("answer", "example") and question_id in self.step.questions:
            self._last_question = question_id
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """'Uit logboek' only in a step that offers the wins, when there are any."""
        if action == "pick_win":
            return self.step.offer_wins and bool(self.context.wins)
        return True

    class WinPickRequested(Message):
        """The user wants an entry of the wins log in a question; the screen shows the choice."""

        def __init__(self, view: QuestionsStepView, question: Question, groups: list[PickGroup]) -> None:
            super().__init__()
            self.view = view
            self.question = question
            self.groups = groups

        @property
        def intro(self) -> str:
            """The line above the choices, in Dutch."""
            return f"Voor: {self.question.text}\nKies met ↑ ↓ en Enter. Esc: niets kiezen."

    def action_pick_win(self) -> None:
        """Ask the screen to offer the entries of the wins log for the current question."""
        questions = self._questions()
        target = self._last_question or next((q.id for q in questions if q.ask_example), None)
        if target is None and questions:
            target = questions[0].id
        if target is None:
            return
        question = next(q for q in questions if q.id == target)
        groups = [
            PickGroup(
                f"Doel: {group.title}" if group.title else "Zonder doel",
                [
                    (
                        f"{day_month_year(e.at.date())}: {' '.join(e.text.split())}"
                        + (f" ({PRIVATE_LABEL})" if e.private else ""),
                        f"{day_month_year(e.at.date())}: {' '.join(e.text.split())}",
                    )
                    for e in group.entries
                ],
            )
            for group in self.context.wins
        ]
        self.post_message(self.WinPickRequested(self, question, groups))

    def add_win(self, question: Question, text: str) -> None:
        """Add a chosen entry of the wins log to the example (or else the answer) of a question."""
        field = "example" if question.ask_example else "answer"
        area = self.query_one(f"#{field}-{question.id}", TextArea)
        current = area.text.rstrip()
        area.text = f"{current}\n{text}" if current else text
        area.focus()
        area.move_cursor(area.document.end)
