"""Edits in the steps: ticking tips and their notes, answers and examples, pitfalls read.

A tip or an answer is only stored once it has something in it: ticking nothing, or an empty
answer to a question without one, changes nothing.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from gesprekscoach.session.commands import (
    NO_CHANGE,
    Area,
    Change,
    SetAnswer,
    SetExample,
    SetPitfallRead,
    SetTipDone,
    SetTipNote,
    StepCommand,
    changed,
)
from gesprekscoach.session.edit_context import EditContext
from gesprekscoach.store.models import Answer, ChecklistState


def apply_step_edit(context: EditContext, command: StepCommand) -> Change:
    """Apply a command about tips, answers or pitfalls."""
    if isinstance(command, SetTipDone | SetTipNote):
        return _tip(context, command)
    if isinstance(command, SetAnswer | SetExample):
        return _answer(context, command)
    return _pitfall(context, command)


def _tip(context: EditContext, command: SetTipDone | SetTipNote) -> Change:
    state = context.prep.checklist.get(command.item_id)
    new = state.model_copy() if state is not None else ChecklistState()
    if isinstance(command, SetTipDone):
        new.done = command.done
    else:
        new.note = command.note
    if state is None:
        if not new.done and not new.note:
            return NO_CHANGE
        context.prep.checklist[command.item_id] = new
        return changed(Area.CHECKLIST, command.item_id)
    if (state.done, state.note) == (new.done, new.note):
        return NO_CHANGE
    state.done, state.note = new.done, new.note
    return changed(Area.CHECKLIST, command.item_id)


def _answer(context: EditContext, command: SetAnswer | SetExample) -> Change:
    current = context.prep.answers.get(command.question_id)
    new = current.model_copy() if current is not None else Answer()
    if isinstance(command, SetAnswer):
        new.text = command.text
    else:
        new.example = command.example
    if current is None:
        if new.is_empty():
            return NO_CHANGE
        context.prep.answers[command.question_id] = new
        return changed(Area.ANSWERS, command.question_id)
    if (current.text, current.example) == (new.text, new.example):
        return NO_CHANGE
    current.text, current.example = new.text, new.example
    return changed(Area.ANSWERS, command.question_id)


def _pitfall(context: EditContext, command: SetPitfallRead) -> Change:
    read = context.prep.pitfalls_read
    if command.read and command.pitfall_id not in read:
        read.append(command.pitfall_id)
    elif not command.read and command.pitfall_id in read:
        read.remove(command.pitfall_id)
    else:
        return NO_CHANGE
    return changed(Area.PITFALLS, command.pitfall_id)
