"""The steps of a conversation as plain line-by-line questions (the plain, accessible mode).

`PlainSession` walks the steps of one preparation: every step kind of `models.py` has a
handler (in the modules next to this one). Each handler asks its questions one by one
through `PlainIO`; 'terug' goes back one question (from the first question of a step: to
the previous step), 'stop' leaves. Every answer is a command to the `PreparationSession`
and saved at once, so the plain mode holds no rule of its own: the same content, the same
checks, the same sheet as the full-screen coach.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from collections.abc import Callable
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
from gesprekscoach.plain.editing import PlainEditor, run_questions
from gesprekscoach.plain.goal_step import ask_goals
from gesprekscoach.plain.list_steps import ask_agenda, ask_feedback
from gesprekscoach.plain.reading_steps import ask_info, ask_intro, ask_pitfalls
from gesprekscoach.plain.summary_step import ask_summary, save_sheet
from gesprekscoach.session.preparation_session import PreparationSession

__all__ = ["STEP_HANDLERS", "PlainSession", "run_questions"]

STEP_HANDLERS: dict[type[Step], Callable[[PlainEditor, Any], None]] = {
    IntroStep: ask_intro,
    InfoStep: ask_info,
    ChecklistStep: ask_checklist,
    QuestionsStep: ask_questions,
    AskStep: ask_questions_to_ask,
    GoalsStep: ask_goals,
    FeedbackStep: ask_feedback,
    PitfallsStep: ask_pitfalls,
    AgendaStep: ask_agenda,
    SummaryStep: ask_summary,
}
"""Every step kind → the function that asks its questions."""


class PlainSession:
    """One preparation, worked through step by step on plain text streams."""

    def __init__(self, io: PlainIO, session: PreparationSession, *, cwd: Path) -> None:
        self.io = io
        self.session = session
        self.editor = PlainEditor(io, session, cwd)

    def run(self, start: int = 0) -> None:
        """Work through the steps from `start`; returns after the last step.

        'terug' on the first question of the first step raises BackRequested (to the menu);
        'stop' (or the end of the input) raises StopRequested.
        """
        steps = self._steps()
        index = start
        while index < len(steps):
            step = steps[index]
            try:
                self._header(index, step)
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

    def _header(self, index: int, step: Step) -> None:
        io = self.io
        io.blank()
        io.say(f"Stap {index + 1} van {len(self._steps())}: {step.title}")
        if step.intro:
            io.say(step.intro)

    def step_handler(self, step: Step) -> Callable[[], None]:
        """The function that asks the questions of this step."""
        handler = STEP_HANDLERS[type(step)]
        return lambda: handler(self.editor, step)

    def save_sheet(self) -> Path | None:
        """Ask where to save the sheet and save it. None: not saved."""
        return save_sheet(self.editor)
