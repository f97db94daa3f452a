"""What a user can mark 'alleen voor mij' in one step, or after the meeting: one list per place.

A front end shows these items and sends `MarkPrivate(item.area, item.key, private)` for each
one the user marks or unmarks. An item is listed when it has words of the user (or is marked
already, so the mark can be taken off): a tip's note, an answer, a chosen or own question, a
goal, a feedback or agenda point, an item carried over from an earlier conversation, an
agreement. The keys are the ones `MarkPrivate` expects (see `commands.py`).

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from dataclasses import dataclass

from gesprekscoach.content.models import (
    AgendaStep,
    AskStep,
    ChecklistStep,
    Content,
    ConversationType,
    FeedbackStep,
    GoalsStep,
    QuestionsStep,
    Step,
)
from gesprekscoach.session.commands import Area, ItemKey
from gesprekscoach.session.cycle import carry_over_for_step
from gesprekscoach.session.questions_to_ask import own_questions
from gesprekscoach.store.models import Preparation


@dataclass(frozen=True)
class PrivateItem:
    """One item that can be marked 'alleen voor mij'."""

    area: Area
    key: ItemKey
    text: str
    """The user's words, on one line."""
    about: str
    """What the item belongs to, on one line: the tip or question it answers, the kind of a
    carried-over item ('Afspraak'); '' when it stands on its own."""
    private: bool


def _line(text: str) -> str:
    return " ".join(text.split())


def private_items_of_step(
    prep: Preparation, content: Content, conversation: ConversationType, step: Step
) -> list[PrivateItem]:
    """The items of this step that can be marked 'alleen voor mij', in the order the step shows them.

    The kind of a carried-over item is said in the words of the content's sheet labels.
    """
    if isinstance(step, ChecklistStep):
        return _tips(prep, step)
    if isinstance(step, QuestionsStep):
        return _carried(prep, content, conversation, step) + _answers(prep, conversation, step)
    if isinstance(step, AskStep):
        return _questions_to_ask(prep)
    if isinstance(step, GoalsStep):
        return [
            PrivateItem(Area.GOALS, goal.id, goal.title(), "", goal.private)
            for goal in prep.goals
            if goal.title() or goal.private
        ]
    if isinstance(step, FeedbackStep):
        return [
            PrivateItem(Area.FEEDBACK, index, _line(item.text), "", item.private)
            for index, item in enumerate(prep.feedback)
            if item.text.strip() or item.private
        ]
    if isinstance(step, AgendaStep):
        return [
            PrivateItem(Area.AGENDA, index, _line(item.text), "", item.private)
            for index, item in enumerate(prep.agenda)
            if item.text.strip() or item.private
        ]
    return []


def private_agreements(prep: Preparation) -> list[PrivateItem]:
    """The agreements recorded after the meeting, to mark 'alleen voor mij'."""
    agreements = prep.after.agreements if prep.after is not None else []
    return [
        PrivateItem(Area.AGREEMENTS, agreement.id, _line(agreement.what), "", agreement.private)
        for agreement in agreements
        if agreement.what.strip() or agreement.private
    ]


def _tips(prep: Preparation, step: ChecklistStep) -> list[PrivateItem]:
    found: list[PrivateItem] = []
    for item in step.items:
        state = prep.checklist.get(item.id)
        if state is not None and (state.note.strip() or state.private):
            found.append(PrivateItem(Area.CHECKLIST, item.id, _line(state.note), _line(item.text), state.private))
    return found


def _carried(
    prep: Preparation, content: Content, conversation: ConversationType, step: QuestionsStep
) -> list[PrivateItem]:
    kinds = content.sheet_labels.carry_over.kinds
    return [
        PrivateItem(
            Area.CARRY_OVER,
            item.id,
            _line(item.text),
            str(kinds.get(item.kind, item.kind)),
            item.private,
        )
        for item in carry_over_for_step(prep, conversation, step)
    ]


def _answers(prep: Preparation, conversation: ConversationType, step: QuestionsStep) -> list[PrivateItem]:
    found: list[PrivateItem] = []
    for question_id in step.questions:
        answer = prep.answers.get(question_id)
        if answer is None or (answer.is_empty() and not answer.private):
            continue
        try:
            question = _line(conversation.question(question_id).text)
        except KeyError:
            question = question_id
        words = answer.text if answer.text.strip() else answer.example
        found.append(PrivateItem(Area.ANSWERS, question_id, _line(words), question, answer.private))
    return found


def _questions_to_ask(prep: Preparation) -> list[PrivateItem]:
    found = [
        PrivateItem(Area.SUGGESTIONS, asked.suggestion_id, _line(asked.text), "", asked.private)
        for asked in prep.questions_to_ask
        if asked.suggestion_id
    ]
    found += [
        PrivateItem(Area.OWN_QUESTIONS, index, _line(asked.text), "", asked.private)
        for index, asked in enumerate(own_questions(prep.questions_to_ask))
        if asked.text.strip() or asked.private
    ]
    return found
