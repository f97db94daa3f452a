"""The steps of a conversation as plain line-by-line questions (the plain, accessible mode).

`PlainSession` walks the steps of one preparation: every step kind of `models.py` has a
handler (in the modules next to this one) that gives the questions of its step. They are
asked one by one through `PlainIO`; 'terug' goes back one question (from the first question
of a step: to the previous step), 'stop' leaves, 'hulp' gives the step's help and guide. A
step with the user's words ends with one question: what of it is 'alleen voor mij'. Every
answer is a command to the `PreparationSession` and saved at once (also the step the user is
at, so a reopened preparation goes on there), so the plain mode holds no rule of its own: the
same content, the same checks, the same sheet as the full-screen coach.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from gesprekscoach.content.models import (
    AgendaStep,
    AskStep,
    ChecklistStep,
    FeedbackStep,
    GoalsStep,
    InfoStep,
    IntroStep,
    PitfallsStep,
    QuestionsStep,
    Step,
    SummaryStep,
)
from gesprekscoach.plain.answer_steps import ask_checklist, ask_questions
from gesprekscoach.plain.ask_step import ask_questions_to_ask
from gesprekscoach.plain.console import BackRequested, PlainIO
from gesprekscoach.plain.editing import Ask, PlainEditor, run_questions
from gesprekscoach.plain.facts import say_conversation_facts
from gesprekscoach.plain.full_sheet import ask_full_version
from gesprekscoach.plain.goal_step import ask_goals
from gesprekscoach.plain.help import step_help
from gesprekscoach.plain.list_steps import ask_agenda, ask_feedback
from gesprekscoach.plain.private import private_ask
from gesprekscoach.plain.reading_steps import ask_info, ask_intro, ask_pitfalls
from gesprekscoach.plain.summary_step import ask_summary, save_sheet
from gesprekscoach.session.commands import SetLastStep
from gesprekscoach.session.cycle import WinGroup
from gesprekscoach.session.preparation_session import PreparationSession

__all__ = ["STEP_HANDLERS", "PlainSession", "run_questions"]


def _summary(editor: PlainEditor, step: SummaryStep) -> list[Ask]:
    """The overview and the sheet; then, when something is only for you, the full version."""
    return [lambda: ask_summary(editor, step), lambda: ask_full_version(editor)]


STEP_HANDLERS: dict[type[Step], Callable[[PlainEditor, Any], list[Ask]]] = {
    IntroStep: ask_intro,
    InfoStep: ask_info,
    ChecklistStep: ask_checklist,
    QuestionsStep: ask_questions,
    AskStep: ask_questions_to_ask,
    GoalsStep: ask_goals,
    FeedbackStep: ask_feedback,
    PitfallsStep: ask_pitfalls,
    AgendaStep: ask_agenda,
    SummaryStep: _summary,
}
"""Every step kind → the function that gives the questions of its step."""


class PlainSession:
    """One preparation, worked through step by step on plain text streams."""

    def __init__(
        self,
        io: PlainIO,
        session: PreparationSession,
        *,
        cwd: Path,
        wins: list[WinGroup] | None = None,
        wins_since: str = "",
    ) -> None:
        self.io = io
        self.session = session
        self.editor = PlainEditor(io, session, cwd, wins=list(wins or []), wins_since=wins_since)

    def run(self, start: int = 0) -> None:
        """Work through the steps from `start`; returns after the last step.

        'terug' on the first question of the first step raises BackRequested (to the menu);
        'stop' (or the end of the input) raises StopRequested.
        """
        steps = self._steps()
        conversation = self.session.conversation
        if conversation is not None and not any(isinstance(step, IntroStep) for step in steps):
            self.io.blank()
            say_conversation_facts(self.io, conversation)
        index = start
        while index < len(steps):
            step = steps[index]
            try:
                with self.io.helping(partial(self._help, step, index)):
                    self._header(index, step)
                    self.editor.edit(SetLastStep(step.id))
                    self.step_handler(step)()
            except BackRequested:
                if index == 0:
                    raise
                index -= 1
                continue
            index += 1

    def _steps(self) -> list[Step]:
        conversation = self.session.conversation
        return list(conversation.steps) if conversation is not None else []

    def _help(self, step: Step, index: int) -> list[str]:
        return step_help(self.session.content, step, index + 1, len(self._steps()))

    def _header(self, index: int, step: Step) -> None:
        io = self.io
        io.blank()
        io.say(f"Stap {index + 1} van {len(self._steps())}: {step.title}")
        if step.intro:
            io.say(step.intro)

    def step_handler(self, step: Step) -> Callable[[], None]:
        """The function that asks the questions of this step (and, at its end, what is only for you)."""
        handler = STEP_HANDLERS[type(step)]

        def run() -> None:
            asks = handler(self.editor, step)
            asks.append(private_ask(self.editor, lambda: self.session.private_items(step)))
            run_questions(asks)

        return run

    def save_sheet(self) -> Path | None:
        """Ask where to save the sheet and save it. None: not saved."""
        return save_sheet(self.editor)
