"""Which steps of a preparation have answers: the markers of the step list.

Plain logic on the models; no widgets here.
"""

from __future__ import annotations

from gesprekscoach.content.models import (
    AgendaStep,
    AskStep,
    ChecklistStep,
    Content,
    FeedbackStep,
    GoalsStep,
    PitfallsStep,
    QuestionsStep,
    Step,
)
from gesprekscoach.store.models import Preparation

MARK_FILLED = "✓"
"""Marker of a step that has answers."""
MARK_OPEN = "•"
"""Marker of a step to fill in that has no answers yet."""
MARK_READ = " "
"""Marker of a step with nothing to fill in (intro, info, summary)."""


def step_has_answers(step: Step, prep: Preparation, content: Content) -> bool | None:
    """True when the user filled in something in this step, False when not.

    None for steps with nothing to fill in (intro, info, summary).
    """
    if isinstance(step, ChecklistStep):
        for item in step.items:
            state = prep.checklist.get(item.id)
            if state is not None and (state.done or state.note.strip()):
                return True
        return False
    if isinstance(step, QuestionsStep):
        return any(qid in prep.answers and not prep.answers[qid].is_empty() for qid in step.questions)
    if isinstance(step, AskStep):
        return any(q.text.strip() for q in prep.questions_to_ask)
    if isinstance(step, GoalsStep):
        return any(not goal.is_empty() for goal in prep.goals)
    if isinstance(step, FeedbackStep):
        return any(item.text.strip() for item in prep.feedback)
    if isinstance(step, PitfallsStep):
        wanted = {p.id for p in _pitfalls(step, content)}
        return any(pid in wanted for pid in prep.pitfalls_read)
    if isinstance(step, AgendaStep):
        return any(point.strip() for point in prep.agenda_texts())
    return None


def step_marker(step: Step, prep: Preparation, content: Content) -> str:
    """The marker shown before a step in the step list."""
    filled = step_has_answers(step, prep, content)
    if filled is None:
        return MARK_READ
    return MARK_FILLED if filled else MARK_OPEN


def step_count_text(step: Step, prep: Preparation, content: Content) -> str:
    """A short Dutch note on how much of a step is filled in, e.g. '3 van 5 afgevinkt'."""
    if isinstance(step, ChecklistStep):
        done = sum(1 for item in step.items if prep.checklist.get(item.id, None) and prep.checklist[item.id].done)
        return f"{done} van {len(step.items)} afgevinkt"
    if isinstance(step, QuestionsStep):
        answered = sum(1 for qid in step.questions if qid in prep.answers and not prep.answers[qid].is_empty())
        return f"{answered} van {len(step.questions)} vragen beantwoord"
    if isinstance(step, AskStep):
        return _count(sum(1 for q in prep.questions_to_ask if q.text.strip()), "vraag", "vragen")
    if isinstance(step, GoalsStep):
        return _count(sum(1 for goal in prep.goals if not goal.is_empty()), "doel", "doelen")
    if isinstance(step, FeedbackStep):
        return _count(sum(1 for item in prep.feedback if item.text.strip()), "punt", "punten")
    if isinstance(step, PitfallsStep):
        wanted = [p.id for p in _pitfalls(step, content)]
        read = sum(1 for pid in wanted if pid in prep.pitfalls_read)
        return f"{read} van {len(wanted)} valkuilen gelezen"
    if isinstance(step, AgendaStep):
        return _count(sum(1 for point in prep.agenda_texts() if point.strip()), "punt", "punten")
    return ""


def _count(number: int, one: str, many: str) -> str:
    if number == 0:
        return f"nog geen {many}"
    return f"{number} {one if number == 1 else many}"


def _pitfalls(step: PitfallsStep, content: Content) -> list:
    try:
        return content.pitfalls_for(step)
    except KeyError:
        return [p for p in content.pitfalls.pitfalls if p.id in step.pitfalls]
