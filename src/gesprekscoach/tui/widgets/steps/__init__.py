"""One widget per step kind; `step_view_for` picks the right one for a step."""

from __future__ import annotations

from gesprekscoach.content.models import Step
from gesprekscoach.tui.widgets.steps.agenda import AgendaStepView
from gesprekscoach.tui.widgets.steps.ask import AskStepView
from gesprekscoach.tui.widgets.steps.base import StepContext, StepView
from gesprekscoach.tui.widgets.steps.checklist import ChecklistStepView
from gesprekscoach.tui.widgets.steps.feedback import FeedbackStepView
from gesprekscoach.tui.widgets.steps.goals import GoalsStepView
from gesprekscoach.tui.widgets.steps.info import InfoStepView, IntroStepView
from gesprekscoach.tui.widgets.steps.pitfalls import PitfallsStepView
from gesprekscoach.tui.widgets.steps.questions import QuestionsStepView
from gesprekscoach.tui.widgets.steps.summary import SummaryStepView

STEP_VIEWS: dict[str, type[StepView]] = {
    "intro": IntroStepView,
    "info": InfoStepView,
    "checklist": ChecklistStepView,
    "questions": QuestionsStepView,
    "ask": AskStepView,
    "goals": GoalsStepView,
    "feedback": FeedbackStepView,
    "pitfalls": PitfallsStepView,
    "agenda": AgendaStepView,
    "summary": SummaryStepView,
}
"""Step kind → the widget that shows and edits it."""


def step_view_for(step: Step, context: StepContext) -> StepView:
    """A new widget for this step."""
    return STEP_VIEWS[step.kind](step, context)


__all__ = ["STEP_VIEWS", "StepContext", "StepView", "step_view_for"]
