"""Rehearsing ('Oefenen'): the manager's likely questions, one at a time, in random order.

Which questions: those of the steps whose questions the manager asks (`QuestionsStep.asked_by_manager`
in the content), plus every question the user marked as hard. A round (`RehearsalRound`) asks
them in a random order (the random generator is given, so tests choose the seed); a question
marked 'nog oefenen' comes back later in the same round. The marks are kept in the preparation
(`Preparation.rehearsal`) through the commands `SetQuestionHard` and `SetRehearsalMark`.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

import random
from collections import deque
from dataclasses import dataclass, field

from gesprekscoach.content.models import ConversationType, Question, QuestionsStep
from gesprekscoach.session.commands import (
    NO_CHANGE,
    Area,
    Change,
    RehearsalCommand,
    SetQuestionHard,
    changed,
)
from gesprekscoach.session.edit_context import EditContext
from gesprekscoach.session.errors import CommandError
from gesprekscoach.store.models import Answer, Preparation, RehearsalMark, RehearsalState

GOOD: RehearsalMark = "goed"
"""The mark for 'ging goed'."""
AGAIN: RehearsalMark = "oefenen"
"""The mark for 'nog oefenen': the question comes back in the round."""


@dataclass(frozen=True)
class RehearsalQuestion:
    """One question to rehearse, with what the user prepared for it."""

    question: Question
    step_title: str
    """The title of the step it is in."""
    answer: Answer | None
    """The prepared answer and example (None: nothing prepared yet)."""
    hard: bool
    """The user marked it as hard."""
    mark: RehearsalMark | None
    """How the last try went (None: not rehearsed yet)."""


def questions_of_steps(conversation: ConversationType) -> list[tuple[QuestionsStep, Question]]:
    """Every question of the conversation's questions steps, with its step, in the order of the steps."""
    found: list[tuple[QuestionsStep, Question]] = []
    seen: set[str] = set()
    for step in conversation.steps:
        if isinstance(step, QuestionsStep):
            for question_id in step.questions:
                if question_id not in seen:
                    seen.add(question_id)
                    found.append((step, conversation.question(question_id)))
    return found


def manager_question_ids(conversation: ConversationType) -> list[str]:
    """The ids of the questions the manager may ask (steps marked `asked_by_manager`)."""
    return [question.id for step, question in questions_of_steps(conversation) if step.asked_by_manager]


def rehearsal_questions(prep: Preparation, conversation: ConversationType) -> list[RehearsalQuestion]:
    """The questions to rehearse: the manager's, then the ones the user marked hard, in the order of the steps."""
    manager = set(manager_question_ids(conversation))
    chosen: list[RehearsalQuestion] = []
    for step, question in questions_of_steps(conversation):
        state = prep.rehearsal.get(question.id, RehearsalState())
        if question.id in manager or state.hard:
            chosen.append(
                RehearsalQuestion(question, step.title, prep.answers.get(question.id), state.hard, state.mark)
            )
    return chosen


def other_questions(prep: Preparation, conversation: ConversationType) -> list[Question]:
    """The questions that are not rehearsed yet (not the manager's, not marked hard): to mark one as hard."""
    chosen = {item.question.id for item in rehearsal_questions(prep, conversation)}
    return [question for _step, question in questions_of_steps(conversation) if question.id not in chosen]


@dataclass
class RehearsalRound:
    """One round of rehearsing: the questions in random order; 'nog oefenen' sends one to the back."""

    questions: list[RehearsalQuestion]
    rng: random.Random = field(default_factory=random.Random)
    _queue: deque[RehearsalQuestion] = field(init=False)
    good: int = field(init=False, default=0)
    """How many tries went well this round."""
    again: int = field(init=False, default=0)
    """How many tries were marked 'nog oefenen' this round."""

    def __post_init__(self) -> None:
        order = list(self.questions)
        self.rng.shuffle(order)
        self._queue = deque(order)

    @property
    def remaining(self) -> int:
        """How many questions are still to come (a question to practise again counts once more)."""
        return len(self._queue)

    def next_question(self) -> RehearsalQuestion | None:
        """The next question (it stays first until it is marked); None when the round is over."""
        return self._queue[0] if self._queue else None

    def mark(self, mark: RehearsalMark) -> None:
        """Mark the current question: 'goed' takes it out, 'oefenen' puts it at the back of the round."""
        if not self._queue:
            return
        current = self._queue.popleft()
        if mark == AGAIN:
            self.again += 1
            self._queue.append(current)
        else:
            self.good += 1


def apply_rehearsal_edit(context: EditContext, command: RehearsalCommand) -> Change:
    """Apply `SetQuestionHard` or `SetRehearsalMark`; CommandError (Dutch) for a question not in this conversation."""
    conversation = context.require_conversation()
    known = {question.id for _step, question in questions_of_steps(conversation)}
    if command.question_id not in known:
        raise CommandError(f"De vraag '{command.question_id}' hoort niet bij dit gesprek.")
    rehearsal = context.prep.rehearsal
    state = rehearsal.get(command.question_id, RehearsalState())
    if isinstance(command, SetQuestionHard):
        if state.hard == command.hard:
            return NO_CHANGE
        updated = state.model_copy(update={"hard": command.hard})
    else:
        if state.mark == command.mark:
            return NO_CHANGE
        updated = state.model_copy(update={"mark": command.mark})
    if not updated.hard and updated.mark is None:
        rehearsal.pop(command.question_id, None)
    else:
        rehearsal[command.question_id] = updated
    return changed(Area.REHEARSAL, command.question_id)
