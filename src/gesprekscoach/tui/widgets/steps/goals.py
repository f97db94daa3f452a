"""The goals step: build one or more goals the SMART way."""

from __future__ import annotations

from collections.abc import Iterator

from textual import on
from textual.containers import VerticalGroup
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Button, Collapsible, Input, Static

from gesprekscoach.checks.smart import LETTERS
from gesprekscoach.content.models import GoalsStep
from gesprekscoach.session.commands import AddGoal, Area, Change, Command, RemoveGoal
from gesprekscoach.store.models import Goal
from gesprekscoach.tui.help_model import HelpSection
from gesprekscoach.tui.merge_refresh import ShownField, text_field
from gesprekscoach.tui.widgets.goal_editor import SMART_FIELDS, GoalEditor, goal_widget_id
from gesprekscoach.tui.widgets.goal_picker import LinePicker
from gesprekscoach.tui.widgets.private_mark import PRIVATE_KEY_HINT, PRIVATE_LABEL
from gesprekscoach.tui.widgets.steps.base import PrivateTarget, StepView


class GoalList(VerticalGroup):
    """The editor of the goal that is open (one editor, however many goals there are)."""

    def __init__(self, view: GoalsStepView) -> None:
        super().__init__(id="goal-list")
        self.view = view

    def compose(self) -> Iterator[Widget]:
        """The editor of the open goal."""
        goals = self.view.prep.goals
        if goals:
            index = self.view.opened
            yield GoalEditor(self.view.context.session, goals[index], index + 1, len(goals))


class GoalsStepView(StepView):
    """A short SMART guide (folded), the goals, and a button to add a goal.

    With more than one goal, a compact list (`LinePicker`, one line per goal with its SMART
    state in words) chooses the goal that the one editor below shows; only the visible lines
    of the list are drawn, so a thousand goals open as fast as a few.

    Removing a goal with text asks first: the view posts `RemovalRequested`; the screen asks
    and calls `remove_goal` when the user agrees.
    """

    class RemovalRequested(Message):
        """The user wants to remove a goal that has text; the screen asks before it goes."""

        def __init__(self, view: GoalsStepView, goal_id: str, number: int) -> None:
            super().__init__()
            self.view = view
            self.goal_id = goal_id
            self.number = number
            """The goal's place in the list, from 1 (for the question)."""

        @property
        def question(self) -> str:
            """The question to ask, in Dutch."""
            return f"Doel {self.number} weghalen? Wat je bij dit doel schreef, is dan weg."

    step: GoalsStep
    MERGE_AREAS = ("goals",)

    def merged_fields(self) -> list[ShownField]:
        """The sentence and the SMART fields of every goal, with what the session holds."""
        fields: list[ShownField] = []
        for editor in self.query(GoalEditor):
            goal = editor.goal
            for name in ("text", *SMART_FIELDS.values()):
                for field in editor.query(f"#{editor.id}-{name}").results(Input):
                    fields.append(text_field(("goals", goal.id, name), field, str(getattr(goal, name))))
        return fields

    def after_merge(self) -> None:
        """The SMART check of every goal follows its merged fields."""
        for editor in self.query(GoalEditor):
            editor.show_check()

    KEY_HINTS = [
        ("↑ ↓ en Enter", "in de lijst met doelen: een doel kiezen en openen"),
        ("Enter", "in het vak voor stappen: stap toevoegen"),
        PRIVATE_KEY_HINT,
    ]

    opened: int = 0
    """The place (from 0) of the goal that the editor shows."""

    def compose_body(self) -> Iterator[Widget]:
        """The guide, the goals and 'Nog een doel'."""
        smart = self.context.content.smart
        if not self.prep.goals:  # start with one (empty) goal to fill in
            self.apply(AddGoal())
        guide = [smart.intro, ""]
        guide += [f"{letter.letter} · {letter.name}: {letter.meaning}" for letter in smart.letters]
        guide += ["", "Zo kom je tot een goed doel:"]
        guide += [f"{n}. {step.title}: {step.text}" for n, step in enumerate(smart.goal_steps, start=1)]
        with Collapsible(title="Wat is een SMART-doel?", collapsed=True, id="smart-guide"):
            yield Static("\n".join(guide), classes="guide-text", markup=False)
        self.opened = 0
        picker = LinePicker(lambda: len(self.prep.goals), self.goal_line, noun="Doel", id="goal-picker")
        picker.display = len(self.prep.goals) > 1
        yield picker
        yield GoalList(self)
        yield Button("Nog een doel", id="add-goal", compact=True)

    def help_sections(self) -> list[HelpSection]:
        """What SMART means, letter by letter, and the example goals of the content."""
        smart = self.context.content.smart
        check = (
            "Onder je doel staan de letters S, M, A, R en T. "
            "Een letter met ✓ is in orde. Bij ✗ mist er nog iets. Bij ? is er nog niets te zien.\n"
            "De coach leest je doel en wat je bij S, M en T schrijft. "
            "A en R zijn vragen aan jezelf: vul je antwoord in bij die letters.\n"
            "Onder de letters staat wat er nog mist, met een tip."
        )
        sections = [HelpSection("SMART", smart.intro), HelpSection("De letters onder je doel", check)]
        for letter in smart.letters:
            lines = [letter.meaning, f"Vraag: {letter.question}"]
            if letter.example:
                lines.append(f"Voorbeeld: {letter.example}")
            sections.append(HelpSection(f"{letter.letter} · {letter.name}", "\n".join(lines)))
        if smart.w_questions:
            sections.append(
                HelpSection("Maak je doel precies", "\n".join(f"• {w.question}" for w in smart.w_questions))
            )
        if smart.examples:
            examples = [
                f"{'✓ SMART' if example.smart else '✗ Niet SMART'}: {example.text}\n{example.why}"
                for example in smart.examples
            ]
            sections.append(HelpSection("Voorbeelden", "\n\n".join(examples)))
        steps = "\n".join(f"{n}. {step.title}: {step.text}" for n, step in enumerate(smart.goal_steps, start=1))
        sections.append(HelpSection("Zo kom je tot een goed doel", steps))
        return sections

    def goal_line(self, index: int) -> str:
        """The line of a goal in the list: its sentence and its SMART state in words."""
        goal = self.prep.goals[index]
        text = " ".join(goal.text[:300].split()) or "(nog geen zin)"
        private = f" · {PRIVATE_LABEL}" if goal.private else ""
        return f"{text} — {self.goal_state(goal)}{private}"

    def goal_state(self, goal: Goal) -> str:
        """The SMART state of a goal in words: 'SMART', 'nog open: Meetbaar, Tijdgebonden' or 'nog leeg'."""
        if goal.is_empty():
            return "nog leeg"
        result = self.context.session.goal_verdict(goal.id)
        smart = self.context.content.smart
        open_letters = [name for name in LETTERS if result.letters[name].ok is not True]
        if not open_letters:
            return "SMART"
        names = []
        for name in open_letters:
            try:
                names.append(smart.letter(name[0].upper()).name)
            except KeyError:
                names.append(name.capitalize())
        return "nog open: " + ", ".join(names)

    @property
    def picker(self) -> LinePicker:
        """The list of the goals."""
        return self.query_one("#goal-picker", LinePicker)

    def private_target(self, widget: Widget | None) -> PrivateTarget | None:
        """The goal whose field (or step, or button) has the focus, or whose line in the list is
        highlighted; its mark is in its border and on its line."""
        if widget is not None and isinstance(widget, LinePicker):
            goals = self.prep.goals
            if not goals:
                return None
            goal = goals[widget.cursor]
            return PrivateTarget(Area.GOALS, goal.id, goal.private, goal_widget_id(goal))
        editor = self._editor_of(widget)
        if editor is None or editor.id is None:
            return None
        return PrivateTarget(Area.GOALS, editor.goal_id, editor.goal.private, editor.id)

    def apply(self, command: Command) -> Change:
        """Send an edit to the session (see `StepView.apply`); the list shows the change."""
        change = super().apply(command)
        if change and self.is_mounted:
            self.picker.refresh()
        return change

    def _editor_of(self, widget: Widget | None) -> GoalEditor | None:
        node = widget
        while node is not None and node is not self:
            if isinstance(node, GoalEditor):
                return node if self.prep.goal(node.goal_id) is not None else None
            parent = node.parent
            node = parent if isinstance(parent, Widget) else None
        return None

    @on(GoalEditor.Edited)
    def _goal_edited(self, event: GoalEditor.Edited) -> None:
        event.stop()
        if self.apply(event.command):
            event.editor.show_check()

    @on(LinePicker.Chosen, "#goal-picker")
    async def _goal_chosen(self, event: LinePicker.Chosen) -> None:
        event.stop()
        await self.open_goal(event.index)

    async def open_goal(self, index: int, *, focus: bool = True) -> None:
        """Show the goal at place `index` (from 0) in the editor; put the focus in its sentence."""
        goals = self.prep.goals
        if not goals:
            return
        self.opened = max(0, min(index, len(goals) - 1))
        picker = self.picker
        picker.display = len(goals) > 1
        picker.items_changed()
        picker.open(self.opened)
        await self.query_one(GoalList).recompose()
        if focus:
            name = goal_widget_id(goals[self.opened])
            self.query_one(f"#{name}-text").focus()
            self.query_one(f"#{name}").scroll_visible()

    @on(Button.Pressed, "#add-goal")
    async def _add_goal(self, event: Button.Pressed) -> None:
        event.stop()
        change = self.apply(AddGoal())
        if not change:
            return
        await self.open_goal(len(self.prep.goals) - 1)

    @on(GoalEditor.RemoveRequested)
    def _remove_requested(self, event: GoalEditor.RemoveRequested) -> None:
        event.stop()
        goal_id = event.editor.goal_id
        if event.editor.goal.is_empty():
            self.call_later(self.remove_goal, goal_id)  # after this handler: the editor that asked is rebuilt
            return
        number = next((n for n, other in enumerate(self.prep.goals, start=1) if other.id == goal_id), 0)
        self.post_message(self.RemovalRequested(self, goal_id, number))

    async def remove_goal(self, goal_id: str) -> None:
        """Remove this goal (after the user agreed) and open the goal that takes its place."""
        place = next((n for n, other in enumerate(self.prep.goals) if other.id == goal_id), None)
        if place is None or not self.apply(RemoveGoal(goal_id)):
            return
        if self.prep.goals:
            await self.open_goal(place)
        else:
            self.picker.items_changed()
            self.picker.display = False
            await self.query_one(GoalList).recompose()
            self.query_one("#add-goal").focus()
