"""The goals step: build one or more goals the SMART way."""

from __future__ import annotations

import re
from collections.abc import Iterator

from textual import on
from textual.containers import VerticalGroup
from textual.widget import Widget
from textual.widgets import Button, Collapsible, Static

from gesprekscoach.content.models import GoalsStep
from gesprekscoach.store.models import Goal
from gesprekscoach.tui.dialogs.confirm import ConfirmDialog
from gesprekscoach.tui.dialogs.help import HelpSection
from gesprekscoach.tui.widgets.goal_editor import GoalEditor
from gesprekscoach.tui.widgets.private_mark import PRIVATE_KEY_HINT
from gesprekscoach.tui.widgets.steps.base import Markable, StepView


class GoalList(VerticalGroup):
    """The goal editors, rebuilt when a goal is added or removed."""

    def __init__(self, view: GoalsStepView) -> None:
        super().__init__(id="goal-list")
        self.view = view

    def compose(self) -> Iterator[Widget]:
        """One editor per goal."""
        for index, goal in enumerate(self.view.prep.goals):
            yield GoalEditor(goal, index, self.view.context.content, self.view.context.today)


class GoalsStepView(StepView):
    """A short SMART guide (folded), the goals, and a button to add a goal."""

    step: GoalsStep
    KEY_HINTS = [
        ("Enter", "in het vak voor stappen: stap toevoegen"),
        PRIVATE_KEY_HINT,
    ]

    def compose_body(self) -> Iterator[Widget]:
        """The guide, the goals and 'Nog een doel'."""
        smart = self.context.content.smart
        if not self.prep.goals:
            self.prep.goals.append(Goal())
        guide = [smart.intro, ""]
        guide += [f"{letter.letter} · {letter.name}: {letter.meaning}" for letter in smart.letters]
        guide += ["", "Zo kom je tot een goed doel:"]
        guide += [f"{n}. {step.title}: {step.text}" for n, step in enumerate(smart.goal_steps, start=1)]
        with Collapsible(title="Wat is een SMART-doel?", collapsed=True, id="smart-guide"):
            yield Static("\n".join(guide), classes="guide-text", markup=False)
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

    def private_target(self, widget: Widget | None) -> tuple[Markable, str] | None:
        """The goal whose field (or step, or button) has the focus; its mark is in its border."""
        match = re.match(r"^goal-(\d+)(?:-|$)", (widget.id if widget is not None else None) or "")
        if match is None or int(match.group(1)) >= len(self.prep.goals):
            return None
        index = int(match.group(1))
        return self.prep.goals[index], f"goal-{index}"

    @on(GoalEditor.Edited)
    def _goal_edited(self, event: GoalEditor.Edited) -> None:
        event.stop()
        self.edited()

    @on(Button.Pressed, "#add-goal")
    async def _add_goal(self, event: Button.Pressed) -> None:
        event.stop()
        self.prep.goals.append(Goal())
        await self.query_one(GoalList).recompose()
        self.edited()
        index = len(self.prep.goals) - 1
        self.query_one(f"#goal-{index}-text").focus()
        self.query_one(f"#goal-{index}").scroll_visible()

    @on(GoalEditor.RemoveRequested)
    def _remove_requested(self, event: GoalEditor.RemoveRequested) -> None:
        event.stop()
        goal = event.editor.goal
        index = event.editor.index
        if goal.is_empty():
            self.call_later(self._remove_goal, index)
            return

        def answered(remove: bool | None) -> None:
            if remove:
                self.call_later(self._remove_goal, index)

        self.app.push_screen(
            ConfirmDialog(f"Doel {index + 1} weghalen? Wat je bij dit doel schreef, is dan weg.", yes="Weghalen"),
            answered,
        )

    async def _remove_goal(self, index: int) -> None:
        if 0 <= index < len(self.prep.goals):
            del self.prep.goals[index]
        await self.query_one(GoalList).recompose()
        self.edited()
        if self.prep.goals:
            self.query_one(f"#goal-{min(index, len(self.prep.goals) - 1)}-text").focus()
        else:
            self.query_one("#add-goal").focus()
