"""How far a preparation is: per step (the markers and counts of the step list) and the overview.

One place for every count: the full screen's step list and summary and the plain mode's
overview all read them here. A step's state is earned (`StepState`): a checklist is done
when every tip is ticked, a questions step when every question has an answer, the goals when
each is SMART by the goal verdict (`checks.goal_verdict`); the texts come from the content
(`progress` in after.yaml). Plain logic on the models; no widgets here.

Checking a goal takes about a millisecond, so a preparation with a thousand goals cannot have
its step list worked out at once. The step list asks for its progress with a limit
(`CHECK_NOW_LIMIT`): goals whose verdict is remembered count as they are, a few new ones are
checked at once (the goal just typed in), and when more are still to check the goals step is
`StepState.PENDING` (mark '…'), never a guessed figure. `GoalCheckJob` checks the rest (in a
worker thread: it holds copies of the goals' texts), and the step list then asks again.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Final

from gesprekscoach.checks.goal_verdict import goal_text_to_check
from gesprekscoach.content.after_texts import fill, progress_texts
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
from gesprekscoach.sheet.goal_checks import GOAL_VERDICTS
from gesprekscoach.store.models import Goal, Preparation


class StepState(StrEnum):
    """How far a step really is: earned, not 'something filled in'."""

    READ = "lezen"
    """A step with nothing to fill in (intro, info, summary)."""
    EMPTY = "leeg"
    """Nothing filled in yet."""
    PARTLY = "deels"
    """Begun, but something is still open (tips not ticked, questions without an answer)."""
    CHECK = "nakijken"
    """Filled in, but a goal is not SMART yet."""
    DONE = "klaar"
    """Everything of the step is done."""
    PENDING = "bezig"
    """Not known yet: the goals are still being checked (only in the step list's progress with a
    limit; `progress_of` without a limit always knows)."""


MARK_FILLED = "✓"
"""Marker of a step that is done."""
MARK_PARTLY = "◐"
"""Marker of a step that is begun but not done."""
MARK_CHECK = "!"
"""Marker of a step to look at again: a goal is not SMART yet."""
MARK_OPEN = "•"
"""Marker of a step to fill in that has nothing yet."""
MARK_READ = " "
"""Marker of a step with nothing to fill in (intro, info, summary)."""
MARK_PENDING = "…"
"""Marker of the goals step while its goals are still being checked (a shape, not a figure)."""

MARKS: dict[StepState, str] = {
    StepState.DONE: MARK_FILLED,
    StepState.PARTLY: MARK_PARTLY,
    StepState.CHECK: MARK_CHECK,
    StepState.EMPTY: MARK_OPEN,
    StepState.READ: MARK_READ,
    StepState.PENDING: MARK_PENDING,
}
"""The marker of each state: a shape, never a colour alone (the legend is in `legend_lines`)."""


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


def goal_is_smart(goal: Goal, content: Content, today: date) -> bool:
    """True when the goal has a sentence and no SMART letter is missing (the goal verdict of the builder and sheet).

    The verdict comes from the memo the sheet uses too (`sheet.goal_checks.GOAL_VERDICTS`): the
    step list asks after every key, and a check takes about a millisecond per goal.
    """
    if not goal_text_to_check(goal):  # only steps or A/R answers: no goal sentence to be SMART yet
        return False
    return GOAL_VERDICTS.verdict(goal, today=today, texts=content.checks, guide=content.smart).is_smart


def goals_not_smart(prep: Preparation, content: Content, today: date) -> tuple[int, int]:
    """(goals with text, of which not SMART yet), by the goal verdict the goal builder and the sheet show."""
    goals = [goal for goal in prep.goals if not goal.is_empty()]
    return len(goals), sum(1 for goal in goals if not goal_is_smart(goal, content, today))


CHECK_NOW_LIMIT: Final = 25
"""The step list's progress checks at most this many goals at once (about a millisecond each):
the goal just typed in, or every goal of a normal preparation. With more goals still to check,
the goals step waits (`StepState.PENDING`) for a `GoalCheckJob`."""

LEGEND_PENDING: Final = "…  bezig: de coach kijkt je doelen nog na"
"""The legend's line of the mark of a goals step whose goals are still being checked."""

PENDING_TEXT: Final = "doelen worden nagekeken…"
"""The count text of a goals step whose goals are still being checked."""


def _unchecked(goals: Iterable[Goal], content: Content, today: date) -> list[Goal]:
    """The goals with a goal sentence whose verdict is not remembered yet."""
    return [
        goal
        for goal in goals
        if goal_text_to_check(goal)
        and GOAL_VERDICTS.known(goal, today=today, texts=content.checks, guide=content.smart) is None
    ]


@dataclass
class _GoalTexts:
    """A copy of what the check reads of a goal (a `checks.goal_fields.GoalFields`)."""

    text: str
    specifiek: str
    meetbaar: str
    acceptabel: str
    realistisch: str
    tijdgebonden: str


@dataclass(frozen=True)
class GoalCheckJob:
    """The goals the step list still waits for, to check in a worker thread: it holds copies of
    their texts and reads nothing of the preparation, so the user may go on typing meanwhile."""

    goals: tuple[_GoalTexts, ...]
    content: Content
    today: date

    def run(self, *, between: float = 0.0, stop: Callable[[], bool] | None = None) -> None:
        """Check every goal and remember its verdict (`sheet.goal_checks.GOAL_VERDICTS`).

        `between`: seconds to sleep after each goal, so a thread running this leaves the
        interpreter to the screen's thread while that one has work (drawing, keys). `stop`:
        asked before each goal; when it says True, the rest is left unchecked.
        """
        for goal in self.goals:
            if stop is not None and stop():
                return
            GOAL_VERDICTS.verdict(goal, today=self.today, texts=self.content.checks, guide=self.content.smart)
            if between:
                time.sleep(between)


def goal_check_job(prep: Preparation, content: Content, today: date) -> GoalCheckJob | None:
    """The goals whose verdict the step list waits for, as a job; None when every one is known."""
    goals = [goal for goal in prep.goals if not goal.is_empty()]
    GOAL_VERDICTS.make_room(2 * len(goals))  # so checking the last does not forget the first
    unchecked = _unchecked(goals, content, today)
    if not unchecked:
        return None
    copies = tuple(
        _GoalTexts(g.text, g.specifiek, g.meetbaar, g.acceptabel, g.realistisch, g.tijdgebonden) for g in unchecked
    )
    return GoalCheckJob(copies, content, today)


@dataclass(frozen=True)
class _Counted:
    state: StepState
    text: str
    done: int = 0
    total: int = 0


def _part(done: int, total: int, template: str) -> _Counted:
    """A step with a number of things to do: done when all are, begun when some are."""
    text = fill(template, klaar=str(done), totaal=str(total))
    if total and done >= total:
        return _Counted(StepState.DONE, text, done, total)
    return _Counted(StepState.PARTLY if done else StepState.EMPTY, text, done, total)


def _listed(number: int, none: str, one: str, many: str) -> _Counted:
    """A step that is a list the user makes: done with one item or more."""
    if number == 0:
        return _Counted(StepState.EMPTY, none)
    return _Counted(StepState.DONE, one if number == 1 else fill(many, aantal=str(number)), number, number)


def _count_step(step: Step, prep: Preparation, content: Content, today: date, limit: int | None = None) -> _Counted:
    texts = progress_texts(content)
    if isinstance(step, ChecklistStep):
        counted = _part(tips_done(step.items, prep), len(step.items), texts.tips)
        if counted.state is StepState.EMPTY and step_has_answers(step, prep, content):
            return _Counted(StepState.PARTLY, counted.text, counted.done, counted.total)  # only a note
        return counted
    if isinstance(step, QuestionsStep):
        return _part(questions_answered(step.questions, prep), len(step.questions), texts.questions)
    if isinstance(step, PitfallsStep):
        pitfalls = pitfalls_of(step, content)
        return _part(pitfalls_read(pitfalls, prep), len(pitfalls), texts.pitfalls)
    if isinstance(step, AskStep):
        asked = sum(1 for q in prep.questions_to_ask if q.text.strip())
        return _listed(asked, texts.ask_none, texts.ask_one, texts.ask_many)
    if isinstance(step, GoalsStep):
        return _goals(prep, content, today, limit)
    if isinstance(step, FeedbackStep):
        points = sum(1 for item in prep.feedback if item.text.strip())
        return _listed(points, texts.points_none, texts.points_one, texts.points_many)
    if isinstance(step, AgendaStep):
        points = sum(1 for point in prep.agenda_texts() if point.strip())
        return _listed(points, texts.points_none, texts.points_one, texts.points_many)
    return _Counted(StepState.READ, "")


def _goals(prep: Preparation, content: Content, today: date, limit: int | None = None) -> _Counted:
    texts = progress_texts(content)
    if limit is not None and prep.goals:
        goals = [goal for goal in prep.goals if not goal.is_empty()]
        if len(_unchecked(goals, content, today)) > limit:
            return _Counted(StepState.PENDING, PENDING_TEXT, 0, len(goals))
    total, failing = goals_not_smart(prep, content, today)
    if total == 0:
        return _Counted(StepState.EMPTY, texts.goals_none)
    if failing:
        text = (
            texts.goals_one_not_smart
            if total == 1
            else fill(texts.goals_some_not_smart, totaal=str(total), aantal=str(failing))
        )
        return _Counted(StepState.CHECK, text, total - failing, total)
    text = texts.goals_one_smart if total == 1 else fill(texts.goals_all_smart, aantal=str(total))
    return _Counted(StepState.DONE, text, total, total)


def step_state(step: Step, prep: Preparation, content: Content, today: date) -> StepState:
    """How far the step really is (see `StepState`)."""
    return _count_step(step, prep, content, today).state


def step_marker(step: Step, prep: Preparation, content: Content, today: date) -> str:
    """The marker shown before a step in the step list (a shape per state)."""
    return MARKS[step_state(step, prep, content, today)]


def step_count_text(step: Step, prep: Preparation, content: Content, today: date) -> str:
    """A short Dutch note on what is really done, e.g. '3 van 5 tips afgevinkt', '2 doelen, 1 nog niet SMART'."""
    return _count_step(step, prep, content, today).text


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
    """'3 van 5 tips afgevinkt', 'nog geen doelen', … ('' for a step with nothing to fill in)."""
    state: StepState = StepState.READ
    """How far the step really is: `marker` is its shape."""
    done: int = 0
    """How many of the step's things are done (tips ticked, questions answered, SMART goals)."""
    total: int = 0
    """How many things the step has (0 for a list the user makes, when empty)."""


def step_progress_of(
    step: Step, number: int, prep: Preparation, content: Content, today: date, *, limit: int | None = None
) -> StepProgress:
    """The progress of one step (number: its place in the conversation, from 1).

    With a `limit`, at most that many goals are checked now; with more still to check, the goals
    step is `StepState.PENDING` (see the module docstring).
    """
    counted = _count_step(step, prep, content, today, limit)
    return StepProgress(
        step,
        number,
        step_has_answers(step, prep, content),
        MARKS[counted.state],
        counted.text,
        counted.state,
        counted.done,
        counted.total,
    )


def progress_of(
    conversation: ConversationType, prep: Preparation, content: Content, today: date, *, limit: int | None = None
) -> list[StepProgress]:
    """The progress of every step of the conversation, in order (`limit`: see `step_progress_of`)."""
    return [
        step_progress_of(step, number, prep, content, today, limit=limit)
        for number, step in enumerate(conversation.steps, start=1)
    ]


def progress_note(progress: Sequence[StepProgress], content: Content) -> list[str]:
    """What the summary says under the steps: 'Alles is af' only when it is, else what is still open.

    Give it the progress without a limit: a step still `PENDING` is not known to be done.
    """
    texts = progress_texts(content)
    open_tips = open_questions = open_pitfalls = failing_goals = 0
    empty: list[str] = []
    for item in progress:
        step = item.step
        if item.state is StepState.READ or item.state is StepState.DONE:
            continue
        if isinstance(step, ChecklistStep):
            open_tips += item.total - item.done
        elif isinstance(step, QuestionsStep):
            open_questions += item.total - item.done
        elif isinstance(step, PitfallsStep):
            open_pitfalls += item.total - item.done
        elif isinstance(step, GoalsStep) and item.state is StepState.CHECK:
            failing_goals += item.total - item.done
        else:
            empty.append(step.title)
    if not (open_tips or open_questions or open_pitfalls or failing_goals or empty):
        return [texts.summary_ready]
    lines = [texts.summary_not_ready]
    for number, one, many in (
        (failing_goals, texts.summary_goals_one, texts.summary_goals_many),
        (open_tips, texts.summary_tips_one, texts.summary_tips_many),
        (open_questions, texts.summary_questions_one, texts.summary_questions_many),
        (open_pitfalls, texts.summary_pitfalls_one, texts.summary_pitfalls_many),
    ):
        if number:
            lines.append(one if number == 1 else fill(many, aantal=str(number)))
    if empty:
        lines.append(fill(texts.summary_empty, stappen=", ".join(f"'{title}'" for title in empty)))
    lines.append(texts.summary_allowed)
    return lines


def legend_lines(content: Content) -> list[str]:
    """The legend of the step list's marks, a title and one line per mark (for the help, F1)."""
    texts = progress_texts(content)
    return [
        texts.legend_title,
        texts.legend_done,
        texts.legend_partly,
        texts.legend_check,
        texts.legend_open,
        texts.legend_read,
        LEGEND_PENDING,
    ]


# --------------------------------------------------------------------------- the overview


def overview_lines(prep: Preparation, conversation: ConversationType, content: Content, today: date) -> list[str]:
    """A short overview of a preparation, as plain lines (the plain mode's summary step).

    It ends with what the full screen's summary says too (`progress_note`): 'Alles is af' only
    when it is, else what is still open.
    """
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
    return lines + progress_note(progress_of(conversation, prep, content, today), content)


def _overview_list(title: str, texts: Iterable[str] | Sequence[str]) -> list[str]:
    shown = [" ".join(text.split()) for text in texts if text.strip()]
    if not shown:
        return [f"{title}: nog niets."]
    return [f"{title}:"] + [f"{number}. {text}" for number, text in enumerate(shown, start=1)]
