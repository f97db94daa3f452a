"""How far a preparation is: per step (the markers and counts of the step list) and the overview.

One place for every count: the full screen's step list and summary and the plain mode's
overview all read them here. Plain logic on the models; no widgets here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from gesprekscoach.content.models import (
    AgendaStep,
    AskStep,
    ChecklistItem,
    ChecklistStep,
    Content,
    ConversationType,
    FeedbackStep,
    GoalsStep,
    Pitfall,
    PitfallsStep,
    QuestionsStep,
    Step,
)
from gesprekscoach.dates import dutch_date
from gesprekscoach.store.models import Preparation

MARK_FILLED = "✓"
"""Marker of a step that has answers."""
MARK_OPEN = "•"
"""Marker of a step to fill in that has no answers yet."""
MARK_READ = " "
"""Marker of a step with nothing to fill in (intro, info, summary)."""


# --------------------------------------------------------------------------- counting


def pitfalls_of(step: PitfallsStep, content: Content) -> list[Pitfall]:
    """The pitfalls a pitfalls step shows (when it names one the content lacks: the others)."""
    try:
        return content.pitfalls_for(step)
    except KeyError:
        return [p for p in content.pitfalls.pitfalls if p.id in step.pitfalls]


def tips_done(items: Iterable[ChecklistItem], prep: Preparation) -> int:
    """How many of these tips are ticked."""
    return sum(1 for item in items if (state := prep.checklist.get(item.id)) is not None and state.done)


def questions_answered(question_ids: Iterable[str], prep: Preparation) -> int:
    """How many of these questions have an answer (or an example)."""
    return sum(1 for qid in question_ids if qid in prep.answers and not prep.answers[qid].is_empty())


def pitfalls_read(pitfalls: Iterable[Pitfall], prep: Preparation) -> int:
    """How many of these pitfalls are marked as read."""
    return sum(1 for pitfall in pitfalls if pitfall.id in prep.pitfalls_read)


# --------------------------------------------------------------------------- per step


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
        return questions_answered(step.questions, prep) > 0
    if isinstance(step, AskStep):
        return any(q.text.strip() for q in prep.questions_to_ask)
    if isinstance(step, GoalsStep):
        return any(not goal.is_empty() for goal in prep.goals)
    if isinstance(step, FeedbackStep):
        return any(item.text.strip() for item in prep.feedback)
    if isinstance(step, PitfallsStep):
        return pitfalls_read(pitfalls_of(step, content), prep) > 0
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
        return f"{tips_done(step.items, prep)} van {len(step.items)} afgevinkt"
    if isinstance(step, QuestionsStep):
        return f"{questions_answered(step.questions, prep)} van {len(step.questions)} vragen beantwoord"
    if isinstance(step, AskStep):
        return _count(sum(1 for q in prep.questions_to_ask if q.text.strip()), "vraag", "vragen")
    if isinstance(step, GoalsStep):
        return _count(sum(1 for goal in prep.goals if not goal.is_empty()), "doel", "doelen")
    if isinstance(step, FeedbackStep):
        return _count(sum(1 for item in prep.feedback if item.text.strip()), "punt", "punten")
    if isinstance(step, PitfallsStep):
        pitfalls = pitfalls_of(step, content)
        return f"{pitfalls_read(pitfalls, prep)} van {len(pitfalls)} valkuilen gelezen"
    if isinstance(step, AgendaStep):
        return _count(sum(1 for point in prep.agenda_texts() if point.strip()), "punt", "punten")
    return ""


def _count(number: int, one: str, many: str) -> str:
    if number == 0:
        return f"nog geen {many}"
    return f"{number} {one if number == 1 else many}"


@dataclass(frozen=True)
class StepProgress:
    """How far one step is: what the step list and the summary show."""

    step: Step
    number: int
    """The step's number in its conversation (from 1)."""
    filled: bool | None
    """True: something filled in; False: nothing yet; None: nothing to fill in."""
    marker: str
    count_text: str
    """'3 van 5 afgevinkt', 'nog geen doelen', … ('' for a step with nothing to fill in)."""


def progress_of(conversation: ConversationType, prep: Preparation, content: Content) -> list[StepProgress]:
    """The progress of every step of the conversation, in order."""
    return [
        StepProgress(
            step,
            number,
            step_has_answers(step, prep, content),
            step_marker(step, prep, content),
            step_count_text(step, prep, content),
        )
        for number, step in enumerate(conversation.steps, start=1)
    ]


# --------------------------------------------------------------------------- the overview


def overview_lines(prep: Preparation, conversation: ConversationType, content: Content) -> list[str]:
    """A short overview of a preparation, as plain lines (the plain mode's summary step)."""
    steps = conversation.steps
    lines = [f"Je voorbereiding op je {conversation.name} van {dutch_date(prep.meeting_date)}."]
    if prep.with_whom.strip():
        lines.append(f"Met: {prep.with_whom.strip()}.")
    tips = [item for step in steps if isinstance(step, ChecklistStep) for item in step.items]
    if tips:
        lines.append(f"Tips afgevinkt: {tips_done(tips, prep)} van {len(tips)}.")
    asked = [q for step in steps if isinstance(step, QuestionsStep) for q in step.questions]
    if asked:
        lines.append(f"Vragen beantwoord: {questions_answered(asked, prep)} van {len(asked)}.")
    lines += _overview_list("Je doelen", (goal.text for goal in prep.goals))
    lines += _overview_list("Vragen die je stelt", (q.text for q in prep.questions_to_ask))
    lines += _overview_list("Je feedback", (item.text for item in prep.feedback))
    pitfalls = [p for step in steps if isinstance(step, PitfallsStep) for p in pitfalls_of(step, content)]
    if pitfalls:
        lines.append(f"Valkuilen gelezen: {pitfalls_read(pitfalls, prep)} van {len(pitfalls)}.")
    lines += _overview_list("Je agenda", prep.agenda_texts())
    return lines


def _overview_list(title: str, texts: Iterable[str] | Sequence[str]) -> list[str]:
    shown = [" ".join(text.split()) for text in texts if text.strip()]
    if not shown:
        return [f"{title}: nog niets."]
    return [f"{title}:"] + [f"{number}. {text}" for number, text in enumerate(shown, start=1)]
